#include "Timesheets.h"

#include "Audit.h"
#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Ledger.h"
#include "Names.h"
#include "Permissions.h"
#include "Settings.h"
#include "Text.h"
#include "Units.h"
#include "WorkCalendar.h"

#include <QHash>
#include <QJsonObject>

#include <map>
#include <optional>

namespace lieu {

const QString Timesheets::Draft = QStringLiteral("Draft");
const QString Timesheets::AwaitingApproval = QStringLiteral("Awaiting Approval");
const QString Timesheets::Rejected = QStringLiteral("Rejected");
const QString Timesheets::Approved = QStringLiteral("Approved");
const QString Timesheets::Cancelled = QStringLiteral("Cancelled");

namespace {
constexpr int kMaxPeriodDays = 366;
constexpr int kMaxActivity = 140;
constexpr int kMaxDescription = 2000;
constexpr int kMaxReason = 1000;
constexpr int kMaxSourceKey = 500;

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.employee, e.employee_name, t.start_date, t.end_date, t.status, t.docstatus, t.total_minutes, "
    "t.total_toil_minutes, t.toil_status, t.toil_calculation_details, t.toil_allocation, t.rejection_reason, "
    "t.approved_by, t.modified_at FROM timesheet t JOIN employee e ON e.id = t.employee ");

Timesheet fromRow(const QSqlQuery &q)
{
    Timesheet t;
    t.id = q.value(0).toLongLong();
    t.employee = q.value(1).toString();
    t.employeeName = q.value(2).toString();
    t.startDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    t.endDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    t.status = q.value(5).toString();
    t.docstatus = q.value(6).toInt();
    t.totalMinutes = q.value(7).toLongLong();
    t.toilMinutes = q.value(8).toLongLong();
    t.toilStatus = q.value(9).toString();
    t.details = q.value(10).toString();
    t.allocation = q.value(11).toLongLong();
    t.rejectionReason = q.value(12).toString();
    t.approvedBy = q.value(13).toString();
    t.modifiedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    return t;
}

QJsonObject stateJson(const Timesheet &t)
{
    return QJsonObject{{QStringLiteral("status"), t.status},
                       {QStringLiteral("docstatus"), t.docstatus},
                       {QStringLiteral("total_toil_minutes"), t.toilMinutes},
                       {QStringLiteral("toil_status"), t.toilStatus},
                       {QStringLiteral("toil_allocation"),
                        t.allocation ? Names::format(DocKind::Allocation, t.allocation) : QString()}};
}

QList<AccrualLog> toAccrual(const QList<TimeLog> &logs)
{
    QList<AccrualLog> out;
    out.reserve(logs.size());
    for (const TimeLog &l : logs)
        out << AccrualLog{l.date, l.minutes, l.billable, l.activity};
    return out;
}
} // namespace

QString Timesheet::name() const
{
    return Names::format(DocKind::Timesheet, id);
}

Timesheet Timesheets::load(qint64 id, bool withLogs)
{
    static const QString one = kSelect + QStringLiteral("WHERE t.id = ?");
    std::optional<Timesheet> found;
    m_db.forEach(one, {id}, [&](const QSqlQuery &q) { found = fromRow(q); });
    if (!found)
        throw Error::notFound(tr("Timesheet %1 does not exist").arg(Names::format(DocKind::Timesheet, id)));
    Timesheet &t = *found;
    if (withLogs)
        m_db.forEach(QStringLiteral("SELECT id, log_date, minutes, is_billable, activity, description, source_key "
                                    "FROM time_log WHERE timesheet = ? ORDER BY log_date, id"),
                     {id}, [&](const QSqlQuery &l) {
                         t.logs << TimeLog{l.value(0).toLongLong(), QDate::fromString(l.value(1).toString(), Qt::ISODate),
                                           l.value(2).toLongLong(),   l.value(3).toInt() != 0,
                                           l.value(4).toString(),     l.value(5).toString(),
                                           l.value(6).toString()};
                     });
    return t;
}

Timesheet Timesheets::get(const Actor &actor, qint64 id)
{
    Timesheet t = load(id, true);
    Permissions(m_db, m_clock).see(actor, t.employee).require();
    return t;
}

