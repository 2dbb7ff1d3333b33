#include "Permissions.h"

#include "Database.h"
#include "Directory.h"
#include "Leaves.h"
#include "Timesheets.h"

namespace lieu {

Decision Permissions::refresh(const Actor &actor, Actor &fresh)
{
    fresh = actor;
    if (actor.isSystem())
        return Decision::yes();
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT user_id, active, is_hr FROM employee WHERE id = ?"), {actor.employee});
    if (!q.next())
        return Decision::no(tr("The user \"%1\" is not an employee in this database").arg(actor.name()));
    if (q.value(0).toString() != actor.login)
        return Decision::no(tr("The login of employee %1 has changed since \"%2\" signed in: sign in again")
                                .arg(actor.employee, actor.login));
    if (q.value(1).toInt() == 0)
        return Decision::no(tr("The user \"%1\" (%2) is deactivated").arg(actor.login, actor.employee));
    const bool hr = q.value(2).toInt() != 0;
    if (actor.hr && !hr)
        return Decision::no(tr("The user \"%1\" no longer has the HR role: sign in again").arg(actor.login));
    fresh.hr = hr;
    return Decision::yes();
}

bool Permissions::actsOnOwn(const Actor &fresh, const QString &employee) const
{
    return !fresh.isSystem() && fresh.employee == employee;
}

Decision Permissions::current(const Actor &actor)
{
    Actor fresh;
    return refresh(actor, fresh);
}

Decision Permissions::administer(const Actor &actor, const QString &denied)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    return me.isSystem() || me.hr ? Decision::yes() : Decision::no(denied);
}

Decision Permissions::see(const Actor &actor, const QString &employee)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (me.isSystem() || me.hr || me.employee == employee)
        return Decision::yes();
    const bool report = m_db.scalar(QStringLiteral("SELECT count(*) FROM employee WHERE id = ? AND reports_to = ?"),
                                    {employee, me.employee})
                            .toInt() > 0;
    return report ? Decision::yes()
                  : Decision::no(tr("%1 may not see the records of employee %2").arg(me.name(), employee));
}

Decision Permissions::createTimesheet(const Actor &actor, const QString &employee)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (me.isSystem() || me.hr || me.employee == employee)
        return Decision::yes();
    return Decision::no(tr("%1 may not create a timesheet for employee %2").arg(me.name(), employee));
}

Decision Permissions::editTimesheet(const Actor &actor, const Timesheet &ts, const QString &verb)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (!me.isSystem() && me.employee == ts.employee)
        return Decision::yes();
    return Decision::no(tr("Only employee %1 can %2 timesheet %3").arg(ts.employee, verb, ts.name()));
}

Decision Permissions::addTimesheetLogs(const Actor &actor, const Timesheet &ts)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (me.isSystem() || me.hr || me.employee == ts.employee)
        return Decision::yes();
    return Decision::no(tr("Only employee %1 or HR can add time logs to timesheet %2").arg(ts.employee, ts.name()));
}

Decision Permissions::reviewTimesheet(const Actor &actor, const Timesheet &ts, const QString &denied)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (me.isSystem())
        return Decision::no(denied);
    if (me.employee == ts.employee)
        return Decision::no(tr("Nobody approves their own timesheet: %1 belongs to %2").arg(ts.name(), ts.employee));
    try {
        const Employee approver = Directory(m_db, m_clock).approverOf(ts.employee);
        return me.employee == approver.id ? Decision::yes() : Decision::no(denied);
    } catch (const Error &e) {
        // No usable supervisor: say what is missing to those who may see the employee.
        return see(me, ts.employee) ? Decision::no(e.message(), e.kind()) : Decision::no(denied);
    }
}

