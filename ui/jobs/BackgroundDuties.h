#pragma once

#include "Scheduler.h"

#include <QObject>

namespace lieu::ui {

class Session;
class SmtpPassword;

// The desktop app's background runner for one signed-in session. While a supervisor or HR user is
// signed in it runs lieu::Scheduler (expiry daily, reminders weekly, the outbox after each cycle) on its
// own thread and database connection, with the SMTP password from the keychain.
//
// The main window calls BackgroundDuties::ensure(session) after sign-in; pages find the same object
// with of(session). It lives as a child of the Session and stops with it.
class BackgroundDuties final : public QObject
{
    Q_OBJECT

public:
    // The session's runner, created (and, for a supervisor or HR user, started) on first call.
    static BackgroundDuties *ensure(Session &session);
    static BackgroundDuties *of(Session &session);
    ~BackgroundDuties() override;

    bool isRunning() const;
    Scheduler *scheduler() { return m_scheduler; }
    SmtpPassword *password() { return m_password; }
    // The last cycle's report (empty before the first).
    const CycleReport &lastReport() const { return m_last; }

public Q_SLOTS:
    // A cycle now: due duties, then the outbox.
    void runNow();
    // Reads the password for the current SMTP settings from the keychain again.
    void reloadPassword();

Q_SIGNALS:
    void cycleFinished(const lieu::CycleReport &report);

private:
    explicit BackgroundDuties(Session &session);

    Session &m_session;
    Scheduler *m_scheduler = nullptr;
    SmtpPassword *m_password = nullptr;
    CycleReport m_last;
};

} // namespace lieu::ui
