#include "BalanceReports.h"

#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Permissions.h"
#include "Settings.h"
#include "Units.h"

#include <QHash>

#include <algorithm>

namespace lieu {

namespace {
QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

QDate mondayOf(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

QString monthKey(QDate d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

void BalanceReports::requireReader(const Actor &actor)
{
    Permissions(m_db, m_clock).administer(actor, tr("Only HR can see the balance reports")).require();
}

QString BalanceReports::scope(const QString &column, const QString &team, QVariantList &binds)
{
    if (team.isEmpty())
        return QStringLiteral(" AND ") + column + QStringLiteral(" IN (SELECT id FROM employee WHERE active = 1)");
    if (!Directory(m_db, m_clock).find(team))
        throw Error::invalid(QStringLiteral("team"), team, tr("team: employee %1 does not exist").arg(team));
    binds << team;
    return QStringLiteral(" AND ") + column +
           QStringLiteral(" IN (SELECT id FROM employee WHERE active = 1 AND reports_to = ?)");
}

QList<Team> BalanceReports::teams(const Actor &actor)
{
    requireReader(actor);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.id, s.employee_name, e.id FROM employee s "
                                           "JOIN employee e ON e.reports_to = s.id AND e.active = 1 "
                                           "ORDER BY s.employee_name, s.id, e.id"));
    QList<Team> out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (out.isEmpty() || out.last().supervisor != id)
            out << Team{id, q.value(1).toString(), {}};
        out.last().members << q.value(2).toString();
    }
    return out;
}

QList<EmployeeBalance> BalanceReports::balances(const Actor &actor, const QString &team, QDate on)
{
    requireReader(actor);
    if (!on.isValid())
        throw Error::invalid(QStringLiteral("on"), QString(), tr("on: the date is missing"));
    const QString day = Units::isoDate(on);

    QVariantList binds;
    QString sql = QStringLiteral("SELECT id, employee_name FROM employee WHERE 1 = 1") + scope(QStringLiteral("id"), team, binds) +
                  QStringLiteral(" ORDER BY employee_name, id");
    QSqlQuery people = m_db.exec(sql, binds);
    QList<EmployeeBalance> out;
    QHash<QString, int> index;
    while (people.next()) {
        index.insert(people.value(0).toString(), int(out.size()));
        out << EmployeeBalance{people.value(0).toString(), people.value(1).toString()};
    }
    if (out.isEmpty())
        return out;

    // Per lot valid on the day: the ledger's sum. The balance is their total (as Ledger::availableMinutes sums it).
    const int soonDays = Settings(m_db, m_clock).intValue(QString::fromLatin1(Settings::ExpiringSoonDays));
    const QString horizon = Units::isoDate(on.addDays(soonDays));
    binds = {day, day};
    sql = QStringLiteral("SELECT a.employee, a.to_date, SUM(l.minutes) FROM leave_allocation a "
                         "JOIN leave_ledger_entry l ON l.allocation = a.id "
                         "WHERE a.is_toil_allocation = 1 AND a.docstatus = 1 AND a.to_date >= ? AND a.from_date <= ?") +
          scope(QStringLiteral("a.employee"), team, binds) + QStringLiteral(" GROUP BY a.id, a.employee, a.to_date");
    QSqlQuery lots = m_db.exec(sql, binds);
    while (lots.next()) {
        const auto it = index.constFind(lots.value(0).toString());
        if (it == index.constEnd())
            continue;
        EmployeeBalance &b = out[*it];
        const qint64 remaining = lots.value(2).toLongLong();
        b.available += remaining;
        if (lots.value(1).toString() < horizon && remaining > 0)
            b.expiringSoon += remaining;
    }

    binds.clear();
    sql = QStringLiteral("SELECT employee, SUM(minutes) FROM leave_application WHERE status = 'Open'") +
          scope(QStringLiteral("employee"), team, binds) + QStringLiteral(" GROUP BY employee");
    QSqlQuery pending = m_db.exec(sql, binds);
    while (pending.next()) {
        const auto it = index.constFind(pending.value(0).toString());
        if (it != index.constEnd())
            out[*it].pending = pending.value(1).toLongLong();
    }
    return out;
}

QList<MonthFlow> BalanceReports::monthly(const Actor &actor, const QString &team, QDate firstMonth, QDate lastMonth)
{
    requireReader(actor);
    if (!firstMonth.isValid() || !lastMonth.isValid() || lastMonth < firstMonth)
        throw Error::invalid(QStringLiteral("months"), Units::isoDate(firstMonth) + QStringLiteral("..") + Units::isoDate(lastMonth),
                             tr("months: the range %1 to %2 is not a range of months")
                                 .arg(Units::isoDate(firstMonth), Units::isoDate(lastMonth)));
    const QDate first = firstOfMonth(firstMonth);
    const QDate last = firstOfMonth(lastMonth).addMonths(1).addDays(-1);
    if (first.addYears(20) < last)
        throw Error::invalid(QStringLiteral("months"), Units::isoDate(first) + QStringLiteral("..") + Units::isoDate(last),
                             tr("months: at most 20 years at once"));
    QList<MonthFlow> out;
    QHash<QString, int> index;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        index.insert(monthKey(m), int(out.size()));
        out << MonthFlow{m};
    }
    const QVariantList range{Units::isoDate(first), Units::isoDate(last)};

