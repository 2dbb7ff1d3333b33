#pragma once
// Internal to Generator: what the simulation decided, and the two ways of writing it down.

#include "Accrual.h"
#include "Actor.h"
#include "Directory.h"
#include "Ledger.h"
#include "Timesheets.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace lieu {

class Database;

namespace gen {

// A timesheet as created and sent: the logs in date order, the totals core computes.
struct SheetPlan
{
    qint64 id = 0;
    QString employee;
    QDate start;
    QDate end;
    QList<TimeLog> logs;
    qint64 totalMinutes = 0;
    AccrualResult accrual;
};

// The lot an approval creates (id 0: none).
struct LotPlan
{
    qint64 id = 0;
    QDate from;
    QDate to;
    qint64 minutes = 0;
};

struct LeavePlan
{
    qint64 id = 0;
    QString employee;
    QDate from;
    QDate to;
    QDate halfDay;
    QString reason;
    int halfDays = 0;
    qint64 minutes = 0;
    QList<Draw> draws; // reservations when applied; what is drawn when approved
};

struct ExpiryPlan
{
    qint64 lot = 0;
    QString employee;
    QDate to;
    qint64 remaining = 0;
};

// Writes the simulation's decisions. Both implementations must leave identical rows.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void addEmployee(const QDateTime &at, const Employee &e) = 0;
    virtual void addHoliday(const QDateTime &at, QDate day, const QString &description) = 0;
    // Creates the Draft and sends it for approval.
    virtual void createAndSend(const QDateTime &at, const Actor &who, const SheetPlan &s) = 0;
    virtual void approveSheet(const QDateTime &at, const Actor &boss, const SheetPlan &s, const LotPlan &lot) = 0;
    virtual void applyLeave(const QDateTime &at, const Actor &who, const LeavePlan &l) = 0;
    virtual void approveLeave(const QDateTime &at, const Actor &boss, const LeavePlan &before, const LeavePlan &after) = 0;
    virtual void rejectLeave(const QDateTime &at, const Actor &boss, const LeavePlan &l, const QString &reason) = 0;
    // The expiry job's run: `lots` are exactly the lots due, in the order the job takes them.
    virtual void expire(const QDateTime &at, const QList<ExpiryPlan> &lots, const QString &detail) = 0;
};

std::unique_ptr<Sink> makeBulkSink(Database &db);
std::unique_ptr<Sink> makeServiceSink(Database &db);

} // namespace gen
} // namespace lieu
