#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace lieu {

class Database;
class Clock;

// What waits for the signed-in person, for the app's notification banner and tray messages.
struct Waiting
{
    int timesheets = 0;          // Awaiting Approval by this person (their direct reports)
    int leaveApplications = 0;   // Open applications this person may approve
    qint64 expiringMinutes = 0;  // the person's own TOIL whose last day falls within the expiring-soon window
    QDate firstExpiry;           // the earliest of those last days
    int expiringDays = 30;       // the window (setting expiring_soon_days)

    int forApproval() const { return timesheets + leaveApplications; }
    bool operator==(const Waiting &) const = default;
};

class Notifications final
{
    Q_DECLARE_TR_FUNCTIONS(Notifications)

public:
    Notifications(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Waiting waitingFor(const Actor &actor);
    // One line per item, in the application's language; empty when nothing waits.
    static QStringList describe(const Waiting &w, int minutesPerDay);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