    // Accrued: each active lot in the month its allocation entry is dated (the lot's first valid day).
    {
        QVariantList binds = range;
        const QString sql = QStringLiteral("SELECT substr(a.from_date, 1, 7), SUM(a.toil_minutes) FROM leave_allocation a "
                                           "WHERE a.from_date >= ? AND a.from_date <= ? AND a.is_toil_allocation = 1 "
                                           "AND a.docstatus = 1") +
                            scope(QStringLiteral("a.employee"), team, binds) +
                            QStringLiteral(" GROUP BY substr(a.from_date, 1, 7)");
        QSqlQuery q = m_db.exec(sql, binds);
        while (q.next())
            if (const auto it = index.constFind(q.value(0).toString()); it != index.constEnd())
                out[*it].accrued = q.value(1).toLongLong();
    }
    // Used: what Approved applications drew, each draw at its ledger date (the first leave day the lot pays for).
    {
        QVariantList binds = range;
        const QString sql = QStringLiteral("SELECT substr(d.first_date, 1, 7), SUM(d.minutes) FROM leave_draw d "
                                           "JOIN leave_application la ON la.id = d.application "
                                           "JOIN leave_allocation a ON a.id = d.allocation "
                                           "WHERE d.first_date >= ? AND d.first_date <= ? AND la.status = 'Approved' "
                                           "AND a.docstatus = 1") +
                            scope(QStringLiteral("a.employee"), team, binds) +
                            QStringLiteral(" GROUP BY substr(d.first_date, 1, 7)");
        QSqlQuery q = m_db.exec(sql, binds);
        while (q.next())
            if (const auto it = index.constFind(q.value(0).toString()); it != index.constEnd())
                out[*it].used = q.value(1).toLongLong();
    }
    // Expired: expiry entries net of corrections, dated at the lot's last day.
    {
        QVariantList binds = range;
        const QString sql = QStringLiteral("SELECT substr(l.entry_date, 1, 7), -SUM(l.minutes) FROM leave_ledger_entry l "
                                           "JOIN leave_allocation a ON a.id = l.allocation "
                                           "WHERE l.entry_date >= ? AND l.entry_date <= ? AND l.is_expired = 1 "
                                           "AND a.docstatus = 1") +
                            scope(QStringLiteral("a.employee"), team, binds) +
                            QStringLiteral(" GROUP BY substr(l.entry_date, 1, 7)");
        QSqlQuery q = m_db.exec(sql, binds);
        while (q.next())
            if (const auto it = index.constFind(q.value(0).toString()); it != index.constEnd())
                out[*it].expired = q.value(1).toLongLong();
    }
    return out;
}

QList<WeekExpiry> BalanceReports::expiringByWeek(const Actor &actor, const QString &team, QDate from, int days)
{
    requireReader(actor);
    if (!from.isValid())
        throw Error::invalid(QStringLiteral("from"), QString(), tr("from: the date is missing"));
    if (days < 1 || days > 3660)
        throw Error::invalid(QStringLiteral("days"), QString::number(days), tr("days: %1 must be from 1 to 3660").arg(days));
    const QDate last = from.addDays(days - 1);
    QList<WeekExpiry> out;
    for (QDate w = mondayOf(from); w <= last; w = w.addDays(7))
        out << WeekExpiry{w};

    QVariantList binds{Units::isoDate(from), Units::isoDate(last)};
    const QString sql = QStringLiteral("SELECT a.id, a.to_date, SUM(l.minutes) FROM leave_allocation a "
                                       "JOIN leave_ledger_entry l ON l.allocation = a.id "
                                       "WHERE a.to_date >= ? AND a.to_date <= ? AND a.is_toil_allocation = 1 "
                                       "AND a.docstatus = 1") +
                        scope(QStringLiteral("a.employee"), team, binds) + QStringLiteral(" GROUP BY a.id, a.to_date");
    QSqlQuery q = m_db.exec(sql, binds);
    const QDate firstMonday = mondayOf(from);
    while (q.next()) {
        const qint64 remaining = q.value(2).toLongLong();
        if (remaining <= 0)
            continue;
        const QDate to = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const qint64 week = firstMonday.daysTo(to) / 7;
        if (week < 0 || week >= out.size())
            continue;
        out[week].minutes += remaining;
        out[week].lots += 1;
    }
    return out;
}

QList<EmployeeBalance> BalanceReports::largest(const QList<EmployeeBalance> &rows, int limit)
{
    QList<EmployeeBalance> out = rows;
    std::stable_sort(out.begin(), out.end(), [](const EmployeeBalance &a, const EmployeeBalance &b) {
        if (a.available != b.available)
            return a.available > b.available;
        if (a.name != b.name)
            return a.name < b.name;
        return a.employee < b.employee;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

ReportOverview BalanceReports::overview(const Actor &actor, const QString &team, QDate on, int months, int expiryWindowDays)
{
    requireReader(actor);
    if (months < 1 || months > 240)
        throw Error::invalid(QStringLiteral("months"), QString::number(months), tr("months: %1 must be from 1 to 240").arg(months));
    ReportOverview r;
    r.on = on;
    r.team = team;
    r.minutesPerToilDay = Settings(m_db, m_clock).minutesPerToilDay();
    r.teams = teams(actor);
    r.balances = balances(actor, team, on);
    r.months = monthly(actor, team, firstOfMonth(on).addMonths(1 - months), on);
    r.weeks = expiringByWeek(actor, team, on, expiryWindowDays);
    return r;
}

} // namespace lieu
