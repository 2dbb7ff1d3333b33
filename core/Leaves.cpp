#include "Leaves.h"

#include "Audit.h"
#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Names.h"
#include "Permissions.h"
#include "Settings.h"
#include "Text.h"
#include "Units.h"
#include "WorkCalendar.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace lieu {

const QString Leaves::Open = QStringLiteral("Open");
const QString Leaves::Approved = QStringLiteral("Approved");
const QString Leaves::Rejected = QStringLiteral("Rejected");
const QString Leaves::Cancelled = QStringLiteral("Cancelled");

namespace {
constexpr int kMaxLeaveDays = 366;
constexpr int kMaxReason = 1000;

const QString kSelect = QStringLiteral(
    "SELECT la.id, la.employee, e.employee_name, la.from_date, la.to_date, la.half_day_date, la.reason, la.status, "
    "la.docstatus, la.half_days, la.minutes, la.rejection_reason, la.approved_by, la.modified_at "
    "FROM leave_application la JOIN employee e ON e.id = la.employee ");

LeaveApplication fromRow(const QSqlQuery &q)
{
    LeaveApplication a;
    a.id = q.value(0).toLongLong();
    a.employee = q.value(1).toString();
    a.employeeName = q.value(2).toString();
    a.fromDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    a.toDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.halfDayDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    a.reason = q.value(6).toString();
    a.status = q.value(7).toString();
    a.docstatus = q.value(8).toInt();
    a.halfDays = q.value(9).toInt();
    a.minutes = q.value(10).toLongLong();
    a.rejectionReason = q.value(11).toString();
    a.approvedBy = q.value(12).toString();
    a.modifiedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    return a;
}

QJsonObject stateJson(const LeaveApplication &a)
{
    return QJsonObject{{QStringLiteral("status"), a.status},
                       {QStringLiteral("docstatus"), a.docstatus},
                       {QStringLiteral("from_date"), Units::isoDate(a.fromDate)},
                       {QStringLiteral("to_date"), Units::isoDate(a.toDate)},
                       {QStringLiteral("total_leave_days"), a.totalLeaveDays()},
                       {QStringLiteral("minutes"), a.minutes}};
}

} // namespace

QString LeaveApplication::name() const
{
    return Names::format(DocKind::Application, id);
}

QString LeaveApplication::totalLeaveDays() const
{
    return halfDays % 2 ? QStringLiteral("%1.5").arg(halfDays / 2) : QString::number(halfDays / 2);
}

LeaveApplication Leaves::load(qint64 id)
{
    static const QString one = kSelect + QStringLiteral("WHERE la.id = ?");
    std::optional<LeaveApplication> found;
    m_db.forEach(one, {id}, [&](const QSqlQuery &q) { found = fromRow(q); });
    if (!found)
        throw Error::notFound(tr("Leave application %1 does not exist").arg(Names::format(DocKind::Application, id)));
    LeaveApplication &a = *found;
    m_db.forEach(QStringLiteral("SELECT d.allocation, d.minutes, d.first_date, a.to_date, a.is_expired "
                                "FROM leave_draw d JOIN leave_allocation a ON a.id = d.allocation "
                                "WHERE d.application = ? ORDER BY a.to_date, a.id"),
                 {id}, [&](const QSqlQuery &d) {
                     a.draws << Draw{d.value(0).toLongLong(), d.value(1).toLongLong(),
                                     QDate::fromString(d.value(2).toString(), Qt::ISODate),
                                     QDate::fromString(d.value(3).toString(), Qt::ISODate), d.value(4).toInt() != 0};
                 });
    return a;
}

LeaveApplication Leaves::get(const Actor &actor, qint64 id)
{
    LeaveApplication a = load(id);
    Permissions(m_db, m_clock).see(actor, a.employee).require();
    return a;
}

