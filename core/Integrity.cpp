#include "Integrity.h"

#include "Database.h"
#include "Error.h"
#include "Names.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace lieu {

namespace {
using S = Check::Status;

constexpr int kShown = 5; // offenders named in a failed check's detail

// Collects what a check found wrong, names the first few.
class Findings
{
public:
    void add(const QString &what)
    {
        if (m_items.size() < kShown)
            m_items << what;
        ++m_count;
    }
    Check result(const QString &name, const QString &passDetail) const
    {
        if (m_count == 0)
            return Check{name, S::Pass, passDetail};
        QString detail = m_items.join(QStringLiteral("; "));
        if (m_count > kShown)
            detail += Integrity::tr("; and %n more", nullptr, m_count - kShown);
        return Check{name, S::Fail, detail};
    }

private:
    QStringList m_items;
    int m_count = 0;
};

QString lotName(qint64 id)
{
    return Names::format(DocKind::Allocation, id);
}
QString tsName(qint64 id)
{
    return Names::format(DocKind::Timesheet, id);
}
QString appName(qint64 id)
{
    return Names::format(DocKind::Application, id);
}

// Holds a read transaction for the life of the object, so every check sees the same moment.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_db(db)
    {
        if (m_db.inTransaction())
            return;
        m_db.exec(m_db.dialect() == Database::Dialect::SQLite
                      ? QStringLiteral("BEGIN")
                      : QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"));
        m_open = true;
    }
    ~ReadSnapshot()
    {
        if (m_open) {
            QSqlQuery q(m_db.connection());
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    Database &m_db;
    bool m_open = false;
};
} // namespace

IntegrityReport Integrity::run()
{
    IntegrityReport report;
    ReadSnapshot snapshot(m_db);
    if (m_db.dialect() == Database::Dialect::SQLite) {
        report.checks << store(report.damaged);
        if (report.damaged)
            return report; // the rest would read damaged pages
        report.checks << foreignKeys();
    }
    report.checks << appendOnly() << lotLedgers() << lotsAndTimesheets() << timesheetTotals() << applicationDraws();
    return report;
}

Check Integrity::store(bool &damaged)
{
    QSqlQuery q = m_db.exec(QStringLiteral("PRAGMA integrity_check(20)"));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    damaged = !(problems.size() == 1 && problems.first() == QLatin1String("ok"));
    return damaged ? Check{tr("Store"), S::Fail,
                           tr("SQLite's integrity check failed (restore from a backup): %1")
                               .arg(problems.mid(0, kShown).join(QStringLiteral("; ")))}
                   : Check{tr("Store"), S::Pass, tr("SQLite's integrity check passed")};
}

Check Integrity::foreignKeys()
{
    QSqlQuery q = m_db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    Findings f;
    while (q.next())
        f.add(tr("%1 row %2 refers to a missing %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return f.result(tr("References"), tr("every reference points to an existing row"));
}

Check Integrity::appendOnly()
{
    QSqlQuery q = m_db.dialect() == Database::Dialect::SQLite
                      ? m_db.exec(QStringLiteral("SELECT tbl_name, upper(sql) FROM sqlite_master WHERE type = 'trigger'"))
                      : m_db.exec(QStringLiteral("SELECT EVENT_OBJECT_TABLE, CONCAT('BEFORE ', EVENT_MANIPULATION) "
                                                 "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"));
    QSet<QString> guarded;
    while (q.next()) {
        const QString table = q.value(0).toString().toLower();
        const QString sql = q.value(1).toString();
        for (const char *event : {"UPDATE", "DELETE"})
            if (sql.contains(QStringLiteral("BEFORE ") + QLatin1String(event)))
                guarded.insert(table + QLatin1Char(' ') + QLatin1String(event));
    }
    // A server shows triggers only to accounts with the TRIGGER privilege, which the desktops' account lacks.
    if (guarded.isEmpty() && m_db.dialect() != Database::Dialect::SQLite)
        return Check{tr("Append-only tables"), S::Warn,
                     tr("this account may not see the triggers; run check with the owner's account to verify them")};
    Findings f;
    for (const char *table : {"audit_log", "leave_ledger_entry"})
        for (const char *event : {"UPDATE", "DELETE"})
            if (!guarded.contains(QLatin1String(table) + QLatin1Char(' ') + QLatin1String(event)))
                f.add(tr("nothing refuses %1 on %2").arg(QLatin1String(event), QLatin1String(table)));
    return f.result(tr("Append-only tables"), tr("the audit log and the leave ledger refuse UPDATE and DELETE"));
}

Check Integrity::lotLedgers()
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT a.id, a.toil_minutes, a.docstatus, a.is_expired, "
        "COUNT(CASE WHEN l.transaction_type = 'Leave Allocation' THEN 1 END), "
        "COALESCE(SUM(CASE WHEN l.transaction_type = 'Leave Allocation' THEN l.minutes END), 0), "
        "COALESCE(SUM(CASE WHEN l.transaction_type = 'Leave Application' THEN l.minutes END), 0), "
        "COALESCE(SUM(CASE WHEN l.transaction_type IN ('Expiry', 'Expiry Correction') THEN l.minutes END), 0), "
        "COALESCE(SUM(CASE WHEN l.transaction_type = 'Timesheet Cancellation' THEN l.minutes END), 0), "
        "COALESCE(SUM(l.minutes), 0), "
        "COUNT(CASE WHEN l.employee <> a.employee THEN 1 END), "
        "COUNT(CASE WHEN (l.transaction_type IN ('Expiry', 'Expiry Correction')) <> (l.is_expired = 1) THEN 1 END) "
        "FROM leave_allocation a LEFT JOIN leave_ledger_entry l ON l.allocation = a.id "
        "GROUP BY a.id, a.toil_minutes, a.docstatus, a.is_expired ORDER BY a.id"));
    Findings f;
    int lots = 0;
    while (q.next()) {
        ++lots;
        const QString name = lotName(q.value(0).toLongLong());
        const qint64 allocated = q.value(1).toLongLong();
        const int docstatus = q.value(2).toInt();
        const bool expiredFlag = q.value(3).toInt() != 0;
        const int allocationEntries = q.value(4).toInt();
        const qint64 allocationSum = q.value(5).toLongLong();
        const qint64 used = -q.value(6).toLongLong();
        const qint64 expired = -q.value(7).toLongLong();
        const qint64 cancelled = -q.value(8).toLongLong();
        const qint64 total = q.value(9).toLongLong();
        if (allocationEntries != 1 || allocationSum != allocated)
            f.add(tr("%1: %2 allocation entries adding to %3 min; the lot holds %4 min")
                      .arg(name)
                      .arg(allocationEntries)
                      .arg(allocationSum)
                      .arg(allocated));
        if (used < 0 || expired < 0 || cancelled < 0)
            f.add(tr("%1: used %2, expired %3, cancelled %4 min: none may be negative").arg(name).arg(used).arg(expired).arg(cancelled));
        if (total != allocated - used - expired - cancelled)
            f.add(tr("%1: the ledger sums to %2 min, not allocated %3 - used %4 - expired %5 - cancelled %6")
                      .arg(name)
                      .arg(total)
                      .arg(allocated)
                      .arg(used)
                      .arg(expired)
                      .arg(cancelled));
        if (total < 0)
            f.add(tr("%1: the balance is negative (%2 min)").arg(name).arg(total));
        if (expiredFlag && total != 0)
            f.add(tr("%1 is marked expired but still holds %2 min").arg(name).arg(total));
        if (docstatus == 2 && total != 0)
            f.add(tr("%1 is cancelled but still holds %2 min").arg(name).arg(total));
        if (q.value(10).toInt() > 0)
            f.add(tr("%1: %2 ledger entries belong to another employee").arg(name).arg(q.value(10).toInt()));
        if (q.value(11).toInt() > 0)
            f.add(tr("%1: %2 ledger entries have the wrong expiry flag").arg(name).arg(q.value(11).toInt()));
    }
    QSqlQuery orphans = m_db.exec(QStringLiteral("SELECT l.id FROM leave_ledger_entry l LEFT JOIN leave_allocation a "
                                                 "ON a.id = l.allocation WHERE a.id IS NULL ORDER BY l.id"));
    while (orphans.next())
        f.add(tr("ledger entry %1 belongs to no lot").arg(orphans.value(0).toLongLong()));
    return f.result(tr("Lot ledgers"), tr("%n lot(s): each ledger adds up to allocated - used - expired - cancelled, "
                                          "none negative, expired and cancelled lots hold nothing",
                                          nullptr, lots));
}

Check Integrity::lotsAndTimesheets()
{
    struct LotRow
    {
        qint64 source = 0;
        int docstatus = 0;
        qint64 minutes = 0;
        QString employee;
    };
    std::map<qint64, LotRow> lots;
    QHash<qint64, QList<qint64>> lotsBySource;
    QSqlQuery a = m_db.exec(QStringLiteral("SELECT id, source_timesheet, docstatus, toil_minutes, employee FROM leave_allocation"));
    while (a.next()) {
        const qint64 id = a.value(0).toLongLong();
        lots[id] = LotRow{a.value(1).toLongLong(), a.value(2).toInt(), a.value(3).toLongLong(), a.value(4).toString()};
        lotsBySource[a.value(1).toLongLong()] << id;
    }
    Findings f;
    QHash<qint64, QString> statusOf;
    QHash<qint64, qint64> allocationOf;
    QSqlQuery t = m_db.exec(QStringLiteral("SELECT id, status, docstatus, total_toil_minutes, toil_status, toil_allocation, "
                                           "employee FROM timesheet ORDER BY id"));
    int count = 0;
    while (t.next()) {
        ++count;
        const qint64 id = t.value(0).toLongLong();
        const QString status = t.value(1).toString();
        const int docstatus = t.value(2).toInt();
        const qint64 toil = t.value(3).toLongLong();
        const QString toilStatus = t.value(4).toString();
        const qint64 allocation = t.value(5).toLongLong();
        const QString employee = t.value(6).toString();
        const QString name = tsName(id);
        statusOf.insert(id, status);
        allocationOf.insert(id, allocation);
        const int wantDocstatus = status == QLatin1String("Approved") ? 1 : status == QLatin1String("Cancelled") ? 2 : 0;
        if (docstatus != wantDocstatus)
            f.add(tr("%1 is %2 with docstatus %3").arg(name, status).arg(docstatus));
        const QList<qint64> own = lotsBySource.value(id);
        if (status == QLatin1String("Approved") && toil > 0) {
            const auto it = lots.find(allocation);
            if (!allocation || it == lots.end())
                f.add(tr("%1 is Approved with %2 min of TOIL but has no lot").arg(name).arg(toil));
            else if (it->second.source != id || it->second.docstatus != 1 || it->second.minutes != toil ||
                     it->second.employee != employee)
                f.add(tr("%1 is Approved but its lot %2 does not match it (source, status, minutes or employee)")
                          .arg(name, lotName(allocation)));
            if (toilStatus != QLatin1String("Accrued"))
                f.add(tr("%1 is Approved with TOIL but toil_status is %2").arg(name, toilStatus));
        } else if (status == QLatin1String("Approved")) {
            if (allocation || !own.isEmpty())
                f.add(tr("%1 is Approved without TOIL but has a lot").arg(name));
        } else if (status == QLatin1String("Cancelled")) {
            for (qint64 lot : own)
                if (lots.at(lot).docstatus != 2)
                    f.add(tr("%1 is Cancelled but its lot %2 is still live").arg(name, lotName(lot)));
        } else if (allocation || !own.isEmpty()) {
            f.add(tr("%1 is %2 but already has a lot").arg(name, status));
        }
    }
    for (const auto &[id, lot] : lots) {
        if (!statusOf.contains(lot.source)) {
            f.add(tr("lot %1 has no source timesheet").arg(lotName(id)));
            continue;
        }
        const QString status = statusOf.value(lot.source);
        if (lot.docstatus == 1 && (status != QLatin1String("Approved") || allocationOf.value(lot.source) != id))
            f.add(tr("lot %1 is live but its timesheet %2 is %3").arg(lotName(id), tsName(lot.source), status));
        if (lot.docstatus == 2 && status != QLatin1String("Cancelled"))
            f.add(tr("lot %1 is cancelled but its timesheet %2 is %3").arg(lotName(id), tsName(lot.source), status));
    }
    return f.result(tr("Timesheets and lots"),
                    tr("%n timesheet(s): every Approved one with TOIL has its lot, every lot its Approved timesheet, "
                       "no Cancelled one keeps a live lot",
                       nullptr, count));
}

Check Integrity::timesheetTotals()
{
    Findings f;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT t.id, t.total_minutes, COALESCE(SUM(l.minutes), 0), "
        "COUNT(CASE WHEN l.employee <> t.employee OR l.log_date < t.start_date OR l.log_date > t.end_date THEN 1 END) "
        "FROM timesheet t LEFT JOIN time_log l ON l.timesheet = t.id GROUP BY t.id, t.total_minutes ORDER BY t.id"));
    while (q.next()) {
        if (q.value(1).toLongLong() != q.value(2).toLongLong())
            f.add(tr("%1: total_minutes %2 but its logs add up to %3")
                      .arg(tsName(q.value(0).toLongLong()))
                      .arg(q.value(1).toLongLong())
                      .arg(q.value(2).toLongLong()));
        if (q.value(3).toInt() > 0)
            f.add(tr("%1: %2 logs outside its period or of another employee")
                      .arg(tsName(q.value(0).toLongLong()))
                      .arg(q.value(3).toInt()));
    }
    QSqlQuery day = m_db.exec(QStringLiteral(
        "SELECT l.employee, l.log_date, SUM(l.minutes) FROM time_log l JOIN timesheet t ON t.id = l.timesheet "
        "WHERE t.status <> 'Cancelled' GROUP BY l.employee, l.log_date HAVING SUM(l.minutes) > 1440"));
    while (day.next())
        f.add(tr("%1 logged %2 min on %3, more than a day has")
                  .arg(day.value(0).toString())
                  .arg(day.value(2).toLongLong())
                  .arg(day.value(1).toString()));
    return f.result(tr("Timesheet totals"), tr("totals match their logs, at most 24 hours a day per employee"));
}

