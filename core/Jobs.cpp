#include "Jobs.h"

#include "Actor.h"
#include "Audit.h"
#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "I18n.h"
#include "Ledger.h"
#include "Names.h"
#include "Settings.h"
#include "Units.h"

#include <QJsonObject>

#include <map>

namespace lieu {

const QString Jobs::Expiry = QStringLiteral("expire");
const QString Jobs::Reminders = QStringLiteral("remind");

namespace {
constexpr int kExpiryBatch = 500;
}

ExpiryResult Jobs::expire()
{
    ExpiryResult result;
    const QString today = m_clock.today().toString(Qt::ISODate);
    Ledger ledger(m_db, m_clock);
    Audit audit(m_db, m_clock);
    for (;;) {
        // Each batch is one transaction: a lot's expiry entry and its mark are written together.
        Transaction tx(m_db);
        struct Due
        {
            qint64 id;
            QString employee;
            QDate toDate;
        };
        QList<Due> due;
        QStringList employees;
        m_db.forEach(QStringLiteral("SELECT id, employee, to_date FROM leave_allocation WHERE is_expired = 0 AND docstatus = 1 "
                                    "AND to_date < ? ORDER BY to_date, id LIMIT ?"),
                     {today, kExpiryBatch}, [&](const QSqlQuery &q) {
                         due << Due{q.value(0).toLongLong(), q.value(1).toString(),
                                    QDate::fromString(q.value(2).toString(), Qt::ISODate)};
                         employees << q.value(1).toString();
                     });
        if (due.isEmpty()) {
            tx.commit();
            break;
        }
        // The same lock every balance change takes (leave approval and cancellation, timesheet approval and
        // cancellation), taken for the whole batch first and in one order, so that a lot's remainder is read
        // after any change to it has committed and no other action interleaves.
        employees.sort();
        employees.removeDuplicates();
        for (const QString &e : std::as_const(employees))
            m_db.lockRow(QStringLiteral("employee"), QStringLiteral("id"), e);
        for (const Due &lot : std::as_const(due)) {
            // Read again under the lock: another runner or a cancellation may have got there first.
            if (m_db.scalar(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE id = ? AND is_expired = 0 AND docstatus = 1"),
                            {lot.id})
                    .toInt() == 0)
                continue;
            // What the lot still holds: the sum of its ledger entries (read from idx_leave_ledger_toil alone).
            const qint64 remaining = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(minutes), 0) FROM leave_ledger_entry "
                                                                "WHERE allocation = ?"),
                                                 {lot.id})
                                         .toLongLong();
            const QString name = Names::format(DocKind::Allocation, lot.id);
            if (remaining > 0) {
                ledger.post(lot.employee, lot.id, Ledger::TypeExpiry, name, -remaining, lot.toDate, true);
                result.minutes += remaining;
            }
            m_db.write(QStringLiteral("UPDATE leave_allocation SET is_expired = 1 WHERE id = ?"), {lot.id});
            audit.record(Actor::system(), QStringLiteral("expire"), QStringLiteral("Leave Allocation"), name,
                         QJsonObject{{QStringLiteral("remaining_minutes"), remaining}, {QStringLiteral("is_expired"), 0}},
                         QJsonObject{{QStringLiteral("remaining_minutes"), qMin<qint64>(remaining, 0)},
                                     {QStringLiteral("is_expired"), 1},
                                     {QStringLiteral("to_date"), Units::isoDate(lot.toDate)}});
            ++result.lots;
        }
        tx.commit();
    }
    return result;
}

