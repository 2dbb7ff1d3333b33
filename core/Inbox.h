#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lieu {

class Database;
class Clock;

// What waits for a person's decision: their direct reports' timesheets Awaiting Approval and the leave
// applications they may approve. The review window, its badge and a tray notification read the same count.
struct InboxCount
{
    int timesheets = 0;
    int leaves = 0;
    int total() const { return timesheets + leaves; }
};

// The outcome of one document in a batch action: each document is its own core call and transaction,
// so one refusal leaves the others done.
struct BatchOutcome
{
    qint64 id = 0;
    QString name;    // TS-00012
    bool ok = false;
    QString message; // the core's message when refused
};

class Inbox final
{
    Q_DECLARE_TR_FUNCTIONS(Inbox)

public:
    Inbox(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Counts exactly what Timesheets::awaitingApproval and Leaves::list(awaitingActor) list for the actor.
    InboxCount count(const Actor &actor);

    // Approves each timesheet with its own Timesheets::approve call, in the order given; returns one
    // outcome per id. Refusals (permission, rule, not found) are reported, not thrown.
    QList<BatchOutcome> approveTimesheets(const Actor &actor, const QList<qint64> &ids);

    // A one-line summary of a batch for people: "3 approved" or "2 approved, 1 refused".
    static QString summary(const QList<BatchOutcome> &outcomes);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
