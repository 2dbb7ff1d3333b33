#include "Csv.h"

#include "Error.h"

#include <QStringDecoder>

namespace lieu::csv {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five unassigned bytes keep their C1 code.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromCp1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b)));
    }
    return out;
}

QString shorten(const QString &s)
{
    return s.size() > 60 ? s.left(57) + QStringLiteral("...") : s;
}

bool isBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

QString location(int line, int column)
{
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString decode(const QByteArray &bytes, QString *encoding)
{
    auto setEncoding = [encoding](const char *name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.size() > kMaxFileBytes)
        throw Error::invalid(QStringLiteral("file"), QString::number(bytes.size()),
                             Tr::tr("The file has %1 bytes; at most %2 can be imported at once")
                                 .arg(bytes.size())
                                 .arg(kMaxFileBytes));
    QByteArrayView view(bytes);
    QStringDecoder::Encoding enc = QStringDecoder::Utf8;
    const char *name = "UTF-8";
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
        name = "UTF-8 with BOM";
    } else if (view.startsWith("\xFF\xFE")) {
        view = view.sliced(2);
        enc = QStringDecoder::Utf16LE;
        name = "UTF-16LE";
    } else if (view.startsWith("\xFE\xFF")) {
        view = view.sliced(2);
        enc = QStringDecoder::Utf16BE;
        name = "UTF-16BE";
    }
    QStringDecoder decoder(enc, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(view);
    if (!decoder.hasError()) {
        setEncoding(name);
        return text;
    }
    if (enc != QStringDecoder::Utf8 || qstrcmp(name, "UTF-8") != 0)
        throw Error::invalid(QStringLiteral("file"), QString::fromLatin1(name),
                             Tr::tr("The file starts with a %1 byte-order mark but is not %1 text").arg(QString::fromLatin1(name)));
    setEncoding("Windows-1252");
    return fromCp1252(bytes);
}

QChar detectSeparator(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (isBreak(c))
            break;
        if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Document parse(const QByteArray &bytes, QChar separator)
{
    QString encoding;
    const QString text = decode(bytes, &encoding);
    Document doc = parseText(text, separator);
    doc.encoding = encoding;
    return doc;
}

Document parseText(const QString &text, QChar separator)
{
    Document doc;
    doc.separator = separator.isNull() ? detectSeparator(text) : separator;
    const QChar sep = doc.separator;
    const QChar quote = QLatin1Char('"');
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;

    while (i < n) {
        Record rec;
        rec.line = line;
        bool anyQuoted = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            // Spaces before an opening quote are tolerated (`a, "b"`).
            qsizetype probe = i;
            while (probe < n && text.at(probe) == QLatin1Char(' ') && sep != QLatin1Char(' '))
                ++probe;
            if (probe < n && text.at(probe) == quote) {
                anyQuoted = true;
                const int openLine = line;
                const int column = int(rec.fields.size()) + 1;
                i = probe + 1;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == quote) {
                        if (i + 1 < n && text.at(i + 1) == quote) {
                            field.append(quote);
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\r')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                            ++i;
                        field.append(QLatin1Char('\n'));
                        ++line;
                        ++i;
                        continue;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field.append(c);
                    ++i;
                }
                if (!closed)
                    throw Error::invalid(location(openLine, column), shorten(QString(quote) + field),
                                         Tr::tr("line %1, column %2: the quote opened here is never closed")
                                             .arg(openLine)
                                             .arg(column));
                while (i < n && text.at(i) == QLatin1Char(' ') && sep != QLatin1Char(' '))
                    ++i;
                if (i < n && text.at(i) != sep && !isBreak(text.at(i))) {
                    qsizetype end = i;
                    while (end < n && text.at(end) != sep && !isBreak(text.at(end)))
                        ++end;
                    throw Error::invalid(location(line, column), shorten(text.mid(i, end - i)),
                                         Tr::tr("line %1, column %2: \"%3\" follows the closing quote; a quoted field "
                                                "ends at a separator or the end of the line")
                                             .arg(line)
                                             .arg(column)
                                             .arg(shorten(text.mid(i, end - i))));
                }
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i) != sep && !isBreak(text.at(i)))
                    ++i;
                field = text.mid(start, i - start);
            }
            rec.fields.append(field);
            if (i < n && text.at(i) == sep) {
                ++i;
                continue;
            }
            // A line break or the end of the text ends the record.
            if (i < n && text.at(i) == QLatin1Char('\r')) {
                ++i;
                if (i < n && text.at(i) == QLatin1Char('\n'))
                    ++i;
            } else if (i < n && text.at(i) == QLatin1Char('\n')) {
                ++i;
            }
            endOfRecord = true;
        }
        ++line;
        const bool blank = !anyQuoted && rec.fields.size() == 1 && rec.fields.first().isEmpty();
        if (!blank)
            doc.records.append(std::move(rec));
    }

    if (doc.records.isEmpty())
        throw Error::invalid(QStringLiteral("file"), QString(), Tr::tr("The file is empty: there is no header line"));
    const qsizetype width = doc.records.first().fields.size();
    for (const Record &r : std::as_const(doc.records)) {
        if (r.fields.size() == width)
            continue;
        const int column = int(qMin(r.fields.size(), width)) + 1;
        const QString value = r.fields.size() > width ? shorten(r.fields.at(width)) : QString();
        throw Error::invalid(location(r.line, column), value,
                             Tr::tr("line %1 has %2 fields where the header has %3")
                                 .arg(r.line)
                                 .arg(r.fields.size())
                                 .arg(width));
    }
    return doc;
}

} // namespace lieu::csv