AccrualResult Timesheets::calculate(const QString &employee, const QList<TimeLog> &logs)
{
    Settings settings(m_db, m_clock);
    const auto policy = AccrualPolicy::make(settings.value(QString::fromLatin1(Settings::AccrualPolicy)));
    WorkCalendar calendar(m_db, m_clock);
    AccrualContext ctx;
    ctx.minutesPerToilDay = settings.minutesPerToilDay();
    ctx.weekendMultiplierPercent = settings.intValue(QString::fromLatin1(Settings::WeekendMultiplierPercent));
    if (const auto e = Directory(m_db, m_clock).find(employee))
        ctx.contractedMinutesPerDay = e->contractedMinutesPerDay;
    ctx.isNonWorkingDay = [&calendar](QDate d) { return !calendar.isWorkingDay(d); };
    return policy->compute(toAccrual(logs), ctx);
}

void Timesheets::validateLogs(const QString &employee, QDate start, QDate end, const QList<TimeLog> &logs,
                              qint64 excludeTimesheet)
{
    const QDate today = m_clock.today();
    QHash<QDate, qint64> perDay;
    for (int i = 0; i < logs.size(); ++i) {
        const TimeLog &l = logs.at(i);
        const QString n = QString::number(i + 1);
        const QString dateText = Units::isoDate(l.date);
        if (!l.date.isValid())
            throw Error::invalid(QStringLiteral("time_logs[%1].date").arg(n), QString(),
                                 tr("time log %1: the date is missing or does not exist").arg(n));
        if (l.date < start || l.date > end)
            throw Error::invalid(QStringLiteral("time_logs[%1].date").arg(n), dateText,
                                 tr("time log %1: date %2 is outside the timesheet period %3 to %4")
                                     .arg(n, dateText, Units::isoDate(start), Units::isoDate(end)));
        if (l.date > today)
            throw Error::invalid(QStringLiteral("time_logs[%1].date").arg(n), dateText,
                                 tr("time log %1: date %2 is in the future (today is %3)").arg(n, dateText, Units::isoDate(today)));
        if (l.minutes <= 0)
            throw Error::invalid(QStringLiteral("time_logs[%1].hours").arg(n), Units::formatHours(l.minutes),
                                 tr("time log %1 (%2): hours must be more than zero, not %3")
                                     .arg(n, dateText, Units::formatHours(l.minutes)));
        if (l.minutes > 24 * 60)
            throw Error::invalid(QStringLiteral("time_logs[%1].hours").arg(n), Units::formatHours(l.minutes),
                                 tr("time log %1 (%2): %3 hours is more than a day has")
                                     .arg(n, dateText, Units::formatHours(l.minutes)));
        Text::require(QStringLiteral("time_logs[%1].activity").arg(n), l.activity, kMaxActivity);
        Text::require(QStringLiteral("time_logs[%1].description").arg(n), l.description, kMaxDescription, Text::Lines::Multi);
        Text::require(QStringLiteral("time_logs[%1].source_key").arg(n), l.sourceKey, kMaxSourceKey);
        perDay[l.date] += l.minutes;
    }
    if (perDay.isEmpty())
        return;
    // At most 24 hours per employee per day, across every timesheet that is not cancelled.
    QHash<QDate, qint64> elsewhere;
    m_db.forEach(QStringLiteral("SELECT l.log_date, SUM(l.minutes) FROM time_log l JOIN timesheet t ON t.id = l.timesheet "
                                "WHERE l.employee = ? AND l.log_date BETWEEN ? AND ? AND t.status <> 'Cancelled' "
                                "AND t.id <> ? GROUP BY l.log_date"),
                 {employee, Units::isoDate(start), Units::isoDate(end), excludeTimesheet}, [&](const QSqlQuery &q) {
                     elsewhere.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong());
                 });
    std::map<QDate, qint64> sorted(perDay.keyValueBegin(), perDay.keyValueEnd());
    for (const auto &[day, minutes] : sorted) {
        const qint64 total = minutes + elsewhere.value(day);
        if (total > 24 * 60)
            throw Error::invalid(QStringLiteral("time_logs.hours"), Units::formatHours(total),
                                 tr("%1: %2 hours logged on one day (%3 in other timesheets); at most 24 hours a day")
                                     .arg(Units::isoDate(day), Units::formatHours(total), Units::formatHours(elsewhere.value(day))));
    }
}

