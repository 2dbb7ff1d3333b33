#include "Ledger.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "Names.h"
#include "Permissions.h"
#include "Settings.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace lieu {

const QString Ledger::TypeAllocation = QStringLiteral("Leave Allocation");
const QString Ledger::TypeApplication = QStringLiteral("Leave Application");
const QString Ledger::TypeExpiry = QStringLiteral("Expiry");
const QString Ledger::TypeCorrection = QStringLiteral("Expiry Correction");
const QString Ledger::TypeCancellation = QStringLiteral("Timesheet Cancellation");

namespace {
const QString kLotSelect = QStringLiteral(
    "SELECT a.id, a.employee, a.from_date, a.to_date, a.source_timesheet, a.docstatus, a.is_expired, a.toil_minutes, "
    "COALESCE(SUM(CASE WHEN l.transaction_type = 'Leave Application' THEN l.minutes END), 0), "
    "COALESCE(SUM(CASE WHEN l.is_expired = 1 THEN l.minutes END), 0), "
    "COALESCE(SUM(CASE WHEN l.transaction_type = 'Timesheet Cancellation' THEN l.minutes END), 0), "
    "COALESCE(SUM(l.minutes), 0), "
    "COALESCE(SUM(CASE WHEN l.is_expired = 0 THEN l.minutes END), 0) "
    "FROM leave_allocation a LEFT JOIN leave_ledger_entry l ON l.allocation = a.id ");
// Every plain column of kLotSelect: standard SQL (and MariaDB's strict mode) wants them all named.
const QString kLotGroup = QStringLiteral(
    "GROUP BY a.id, a.employee, a.from_date, a.to_date, a.source_timesheet, a.docstatus, a.is_expired, a.toil_minutes ");

struct LotRow
{
    Lot lot;
    qint64 beforeExpiry = 0;
};

LotRow lotFromRow(const QSqlQuery &q)
{
    LotRow r;
    r.lot.id = q.value(0).toLongLong();
    r.lot.employee = q.value(1).toString();
    r.lot.fromDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.lot.toDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.lot.sourceTimesheet = q.value(4).toLongLong();
    r.lot.docstatus = q.value(5).toInt();
    r.lot.isExpired = q.value(6).toInt() != 0;
    r.lot.allocated = q.value(7).toLongLong();
    r.lot.used = -q.value(8).toLongLong();
    r.lot.expired = -q.value(9).toLongLong();
    r.lot.cancelled = -q.value(10).toLongLong();
    r.lot.remaining = q.value(11).toLongLong();
    r.beforeExpiry = q.value(12).toLongLong();
    return r;
}

QHash<qint64, qint64> reservations(Database &db, const QString &employee, qint64 excludeApplication)
{
    QHash<qint64, qint64> out;
    db.forEach(QStringLiteral("SELECT d.allocation, SUM(d.minutes) FROM leave_application la "
                              "JOIN leave_draw d ON d.application = la.id "
                              "WHERE la.employee = ? AND la.status = 'Open' AND la.id <> ? "
                              "GROUP BY d.allocation"),
               {employee, excludeApplication},
               [&](const QSqlQuery &q) { out.insert(q.value(0).toLongLong(), q.value(1).toLongLong()); });
    return out;
}
} // namespace

QString Lot::name() const
{
    return Names::format(DocKind::Allocation, id);
}

qint64 Balance::expiringMinutes() const
{
    qint64 sum = 0;
    for (const ExpiringLot &e : expiring)
        sum += e.minutes;
    return sum;
}

qint64 Ledger::availableMinutes(const QString &employee, QDate on)
{
    const QString d = on.toString(Qt::ISODate);
    return m_db
        .scalar(QStringLiteral("SELECT COALESCE(SUM(l.minutes), 0) FROM leave_allocation a "
                               "JOIN leave_ledger_entry l ON l.allocation = a.id "
                               "WHERE a.employee = ? AND a.is_toil_allocation = 1 AND a.docstatus = 1 "
                               "AND a.to_date >= ? AND a.from_date <= ?"),
                {employee, d, d})
        .toLongLong();
}

qint64 Ledger::pendingMinutes(const QString &employee)
{
    return m_db
        .scalar(QStringLiteral("SELECT COALESCE(SUM(minutes), 0) FROM leave_application "
                               "WHERE employee = ? AND status = 'Open'"),
                {employee})
        .toLongLong();
}

QList<Lot> Ledger::lots(const QString &employee, bool includeCancelled)
{
    static const QString active = kLotSelect + QStringLiteral("WHERE a.employee = ? AND a.is_toil_allocation = 1 "
                                                             "AND a.docstatus = 1 ") + kLotGroup + QStringLiteral("ORDER BY a.to_date, a.id");
    static const QString all = kLotSelect + QStringLiteral("WHERE a.employee = ? AND a.is_toil_allocation = 1 ") + kLotGroup + QStringLiteral("ORDER BY a.to_date, a.id");
    QList<Lot> out;
    m_db.forEach(includeCancelled ? all : active, {employee}, [&](const QSqlQuery &q) { out << lotFromRow(q).lot; });
    const QHash<qint64, qint64> held = reservations(m_db, employee, 0);
    for (Lot &l : out)
        l.reserved = held.value(l.id);
    return out;
}