LeaveQuote Leaves::quote(const QString &employee, QDate from, QDate to, QDate halfDay, qint64 excludeApplication)
{
    if (!from.isValid())
        throw Error::invalid(QStringLiteral("from_date"), QString(), tr("from_date: the date is missing"));
    if (!to.isValid())
        throw Error::invalid(QStringLiteral("to_date"), QString(), tr("to_date: the date is missing"));
    if (to < from)
        throw Error::invalid(QStringLiteral("to_date"), Units::isoDate(to),
                             tr("to_date: %1 is before from_date %2").arg(Units::isoDate(to), Units::isoDate(from)));
    if (from.daysTo(to) >= kMaxLeaveDays)
        throw Error::invalid(QStringLiteral("to_date"), Units::isoDate(to),
                             tr("to_date: one application covers at most %1 days").arg(kMaxLeaveDays));
    WorkCalendar calendar(m_db, m_clock);
    if (halfDay.isValid()) {
        if (halfDay < from || halfDay > to)
            throw Error::invalid(QStringLiteral("half_day_date"), Units::isoDate(halfDay),
                                 tr("half_day_date: %1 is not between %2 and %3")
                                     .arg(Units::isoDate(halfDay), Units::isoDate(from), Units::isoDate(to)));
        if (!calendar.isWorkingDay(halfDay))
            throw Error::invalid(QStringLiteral("half_day_date"), Units::isoDate(halfDay),
                                 tr("half_day_date: %1 is a weekend day or a holiday, not a working day")
                                     .arg(Units::isoDate(halfDay)));
    }
    const QList<QDate> working = calendar.workingDays(from, to);
    if (working.isEmpty())
        throw Error::rule(tr("%1 to %2: these days are holidays: no leave needed").arg(Units::isoDate(from), Units::isoDate(to)));

    const int perDay = Settings(m_db, m_clock).minutesPerToilDay();
    LeaveQuote q;
    for (const QDate &d : working) {
        const bool half = d == halfDay;
        const qint64 need = half ? (perDay + 1) / 2 : perDay;
        q.days << DayNeed{d, need};
        q.halfDays += half ? 1 : 2;
        q.minutes += need;
    }
    Ledger ledger(m_db, m_clock);
    q.plan = ledger.plan(employee, q.days, excludeApplication);
    q.available = q.plan.covered;
    const QDate today = m_clock.today();
    q.balanceBefore = ledger.availableMinutes(employee, today) - ledger.pendingMinutes(employee);
    if (excludeApplication)
        q.balanceBefore += m_db.scalar(QStringLiteral("SELECT minutes FROM leave_application WHERE id = ? AND status = 'Open'"),
                                       {excludeApplication})
                               .toLongLong();
    q.balanceAfter = q.balanceBefore - q.minutes;
    return q;
}

LeaveQuote Leaves::quote(const Actor &actor, const QString &employee, QDate from, QDate to, QDate halfDay,
                         qint64 excludeApplication)
{
    Permissions(m_db, m_clock).see(actor, employee).require();
    return quote(employee, from, to, halfDay, excludeApplication);
}

void Leaves::checkOverlap(const QString &employee, QDate from, QDate to, QDate halfDay, qint64 excludeApplication)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, from_date, to_date, half_day_date FROM leave_application "
                                           "WHERE employee = ? AND status IN ('Open', 'Approved') AND id <> ? "
                                           "AND from_date <= ? AND to_date >= ?"),
                            {employee, excludeApplication, Units::isoDate(to), Units::isoDate(from)});
    // Half-day units already taken on each date; two half days on one date are fine, more is an overlap.
    QHash<QDate, int> taken;
    QHash<QDate, QString> by;
    while (q.next()) {
        const QDate of = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate ot = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const QDate oh = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QString name = tr("%1 (%2 to %3)").arg(Names::format(DocKind::Application, q.value(0).toLongLong()),
                                                     Units::isoDate(of), Units::isoDate(ot));
        for (QDate day = qMax(from, of); day <= qMin(to, ot); day = day.addDays(1)) {
            taken[day] += day == oh ? 1 : 2;
            by.insert(day, name);
        }
    }
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const int mine = day == halfDay ? 1 : 2;
        if (taken.value(day) + mine > 2)
            throw Error::rule(tr("The leave overlaps %1 on %2").arg(by.value(day), Units::isoDate(day)));
    }
}

