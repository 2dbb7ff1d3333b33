#include "Doctor.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "Jobs.h"
#include "Outbox.h"
#include "Settings.h"

#include <QSqlQuery>

namespace lieu {

QString Check::statusText(Status s)
{
    switch (s) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

bool Doctor::anyFailed(const QList<Check> &checks)
{
    for (const Check &c : checks)
        if (c.status == Check::Status::Fail)
            return true;
    return false;
}

QList<Check> Doctor::run()
{
    using S = Check::Status;
    QList<Check> out;
    auto idList = [&](const QString &sql) {
        QStringList ids;
        QSqlQuery q = m_db.exec(sql);
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    };
    auto shortList = [](const QStringList &ids) {
        return ids.size() > 10 ? ids.mid(0, 10).join(QStringLiteral(", ")) + tr(" and %n more", nullptr, int(ids.size() - 10))
                               : ids.join(QStringLiteral(", "));
    };

    const int have = m_db.schemaVersion();
    const int want = Database::latestSchemaVersion();
    out << Check{tr("Schema version"), have == want ? S::Pass : S::Fail,
                 tr("the database is at version %1; this program expects %2").arg(have).arg(want)};
    if (have != want)
        return out;

    QStringList missing;
    for (const char *index : {"idx_leave_ledger_toil", "idx_leave_allocation_toil", "idx_timesheet_toil"}) {
        const QString name = QString::fromLatin1(index);
        const bool found =
            m_db.dialect() == Database::Dialect::SQLite
                ? m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"), {name}).toInt() > 0
                : m_db.scalar(QStringLiteral("SELECT count(*) FROM information_schema.statistics WHERE table_schema = DATABASE() "
                                             "AND index_name = ?"),
                              {name})
                          .toInt() > 0;
        if (!found)
            missing << name;
    }
    out << Check{tr("Indexes"), missing.isEmpty() ? S::Pass : S::Fail,
                 missing.isEmpty() ? tr("idx_leave_ledger_toil, idx_leave_allocation_toil and idx_timesheet_toil exist")
                                   : tr("missing: %1").arg(missing.join(QStringLiteral(", ")))};

    Settings settings(m_db, m_clock);
    try {
        const LeaveTypeSettings t = settings.toilLeaveType();
        const bool ok = t.carryForward && t.expiryDays > 0 && !t.allowNegative;
        out << Check{tr("Leave type \"%1\"").arg(kToilLeaveType), ok ? S::Pass : S::Fail,
                     tr("is_carry_forward = %1, expire after %2 days, allow negative = %3")
                         .arg(t.carryForward ? 1 : 0)
                         .arg(t.expiryDays)
                         .arg(t.allowNegative ? 1 : 0)};
    } catch (const Error &e) {
        out << Check{tr("Leave type \"%1\"").arg(kToilLeaveType), S::Fail, e.message()};
    }

    const QStringList noLogin = idList(QStringLiteral("SELECT id FROM employee WHERE active = 1 AND user_id IS NULL ORDER BY id"));
    out << Check{tr("Employees with a login"), noLogin.isEmpty() ? S::Pass : S::Warn,
                 noLogin.isEmpty() ? tr("every active employee has a user account")
                                   : tr("%n employee(s) without a login: %1", nullptr, int(noLogin.size())).arg(shortList(noLogin))};

    const QStringList noSupervisor = idList(
        QStringLiteral("SELECT id FROM employee WHERE active = 1 AND reports_to IS NULL ORDER BY id"));
    out << Check{tr("Employees with a supervisor"), noSupervisor.isEmpty() ? S::Pass : S::Warn,
                 noSupervisor.isEmpty()
                     ? tr("every active employee has reports_to set")
                     : tr("%n employee(s) without reports_to (their timesheets cannot be approved): %1", nullptr,
                          int(noSupervisor.size()))
                           .arg(shortList(noSupervisor))};

    const QStringList supNoLogin = idList(QStringLiteral(
        "SELECT DISTINCT s.id FROM employee s JOIN employee e ON e.reports_to = s.id AND e.active = 1 "
        "WHERE s.user_id IS NULL OR s.active = 0 ORDER BY s.id"));
    out << Check{tr("Supervisors with a login"), supNoLogin.isEmpty() ? S::Pass : S::Fail,
                 supNoLogin.isEmpty() ? tr("every supervisor can sign in to approve")
                                      : tr("%n supervisor(s) without a login or deactivated: %1", nullptr, int(supNoLogin.size()))
                                            .arg(shortList(supNoLogin))};

    const QString host = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE \"key\" = 'smtp_host'")).toString();
    out << Check{tr("Mail settings"), host.isEmpty() ? S::Warn : S::Pass,
                 host.isEmpty() ? tr("no SMTP server is set: reminders wait in the outbox") : tr("SMTP server %1").arg(host)};