Check Integrity::applicationDraws()
{
    // What each lot can still give to reservations: its ledger before any expiry.
    QHash<qint64, qint64> beforeExpiry;
    QHash<qint64, QString> lotEmployee;
    QHash<qint64, int> lotDocstatus;
    QSqlQuery lq = m_db.exec(QStringLiteral("SELECT a.id, a.employee, a.docstatus, "
                                            "COALESCE(SUM(CASE WHEN l.is_expired = 0 THEN l.minutes END), 0) "
                                            "FROM leave_allocation a LEFT JOIN leave_ledger_entry l ON l.allocation = a.id "
                                            "GROUP BY a.id, a.employee, a.docstatus"));
    while (lq.next()) {
        const qint64 id = lq.value(0).toLongLong();
        lotEmployee.insert(id, lq.value(1).toString());
        lotDocstatus.insert(id, lq.value(2).toInt());
        beforeExpiry.insert(id, lq.value(3).toLongLong());
    }
    // Leave Application ledger entries, net, by application name and lot.
    std::map<std::pair<QString, qint64>, qint64> posted;
    QSqlQuery pq = m_db.exec(QStringLiteral("SELECT transaction_name, allocation, SUM(minutes) FROM leave_ledger_entry "
                                            "WHERE transaction_type = 'Leave Application' GROUP BY transaction_name, allocation"));
    while (pq.next())
        posted[{pq.value(0).toString(), pq.value(1).toLongLong()}] = pq.value(2).toLongLong();
    // Draws by application.
    QHash<qint64, QList<std::pair<qint64, qint64>>> draws;
    QSqlQuery dq = m_db.exec(QStringLiteral("SELECT application, allocation, minutes FROM leave_draw ORDER BY application, allocation"));
    while (dq.next())
        draws[dq.value(0).toLongLong()] << std::pair{dq.value(1).toLongLong(), dq.value(2).toLongLong()};

    Findings f;
    QHash<qint64, qint64> reserved; // by lot, held by Open applications
    QSet<QString> names;
    int count = 0;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, employee, status, minutes FROM leave_application ORDER BY id"));
    while (q.next()) {
        ++count;
        const qint64 id = q.value(0).toLongLong();
        const QString employee = q.value(1).toString();
        const QString status = q.value(2).toString();
        const qint64 minutes = q.value(3).toLongLong();
        const QString name = appName(id);
        names.insert(name);
        const bool open = status == QLatin1String("Open");
        const bool approved = status == QLatin1String("Approved");
        qint64 drawn = 0;
        QSet<qint64> drawnLots;
        for (const auto &[lot, m] : draws.value(id)) {
            drawn += m;
            drawnLots.insert(lot);
            if (lotEmployee.value(lot) != employee)
                f.add(tr("%1 draws on %2, a lot of another employee").arg(name, lotName(lot)));
            if (open) {
                reserved[lot] += m;
                if (lotDocstatus.value(lot) != 1)
                    f.add(tr("%1 is Open and holds a cancelled lot %2").arg(name, lotName(lot)));
            }
            const qint64 net = posted.count({name, lot}) ? posted.at({name, lot}) : 0;
            if (approved && net != -m)
                f.add(tr("%1 is Approved for %2 min from %3 but the ledger took %4 min").arg(name).arg(m).arg(lotName(lot)).arg(-net));
        }
        if ((open || approved) && drawn != minutes)
            f.add(tr("%1 is %2 for %3 min but its draws add up to %4 min").arg(name, status).arg(minutes).arg(drawn));
        for (auto it = posted.lower_bound({name, 0}); it != posted.end() && it->first.first == name; ++it) {
            const bool expected = approved && drawnLots.contains(it->first.second);
            if (!expected && it->second != 0)
                f.add(tr("%1 is %2 but the ledger still holds %3 min against %4")
                          .arg(name, status)
                          .arg(-it->second)
                          .arg(lotName(it->first.second)));
        }
    }
    for (const auto &[key, net] : posted)
        if (!names.contains(key.first))
            f.add(tr("the ledger has %1 min of leave under %2, which is no leave application").arg(-net).arg(key.first));
    for (auto it = reserved.cbegin(); it != reserved.cend(); ++it)
        if (it.value() > beforeExpiry.value(it.key()))
            f.add(tr("Open applications hold %1 min of %2, which has only %3 min")
                      .arg(it.value())
                      .arg(lotName(it.key()))
                      .arg(beforeExpiry.value(it.key())));
    return f.result(tr("Leave applications"),
                    tr("%n application(s): Open ones reserve exactly their minutes, Approved ones' draws match the "
                       "ledger, Rejected and Cancelled ones hold nothing",
                       nullptr, count));
}

} // namespace lieu
