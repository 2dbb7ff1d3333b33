#include "Reports.h"

#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Ledger.h"
#include "Names.h"
#include "Settings.h"
#include "Timesheets.h"
#include "Units.h"

using namespace Qt::StringLiterals;

namespace lieu::reports {

namespace {
constexpr int kAll = 1000000;
}

QStringList Reports::kinds()
{
    return {u"balances"_s, u"ledger"_s, u"timesheets"_s};
}

Table Reports::balances(const Actor &actor, QDate on)
{
    Settings settings(m_db, m_clock);
    const int perDay = settings.minutesPerToilDay();
    const int window = settings.intValue(QString::fromLatin1(Settings::ExpiringSoonDays));
    Table t;
    t.name = tr("Balances");
    t.headers = {tr("Employee"), tr("Employee name"), tr("As of"), tr("Available (hours)"), tr("Available (minutes)"),
                 tr("Available (days)"), tr("Pending (hours)"), tr("Pending (minutes)"),
                 tr("Expiring within %1 days (hours)").arg(window), tr("Expiring (minutes)"), tr("Next expiry")};
    Ledger ledger(m_db, m_clock);
    for (const Employee &e : Directory(m_db, m_clock).list(actor, false)) {
        const Balance b = ledger.balance(e.id, on, window);
        QDate next;
        for (const Lot &l : b.lots)
            if (l.fromDate <= on && l.toDate >= on && l.remaining > 0 && (!next.isValid() || l.toDate < next))
                next = l.toDate;
        t.rows << QList<Cell>{Cell::str(e.id),
                              Cell::str(e.name),
                              Cell::day(on),
                              Cell::hours(b.available),
                              Cell::integer(b.available),
                              Cell::days(Units::milliDays(b.available, perDay)),
                              Cell::hours(b.pending),
                              Cell::integer(b.pending),
                              Cell::hours(b.expiringMinutes()),
                              Cell::integer(b.expiringMinutes()),
                              Cell::day(next)};
    }
    return t;
}

Table Reports::ledger(const Actor &actor)
{
    const int perDay = Settings(m_db, m_clock).minutesPerToilDay();
    Table t;
    t.name = tr("Ledger");
    t.headers = {tr("Employee"), tr("Employee name"), tr("Date"),  tr("Transaction type"), tr("Transaction"),
                 tr("Allocation"), tr("Hours"),       tr("Minutes"), tr("Days"),           tr("Expired")};
    Ledger ledger(m_db, m_clock);
    for (const Employee &e : Directory(m_db, m_clock).list(actor, true)) {
        for (const LedgerEntry &l : ledger.entries(e.id))
            t.rows << QList<Cell>{Cell::str(e.id),
                                  Cell::str(e.name),
                                  Cell::day(l.date),
                                  Cell::str(l.transactionType),
                                  Cell::str(l.transactionName),
                                  Cell::str(l.allocation ? Names::format(DocKind::Allocation, l.allocation) : QString()),
                                  Cell::hours(l.minutes),
                                  Cell::integer(l.minutes),
                                  Cell::days(Units::milliDays(l.minutes, perDay)),
                                  Cell::str(l.isExpired ? tr("Yes") : tr("No"))};
    }
    return t;
}

Table Reports::timesheets(const Actor &actor)
{
    const int perDay = Settings(m_db, m_clock).minutesPerToilDay();
    Table t;
    t.name = tr("Timesheets");
    t.headers = {tr("Timesheet"),  tr("Employee"),       tr("Employee name"), tr("From"),        tr("To"),
                 tr("Status"),     tr("Hours"),          tr("Minutes"),       tr("TOIL (hours)"), tr("TOIL (minutes)"),
                 tr("TOIL (days)"), tr("TOIL status"),   tr("Allocation"),    tr("Approved by")};
    Timesheets::Filter f;
    f.limit = kAll;
    QList<Timesheet> list = Timesheets(m_db, m_clock).list(actor, f);
    std::sort(list.begin(), list.end(), [](const Timesheet &a, const Timesheet &b) { return a.id < b.id; });
    for (const Timesheet &s : std::as_const(list))
        t.rows << QList<Cell>{Cell::str(s.name()),
                              Cell::str(s.employee),
                              Cell::str(s.employeeName),
                              Cell::day(s.startDate),
                              Cell::day(s.endDate),
                              Cell::str(s.status),
                              Cell::hours(s.totalMinutes),
                              Cell::integer(s.totalMinutes),
                              Cell::hours(s.toilMinutes),
                              Cell::integer(s.toilMinutes),
                              Cell::days(Units::milliDays(s.toilMinutes, perDay)),
                              Cell::str(s.toilStatus),
                              Cell::str(s.allocation ? Names::format(DocKind::Allocation, s.allocation) : QString()),
                              Cell::str(s.approvedBy)};
    return t;
}

Table Reports::timeLogs(const Actor &actor)
{
    Table t;
    t.name = tr("Time logs");
    t.headers = {tr("Timesheet"), tr("Employee"), tr("Date"), tr("Hours"), tr("Minutes"),
                 tr("Billable"), tr("Activity"), tr("Description")};
    Timesheets::Filter f;
    f.limit = kAll;
    f.withLogs = true;
    QList<Timesheet> list = Timesheets(m_db, m_clock).list(actor, f);
    std::sort(list.begin(), list.end(), [](const Timesheet &a, const Timesheet &b) { return a.id < b.id; });
    for (const Timesheet &s : std::as_const(list))
        for (const TimeLog &l : s.logs)
            t.rows << QList<Cell>{Cell::str(s.name()),  Cell::str(s.employee),    Cell::day(l.date),
                                  Cell::hours(l.minutes), Cell::integer(l.minutes), Cell::str(l.billable ? tr("Yes") : tr("No")),
                                  Cell::str(l.activity), Cell::str(l.description)};
    return t;
}

QList<Table> Reports::tables(const Actor &actor, const QString &kind)
{
    if (kind == u"balances"_s)
        return {balances(actor, m_clock.today())};
    if (kind == u"ledger"_s)
        return {ledger(actor)};
    if (kind == u"timesheets"_s)
        return {timesheets(actor), timeLogs(actor)};
    throw Error::invalid(u"kind"_s, kind, tr("kind: \"%1\" is not an export (balances, ledger or timesheets)").arg(kind));
}

} // namespace lieu::reports
