#include "Units.h"

#include "Error.h"

#include <QRegularExpression>

namespace lieu::Units {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Units)
};
} // namespace

QString formatHours(qint64 minutes)
{
    const bool negative = minutes < 0;
    const qint64 m = negative ? -minutes : minutes;
    return QStringLiteral("%1%2:%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(m / 60)
        .arg(m % 60, 2, 10, QLatin1Char('0'));
}

qint64 milliDays(qint64 minutes, int minutesPerDay)
{
    if (minutesPerDay <= 0)
        return 0;
    const bool negative = minutes < 0;
    const qint64 m = negative ? -minutes : minutes;
    const qint64 rounded = (m * 1000 * 2 + minutesPerDay) / (2 * qint64(minutesPerDay));
    return negative ? -rounded : rounded;
}

QString formatDays(qint64 minutes, int minutesPerDay)
{
    const qint64 md = milliDays(minutes, minutesPerDay);
    const bool negative = md < 0;
    const qint64 m = negative ? -md : md;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(m / 1000)
        .arg(m % 1000, 3, 10, QLatin1Char('0'));
}

qint64 parseHours(const QString &input, const QString &field)
{
    const QString text = input.trimmed();
    auto bad = [&]() {
        return Error::invalid(field, input,
                              Tr::tr("%1: \"%2\" is not an amount of hours (write 7.5, 7:30 or 07:30:00)")
                                  .arg(field, Error::excerpt(input)));
    };
    if (text.isEmpty() || text.size() > 16)
        throw bad();

    static const QRegularExpression clock(QStringLiteral("^(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?$"));
    static const QRegularExpression decimal(QStringLiteral("^(\\d{0,4})(?:[.,](\\d{1,6}))?$"));

    if (const auto m = clock.match(text); m.hasMatch()) {
        const qint64 h = m.captured(1).toLongLong();
        const qint64 min = m.captured(2).toLongLong();
        const qint64 sec = m.captured(3).isEmpty() ? 0 : m.captured(3).toLongLong();
        return h * 60 + min + (sec >= 30 ? 1 : 0);
    }
    if (const auto m = decimal.match(text); m.hasMatch() && !(m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
        const qint64 whole = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
        const QString frac = m.captured(2);
        qint64 scale = 1;
        for (int i = 0; i < frac.size(); ++i)
            scale *= 10;
        const qint64 fracValue = frac.isEmpty() ? 0 : frac.toLongLong();
        // minutes = round((whole + frac/scale) * 60), exactly, rounding half up
        const qint64 fracMinutesTimesScale = fracValue * 60;
        const qint64 fracMinutes = (2 * fracMinutesTimesScale + scale) / (2 * scale);
        return whole * 60 + fracMinutes;
    }
    throw bad();
}

QDate parseDate(const QString &text, const QString &field)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    QDate d;
    if (iso.match(t).hasMatch())
        d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        throw Error::invalid(field, text,
                             Tr::tr("%1: \"%2\" is not a date that exists (write YYYY-MM-DD)").arg(field, Error::excerpt(text)));
    return d;
}

} // namespace lieu::Units
