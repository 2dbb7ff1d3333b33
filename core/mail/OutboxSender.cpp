#include "OutboxSender.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "Outbox.h"
#include "Settings.h"

namespace lieu::mail {

MailSettings MailSettings::load(Database &db, const Clock &clock, const QString &password)
{
    const Settings s(db, clock);
    auto v = [&](const char *key) { return s.value(QString::fromLatin1(key)); };
    MailSettings m;
    m.smtp.host = v(Settings::SmtpHost);
    m.smtp.port = quint16(s.intValue(QString::fromLatin1(Settings::SmtpPort)));
    m.smtp.security = SmtpConfig::securityFromName(v(Settings::SmtpSecurity));
    m.smtp.user = v(Settings::SmtpUser);
    m.smtp.password = password;
    m.smtp.caFile = v(Settings::SmtpCaFile);
    m.smtp.ignoreTlsErrors = v(Settings::SmtpIgnoreTlsErrors) == QLatin1String("1");
    m.smtp.timeoutMs = qBound(1, s.intValue(QString::fromLatin1(Settings::SmtpTimeoutSeconds)), 600) * 1000;
    m.from.address = v(Settings::SmtpFrom);
    m.from.name = v(Settings::OrganisationName);
    return m;
}

QString MailSettings::passwordFromEnvironment()
{
    return qEnvironmentVariable("LIEU_SMTP_PASSWORD");
}

QString DrainResult::summary() const
{
    QStringList parts;
    parts << OutboxSender::tr("%n e-mail(s) sent", nullptr, sent);
    if (failed)
        parts << OutboxSender::tr("%n failed", nullptr, failed);
    if (uncertain)
        parts << OutboxSender::tr("%n unconfirmed (left Sending)", nullptr, uncertain);
    if (deferred)
        parts << OutboxSender::tr("%n deferred (server unreachable)", nullptr, deferred);
    QString text = parts.join(QStringLiteral(", "));
    if (!error.isEmpty())
        text += QStringLiteral("; ") + error;
    return text;
}

OutboxSender::OutboxSender(Database &db, const Clock &clock, MailSettings settings)
    : m_db(db), m_clock(clock), m_settings(std::move(settings))
{
}

MimeMessage OutboxSender::compose(const OutboxMail &mail) const
{
    MimeMessage m;
    m.setFrom(m_settings.from);
    m.addTo({mail.recipient, {}});
    m.setSubject(mail.subject);
    m.setBody(mail.message);
    m.setDate(m_clock.now().toLocalTime());
    m.setMessageId(mail.messageId);
    if (!mail.referenceDoctype.isEmpty())
        m.addHeader("Auto-Submitted", QStringLiteral("auto-generated")); // RFC 3834: no auto-replies, please
    m.addHeader("X-Lieu-Outbox", mail.name());
    return m;
}

DrainResult OutboxSender::drain(int limit)
{
    DrainResult result;
    Outbox outbox(m_db, m_clock);
    const QList<qint64> ids = outbox.due(limit);
    if (ids.isEmpty())
        return result;
    if (m_settings.from.address.isEmpty()) {
        // A setting to fix; the e-mails wait untouched.
        result.error = tr("smtp_from is not set: the outbox waits until it is");
        return result;
    }

    SmtpClient client(m_settings.smtp);
    try {
        client.open();
    } catch (const SmtpFailure &f) {
        result.deferred = outbox.deferDue(f.message);
        result.error = f.message;
        return result;
    }
    const QString domain = MimeMessage::domainOf(m_settings.from.address);
    for (qint64 id : ids) {
        if (!client.isOpen())
            break; // the session is gone: the rest wait for the next drain, untouched
        const std::optional<OutboxMail> mail = outbox.claim(id, domain);
        if (!mail)
            continue; // another sender has it
        try {
            client.send(m_settings.from.address, {mail->recipient}, compose(*mail).toByteArray());
        } catch (const SmtpFailure &f) {
            if (f.uncertain) {
                outbox.markUncertain(id, tr("%1; the server may have the message: check with the recipient, then "
                                            "\"lieuctl outbox retry %2\" to send it again")
                                             .arg(f.message, mail->name()));
                ++result.uncertain;
                result.error = f.message;
                break;
            }
            outbox.markFailed(id, f.message, f.permanent);
            ++result.failed;
            if (f.code == 0) {
                result.error = f.message;
                break;
            }
            continue;
        }
        outbox.markSent(id);
        ++result.sent;
    }
    client.quit();
    return result;
}

QStringList sendTestMail(const MailSettings &settings, const QString &to, const QString &subject, const QString &body,
                         const QDateTime &now)
{
    if (settings.from.address.isEmpty()) {
        SmtpFailure f;
        f.message = OutboxSender::tr("smtp_from is not set: say which address Lieu sends from");
        throw f;
    }
    MimeMessage m;
    m.setFrom(settings.from);
    m.addTo({to, {}});
    m.setSubject(subject);
    m.setBody(body);
    m.setDate(now.toLocalTime());
    m.setMessageId(QStringLiteral("<lieu.test.%1@%2>")
                       .arg(now.toMSecsSinceEpoch())
                       .arg(MimeMessage::domainOf(settings.from.address)));
    SmtpClient client(settings.smtp);
    try {
        client.open();
        client.send(settings.from.address, {to}, m.toByteArray());
    } catch (SmtpFailure &f) {
        f.message += QStringLiteral("\n") + client.transcript().join(QLatin1Char('\n'));
        throw;
    }
    client.quit();
    return client.transcript();
}

OutboxDrain smtpOutboxDrain(std::function<QString()> password)
{
    return [password = std::move(password)](Database &db, const Clock &clock) -> QString {
        const MailSettings settings = MailSettings::load(db, clock, password ? password() : QString());
        if (!settings.configured())
            return {};
        const DrainResult r = OutboxSender(db, clock, settings).drain();
        return r.idle() ? QString() : r.summary();
    };
}

} // namespace lieu::mail