qint64 Leaves::apply(const Actor &actor, const QString &employee, QDate from, QDate to, QDate halfDay, const QString &reason)
{
    Permissions(m_db, m_clock).applyLeave(actor, employee).require();
    Text::require(QStringLiteral("reason"), reason, kMaxReason, Text::Lines::Multi);
    Transaction tx(m_db);
    const Employee e = Directory(m_db, m_clock).get(employee);
    if (!e.active)
        throw Error::rule(tr("Employee %1 is deactivated").arg(employee));
    m_db.lockRow(QStringLiteral("employee"), QStringLiteral("id"), employee);
    const LeaveQuote q = quote(employee, from, to, halfDay);
    checkOverlap(employee, from, to, halfDay, 0);
    const int perDay = Settings(m_db, m_clock).minutesPerToilDay();
    if (q.plan.shortfall() > 0)
        throw Error::rule(tr("Insufficient TOIL Balance: the leave needs %1 h (%2 days) but %3 h (%4 days) is available "
                             "on those days; short by %5 h (%6 days)")
                              .arg(Units::formatHours(q.minutes), Units::formatDays(q.minutes, perDay),
                                   Units::formatHours(q.plan.covered), Units::formatDays(q.plan.covered, perDay),
                                   Units::formatHours(q.plan.shortfall()), Units::formatDays(q.plan.shortfall(), perDay)));
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const Database::Written ins = m_db.write(QStringLiteral("INSERT INTO leave_application (employee, leave_type, from_date, to_date, half_day_date, reason, "
                       "status, docstatus, half_days, minutes, created_by, created_at, modified_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'Open', 0, ?, ?, ?, ?, ?)"),
        {employee, kToilLeaveType, Units::isoDate(from), Units::isoDate(to),
         halfDay.isValid() ? QVariant(Units::isoDate(halfDay)) : Database::null(), reason.trimmed(),
         q.halfDays, q.minutes, actor.name(), now, now});
    const qint64 id = ins.lastInsertId;
    for (const Draw &d : q.plan.draws)
        m_db.write(QStringLiteral("INSERT INTO leave_draw (application, allocation, minutes, first_date) VALUES (?, ?, ?, ?)"),
                  {id, d.allocation, d.minutes, Units::isoDate(d.firstDate)});
    const LeaveApplication a = load(id);
    Audit(m_db, m_clock).record(actor, QStringLiteral("create"), QStringLiteral("Leave Application"), a.name(), {},
                                stateJson(a));
    tx.commit();
    return id;
}

void Leaves::approve(const Actor &actor, qint64 id)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("leave_application"), QStringLiteral("id"), id);
    const LeaveApplication before = load(id);
    Permissions(m_db, m_clock).reviewLeave(actor, before, tr("approve")).require();
    if (before.status != Open)
        throw Error::rule(tr("Leave application %1 is %2: only an Open application can be approved").arg(before.name(), before.status));
    m_db.lockRow(QStringLiteral("employee"), QStringLiteral("id"), before.employee);
    // Count again with today's holiday list, then freeze the count.
    const LeaveQuote q = quote(before.employee, before.fromDate, before.toDate, before.halfDayDate, id);
    const int perDay = Settings(m_db, m_clock).minutesPerToilDay();
    if (q.plan.shortfall() > 0)
        throw Error::rule(tr("Insufficient TOIL Balance: the leave needs %1 h (%2 days) but %3 h (%4 days) is available "
                             "on those days; short by %5 h (%6 days)")
                              .arg(Units::formatHours(q.minutes), Units::formatDays(q.minutes, perDay),
                                   Units::formatHours(q.plan.covered), Units::formatDays(q.plan.covered, perDay),
                                   Units::formatHours(q.plan.shortfall()), Units::formatDays(q.plan.shortfall(), perDay)));
    Ledger ledger(m_db, m_clock);
    m_db.write(QStringLiteral("DELETE FROM leave_draw WHERE application = ?"), {id});
    for (const Draw &d : q.plan.draws) {
        m_db.write(QStringLiteral("INSERT INTO leave_draw (application, allocation, minutes, first_date) VALUES (?, ?, ?, ?)"),
                  {id, d.allocation, d.minutes, Units::isoDate(d.firstDate)});
        ledger.post(before.employee, d.allocation, Ledger::TypeApplication, before.name(), -d.minutes, d.firstDate, false);
        // A back-dated day on a lot that has already expired: the expiry gives back what the leave takes.
        if (d.lotExpired)
            ledger.post(before.employee, d.allocation, Ledger::TypeCorrection, before.name(), d.minutes, d.lotToDate, true);
    }
    m_db.write(QStringLiteral("UPDATE leave_application SET status = 'Approved', docstatus = 1, half_days = ?, minutes = ?, "
                             "approved_by = ?, modified_at = ? WHERE id = ?"),
              {q.halfDays, q.minutes, actor.employee, m_clock.now().toString(Qt::ISODateWithMs), id});
    Audit(m_db, m_clock).record(actor, QStringLiteral("approve"), QStringLiteral("Leave Application"), before.name(),
                                stateJson(before), stateJson(load(id)));
    tx.commit();
}

