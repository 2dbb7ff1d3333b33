#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace lieu {

class Database;
class Clock;

// A TOIL lot: the seed's Leave Allocation with is_toil_allocation = 1. Amounts in minutes; the figures
// are sums over the lot's ledger entries, never kept anywhere else.
struct Lot
{
    qint64 id = 0;
    QString employee;
    QDate fromDate;
    QDate toDate; // the last day it can be used
    qint64 sourceTimesheet = 0;
    int docstatus = 1; // 1 active, 2 cancelled
    bool isExpired = false;
    qint64 allocated = 0; // toil_minutes
    qint64 used = 0;      // taken by approved leave (net of reversals), >= 0
    qint64 expired = 0;   // taken by expiry (net of corrections), >= 0
    qint64 cancelled = 0; // taken back when its timesheet was cancelled, >= 0
    qint64 remaining = 0; // the ledger's sum for the lot
    qint64 reserved = 0;  // held by Open leave applications
    QString name() const;
};

struct LedgerEntry
{
    qint64 id = 0;
    QDate date;
    qint64 minutes = 0; // signed
    QString transactionType;
    QString transactionName;
    qint64 allocation = 0;
    bool isExpired = false;
};

struct ExpiringLot
{
    qint64 allocation = 0;
    qint64 minutes = 0;
    QDate toDate;
};

struct Balance
{
    QDate on;
    qint64 available = 0; // the ledger's sum over lots valid on `on`
    qint64 pending = 0;   // held by Open applications
    qint64 upcoming = 0;  // approved lots that become valid after `on`
    QList<ExpiringLot> expiring; // lots valid on `on` whose last day falls within the expiring-soon window
    QList<Lot> lots;             // every active lot, earliest expiry first
    qint64 expiringMinutes() const;
};

// One leave day's need.
struct DayNeed
{
    QDate date;
    qint64 minutes = 0;
};

struct Draw
{
    qint64 allocation = 0;
    qint64 minutes = 0;
    QDate firstDate; // the first leave day this lot pays for
    QDate lotToDate;
    bool lotExpired = false;
};

struct DrawPlan
{
    qint64 needed = 0;
    qint64 covered = 0;
    QList<Draw> draws;
    qint64 shortfall() const { return needed - covered; }
};

// Reads balances and lots, plans how leave draws on lots, and appends ledger entries.
class Ledger final
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)

public:
    Ledger(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static const QString TypeAllocation;   // "Leave Allocation"
    static const QString TypeApplication;  // "Leave Application"
    static const QString TypeExpiry;       // "Expiry"
    static const QString TypeCorrection;   // "Expiry Correction"
    static const QString TypeCancellation; // "Timesheet Cancellation"

    // The hot path: one indexed query.
    qint64 availableMinutes(const QString &employee, QDate on);
    qint64 pendingMinutes(const QString &employee);
    Balance balance(const QString &employee, QDate on, int expiringDays);

    // What a signed-in user reads (the balance panel, `lieuctl balance` and `ledger`): refused unless `actor`
    // may see the employee's records. The expiring-soon window is the organisation's setting.
    Balance balance(const Actor &actor, const QString &employee, QDate on);
    QList<LedgerEntry> entries(const Actor &actor, const QString &employee);

    QList<Lot> lots(const QString &employee, bool includeCancelled = false);
    Lot lot(qint64 id);
    QList<LedgerEntry> entries(const QString &employee);

    // Each day draws from lots valid on it, the lot that expires first drawn first. What a lot can give is
    // what it had before any expiry (a back-dated day may use an expired lot) less what Open applications
    // other than `excludeApplication` hold.
    DrawPlan plan(const QString &employee, const QList<DayNeed> &days, qint64 excludeApplication = 0);

    void post(const QString &employee, qint64 allocation, const QString &type, const QString &transactionName,
              qint64 minutes, QDate date, bool isExpired);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
