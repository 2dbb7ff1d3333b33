#pragma once

#include "Actor.h"
#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace lieu {

class Database;
class Clock;
struct Employee;
struct Timesheet;
struct LeaveApplication;

// The answer to "may this actor do that?": allowed, or refused with the reason a person can read.
struct Decision
{
    bool allowed = true;
    QString reason;
    Error::Kind kind = Error::Kind::Permission;

    explicit operator bool() const { return allowed; }
    static Decision yes() { return {}; }
    static Decision no(QString reason, Error::Kind kind = Error::Kind::Permission) { return {false, std::move(reason), kind}; }
    // Throws the refusal as lieu::Error.
    void require() const
    {
        if (!allowed)
            throw Error(kind, reason);
    }
};

// Who may do what (docs/domain.md "Who does what", docs/security.md). Every service asks here before it
// acts, and the user interface asks the same questions to decide what to offer, so the two cannot disagree.
//
// An actor is checked against the database as it is now, not as it was at sign-in: a user who has been
// deactivated, removed or has lost the HR flag since is refused. The system actor (the command line's
// local administrator and the background duties) may administer and run jobs, but never acts as a
// person (send, approve, reject, apply, cancel an approved document).
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    Permissions(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The actor is still a current user (or the system).
    Decision current(const Actor &actor);
    // HR or the system: employees, holidays, settings, the leave type, the audit log. `denied` is the refusal.
    Decision administer(const Actor &actor, const QString &denied);
    // An employee sees their own records, a supervisor also their direct reports', HR and the system everyone.
    Decision see(const Actor &actor, const QString &employee);

    Decision createTimesheet(const Actor &actor, const QString &employee);
    // Edit (save the grid), send, discard: the employee.
    Decision editTimesheet(const Actor &actor, const Timesheet &ts, const QString &verb);
    // Add logs to a Draft (imports): the employee, HR or the system.
    Decision addTimesheetLogs(const Actor &actor, const Timesheet &ts);
    // Approve or reject: the immediate supervisor only.
    Decision reviewTimesheet(const Actor &actor, const Timesheet &ts, const QString &denied);
    // Draft or Rejected: the employee discards it. Approved: HR (not on their own) or the supervisor who approved it.
    Decision cancelTimesheet(const Actor &actor, const Timesheet &ts);

    Decision applyLeave(const Actor &actor, const QString &employee);
    // Approve or reject: the immediate supervisor; HR only where the employee has no supervisor with a login.
    Decision reviewLeave(const Actor &actor, const LeaveApplication &la, const QString &verb);
    // Open: the employee. Approved: the supervisor or HR (not on their own).
    Decision cancelLeave(const Actor &actor, const LeaveApplication &la);

    // HR editing an employee; nobody changes their own HR flag or active flag.
    Decision editEmployee(const Actor &actor, const Employee &before, const Employee &after);
    // HR or the system, for someone else (one's own password is changed, knowing the current one).
    Decision resetPassword(const Actor &actor, const QString &employee);
    // Expiry and reminders: the system, or HR running them by hand.
    Decision runJobs(const Actor &actor);

private:
    // The actor with the HR flag the database holds now; refuses stale actors.
    Decision refresh(const Actor &actor, Actor &fresh);
    bool actsOnOwn(const Actor &fresh, const QString &employee) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
