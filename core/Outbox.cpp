#include "Outbox.h"

#include "Audit.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "Names.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace lieu {

const QString Outbox::NotSent = QStringLiteral("Not Sent");
const QString Outbox::Sending = QStringLiteral("Sending");
const QString Outbox::Sent = QStringLiteral("Sent");
const QString Outbox::Failed = QStringLiteral("Error");

namespace {
const QString kColumns = QStringLiteral("SELECT id, recipient, subject, message, reference_doctype, reference_name, status, "
                                        "attempts, last_error, message_id, next_attempt_at, created_at, sent_at "
                                        "FROM email_queue ");

QDateTime parseStamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// An e-mail is due when it was never tried, or failed and its back-off has passed.
const QString kDue = QStringLiteral("(status = 'Not Sent' OR (status = 'Error' AND next_attempt_at IS NOT NULL "
                                    "AND next_attempt_at <= ?))");
} // namespace

QString OutboxMail::name() const
{
    return Names::format(DocKind::Email, id);
}

QString Outbox::stamp(const QDateTime &t) const
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

qint64 Outbox::backoffSeconds(int attempts)
{
    qint64 secs = 5 * 60;
    for (int i = 1; i < attempts && secs < 6 * 3600; ++i)
        secs *= 2;
    return qMin<qint64>(secs, 6 * 3600);
}

qint64 Outbox::enqueue(const QString &recipient, const QString &subject, const QString &message,
                       const QString &referenceDoctype, const QString &referenceName)
{
    if (!recipient.contains(QLatin1Char('@')))
        throw Error::invalid(QStringLiteral("recipient"), recipient,
                             tr("recipient: \"%1\" is not an e-mail address").arg(recipient));
    QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO email_queue (recipient, subject, message, reference_doctype, "
                                           "reference_name, status, attempts, created_at) VALUES (?, ?, ?, ?, ?, 'Not Sent', 0, ?)"),
                            {recipient, subject, message, referenceDoctype, referenceName, stamp(m_clock.now())});
    return m_db.lastInsertId(q);
}

OutboxMail Outbox::load(qint64 id)
{
    QSqlQuery q = m_db.exec(kColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        throw Error::notFound(tr("E-mail %1 is not in the outbox").arg(Names::format(DocKind::Email, id)));
    OutboxMail m;
    m.id = q.value(0).toLongLong();
    m.recipient = q.value(1).toString();
    m.subject = q.value(2).toString();
    m.message = q.value(3).toString();
    m.referenceDoctype = q.value(4).toString();
    m.referenceName = q.value(5).toString();
    m.status = q.value(6).toString();
    m.attempts = q.value(7).toInt();
    m.lastError = q.value(8).toString();
    m.messageId = q.value(9).toString();
    m.nextAttemptAt = parseStamp(q.value(10));
    m.createdAt = parseStamp(q.value(11));
    m.sentAt = parseStamp(q.value(12));
    return m;
}

OutboxMail Outbox::get(qint64 id)
{
    return load(id);
}

QList<OutboxMail> Outbox::list(const QStringList &statuses, int limit)
{
    QString sql = QStringLiteral("SELECT id FROM email_queue");
    QVariantList binds;
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : statuses) {
            marks << QStringLiteral("?");
            binds << s;
        }
        sql += QStringLiteral(" WHERE status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << (limit > 0 ? limit : 200);
    QSqlQuery q = m_db.exec(sql, binds);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<OutboxMail> out;
    for (qint64 id : std::as_const(ids))
        out << load(id);
    return out;
}

QList<qint64> Outbox::due(int limit)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM email_queue WHERE ") + kDue + QStringLiteral(" ORDER BY id LIMIT ?"),
                            {stamp(m_clock.now()), limit});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

int Outbox::countDue()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM email_queue WHERE ") + kDue, {stamp(m_clock.now())}).toInt();
}

std::optional<OutboxMail> Outbox::claim(qint64 id, const QString &domain)
{
    Transaction tx(m_db);
    const QString now = stamp(m_clock.now());
    // Random part so that two databases (or a restored backup) never hand out the same Message-ID.
    const QString messageId = QStringLiteral("<lieu.%1.%2@%3>")
                                  .arg(Names::format(DocKind::Email, id))
                                  .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))
                                  .arg(domain.isEmpty() ? QStringLiteral("localhost") : domain);
    // Compare-and-set: only one sender moves the row out of a due state.
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE email_queue SET status = 'Sending', attempts = attempts + 1, "
                                           "next_attempt_at = ?, message_id = CASE WHEN message_id = '' THEN ? ELSE message_id END "
                                           "WHERE id = ? AND ") + kDue,
                            {now, messageId, id, now});
    if (q.numRowsAffected() != 1) {
        tx.commit();
        return std::nullopt;
    }
    OutboxMail m = load(id);
    tx.commit();
    return m;
}

