#include "NotificationCenter.h"

#include "Error.h"
#include "Session.h"
#include "Settings.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace lieu::ui {

NotificationCenter *NotificationCenter::ensure(Session &session)
{
    if (auto *existing = session.findChild<NotificationCenter *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new NotificationCenter(session);
}

NotificationCenter::NotificationCenter(Session &session) : QObject(&session), m_session(session)
{
    qRegisterMetaType<lieu::Waiting>();
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &NotificationCenter::refresh);
    connect(&session, &Session::dataChanged, this, &NotificationCenter::refresh);
    m_timer.start();
    refresh();
}

QStringList NotificationCenter::lines() const
{
    return Notifications::describe(m_waiting, Settings(m_session.db(), m_session.clock()).minutesPerToilDay());
}

void NotificationCenter::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_ownTray && m_tray)
        delete m_tray;
    m_tray = icon;
    m_ownTray = false;
}

void NotificationCenter::refresh()
{
    Waiting now;
    try {
        now = Notifications(m_session.db(), m_session.clock()).waitingFor(m_session.actor());
    } catch (const Error &) {
        return; // the database is busy or gone: the next look tries again
    }
    const Waiting before = m_waiting;
    m_waiting = now;
    if (!m_first) {
        QStringList fresh;
        if (now.timesheets > before.timesheets)
            fresh << tr("%n new timesheet(s) to approve", nullptr, now.timesheets - before.timesheets);
        if (now.leaveApplications > before.leaveApplications)
            fresh << tr("%n new leave application(s) to approve", nullptr, now.leaveApplications - before.leaveApplications);
        if (!fresh.isEmpty())
            announce(fresh.join(QLatin1Char('\n')));
    }
    m_first = false;
    if (!(now == before))
        Q_EMIT changed(now);
}

void NotificationCenter::announce(const QString &message)
{
    Q_EMIT newItems(message);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        m_ownTray = true;
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray->setIcon(icon);
        m_tray->setToolTip(QStringLiteral("Lieu"));
        m_tray->show();
    }
    m_tray->showMessage(tr("Lieu"), message, QSystemTrayIcon::Information, 10000);
}

} // namespace lieu::ui