void Timesheets::writeLogs(qint64 id, const QString &employee, const QList<TimeLog> &logs)
{
    for (const TimeLog &l : logs)
        m_db.write(QStringLiteral("INSERT INTO time_log (timesheet, employee, log_date, minutes, is_billable, activity, "
                                 "description, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {id, employee, Units::isoDate(l.date), l.minutes, l.billable ? 1 : 0, l.activity.trimmed(),
                   l.description, l.sourceKey.isEmpty() ? Database::null() : QVariant(l.sourceKey)});
}

void Timesheets::recompute(qint64 id, const QString &employee)
{
    const Timesheet t = load(id, true);
    const AccrualResult r = calculate(employee, t.logs);
    qint64 total = 0;
    for (const TimeLog &l : t.logs)
        total += l.minutes;
    m_db.write(QStringLiteral("UPDATE timesheet SET total_minutes = ?, total_toil_minutes = ?, toil_status = ?, "
                             "toil_calculation_details = ?, modified_at = ? WHERE id = ?"),
              {total, r.toilMinutes, r.toilMinutes > 0 ? QStringLiteral("Pending Accrual") : QStringLiteral("Not Applicable"),
               r.details, m_clock.now().toString(Qt::ISODateWithMs), id});
}

qint64 Timesheets::create(const Actor &actor, const QString &employee, QDate start, QDate end, const QList<TimeLog> &logs)
{
    Directory dir(m_db, m_clock);
    Permissions(m_db, m_clock).createTimesheet(actor, employee).require();
    if (!start.isValid())
        throw Error::invalid(QStringLiteral("start_date"), QString(), tr("start_date: the date is missing"));
    if (!end.isValid())
        throw Error::invalid(QStringLiteral("end_date"), QString(), tr("end_date: the date is missing"));
    if (end < start)
        throw Error::invalid(QStringLiteral("end_date"), Units::isoDate(end),
                             tr("end_date: %1 is before start_date %2").arg(Units::isoDate(end), Units::isoDate(start)));
    if (start.daysTo(end) >= kMaxPeriodDays)
        throw Error::invalid(QStringLiteral("end_date"), Units::isoDate(end),
                             tr("end_date: a timesheet covers at most %1 days").arg(kMaxPeriodDays));
    Transaction tx(m_db);
    const Employee e = dir.get(employee);
    if (!e.active)
        throw Error::rule(tr("Employee %1 is deactivated").arg(employee));
    m_db.lockRow(QStringLiteral("employee"), QStringLiteral("id"), employee);
    validateLogs(employee, start, end, logs, 0);
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const Database::Written ins = m_db.write(QStringLiteral("INSERT INTO timesheet (employee, start_date, end_date, status, docstatus, "
                                             "created_by, created_at, modified_at) VALUES (?, ?, ?, 'Draft', 0, ?, ?, ?)"),
                              {employee, Units::isoDate(start), Units::isoDate(end), actor.name(), now, now});
    const qint64 id = ins.lastInsertId;
    writeLogs(id, employee, logs);
    recompute(id, employee);
    const Timesheet t = load(id, false);
    QJsonObject after = stateJson(t);
    after.insert(QStringLiteral("start_date"), Units::isoDate(start));
    after.insert(QStringLiteral("end_date"), Units::isoDate(end));
    after.insert(QStringLiteral("logs"), int(logs.size()));
    Audit(m_db, m_clock).record(actor, QStringLiteral("create"), QStringLiteral("Timesheet"), t.name(), {}, after);
    tx.commit();
    return id;
}

void Timesheets::setLogs(const Actor &actor, qint64 id, const QList<TimeLog> &logs)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("timesheet"), QStringLiteral("id"), id);
    const Timesheet before = load(id, true);
    Permissions(m_db, m_clock).editTimesheet(actor, before, tr("edit")).require();
    if (before.status != Draft && before.status != Rejected)
        throw Error::rule(tr("Timesheet %1 is %2: only a Draft or Rejected timesheet can be edited")
                              .arg(before.name(), before.status));
    // The 24-hours-a-day check reads the employee's other timesheets: no other save may interleave.
    m_db.lockRow(QStringLiteral("employee"), QStringLiteral("id"), before.employee);
    validateLogs(before.employee, before.startDate, before.endDate, logs, id);
    m_db.write(QStringLiteral("DELETE FROM time_log WHERE timesheet = ?"), {id});
    writeLogs(id, before.employee, logs);
    recompute(id, before.employee);
    const Timesheet after = load(id, false);
    QJsonObject b = stateJson(before), a = stateJson(after);
    b.insert(QStringLiteral("total_minutes"), before.totalMinutes);
    a.insert(QStringLiteral("total_minutes"), after.totalMinutes);
    Audit(m_db, m_clock).record(actor, QStringLiteral("save"), QStringLiteral("Timesheet"), after.name(), b, a);
    tx.commit();
}