void Outbox::markSent(qint64 id)
{
    m_db.exec(QStringLiteral("UPDATE email_queue SET status = 'Sent', sent_at = ?, next_attempt_at = NULL, last_error = '' "
                             "WHERE id = ? AND status = 'Sending'"),
              {stamp(m_clock.now()), id});
}

void Outbox::markFailed(qint64 id, const QString &error, bool permanent)
{
    Transaction tx(m_db);
    const int attempts = m_db.scalar(QStringLiteral("SELECT attempts FROM email_queue WHERE id = ?"), {id}).toInt();
    const QVariant next = permanent ? Database::null() : QVariant(stamp(m_clock.now().addSecs(backoffSeconds(attempts))));
    m_db.exec(QStringLiteral("UPDATE email_queue SET status = 'Error', last_error = ?, next_attempt_at = ? "
                             "WHERE id = ? AND status = 'Sending'"),
              {error.left(1000), next, id});
    tx.commit();
}

void Outbox::markUncertain(qint64 id, const QString &error)
{
    m_db.exec(QStringLiteral("UPDATE email_queue SET last_error = ? WHERE id = ? AND status = 'Sending'"), {error.left(1000), id});
}

int Outbox::deferDue(const QString &error)
{
    Transaction tx(m_db);
    const QList<qint64> ids = due(100000);
    const QDateTime now = m_clock.now();
    for (qint64 id : ids) {
        const int attempts = m_db.scalar(QStringLiteral("SELECT attempts FROM email_queue WHERE id = ?"), {id}).toInt() + 1;
        m_db.exec(QStringLiteral("UPDATE email_queue SET status = 'Error', attempts = ?, last_error = ?, next_attempt_at = ? "
                                 "WHERE id = ?"),
                  {attempts, error.left(1000), stamp(now.addSecs(backoffSeconds(attempts))), id});
    }
    tx.commit();
    return int(ids.size());
}

void Outbox::retry(const Actor &actor, qint64 id)
{
    if (!actor.isSystem() && !actor.hr)
        throw Error::permission(tr("Only HR can requeue e-mails"));
    Transaction tx(m_db);
    const OutboxMail m = load(id);
    if (m.status == Sent)
        throw Error::rule(tr("%1 was sent on %2: nothing to retry").arg(m.name(), m.sentAt.toString(Qt::ISODate)));
    if (m.status == NotSent)
        throw Error::rule(tr("%1 is already waiting to be sent").arg(m.name()));
    // A Sending e-mail with no recorded failure may still be in a sender's hands; one whose server did not
    // confirm (last_error set), or whose claim is past its lease, is a person's to decide.
    if (m.status == Sending && m.lastError.isEmpty() && m.nextAttemptAt.isValid()
        && m.nextAttemptAt.secsTo(m_clock.now()) < qint64(ClaimLeaseMinutes) * 60)
        throw Error::rule(tr("%1 is being sent right now; try again in %n minute(s) if it stays Sending", nullptr,
                             ClaimLeaseMinutes)
                              .arg(m.name()));
    m_db.exec(QStringLiteral("UPDATE email_queue SET status = 'Not Sent', next_attempt_at = NULL WHERE id = ?"), {id});
    Audit(m_db, m_clock).record(actor, QStringLiteral("retry"), QStringLiteral("Email Queue"), m.name(),
                                QJsonObject{{QStringLiteral("status"), m.status}, {QStringLiteral("last_error"), m.lastError}},
                                QJsonObject{{QStringLiteral("status"), NotSent}});
    tx.commit();
}

QList<OutboxMail> Outbox::interrupted()
{
    const QString cutoff = stamp(m_clock.now().addSecs(-qint64(ClaimLeaseMinutes) * 60));
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM email_queue WHERE status = 'Sending' AND "
                                           "(next_attempt_at IS NULL OR next_attempt_at < ?) ORDER BY id"),
                            {cutoff});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<OutboxMail> out;
    for (qint64 id : std::as_const(ids))
        out << load(id);
    return out;
}

} // namespace lieu
