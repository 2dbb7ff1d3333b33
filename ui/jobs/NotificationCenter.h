#pragma once

#include "Notifications.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSystemTrayIcon;

namespace lieu::ui {

class Session;

// What waits for the signed-in person, kept fresh: on every change in the session and once a minute
// (other people's approvals and applications arrive from other computers). When more items wait for
// approval than at the last look, it says so once: newItems(), and a system-tray message where the
// desktop has a tray. One per session: ensure(session).
class NotificationCenter final : public QObject
{
    Q_OBJECT

public:
    static NotificationCenter *ensure(Session &session);

    const Waiting &waiting() const { return m_waiting; }
    // The lines to show, in the app's language; empty when nothing waits.
    QStringList lines() const;
    // Use the main window's tray icon instead of one of its own.
    void setTrayIcon(QSystemTrayIcon *icon);
    void setInterval(int msec) { m_timer.setInterval(msec); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void changed(const lieu::Waiting &waiting);
    void newItems(const QString &message);

private:
    explicit NotificationCenter(Session &session);
    void announce(const QString &message);

    Session &m_session;
    Waiting m_waiting;
    bool m_first = true;
    QTimer m_timer;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_ownTray = false;
};

} // namespace lieu::ui

Q_DECLARE_METATYPE(lieu::Waiting)
