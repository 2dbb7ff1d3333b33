#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lieu {

class Database;
class Clock;

// One e-mail of the outbox (the seed's Email Queue).
struct OutboxMail
{
    qint64 id = 0;
    QString recipient;
    QString subject;
    QString message;
    QString referenceDoctype;
    QString referenceName;
    QString status; // Not Sent, Sending, Sent, Error
    int attempts = 0;
    QString lastError;
    QString messageId;
    QDateTime nextAttemptAt; // Error: when it is tried again (null: only by hand); Sending: when it was claimed
    QDateTime createdAt;
    QDateTime sentAt;
    QString name() const; // EQ-00001
};

// The outbox's states and their changes; the network side (lieumail's OutboxSender) drives them.
//
//   Not Sent --claim--> Sending --250 after the message--> Sent
//   Error (due) --claim--^    |--refused or failed before the server could have it--> Error
//                             '--no answer after the message was sent--> stays Sending ("uncertain")
//
// Delivery is at most once: an e-mail is claimed (Sending) before its envelope goes out, and only a
// sender that holds the claim sets the result. When the program dies, or the server does not answer,
// after the message was handed over, the e-mail stays Sending; it is never sent again on its own.
// Doctor and `lieuctl outbox list` show it, and a person who has checked the recipient's mailbox
// requeues it with retry(). The Message-ID stays the same on every attempt.
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    static const QString NotSent;
    static const QString Sending;
    static const QString Sent;
    static const QString Failed; // "Error"

    // A Sending e-mail claimed longer ago than this is no longer being worked on ("interrupted").
    static constexpr int ClaimLeaseMinutes = 30;

    Outbox(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Puts an e-mail in the outbox as Not Sent; returns its id.
    qint64 enqueue(const QString &recipient, const QString &subject, const QString &message,
                   const QString &referenceDoctype = {}, const QString &referenceName = {});

    OutboxMail get(qint64 id);
    // Newest first; `statuses` empty: all.
    QList<OutboxMail> list(const QStringList &statuses = {}, int limit = 200);
    // E-mails a sender may take now: Not Sent, and Error whose next attempt has come; oldest first.
    QList<qint64> due(int limit = 100);
    int countDue();

    // Takes the e-mail for one delivery attempt: Not Sent or due Error -> Sending, attempts + 1,
    // a Message-ID on the first attempt (`domain` is its right-hand side). Another sender's claim wins:
    // then it returns nothing.
    std::optional<OutboxMail> claim(qint64 id, const QString &domain);
    // Sending -> Sent.
    void markSent(qint64 id);
    // Sending -> Error. A transient failure is tried again after back-off; a permanent refusal
    // (the server's 5xx) waits for a person's retry().
    void markFailed(qint64 id, const QString &error, bool permanent);
    // Stays Sending: the server may have the message. Records why.
    void markUncertain(qint64 id, const QString &error);
    // The server could not be reached or refused the session: every due e-mail counts one attempt and
    // waits its back-off. Nothing is claimed, nothing is lost. Returns how many were deferred.
    int deferDue(const QString &error);

    // A person puts an Error (or an interrupted Sending) e-mail back to Not Sent. HR or the system.
    void retry(const Actor &actor, qint64 id);
    // Sending e-mails whose claim is older than the lease: the sender died or the server never confirmed.
    QList<OutboxMail> interrupted();

    // The wait after `attempts` failed attempts: 5 minutes, doubling, at most 6 hours.
    static qint64 backoffSeconds(int attempts);

private:
    OutboxMail load(qint64 id);
    QString stamp(const QDateTime &t) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
