#include "MailCommands.h"

#include "CliContext.h"
#include "Clock.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "Names.h"
#include "Outbox.h"
#include "OutboxSender.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace lieu::mail {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MailCommands)
};

QJsonValue stampOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const OutboxMail &m, bool withMessage)
{
    QJsonObject o{{QStringLiteral("name"), m.name()},
                  {QStringLiteral("recipient"), m.recipient},
                  {QStringLiteral("subject"), m.subject},
                  {QStringLiteral("reference_doctype"), m.referenceDoctype},
                  {QStringLiteral("reference_name"), m.referenceName},
                  {QStringLiteral("status"), m.status},
                  {QStringLiteral("attempts"), m.attempts},
                  {QStringLiteral("last_error"), m.lastError},
                  {QStringLiteral("message_id"), m.messageId},
                  {QStringLiteral("next_attempt_at"), stampOrNull(m.nextAttemptAt)},
                  {QStringLiteral("created_at"), stampOrNull(m.createdAt)},
                  {QStringLiteral("sent_at"), stampOrNull(m.sentAt)}};
    if (withMessage)
        o.insert(QStringLiteral("message"), m.message);
    return o;
}

int positive(CliContext &c, const QString &option, int fallback)
{
    if (!c.args().options.contains(option))
        return fallback;
    bool ok = false;
    const int n = c.args().option(option).toInt(&ok);
    if (!ok || n < 1 || n > 100000)
        throw Error::invalid(option, c.args().option(option),
                             Tr::tr("%1: \"%2\" must be a whole number from 1 to 100000").arg(option, c.args().option(option)));
    return n;
}

MailSettings configured(CliContext &c)
{
    MailSettings s = MailSettings::load(c.db(), c.clock(), MailSettings::passwordFromEnvironment());
    if (!s.configured())
        throw Error::rule(Tr::tr("smtp_host is not set: \"lieuctl settings set smtp_host HOST\" (and smtp_port, "
                                 "smtp_security, smtp_user, smtp_from); the password comes from LIEU_SMTP_PASSWORD"));
    return s;
}

} // namespace