Lot Ledger::lot(qint64 id)
{
    static const QString sql = kLotSelect + QStringLiteral("WHERE a.id = ? ") + kLotGroup;
    std::optional<Lot> found;
    m_db.forEach(sql, {id}, [&](const QSqlQuery &q) { found = lotFromRow(q).lot; });
    if (!found)
        throw Error::notFound(tr("Leave allocation %1 does not exist").arg(Names::format(DocKind::Allocation, id)));
    return *found;
}

Balance Ledger::balance(const QString &employee, QDate on, int expiringDays)
{
    Balance b;
    b.on = on;
    b.lots = lots(employee);
    b.available = availableMinutes(employee, on);
    b.pending = pendingMinutes(employee);
    const QDate horizon = on.addDays(expiringDays);
    for (const Lot &l : std::as_const(b.lots)) {
        if (l.fromDate > on) {
            b.upcoming += l.remaining;
            continue;
        }
        if (l.toDate >= on && l.toDate < horizon && l.remaining > 0)
            b.expiring << ExpiringLot{l.id, l.remaining, l.toDate};
    }
    return b;
}

Balance Ledger::balance(const Actor &actor, const QString &employee, QDate on)
{
    Permissions(m_db, m_clock).see(actor, employee).require();
    return balance(employee, on, Settings(m_db, m_clock).intValue(QString::fromLatin1(Settings::ExpiringSoonDays)));
}

QList<LedgerEntry> Ledger::entries(const Actor &actor, const QString &employee)
{
    Permissions(m_db, m_clock).see(actor, employee).require();
    return entries(employee);
}

QList<LedgerEntry> Ledger::entries(const QString &employee)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, entry_date, minutes, transaction_type, transaction_name, allocation, "
                                           "is_expired FROM leave_ledger_entry WHERE employee = ? ORDER BY id"),
                            {employee});
    QList<LedgerEntry> out;
    while (q.next()) {
        LedgerEntry e;
        e.id = q.value(0).toLongLong();
        e.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        e.minutes = q.value(2).toLongLong();
        e.transactionType = q.value(3).toString();
        e.transactionName = q.value(4).toString();
        e.allocation = q.value(5).toLongLong();
        e.isExpired = q.value(6).toInt() != 0;
        out << e;
    }
    return out;
}

DrawPlan Ledger::plan(const QString &employee, const QList<DayNeed> &days, qint64 excludeApplication)
{
    DrawPlan plan;
    if (days.isEmpty())
        return plan;
    QList<DayNeed> ordered = days;
    std::sort(ordered.begin(), ordered.end(), [](const DayNeed &a, const DayNeed &b) { return a.date < b.date; });
    for (const DayNeed &d : std::as_const(ordered))
        plan.needed += d.minutes;

    static const QString sql = kLotSelect + QStringLiteral("WHERE a.employee = ? AND a.is_toil_allocation = 1 AND a.docstatus = 1 "
                                                           "AND a.to_date >= ? AND a.from_date <= ? ") + kLotGroup + QStringLiteral("ORDER BY a.to_date, a.id");
    struct Candidate
    {
        Lot lot;
        qint64 free = 0;
    };
    QList<Candidate> lots;
    m_db.forEach(sql, {employee, ordered.first().date.toString(Qt::ISODate), ordered.last().date.toString(Qt::ISODate)},
                 [&](const QSqlQuery &q) {
                     const LotRow r = lotFromRow(q);
                     lots << Candidate{r.lot, r.beforeExpiry};
                 });
    const QHash<qint64, qint64> held = reservations(m_db, employee, excludeApplication);
    for (Candidate &c : lots)
        c.free -= held.value(c.lot.id);

    QHash<qint64, int> drawIndex;
    for (const DayNeed &day : std::as_const(ordered)) {
        qint64 need = day.minutes;
        for (Candidate &c : lots) { // ordered by to_date: earliest expiry first
            if (need == 0)
                break;
            if (c.free <= 0 || c.lot.fromDate > day.date || c.lot.toDate < day.date)
                continue;
            const qint64 take = qMin(need, c.free);
            c.free -= take;
            need -= take;
            plan.covered += take;
            auto it = drawIndex.find(c.lot.id);
            if (it == drawIndex.end()) {
                drawIndex.insert(c.lot.id, int(plan.draws.size()));
                plan.draws << Draw{c.lot.id, take, day.date, c.lot.toDate, c.lot.isExpired};
            } else {
                plan.draws[*it].minutes += take;
            }
        }
    }
    return plan;
}

void Ledger::post(const QString &employee, qint64 allocation, const QString &type, const QString &transactionName,
                  qint64 minutes, QDate date, bool isExpired)
{
    if (minutes == 0)
        return;
    m_db.write(QStringLiteral("INSERT INTO leave_ledger_entry (employee, leave_type, allocation, transaction_type, "
                             "transaction_name, minutes, entry_date, is_expired, docstatus, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
              {employee, kToilLeaveType, allocation, type, transactionName, minutes, date.toString(Qt::ISODate),
               isExpired ? 1 : 0, m_clock.now().toString(Qt::ISODateWithMs)});
}

} // namespace lieu