int Timesheets::addLogs(const Actor &actor, qint64 id, const QList<TimeLog> &logs)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("timesheet"), QStringLiteral("id"), id);
    const Timesheet before = load(id, true);
    Permissions(m_db, m_clock).addTimesheetLogs(actor, before).require();
    if (before.status != Draft)
        throw Error::rule(tr("Timesheet %1 is %2: logs can be added only to a Draft").arg(before.name(), before.status));
    m_db.lockRow(QStringLiteral("employee"), QStringLiteral("id"), before.employee);
    QList<TimeLog> fresh;
    for (const TimeLog &l : logs) {
        if (!l.sourceKey.isEmpty() &&
            m_db.scalar(QStringLiteral("SELECT count(*) FROM time_log WHERE source_key = ?"), {l.sourceKey}).toInt() > 0)
            continue;
        fresh << l;
    }
    if (!fresh.isEmpty()) {
        QList<TimeLog> all = before.logs;
        all += fresh;
        validateLogs(before.employee, before.startDate, before.endDate, all, id);
        writeLogs(id, before.employee, fresh);
        recompute(id, before.employee);
        const Timesheet after = load(id, false);
        Audit(m_db, m_clock).record(actor, QStringLiteral("save"), QStringLiteral("Timesheet"), after.name(),
                                    stateJson(before), stateJson(after));
    }
    tx.commit();
    return int(fresh.size());
}

void Timesheets::send(const Actor &actor, qint64 id)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("timesheet"), QStringLiteral("id"), id);
    const Timesheet before = load(id, true);
    Permissions(m_db, m_clock).editTimesheet(actor, before, tr("send")).require();
    if (before.status != Draft && before.status != Rejected)
        throw Error::rule(tr("Timesheet %1 is %2: only a Draft or Rejected timesheet can be sent for approval")
                              .arg(before.name(), before.status));
    if (before.logs.isEmpty())
        throw Error::rule(tr("Timesheet %1 has no time logs: add the hours before sending it").arg(before.name()));
    Directory(m_db, m_clock).approverOf(before.employee); // says who is missing before anyone waits for nobody
    m_db.write(QStringLiteral("UPDATE timesheet SET status = ?, rejection_reason = '', modified_at = ? WHERE id = ?"),
              {AwaitingApproval, m_clock.now().toString(Qt::ISODateWithMs), id});
    Audit(m_db, m_clock).record(actor, QStringLiteral("send"), QStringLiteral("Timesheet"), before.name(),
                                stateJson(before), stateJson(load(id, false)));
    tx.commit();
}