int cmdOutbox(CliContext &c)
{
    const QString sub = c.word(1, Tr::tr("outbox subcommand (list, show, send, retry)"));
    Outbox outbox(c.db(), c.clock());
    if (sub == QLatin1String("list")) {
        c.allow({"status", "limit"});
        const QStringList statuses = c.args().all(QStringLiteral("status"));
        for (const QString &s : statuses)
            if (s != Outbox::NotSent && s != Outbox::Sending && s != Outbox::Sent && s != Outbox::Failed)
                throw Error::invalid(QStringLiteral("status"), s,
                                     Tr::tr("status: \"%1\" must be Not Sent, Sending, Sent or Error").arg(s));
        QJsonArray arr;
        QStringList text;
        for (const OutboxMail &m : outbox.list(statuses, positive(c, QStringLiteral("limit"), 200))) {
            arr << toJson(m, false);
            QString line = QStringLiteral("%1  %2  %3  %4  %5")
                               .arg(m.name(), -9)
                               .arg(m.status, -8)
                               .arg(Tr::tr("%n attempt(s)", nullptr, m.attempts), -11)
                               .arg(m.recipient, m.subject);
            if (m.status == Outbox::Failed)
                line += m.nextAttemptAt.isValid() ? Tr::tr("  next attempt %1").arg(m.nextAttemptAt.toString(Qt::ISODate))
                                                  : Tr::tr("  waits for retry");
            if (m.status == Outbox::Sent)
                line += Tr::tr("  sent %1").arg(m.sentAt.toString(Qt::ISODate));
            if (!m.lastError.isEmpty() && m.status != Outbox::Sent)
                line += QStringLiteral("  [") + m.lastError + QLatin1Char(']');
            text << line;
        }
        c.emit(QJsonObject{{QStringLiteral("emails"), arr}}, text);
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("show")) {
        c.allow({});
        const OutboxMail m = outbox.get(Names::parse(DocKind::Email, c.word(2, Tr::tr("e-mail ID")), QStringLiteral("ID")));
        c.emit(toJson(m, true), {Tr::tr("%1 to %2, %3, %n attempt(s)", nullptr, m.attempts).arg(m.name(), m.recipient, m.status),
                                 Tr::tr("Subject: %1").arg(m.subject), QString(), m.message});
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("retry")) {
        c.allow({});
        const qint64 id = Names::parse(DocKind::Email, c.word(2, Tr::tr("e-mail ID")), QStringLiteral("ID"));
        outbox.retry(c.actorOrSystem(), id);
        c.emit(QJsonObject{{QStringLiteral("name"), Names::format(DocKind::Email, id)}, {QStringLiteral("status"), Outbox::NotSent}},
               {Tr::tr("%1 is queued again (Not Sent)").arg(Names::format(DocKind::Email, id))});
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("send")) {
        c.allow({"limit"});
        const MailSettings settings = configured(c);
        const DrainResult r = OutboxSender(c.db(), c.clock(), settings).drain(positive(c, QStringLiteral("limit"), 200));
        c.emit(QJsonObject{{QStringLiteral("sent"), r.sent},
                           {QStringLiteral("failed"), r.failed},
                           {QStringLiteral("uncertain"), r.uncertain},
                           {QStringLiteral("deferred"), r.deferred},
                           {QStringLiteral("error"), r.error},
                           {QStringLiteral("waiting"), outbox.countDue()}},
               {r.summary()});
        // Cron mails the output of a failing job: anything that did not go is worth a look.
        return r.failed + r.uncertain + r.deferred > 0 || !r.error.isEmpty() ? CommandLine::Refused : CommandLine::Ok;
    }
    throw UsageError{Tr::tr("unknown outbox subcommand \"%1\"").arg(sub)};
}

int cmdMail(CliContext &c)
{
    const QString sub = c.word(1, Tr::tr("mail subcommand (test)"));
    if (sub != QLatin1String("test"))
        throw UsageError{Tr::tr("unknown mail subcommand \"%1\"").arg(sub)};
    c.allow({"subject"});
    const QString to = c.word(2, Tr::tr("ADDRESS"));
    const MailSettings settings = configured(c);
    const QString subject = c.args().options.contains(QStringLiteral("subject")) ? c.args().option(QStringLiteral("subject"))
                                                                                : Tr::tr("Lieu test e-mail");
    const QString body = Tr::tr("This is a test e-mail from Lieu for %1.\n\nIf you can read it, the SMTP settings work.")
                             .arg(settings.from.name);
    try {
        const QStringList transcript = sendTestMail(settings, to, subject, body, c.clock().now());
        c.emit(QJsonObject{{QStringLiteral("sent"), true}, {QStringLiteral("to"), to},
                           {QStringLiteral("transcript"), QJsonArray::fromStringList(transcript)}},
               QStringList{Tr::tr("Test e-mail sent to %1 through %2:%3").arg(to, settings.smtp.host).arg(settings.smtp.port)});
        return CommandLine::Ok;
    } catch (const SmtpFailure &f) {
        throw Error::rule(Tr::tr("The test e-mail was not sent: %1").arg(f.message));
    }
}

void registerCommands()
{
    addCommand(QStringLiteral("outbox"), &cmdOutbox,
               Tr::tr("  outbox list [--status S]... [--limit N]  the e-mail queue, newest first\n"
                      "  outbox show ID | retry ID                one e-mail; requeue one in Error (or left Sending)\n"
                      "  outbox send [--limit N]                  send what is due now (password: LIEU_SMTP_PASSWORD)\n"));
    addCommand(QStringLiteral("mail"), &cmdMail,
               Tr::tr("  mail test ADDRESS [--subject TEXT]       send a test e-mail with the SMTP settings\n"));
}

} // namespace lieu::mail
