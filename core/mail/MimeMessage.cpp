#include "MimeMessage.h"

#include <QStringList>

namespace lieu::mail {

namespace {

constexpr int kLineLimit = 78;  // RFC 5322's "should" for header and body lines
constexpr int kWordLimit = 75;  // RFC 2047: an encoded word is at most 75 characters

bool isPrintableAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// Joins `items` after "Name: " with `separator`. Where the next item would pass the line limit the
// header is folded: the separator's space becomes the folding white space, so unfolding (removing the
// CRLFs) gives back exactly the joined text.
QByteArray fold(const QByteArray &name, const QList<QByteArray> &items, const QByteArray &separator)
{
    QByteArray out = name + ": ";
    int lineLength = int(out.size());
    const QByteArray beforeBreak = separator.endsWith(' ') ? separator.chopped(1) : separator;
    for (int i = 0; i < items.size(); ++i) {
        const QByteArray &item = items.at(i);
        if (i > 0) {
            if (lineLength + separator.size() + item.size() > kLineLimit) {
                out += beforeBreak + "\r\n ";
                lineLength = 1;
            } else {
                out += separator;
                lineLength += int(separator.size());
            }
        }
        out += item;
        lineLength += int(item.size());
    }
    return out;
}

QByteArray displayName(const QString &name)
{
    if (!isPrintableAscii(name))
        return MimeMessage::encodedWords(name, 0);
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    bool plain = !name.isEmpty();
    for (const QChar c : name)
        if (specials.contains(c))
            plain = false;
    if (plain)
        return name.toLatin1();
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + quoted.toLatin1() + '"';
}

} // namespace

QStringList MimeMessage::recipients() const
{
    QStringList out;
    for (const MailAddress &a : m_to)
        out << a.address;
    return out;
}

QString MimeMessage::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

QByteArray MimeMessage::encodedWords(const QString &text, int firstLineUsed)
{
    // "=?UTF-8?B?" + base64 + "?=": 12 characters around the base64 text.
    auto bytesFor = [](int room) { return qMax(3, (qMin(room, kWordLimit) - 12) / 4 * 3); };
    int budget = bytesFor(76 - firstLineUsed);
    QList<QByteArray> chunks{QByteArray()};
    // Split on whole characters only, never inside a UTF-8 sequence.
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray utf8 = text.mid(i, len).toUtf8();
        if (!chunks.last().isEmpty() && chunks.last().size() + utf8.size() > budget) {
            chunks << QByteArray();
            budget = bytesFor(76 - 1);
        }
        chunks.last() += utf8;
        i += len;
    }
    QByteArray out;
    for (const QByteArray &chunk : std::as_const(chunks)) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
    }
    return out;
}

QByteArray MimeMessage::header(const QByteArray &name, const QString &value)
{
    if (isPrintableAscii(value) && !value.contains(QLatin1String("=?"))) {
        QList<QByteArray> words;
        for (const QString &w : value.split(QLatin1Char(' ')))
            words << w.toLatin1();
        return fold(name, words, " ");
    }
    return name + ": " + encodedWords(value, int(name.size()) + 2);
}

QByteArray MimeMessage::addressHeader(const QByteArray &name, const QList<MailAddress> &addresses)
{
    QList<QByteArray> items;
    for (const MailAddress &a : addresses) {
        // Control characters never reach a header (no header injection through an address).
        QByteArray addr;
        for (const char c : a.address.toUtf8())
            if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)
                addr += c;
        items << (a.name.isEmpty() ? addr : displayName(a.name) + " <" + addr + '>');
    }
    return fold(name, items, ", ");
}

QByteArray MimeMessage::quotedPrintable(const QByteArray &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        if (line.endsWith('\r'))
            line.chop(1);
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i + 1 == line.size();
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                token = QByteArray(1, char(c));
            else
                token = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            // A soft line break ("=" at the end) keeps every encoded line within 76 characters.
            if (column + token.size() > 75) {
                out += "=\r\n";
                column = 0;
            }
            out += token;
            column += int(token.size());
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray MimeMessage::base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76);
        out += "\r\n";
    }
    return out;
}

QByteArray MimeMessage::rfc5322Date(const QDateTime &when)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = when.date();
    const QTime t = when.time();
    const int offset = when.offsetFromUtc() / 60;
    const int absOffset = qAbs(offset);
    return QStringLiteral("%1, %2 %3 %4 %5:%6:%7 %8%9%10")
        .arg(QLatin1String(days[d.dayOfWeek() - 1]))
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(months[d.month() - 1]))
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(t.hour(), 2, 10, QLatin1Char('0'))
        .arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(t.second(), 2, 10, QLatin1Char('0'))
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(absOffset / 60, 2, 10, QLatin1Char('0'))
        .arg(absOffset % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

QByteArray MimeMessage::canonicalBody() const
{
    QString text = m_body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text.toUtf8().replace("\n", "\r\n");
}

MimeMessage::Encoding MimeMessage::bodyEncoding() const
{
    const QByteArray body = canonicalBody();
    bool ascii = true;
    for (const char c : body)
        if (static_cast<unsigned char>(c) > 126 || (c < 32 && c != '\r' && c != '\n' && c != '\t'))
            ascii = false;
    bool shortLines = true;
    for (const QByteArray &line : body.split('\n'))
        if (line.size() > kLineLimit + 1)
            shortLines = false;
    if (ascii && shortLines)
        return Encoding::SevenBit;
    // Mostly Latin text stays readable in quoted-printable; text that is mostly 8-bit (Greek, Japanese)
    // is shorter in base64.
    qsizetype eightBit = 0;
    for (const char c : body)
        if (static_cast<unsigned char>(c) > 127)
            ++eightBit;
    return eightBit * 3 <= body.size() ? Encoding::QuotedPrintable : Encoding::Base64;
}

QByteArray MimeMessage::toByteArray() const
{
    const QByteArray body = canonicalBody();
    const Encoding encoding = bodyEncoding();
    QList<QByteArray> headers;
    headers << "Date: " + rfc5322Date(m_date.isValid() ? m_date : QDateTime::currentDateTime());
    headers << addressHeader("From", {m_from});
    headers << addressHeader("To", m_to);
    headers << header("Subject", m_subject);
    if (!m_messageId.isEmpty())
        headers << "Message-ID: " + m_messageId.toLatin1();
    headers << "MIME-Version: 1.0";
    headers << "Content-Type: text/plain; charset=UTF-8";
    switch (encoding) {
    case Encoding::SevenBit:
        headers << "Content-Transfer-Encoding: 7bit";
        break;
    case Encoding::QuotedPrintable:
        headers << "Content-Transfer-Encoding: quoted-printable";
        break;
    case Encoding::Base64:
        headers << "Content-Transfer-Encoding: base64";
        break;
    }
    for (const auto &[name, value] : m_extra)
        headers << header(name, value);

    QByteArray out = headers.join("\r\n") + "\r\n\r\n";
    switch (encoding) {
    case Encoding::SevenBit:
        out += body;
        break;
    case Encoding::QuotedPrintable:
        out += quotedPrintable(body);
        break;
    case Encoding::Base64:
        out += base64Lines(body);
        break;
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

} // namespace lieu::mail