void Timesheets::approve(const Actor &actor, qint64 id)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("timesheet"), QStringLiteral("id"), id);
    const Timesheet before = load(id, true);
    Permissions(m_db, m_clock).reviewTimesheet(actor, before, tr("Only the immediate supervisor can approve this timesheet")).require();
    if (before.status != AwaitingApproval)
        throw Error::rule(tr("Timesheet %1 is %2: only a timesheet Awaiting Approval can be approved")
                              .arg(before.name(), before.status));
    m_db.lockRow(QStringLiteral("employee"), QStringLiteral("id"), before.employee);

    Settings settings(m_db, m_clock);
    const AccrualResult r = calculate(before.employee, before.logs);
    qint64 toil = r.toilMinutes;
    QString details = r.details;
    const qint64 cap = settings.intValue(QString::fromLatin1(Settings::ToilCapMinutes));
    if (cap > 0 && toil > 0) {
        Ledger ledger(m_db, m_clock);
        qint64 held = 0;
        for (const Lot &l : ledger.lots(before.employee))
            if (l.toDate >= m_clock.today())
                held += l.remaining;
        const qint64 room = qMax<qint64>(0, cap - held);
        if (toil > room) {
            details += QLatin1Char('\n') +
                       tr("Cap: the balance is %1 h and the cap is %2 h, so %3 h accrued and %4 h were not accrued")
                           .arg(Units::formatHours(held), Units::formatHours(cap), Units::formatHours(room),
                                Units::formatHours(toil - room));
            toil = room;
        }
    }

    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    QVariant allocation = Database::null();
    if (toil > 0) {
        const LeaveTypeSettings type = settings.toilLeaveType();
        const QDate from = before.endDate.addDays(1);
        const QDate to = from.addDays(type.expiryDays - 1);
        const Database::Written ins = m_db.write(QStringLiteral("INSERT INTO leave_allocation (employee, leave_type, from_date, to_date, "
                                                 "toil_minutes, is_toil_allocation, source_timesheet, docstatus, is_expired, "
                                                 "created_at) VALUES (?, ?, ?, ?, ?, 1, ?, 1, 0, ?)"),
                                  {before.employee, kToilLeaveType, Units::isoDate(from), Units::isoDate(to), toil, id, now});
        const qint64 lotId = ins.lastInsertId;
        allocation = lotId;
        Ledger(m_db, m_clock)
            .post(before.employee, lotId, Ledger::TypeAllocation, Names::format(DocKind::Allocation, lotId), toil, from, false);
        Audit(m_db, m_clock).record(actor, QStringLiteral("create"), QStringLiteral("Leave Allocation"),
                                    Names::format(DocKind::Allocation, lotId), {},
                                    QJsonObject{{QStringLiteral("toil_minutes"), toil},
                                                {QStringLiteral("from_date"), Units::isoDate(from)},
                                                {QStringLiteral("to_date"), Units::isoDate(to)},
                                                {QStringLiteral("source_timesheet"), before.name()}});
    }
    m_db.write(QStringLiteral("UPDATE timesheet SET status = 'Approved', docstatus = 1, total_toil_minutes = ?, "
                             "toil_status = ?, toil_calculation_details = ?, toil_allocation = ?, approved_by = ?, "
                             "modified_at = ? WHERE id = ?"),
              {toil, toil > 0 ? QStringLiteral("Accrued") : QStringLiteral("Not Applicable"), details, allocation,
               actor.employee, now, id});
    Audit(m_db, m_clock).record(actor, QStringLiteral("approve"), QStringLiteral("Timesheet"), before.name(),
                                stateJson(before), stateJson(load(id, false)));
    tx.commit();
}

void Timesheets::reject(const Actor &actor, qint64 id, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error::invalid(QStringLiteral("reason"), reason, tr("reason: say why the timesheet is rejected"));
    Text::require(QStringLiteral("reason"), why, kMaxReason, Text::Lines::Multi);
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("timesheet"), QStringLiteral("id"), id);
    const Timesheet before = load(id, false);
    Permissions(m_db, m_clock).reviewTimesheet(actor, before, tr("Only the immediate supervisor can reject this timesheet")).require();
    if (before.status != AwaitingApproval)
        throw Error::rule(tr("Timesheet %1 is %2: only a timesheet Awaiting Approval can be rejected")
                              .arg(before.name(), before.status));
    m_db.write(QStringLiteral("UPDATE timesheet SET status = 'Rejected', rejection_reason = ?, modified_at = ? WHERE id = ?"),
              {why, m_clock.now().toString(Qt::ISODateWithMs), id});
    QJsonObject after = stateJson(load(id, false));
    after.insert(QStringLiteral("rejection_reason"), why);
    Audit(m_db, m_clock).record(actor, QStringLiteral("reject"), QStringLiteral("Timesheet"), before.name(),
                                stateJson(before), after);
    tx.commit();
}

QStringList Timesheets::consumers(qint64 allocation)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT la.id, la.status FROM leave_draw d "
                                           "JOIN leave_application la ON la.id = d.application "
                                           "WHERE d.allocation = ? AND la.status IN ('Open', 'Approved') ORDER BY la.id"),
                            {allocation});
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1 (%2)").arg(Names::format(DocKind::Application, q.value(0).toLongLong()), q.value(1).toString());
    return out;
}

