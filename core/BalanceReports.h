#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace lieu {

class Database;
class Clock;

// A supervisor and their active direct reports: the charts' team filter.
struct Team
{
    QString supervisor; // employee id
    QString supervisorName;
    QStringList members; // employee ids, ordered by id
};

struct EmployeeBalance
{
    QString employee;
    QString name;
    qint64 available = 0;    // Ledger::availableMinutes on the report's day
    qint64 pending = 0;      // held by Open leave applications
    qint64 expiringSoon = 0; // of `available`, on lots whose last day falls within the expiring-soon window
};

struct MonthFlow
{
    QDate month;          // the first day of the month
    qint64 accrued = 0;   // lots that became valid in the month (their allocation entry's date)
    qint64 used = 0;      // Approved leave, by the date of its ledger entries
    qint64 expired = 0;   // expiry entries net of corrections, by their date (the lot's last day)
    qint64 total() const { return accrued + used + expired; }
};

struct WeekExpiry
{
    QDate weekStart; // a Monday
    qint64 minutes = 0; // what the lots whose last day falls in the week still hold
    int lots = 0;
};

struct ReportOverview
{
    QDate on;
    QString team; // empty: the whole organisation
    int minutesPerToilDay = 480;
    QList<Team> teams;
    QList<EmployeeBalance> balances;
    QList<MonthFlow> months;
    QList<WeekExpiry> weeks;
};

// Aggregates over many employees for HR's balance charts, in integer minutes. Every figure is a sum of
// ledger entries of active (not cancelled) lots, so a chart never disagrees with an employee's balance.
// `team` is a supervisor's employee id (their active direct reports) or empty for every active employee.
class BalanceReports final
{
    Q_DECLARE_TR_FUNCTIONS(BalanceReports)

public:
    BalanceReports(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static constexpr int DefaultMonths = 12;
    static constexpr int DefaultExpiryWindowDays = 90;

    // Supervisors with at least one active direct report, ordered by name.
    QList<Team> teams(const Actor &actor);
    // One row per active employee in scope (zero balances included), ordered by name then id.
    QList<EmployeeBalance> balances(const Actor &actor, const QString &team, QDate on);
    // One row per month from firstMonth's month through lastMonth's month, empty months included.
    QList<MonthFlow> monthly(const Actor &actor, const QString &team, QDate firstMonth, QDate lastMonth);
    // One row per week (Monday to Sunday) covering from .. from + days - 1, empty weeks included; only lots
    // whose last day falls inside that window count.
    QList<WeekExpiry> expiringByWeek(const Actor &actor, const QString &team, QDate from, int days = DefaultExpiryWindowDays);

    // What the charts show, in one call: balances on `on`, the months up to `on`'s month, the expiry weeks from `on`.
    ReportOverview overview(const Actor &actor, const QString &team, QDate on, int months = DefaultMonths,
                            int expiryWindowDays = DefaultExpiryWindowDays);

    // The chart's rows: the `limit` largest available balances, largest first, ties by name then id.
    static QList<EmployeeBalance> largest(const QList<EmployeeBalance> &rows, int limit);

private:
    void requireReader(const Actor &actor);
    // " AND <column> IN (...the team...)" with its bind, or nothing for the whole organisation.
    QString scope(const QString &column, const QString &team, QVariantList &binds);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
