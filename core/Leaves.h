#pragma once

#include "Actor.h"
#include "Ledger.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lieu {

class Database;
class Clock;

struct LeaveApplication
{
    qint64 id = 0;
    QString employee;
    QString employeeName;
    QDate fromDate;
    QDate toDate;
    QDate halfDayDate;
    QString reason;
    QString status; // Open, Approved, Rejected, Cancelled
    int docstatus = 0;
    int halfDays = 0;     // total_leave_days x 2
    qint64 minutes = 0;   // what it draws
    QString rejectionReason;
    QString approvedBy;
    QDateTime modifiedAt;
    QList<Draw> draws;    // reservations while Open; what was drawn once Approved
    QString name() const;
    QString totalLeaveDays() const; // "2.5"
};

// What an application would count and draw, before anything is written (the dialog shows it live).
struct LeaveQuote
{
    QList<DayNeed> days; // working days with their minutes (a half day needs half)
    int halfDays = 0;
    qint64 minutes = 0;
    qint64 available = 0; // valid on the leave days, less what other Open applications hold
    DrawPlan plan;
    qint64 balanceBefore = 0; // today's balance less pending
    qint64 balanceAfter = 0;
};

// Leave applications of the TOIL leave type: Open -> Approved / Rejected / Cancelled.
class Leaves final
{
    Q_DECLARE_TR_FUNCTIONS(Leaves)

public:
    static const QString Open;
    static const QString Approved;
    static const QString Rejected;
    static const QString Cancelled;

    Leaves(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Validates the dates and counts the days; throws on bad input or a range with no working day. Does not
    // check the balance (the quote says how short it is).
    LeaveQuote quote(const QString &employee, QDate from, QDate to, QDate halfDay, qint64 excludeApplication = 0);
    // The same for a signed-in user: refused unless `actor` may see the employee's records.
    LeaveQuote quote(const Actor &actor, const QString &employee, QDate from, QDate to, QDate halfDay,
                     qint64 excludeApplication = 0);

    qint64 apply(const Actor &actor, const QString &employee, QDate from, QDate to, QDate halfDay, const QString &reason);
    void approve(const Actor &actor, qint64 id);
    void reject(const Actor &actor, qint64 id, const QString &reason);
    void cancel(const Actor &actor, qint64 id);

    LeaveApplication get(const Actor &actor, qint64 id);
    struct Filter
    {
        QString employee;
        QStringList statuses;
        bool awaitingActor = false; // only applications the actor may approve
        int limit = 500;
    };
    QList<LeaveApplication> list(const Actor &actor, const Filter &filter);

private:
    LeaveApplication load(qint64 id);
    void checkOverlap(const QString &employee, QDate from, QDate to, QDate halfDay, qint64 excludeApplication);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
