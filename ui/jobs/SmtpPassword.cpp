#include "SmtpPassword.h"

#include <qt6keychain/keychain.h>

namespace lieu::ui {

namespace {
const QString kService = QStringLiteral("Lieu SMTP");
}

SmtpPassword::SmtpPassword(QObject *parent) : QObject(parent)
{
    const QString env = qEnvironmentVariable("LIEU_SMTP_PASSWORD");
    if (!env.isEmpty())
        setCached(env);
}

QString SmtpPassword::keyFor(const QString &user, const QString &host, int port)
{
    return QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
}

void SmtpPassword::setCached(const QString &password)
{
    const QMutexLocker lock(&m_mutex);
    m_cached = password;
}

QString SmtpPassword::cached() const
{
    const QMutexLocker lock(&m_mutex);
    return m_cached;
}

void SmtpPassword::load(const QString &key)
{
    const QString env = qEnvironmentVariable("LIEU_SMTP_PASSWORD");
    if (!env.isEmpty()) {
        setCached(env);
        Q_EMIT loaded(env, {});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            setCached(job->textData());
            Q_EMIT loaded(job->textData(), {});
        } else {
            Q_EMIT loaded({}, job->error() == QKeychain::EntryNotFound ? tr("no password is stored for this server yet")
                                                                        : job->errorString());
        }
    });
    job->start();
}

void SmtpPassword::store(const QString &key, const QString &password)
{
    setCached(password);
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        Q_EMIT stored(job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
}

} // namespace lieu::ui
