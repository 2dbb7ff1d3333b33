#include "BackgroundDuties.h"

#include "OutboxSender.h"
#include "Session.h"
#include "Settings.h"
#include "SmtpPassword.h"

#include <QHostInfo>

namespace lieu::ui {

BackgroundDuties *BackgroundDuties::of(Session &session)
{
    return session.findChild<BackgroundDuties *>(QString(), Qt::FindDirectChildrenOnly);
}

BackgroundDuties *BackgroundDuties::ensure(Session &session)
{
    if (BackgroundDuties *existing = of(session))
        return existing;
    return new BackgroundDuties(session);
}

BackgroundDuties::BackgroundDuties(Session &session) : QObject(&session), m_session(session)
{
    m_password = new SmtpPassword(this);
    reloadPassword();
    const Roles roles = session.roles();
    if (!roles.supervisor && !roles.hr)
        return; // employees' apps leave the duties to others
    m_scheduler = new Scheduler(session.databaseSpec(), session.sharedClock(), this);
    m_scheduler->setDatabaseOpener(session.databaseOpener());
    m_scheduler->setRunner(QStringLiteral("app %1@%2").arg(session.actor().login, QHostInfo::localHostName()));
    SmtpPassword *password = m_password;
    m_scheduler->setOutboxDrain(mail::smtpOutboxDrain([password] { return password->cached(); }));
    connect(m_scheduler, &Scheduler::cycleFinished, this, [this](const CycleReport &report) {
        m_last = report;
        Q_EMIT cycleFinished(report);
        if (!report.runs.isEmpty() || !report.outbox.isEmpty())
            m_session.notifyChanged();
    });
    m_scheduler->start();
}

BackgroundDuties::~BackgroundDuties()
{
    // The runner's thread reads the SMTP password while it sends: stop it (Scheduler waits for its
    // thread) before the password object, an earlier child, is deleted.
    delete m_scheduler;
    m_scheduler = nullptr;
}

bool BackgroundDuties::isRunning() const
{
    return m_scheduler && m_scheduler->isActive();
}

void BackgroundDuties::runNow()
{
    if (m_scheduler)
        m_scheduler->tick();
}

void BackgroundDuties::reloadPassword()
{
    Settings s(m_session.db(), m_session.clock());
    const QString host = s.value(QString::fromLatin1(Settings::SmtpHost));
    const QString user = s.value(QString::fromLatin1(Settings::SmtpUser));
    if (host.isEmpty() || user.isEmpty())
        return;
    m_password->load(SmtpPassword::keyFor(user, host, s.intValue(QString::fromLatin1(Settings::SmtpPort))));
}

} // namespace lieu::ui