void Leaves::reject(const Actor &actor, qint64 id, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error::invalid(QStringLiteral("reason"), reason, tr("reason: say why the leave is rejected"));
    Text::require(QStringLiteral("reason"), why, kMaxReason, Text::Lines::Multi);
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("leave_application"), QStringLiteral("id"), id);
    const LeaveApplication before = load(id);
    Permissions(m_db, m_clock).reviewLeave(actor, before, tr("reject")).require();
    if (before.status != Open)
        throw Error::rule(tr("Leave application %1 is %2: only an Open application can be rejected").arg(before.name(), before.status));
    m_db.write(QStringLiteral("UPDATE leave_application SET status = 'Rejected', docstatus = 1, rejection_reason = ?, "
                             "modified_at = ? WHERE id = ?"),
              {why, m_clock.now().toString(Qt::ISODateWithMs), id});
    QJsonObject after = stateJson(load(id));
    after.insert(QStringLiteral("rejection_reason"), why);
    Audit(m_db, m_clock).record(actor, QStringLiteral("reject"), QStringLiteral("Leave Application"), before.name(),
                                stateJson(before), after);
    tx.commit();
}

void Leaves::cancel(const Actor &actor, qint64 id)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("leave_application"), QStringLiteral("id"), id);
    const LeaveApplication before = load(id);
    Permissions(m_db, m_clock).cancelLeave(actor, before).require();
    if (before.status != Open && before.status != Approved)
        throw Error::rule(tr("Leave application %1 is %2 and cannot be cancelled").arg(before.name(), before.status));
    if (before.status == Approved) {
        m_db.lockRow(QStringLiteral("employee"), QStringLiteral("id"), before.employee);
        // Read the draws again under the employee's lock: an expiry may have committed meanwhile.
        const QList<Draw> draws = load(id).draws;
        Ledger ledger(m_db, m_clock);
        const QDate today = m_clock.today();
        for (const Draw &d : draws) {
            ledger.post(before.employee, d.allocation, Ledger::TypeApplication, before.name(), d.minutes, today, false);
            // Given back to a lot that has already expired: it expires again at once, on the lot's last day.
            if (d.lotExpired)
                ledger.post(before.employee, d.allocation, Ledger::TypeExpiry, before.name(), -d.minutes, d.lotToDate, true);
        }
    }
    m_db.write(QStringLiteral("UPDATE leave_application SET status = 'Cancelled', docstatus = 2, modified_at = ? WHERE id = ?"),
              {m_clock.now().toString(Qt::ISODateWithMs), id});
    Audit(m_db, m_clock).record(actor, QStringLiteral("cancel"), QStringLiteral("Leave Application"), before.name(),
                                stateJson(before), stateJson(load(id)));
    tx.commit();
}

QList<LeaveApplication> Leaves::list(const Actor &actor, const Filter &filter)
{
    const QStringList known{Open, Approved, Rejected, Cancelled};
    for (const QString &status : filter.statuses)
        if (!known.contains(status))
            throw Error::invalid(QStringLiteral("status"), status,
                                 tr("status: \"%1\" is not a leave application status (%2)")
                                     .arg(Error::excerpt(status), known.join(QStringLiteral(", "))));
    QString sql = kSelect + QStringLiteral("WHERE 1 = 1");
    QVariantList binds;
    Permissions permissions(m_db, m_clock);
    permissions.current(actor).require();
    if (!filter.employee.isEmpty()) {
        permissions.see(actor, filter.employee).require();
        sql += QStringLiteral(" AND la.employee = ?");
        binds << filter.employee;
    } else if (filter.awaitingActor) {
        // Direct reports, and for HR also employees without a supervisor who has a login.
        sql += QStringLiteral(" AND la.status = 'Open' AND la.employee <> ? AND (e.reports_to = ?");
        binds << actor.employee << actor.employee;
        if (actor.hr)
            sql += QStringLiteral(" OR NOT EXISTS (SELECT 1 FROM employee s WHERE s.id = e.reports_to AND s.active = 1 "
                                  "AND s.user_id IS NOT NULL)");
        sql += QLatin1Char(')');
    } else if (!actor.isSystem() && !actor.hr) {
        sql += QStringLiteral(" AND (la.employee = ? OR e.reports_to = ?)");
        binds << actor.employee << actor.employee;
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : filter.statuses) {
            marks << QStringLiteral("?");
            binds << s;
        }
        sql += QStringLiteral(" AND la.status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY la.from_date DESC, la.id DESC LIMIT ?");
    binds << (filter.limit > 0 ? filter.limit : 500);
    QSqlQuery q = m_db.exec(sql, binds);
    QList<LeaveApplication> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

} // namespace lieu
