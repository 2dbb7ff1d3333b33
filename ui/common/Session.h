#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Database.h"
#include "Directory.h"

#include <QObject>

#include <memory>

namespace lieu::ui {

// The signed-in user's session: one database connection (GUI thread), the clock, the actor and their
// roles. Every page reads and writes through core with these; after a write a page calls
// notifyChanged() so the other pages reload.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(std::unique_ptr<Database> db, std::shared_ptr<Clock> clock, Actor actor, QObject *parent = nullptr);
    ~Session() override;

    Database &db() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    std::shared_ptr<Clock> sharedClock() const { return m_clock; }
    const Actor &actor() const { return m_actor; }
    Roles roles();
    // The spec the connection was opened with (shown to the user; without the password).
    QString databaseSpec() const { return m_db->describe(); }
    // Opens another connection to the same store with the same credentials (for worker threads).
    DatabaseOpener databaseOpener() const { return m_db->opener(); }

    void notifyChanged();

Q_SIGNALS:
    void dataChanged();

private:
    std::unique_ptr<Database> m_db;
    std::shared_ptr<Clock> m_clock;
    Actor m_actor;
};

} // namespace lieu::ui
