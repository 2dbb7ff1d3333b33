#include "Text.h"

#include "Error.h"

#include <QCoreApplication>

namespace lieu::Text {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Text)
};

bool isLineBreakOrTab(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t');
}
} // namespace

QString problem(const QString &value, int maxLength, Lines lines)
{
    if (value.size() > maxLength)
        return Tr::tr("at most %1 characters (this has %2)").arg(maxLength).arg(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QChar::ReplacementCharacter)
            return Tr::tr("it is not valid UTF-8 text (character %1 is U+FFFD, the mark of a wrong encoding)").arg(i + 1);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return Tr::tr("it is not valid text (character %1 is half of a surrogate pair)").arg(i + 1);
        if (c.category() == QChar::Other_Control && !(lines == Lines::Multi && isLineBreakOrTab(c)))
            return Tr::tr("character %1 is the control character U+%2; only printable text is allowed")
                .arg(i + 1)
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

void require(const QString &field, const QString &value, int maxLength, Lines lines)
{
    const QString why = problem(value, maxLength, lines);
    if (!why.isEmpty())
        throw Error::invalid(field, value.left(200),
                             Tr::tr("%1: \"%2\" cannot be stored: %3").arg(field, Error::excerpt(value), why));
}

} // namespace lieu::Text
