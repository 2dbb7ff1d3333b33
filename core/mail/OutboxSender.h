#pragma once

#include "MimeMessage.h"
#include "Scheduler.h"
#include "SmtpClient.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace lieu {
class Database;
class Clock;
struct OutboxMail;
} // namespace lieu

namespace lieu::mail {

// The outgoing-mail settings (smtp_* in the settings table) with the password, which is not a setting:
// the app reads it from the platform keychain, lieuctl and cron from LIEU_SMTP_PASSWORD.
struct MailSettings
{
    SmtpConfig smtp;
    MailAddress from; // smtp_from, named after the organisation

    bool configured() const { return !smtp.host.isEmpty(); }
    static MailSettings load(Database &db, const Clock &clock, const QString &password);
    static QString passwordFromEnvironment(); // LIEU_SMTP_PASSWORD
};

// What one drain of the outbox did.
struct DrainResult
{
    int sent = 0;
    int failed = 0;    // refused or failed: Error, tried again after back-off unless the refusal was permanent
    int uncertain = 0; // went out without the server's answer: stay Sending, for a person to check
    int deferred = 0;  // the server could not be reached: each waits its back-off, untouched otherwise
    QString error;     // why the session failed, if it did
    bool idle() const { return sent + failed + uncertain + deferred == 0 && error.isEmpty(); }
    QString summary() const;
};

// Sends the outbox over SMTP: every due e-mail (Not Sent, or Error whose back-off has passed) is
// claimed (Sending), sent and marked Sent or Error, in one SMTP session. See Outbox for the states and
// why delivery is at most once.
class OutboxSender final
{
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    OutboxSender(Database &db, const Clock &clock, MailSettings settings);

    DrainResult drain(int limit = 200);
    // The MIME message for one outbox e-mail, as it goes out.
    MimeMessage compose(const OutboxMail &mail) const;

private:
    Database &m_db;
    const Clock &m_clock;
    MailSettings m_settings;
};

// Sends one e-mail now, outside the outbox ("Send a test e-mail", `lieuctl mail test`). Returns the
// SMTP dialogue; throws SmtpFailure.
QStringList sendTestMail(const MailSettings &settings, const QString &to, const QString &subject, const QString &body,
                         const QDateTime &now);

// The scheduler's outbox drain: loads the settings on the worker's connection each cycle and drains;
// does nothing while no SMTP server is set. `password` is asked on the worker thread.
OutboxDrain smtpOutboxDrain(std::function<QString()> password);

} // namespace lieu::mail