ReminderResult Jobs::remind(int days)
{
    Settings settings(m_db, m_clock);
    if (days <= 0)
        days = settings.intValue(QString::fromLatin1(Settings::ReminderDays));
    const int perDay = settings.minutesPerToilDay();
    const QDate today = m_clock.today();
    const QDate horizon = today.addDays(days);
    ReminderResult result;

    Transaction tx(m_db);
    // Employees who have at least one lot in the window that has not been the reason for a reminder.
    QSqlQuery who = m_db.exec(QStringLiteral("SELECT DISTINCT a.employee FROM leave_allocation a "
                                             "JOIN employee e ON e.id = a.employee AND e.active = 1 "
                                             "WHERE a.is_toil_allocation = 1 AND a.docstatus = 1 AND a.is_expired = 0 "
                                             "AND a.to_date >= ? AND a.to_date < ? AND a.from_date <= ? "
                                             "AND NOT EXISTS (SELECT 1 FROM toil_reminder r WHERE r.allocation = a.id) "
                                             "ORDER BY a.employee"),
                              {Units::isoDate(today), Units::isoDate(horizon), Units::isoDate(today)});
    QStringList employees;
    while (who.next())
        employees << who.value(0).toString();

    Ledger ledger(m_db, m_clock);
    Directory directory(m_db, m_clock);
    Audit audit(m_db, m_clock);
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    for (const QString &id : std::as_const(employees)) {
        const Employee e = directory.get(id);
        QList<Lot> expiring;
        qint64 total = 0;
        for (const Lot &l : ledger.lots(id)) {
            if (l.fromDate <= today && l.toDate >= today && l.toDate < horizon && l.remaining > 0) {
                expiring << l;
                total += l.remaining;
            }
        }
        QList<Lot> fresh;
        for (const Lot &l : std::as_const(expiring))
            if (m_db.scalar(QStringLiteral("SELECT count(*) FROM toil_reminder WHERE allocation = ?"), {l.id}).toInt() == 0)
                fresh << l;
        if (fresh.isEmpty())
            continue;
        // Written in the employee's language, whatever language this program runs in. The lambda keeps
        // these strings tr() strings of this class, so lupdate collects them like any other.
        const auto tr = [&e](const char *source, const char *disambiguation = nullptr, int n = -1) {
            return I18n::translate(e.language, "Jobs", source, disambiguation, n);
        };
        QStringList lines;
        lines << tr("Dear %1,").arg(e.name) << QString()
              << tr("Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day shown, "
                    "or it is lost:", nullptr, days)
              << QString();
        for (const Lot &l : std::as_const(expiring))
            lines << tr("  %1: %2 h (%3 days) left, last day to use it %4")
                         .arg(l.name(), Units::formatHours(l.remaining), Units::formatDays(l.remaining, perDay),
                              Units::isoDate(l.toDate));
        lines << QString() << tr("In total %1 h (%2 days) expires soon.").arg(Units::formatHours(total), Units::formatDays(total, perDay))
              << QString() << tr("This reminder was sent by Lieu.");
        const QString subject = tr("Your TOIL expires soon: %1 h by %2")
                                    .arg(Units::formatHours(total), Units::isoDate(expiring.first().toDate));
        const QString body = lines.join(QLatin1Char('\n'));
        QSqlQuery ins = m_db.exec(QStringLiteral("INSERT INTO email_queue (recipient, subject, message, reference_doctype, "
                                                 "reference_name, status, attempts, created_at) "
                                                 "VALUES (?, ?, ?, 'Employee', ?, 'Not Sent', 0, ?)"),
                                  {e.email, subject, body, e.id, now});
        const qint64 mail = m_db.lastInsertId(ins);
        for (const Lot &l : std::as_const(expiring))
            m_db.write(QStringLiteral("INSERT INTO toil_reminder (allocation, email_queue, reminded_on) "
                                     "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM toil_reminder WHERE allocation = ?)"),
                      {l.id, mail, Units::isoDate(today), l.id});
        audit.record(Actor::system(), QStringLiteral("remind"), QStringLiteral("Employee"), e.id, {},
                     QJsonObject{{QStringLiteral("email_queue"), Names::format(DocKind::Email, mail)},
                                 {QStringLiteral("expiring_minutes"), total},
                                 {QStringLiteral("lots"), int(expiring.size())}});
        ++result.queued;
        result.lots += int(fresh.size());
    }
    tx.commit();
    return result;
}

qint64 Jobs::startRun(const QString &job, QDate dueDate, const QString &runner)
{
    const Database::Written q = m_db.write(QStringLiteral("INSERT INTO job_run (job, due_date, started_at, result, runner) "
                                           "VALUES (?, ?, ?, 'Running', ?)"),
                            {job, Units::isoDate(dueDate), m_clock.now().toString(Qt::ISODateWithMs), runner});
    return q.lastInsertId;
}

void Jobs::finishRun(qint64 id, bool ok, const QString &detail, const QString &error)
{
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const QString result = ok ? QStringLiteral("Success") : QStringLiteral("Error");
    Transaction tx(m_db);
    m_db.write(QStringLiteral("UPDATE job_run SET finished_at = ?, result = ?, detail = ?, error = ? WHERE id = ?"),
               {now, result, detail, error, id});
    // A run started by a JobRunner claim ends its claim too.
    m_db.write(QStringLiteral("UPDATE job_claim SET state = ?, heartbeat_at = ? WHERE run = ?"), {result, now, id});
    tx.commit();
}

namespace {
const QString kRunColumns = QStringLiteral("SELECT id, job, due_date, started_at, finished_at, result, detail, error, runner FROM job_run ");

JobRun runFromRow(const QSqlQuery &q)
{
    JobRun r;
    r.id = q.value(0).toLongLong();
    r.job = q.value(1).toString();
    r.dueDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.startedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.result = q.value(5).toString();
    r.detail = q.value(6).toString();
    r.error = q.value(7).toString();
    r.runner = q.value(8).toString();
    return r;
}
} // namespace

QList<JobRun> Jobs::runs(const QString &job, int limit)
{
    QSqlQuery q = m_db.exec(kRunColumns + QStringLiteral("WHERE (? = '' OR job = ?) ORDER BY id DESC LIMIT ?"), {job, job, limit});
    QList<JobRun> out;
    while (q.next())
        out << runFromRow(q);
    return out;
}

std::optional<JobRun> Jobs::lastSuccess(const QString &job)
{
    QSqlQuery q = m_db.exec(kRunColumns + QStringLiteral("WHERE job = ? AND result = 'Success' ORDER BY id DESC LIMIT 1"), {job});
    if (!q.next())
        return std::nullopt;
    return runFromRow(q);
}

} // namespace lieu