    const int overdue = m_db.scalar(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE is_expired = 0 AND docstatus = 1 "
                                                   "AND to_date < ?"),
                                    {m_clock.today().toString(Qt::ISODate)})
                            .toInt();
    Jobs jobs(m_db, m_clock);
    const auto lastExpiry = jobs.lastSuccess(Jobs::Expiry);
    const QDate today = m_clock.today();
    {
        S s = S::Pass;
        QString detail;
        if (!lastExpiry) {
            s = S::Warn;
            detail = tr("the expiry job has never run");
        } else {
            detail = tr("last ran for %1 (finished %2)")
                         .arg(lastExpiry->dueDate.toString(Qt::ISODate), lastExpiry->finishedAt.toString(Qt::ISODate));
            if (lastExpiry->dueDate.daysTo(today) > 1)
                s = S::Warn;
        }
        if (overdue > 0) {
            s = S::Warn;
            detail += tr("; %n lot(s) are past their last day and not yet expired", nullptr, overdue);
        }
        out << Check{tr("Expiry job (daily)"), s, detail};
    }
    {
        const auto last = jobs.lastSuccess(Jobs::Reminders);
        S s = S::Pass;
        QString detail;
        if (!last) {
            s = S::Warn;
            detail = tr("the reminder job has never run");
        } else {
            detail = tr("last ran for %1").arg(last->dueDate.toString(Qt::ISODate));
            if (last->dueDate.daysTo(today) > 7)
                s = S::Warn;
        }
        out << Check{tr("Reminder job (weekly)"), s, detail};
    }
    const int waiting = m_db.scalar(QStringLiteral("SELECT count(*) FROM timesheet WHERE status = 'Awaiting Approval'")).toInt();
    out << Check{tr("Timesheets awaiting approval"), S::Pass, tr("%n waiting", nullptr, waiting)};
    const int errors = m_db.scalar(QStringLiteral("SELECT count(*) FROM email_queue WHERE status = 'Error'")).toInt();
    QString outboxDetail = tr("%n e-mail(s) in Error", nullptr, errors);
    Outbox outbox(m_db, m_clock);
    if (const int due = outbox.countDue())
        outboxDetail += tr("; %n waiting to be sent", nullptr, due);
    const QList<OutboxMail> stuck = outbox.interrupted();
    if (!stuck.isEmpty()) {
        QStringList names;
        for (const OutboxMail &m : stuck)
            names << m.name();
        outboxDetail += tr("; %n left Sending without the server's answer (check with the recipient, then "
                           "\"lieuctl outbox retry ID\"): %1",
                           nullptr, int(stuck.size()))
                            .arg(shortList(names));
    }
    out << Check{tr("Outbox"), errors || !stuck.isEmpty() ? S::Warn : S::Pass, outboxDetail};
    const QString maintenance = m_db.maintenanceReason();
    out << Check{tr("Maintenance mode"), maintenance.isEmpty() ? S::Pass : S::Warn,
                 maintenance.isEmpty() ? tr("off: every client may write") : tr("on, every client is read-only: %1").arg(maintenance)};
    // The leave ledger and the audit log stay append-only only while their triggers exist.
    const int triggers =
        m_db.dialect() == Database::Dialect::SQLite
            ? m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                         "('leave_ledger_entry_no_update', 'leave_ledger_entry_no_delete', 'audit_log_no_update', "
                                         "'audit_log_no_delete')")).toInt()
            : m_db.scalar(QStringLiteral("SELECT count(*) FROM information_schema.triggers WHERE trigger_schema = DATABASE() AND "
                                         "trigger_name IN ('leave_ledger_entry_no_update', 'leave_ledger_entry_no_delete', "
                                         "'audit_log_no_update', 'audit_log_no_delete')")).toInt();
    if (triggers == 0 && m_db.dialect() == Database::Dialect::MySQL)
        // The server shows triggers only to accounts that may change them; the desktops' account may not.
        out << Check{tr("Append-only ledger and audit log"), S::Warn,
                     tr("this account cannot see the triggers (it has no TRIGGER privilege, as it should not): run doctor "
                        "with the owner's account to check them")};
    else
        out << Check{tr("Append-only ledger and audit log"), triggers == 4 ? S::Pass : S::Fail,
                     triggers == 4 ? tr("their four triggers are in place")
                                   : tr("%1 of their 4 triggers are missing: restore the schema from a backup").arg(4 - triggers)};
    return out;
}

} // namespace lieu
