#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace lieu::mail {

struct MailAddress
{
    QString address; // local@domain
    QString name;    // display name, may be empty
};

// A plain-text e-mail as RFC 5322 / MIME bytes, ready for SMTP DATA (before dot-stuffing):
// CRLF line ends, headers with non-ASCII text as RFC 2047 encoded words (UTF-8, base64), folded to
// at most 78 characters; a text/plain; charset=UTF-8 body in 7bit when it is short-lined ASCII,
// otherwise in quoted-printable or base64, whichever is smaller; Date, Message-ID and MIME-Version.
class MimeMessage
{
public:
    enum class Encoding { SevenBit, QuotedPrintable, Base64 };

    void setFrom(const MailAddress &from) { m_from = from; }
    void addTo(const MailAddress &to) { m_to << to; }
    void setSubject(const QString &subject) { m_subject = subject; }
    void setBody(const QString &text) { m_body = text; }
    void setDate(const QDateTime &date) { m_date = date; }
    void setMessageId(const QString &id) { m_messageId = id; } // with the angle brackets
    // Another header, e.g. Auto-Submitted; the value is encoded like Subject when it needs to be.
    void addHeader(const QByteArray &name, const QString &value) { m_extra << qMakePair(name, value); }

    const MailAddress &from() const { return m_from; }
    const QList<MailAddress> &to() const { return m_to; }
    QStringList recipients() const;

    QByteArray toByteArray() const;
    // The encoding toByteArray() chooses for the body.
    Encoding bodyEncoding() const;

    // Building blocks, public for tests.
    static QByteArray encodedWords(const QString &text, int firstLineUsed);
    static QByteArray header(const QByteArray &name, const QString &value);
    static QByteArray addressHeader(const QByteArray &name, const QList<MailAddress> &addresses);
    static QByteArray quotedPrintable(const QByteArray &utf8Text);
    static QByteArray base64Lines(const QByteArray &data);
    static QByteArray rfc5322Date(const QDateTime &when);
    static QString domainOf(const QString &address);

private:
    QByteArray canonicalBody() const; // UTF-8 with CRLF line ends

    MailAddress m_from;
    QList<MailAddress> m_to;
    QString m_subject;
    QString m_body;
    QDateTime m_date;
    QString m_messageId;
    QList<QPair<QByteArray, QString>> m_extra;
};

} // namespace lieu::mail
