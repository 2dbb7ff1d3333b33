#include "Notifications.h"

#include "Clock.h"
#include "Database.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Settings.h"
#include "Timesheets.h"
#include "Units.h"

namespace lieu {

Waiting Notifications::waitingFor(const Actor &actor)
{
    Waiting w;
    if (actor.isSystem())
        return w;
    Timesheets::Filter tf;
    tf.statuses = {Timesheets::AwaitingApproval};
    tf.directReportsOf = true;
    tf.limit = 100000;
    w.timesheets = int(Timesheets(m_db, m_clock).list(actor, tf).size());

    Leaves::Filter lf;
    lf.awaitingActor = true;
    lf.limit = 100000;
    w.leaveApplications = int(Leaves(m_db, m_clock).list(actor, lf).size());

    Settings settings(m_db, m_clock);
    w.expiringDays = settings.intValue(QString::fromLatin1(Settings::ExpiringSoonDays));
    const Balance b = Ledger(m_db, m_clock).balance(actor.employee, m_clock.today(), w.expiringDays);
    for (const ExpiringLot &lot : b.expiring) {
        if (lot.minutes <= 0)
            continue;
        w.expiringMinutes += lot.minutes;
        if (!w.firstExpiry.isValid() || lot.toDate < w.firstExpiry)
            w.firstExpiry = lot.toDate;
    }
    return w;
}

QStringList Notifications::describe(const Waiting &w, int minutesPerDay)
{
    QStringList lines;
    if (w.timesheets > 0)
        lines << tr("%n timesheet(s) wait for your approval", nullptr, w.timesheets);
    if (w.leaveApplications > 0)
        lines << tr("%n leave application(s) wait for your approval", nullptr, w.leaveApplications);
    if (w.expiringMinutes > 0)
        lines << tr("%1 h (%2 days) of your TOIL expires within %n day(s), the first on %3", nullptr, w.expiringDays)
                     .arg(Units::formatHours(w.expiringMinutes), Units::formatDays(w.expiringMinutes, minutesPerDay),
                          Units::isoDate(w.firstExpiry));
    return lines;
}

} // namespace lieu
