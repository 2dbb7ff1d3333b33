#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace lieu {

class Database;
class Clock;

struct MaintenanceState
{
    bool on = false;
    QString reason;
    QString by;        // who turned it on
    QDateTime since;
};

// Maintenance mode (the seed's upgrade procedure): while it is on every client is read-only and says
// why, so an administrator can back up, migrate or restore a shared database. It is kept in the
// database itself, so it reaches every desktop at once. Turning it on waits for the writes already
// under way to finish (they hold a shared lock on its row). HR or the local administrator switch it.
class Maintenance final
{
    Q_DECLARE_TR_FUNCTIONS(Maintenance)

public:
    Maintenance(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    MaintenanceState state();
    void on(const Actor &actor, const QString &reason);
    void off(const Actor &actor);

private:
    void requireAllowed(const Actor &actor);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