Decision Permissions::cancelTimesheet(const Actor &actor, const Timesheet &ts)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    // Those who may not see the employee hear no more than that.
    if (const Decision d = see(me, ts.employee); !d)
        return d;
    if (ts.status == Timesheets::Draft || ts.status == Timesheets::Rejected)
        return editTimesheet(me, ts, tr("discard"));
    if (ts.status != Timesheets::Approved)
        return Decision::yes(); // the service then says why this state cannot be cancelled
    if (!me.isSystem() && me.employee == ts.approvedBy)
        return Decision::yes();
    if (me.hr && actsOnOwn(me, ts.employee))
        return Decision::no(tr("HR cannot cancel their own approved timesheet %1: the supervisor who approved it or "
                               "another HR user can")
                                .arg(ts.name()));
    if (me.hr && !me.isSystem())
        return Decision::yes();
    return Decision::no(tr("Only HR or the supervisor who approved it can cancel timesheet %1").arg(ts.name()));
}

Decision Permissions::applyLeave(const Actor &actor, const QString &employee)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (!me.isSystem() && (me.hr || me.employee == employee))
        return Decision::yes();
    return Decision::no(tr("%1 may not apply for leave on behalf of employee %2").arg(me.name(), employee));
}

Decision Permissions::reviewLeave(const Actor &actor, const LeaveApplication &la, const QString &verb)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (!me.isSystem() && me.employee == la.employee)
        return Decision::no(tr("Nobody can %1 their own leave application (%2)").arg(verb, la.name()));
    Directory dir(m_db, m_clock);
    const Employee e = dir.get(la.employee);
    bool hasSupervisor = false;
    if (!e.reportsTo.isEmpty()) {
        const auto s = dir.find(e.reportsTo);
        hasSupervisor = s && s->active && !s->login.isEmpty();
        if (hasSupervisor && !me.isSystem() && me.employee == s->id)
            return Decision::yes();
    }
    if (!hasSupervisor && me.hr && !me.isSystem())
        return Decision::yes();
    // Everyone else who is refused either is not the supervisor or may not see the employee: the reporting line
    // is not theirs to learn.
    return Decision::no(tr("Only the immediate supervisor can %1 this leave application").arg(verb));
}

Decision Permissions::cancelLeave(const Actor &actor, const LeaveApplication &la)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (const Decision d = see(me, la.employee); !d)
        return d;
    if (la.status == Leaves::Open) {
        if (!me.isSystem() && me.employee == la.employee)
            return Decision::yes();
        return Decision::no(tr("Only employee %1 can cancel the Open leave application %2").arg(la.employee, la.name()));
    }
    if (la.status != Leaves::Approved)
        return Decision::yes(); // the service then says why this state cannot be cancelled
    if (!me.isSystem()) {
        const Employee e = Directory(m_db, m_clock).get(la.employee);
        if (!e.reportsTo.isEmpty() && me.employee == e.reportsTo)
            return Decision::yes();
        if (me.hr && actsOnOwn(me, la.employee))
            return Decision::no(tr("HR cannot cancel their own approved leave application %1: their supervisor or "
                                   "another HR user can")
                                    .arg(la.name()));
        if (me.hr)
            return Decision::yes();
    }
    return Decision::no(tr("Only the supervisor or HR can cancel the approved leave application %1").arg(la.name()));
}

Decision Permissions::editEmployee(const Actor &actor, const Employee &before, const Employee &after)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (!me.isSystem() && !me.hr)
        return Decision::no(tr("Only HR can edit employees"));
    if (actsOnOwn(me, before.id) && (before.hr != after.hr || before.active != after.active))
        return Decision::no(tr("Nobody changes their own HR role or deactivates themselves: another HR user or the "
                               "administrator does it"));
    return Decision::yes();
}

Decision Permissions::resetPassword(const Actor &actor, const QString &employee)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    if (!me.isSystem() && !me.hr)
        return Decision::no(tr("Only HR can reset another person's password"));
    if (actsOnOwn(me, employee))
        return Decision::no(tr("Change your own password with the current one; a reset is for someone else's"));
    return Decision::yes();
}

Decision Permissions::runJobs(const Actor &actor)
{
    Actor me;
    if (const Decision d = refresh(actor, me); !d)
        return d;
    return me.isSystem() || me.hr ? Decision::yes()
                                  : Decision::no(tr("Only HR or the system runs the expiry and reminder jobs"));
}

} // namespace lieu
