#pragma once

#include <QString>

#include <exception>

namespace lieu {

// The one error type core throws. Every action runs in a transaction that rolls back when it propagates,
// so a caller that catches it knows nothing was written.
class Error : public std::exception
{
public:
    enum class Kind {
        Rule,       // a domain rule refused the action
        Permission, // the acting user may not do this
        NotFound,   // a named record does not exist (or is not visible to the actor)
        Invalid,    // bad input: names the field and the value
        Database,   // the store failed (I/O, corruption, schema)
    };

    Error(Kind kind, QString message, QString field = {}, QString value = {})
        : m_kind(kind), m_message(std::move(message)), m_field(std::move(field)), m_value(std::move(value)),
          m_utf8(m_message.toUtf8())
    {
    }

    Kind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const QString &field() const noexcept { return m_field; }
    const QString &value() const noexcept { return m_value; }
    const char *what() const noexcept override { return m_utf8.constData(); }
    // A database error that left nothing written and may pass if the action is run again (a deadlock, a
    // lock wait that timed out, a connection lost before the commit). Database::retry() retries these.
    bool transient() const noexcept { return m_transient; }

    static Error rule(QString message) { return {Kind::Rule, std::move(message)}; }
    static Error permission(QString message) { return {Kind::Permission, std::move(message)}; }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message)}; }
    static Error database(QString message) { return {Kind::Database, std::move(message)}; }
    static Error transientDatabase(QString message)
    {
        Error e{Kind::Database, std::move(message)};
        e.m_transient = true;
        return e;
    }
    static Error invalid(QString field, QString value, QString message)
    {
        return {Kind::Invalid, std::move(message), std::move(field), std::move(value)};
    }

    // A value as a message may quote it: at most `max` characters (then "..."), and control characters
    // and broken encodings shown as \uXXXX, so a terminal prints what was typed instead of obeying it.
    static QString excerpt(const QString &value, int max = 60) { return visible(value, max, false); }
    // A whole message made safe for a terminal the same way (line breaks kept, nothing cut).
    static QString printable(const QString &message) { return visible(message, -1, true); }

private:
    static QString visible(const QString &text, int max, bool keepLineBreaks)
    {
        QString out;
        int shown = 0;
        for (QChar c : text) {
            if (shown == max) {
                out += QStringLiteral("...");
                break;
            }
            const auto cat = c.category();
            const bool hidden = cat == QChar::Other_Control || cat == QChar::Other_Surrogate || cat == QChar::Other_Format ||
                                c == QChar::ReplacementCharacter || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
            if (hidden && !(keepLineBreaks && c == QLatin1Char('\n')))
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
            ++shown;
        }
        return out;
    }

    Kind m_kind;
    QString m_message;
    QString m_field;
    QString m_value;
    QByteArray m_utf8;
    bool m_transient = false;
};

} // namespace lieu