void Timesheets::cancel(const Actor &actor, qint64 id)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("timesheet"), QStringLiteral("id"), id);
    const Timesheet before = load(id, false);
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    Permissions(m_db, m_clock).cancelTimesheet(actor, before).require();
    if (before.status != Draft && before.status != Rejected && before.status != Approved)
        throw Error::rule(tr("Timesheet %1 is %2 and cannot be cancelled").arg(before.name(), before.status));
    if (before.status == Approved) {
        m_db.lockRow(QStringLiteral("employee"), QStringLiteral("id"), before.employee);
        if (before.allocation) {
            const QStringList using_ = consumers(before.allocation);
            if (!using_.isEmpty())
                throw Error::rule(tr("Cannot cancel timesheet - TOIL consumed by %1: cancel those leave applications first")
                                      .arg(using_.join(QStringLiteral(", "))));
            Ledger ledger(m_db, m_clock);
            const Lot lot = ledger.lot(before.allocation);
            ledger.post(before.employee, lot.id, Ledger::TypeCancellation, before.name(), -lot.remaining,
                        m_clock.today(), false);
            m_db.write(QStringLiteral("UPDATE leave_allocation SET docstatus = 2 WHERE id = ?"), {lot.id});
            Audit(m_db, m_clock).record(actor, QStringLiteral("cancel"), QStringLiteral("Leave Allocation"), lot.name(),
                                        QJsonObject{{QStringLiteral("docstatus"), 1}, {QStringLiteral("remaining_minutes"), lot.remaining}},
                                        QJsonObject{{QStringLiteral("docstatus"), 2}, {QStringLiteral("remaining_minutes"), 0}});
        }
    }
    m_db.write(QStringLiteral("UPDATE timesheet SET status = 'Cancelled', docstatus = 2, toil_status = 'Cancelled', "
                             "modified_at = ? WHERE id = ?"),
              {now, id});
    Audit(m_db, m_clock).record(actor, QStringLiteral("cancel"), QStringLiteral("Timesheet"), before.name(),
                                stateJson(before), stateJson(load(id, false)));
    tx.commit();
}

QList<Timesheet> Timesheets::list(const Actor &actor, const Filter &filter)
{
    const QStringList known{Draft, AwaitingApproval, Rejected, Approved, Cancelled};
    for (const QString &status : filter.statuses)
        if (!known.contains(status))
            throw Error::invalid(QStringLiteral("status"), status,
                                 tr("status: \"%1\" is not a timesheet status (%2)")
                                     .arg(Error::excerpt(status), known.join(QStringLiteral(", "))));
    QString sql = kSelect + QStringLiteral("WHERE 1 = 1");
    QVariantList binds;
    Permissions permissions(m_db, m_clock);
    permissions.current(actor).require();
    if (!filter.employee.isEmpty()) {
        permissions.see(actor, filter.employee).require();
        sql += QStringLiteral(" AND t.employee = ?");
        binds << filter.employee;
    } else if (filter.directReportsOf || (!actor.isSystem() && !actor.hr)) {
        sql += filter.directReportsOf ? QStringLiteral(" AND e.reports_to = ?")
                                      : QStringLiteral(" AND (t.employee = ? OR e.reports_to = ?)");
        binds << actor.employee;
        if (!filter.directReportsOf)
            binds << actor.employee;
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : filter.statuses) {
            marks << QStringLiteral("?");
            binds << s;
        }
        sql += QStringLiteral(" AND t.status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY t.start_date DESC, t.id DESC LIMIT ?");
    binds << (filter.limit > 0 ? filter.limit : 500);
    QSqlQuery q = m_db.exec(sql, binds);
    QList<Timesheet> out;
    QHash<qint64, int> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(out.size()));
        out << fromRow(q);
    }
    if (filter.withLogs && !out.isEmpty()) {
        QStringList marks;
        QVariantList ids;
        for (const Timesheet &t : std::as_const(out)) {
            marks << QStringLiteral("?");
            ids << t.id;
        }
        QSqlQuery l = m_db.exec(QStringLiteral("SELECT timesheet, id, log_date, minutes, is_billable, activity, description, "
                                               "source_key FROM time_log WHERE timesheet IN (") +
                                    marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY log_date, id"),
                                ids);
        while (l.next())
            out[index.value(l.value(0).toLongLong())].logs
                << TimeLog{l.value(1).toLongLong(), QDate::fromString(l.value(2).toString(), Qt::ISODate),
                           l.value(3).toLongLong(),  l.value(4).toInt() != 0,
                           l.value(5).toString(),    l.value(6).toString(),
                           l.value(7).toString()};
    }
    return out;
}

QList<Timesheet> Timesheets::awaitingApproval(const Actor &actor)
{
    Filter f;
    f.statuses = {AwaitingApproval};
    f.directReportsOf = true;
    f.withLogs = true;
    f.limit = 5000;
    return list(actor, f);
}

} // namespace lieu
