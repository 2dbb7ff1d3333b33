#include "Formats.h"

#include "Units.h"

#include <QCoreApplication>
#include <QLocale>

namespace lieu::ui::fmt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Formats)
};

QString shortFormat(const QLocale &locale)
{
    QString f = locale.dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}
} // namespace

QString hours(qint64 minutes)
{
    return Units::formatHours(minutes);
}

QString days(qint64 minutes, int minutesPerDay)
{
    const qint64 md = Units::milliDays(minutes, minutesPerDay);
    const QLocale locale;
    const qint64 m = md < 0 ? -md : md;
    return QStringLiteral("%1%2%3%4")
        .arg(md < 0 ? locale.negativeSign() : QString(), locale.toString(m / 1000), locale.decimalPoint())
        .arg(m % 1000, 3, 10, QLatin1Char('0'));
}

QString hoursAndDays(qint64 minutes, int minutesPerDay)
{
    return Tr::tr("%1 h (%2 days)").arg(hours(minutes), days(minutes, minutesPerDay));
}

QString dateFormat()
{
    return shortFormat(QLocale());
}

QString date(QDate d)
{
    if (!d.isValid())
        return {};
    const QLocale locale;
    return locale.toString(d, shortFormat(locale));
}

QString dayHeader(QDate d)
{
    if (!d.isValid())
        return {};
    const QLocale locale;
    QString f = locale.dateFormat(QLocale::ShortFormat);
    // Keep the locale's order of day and month, drop the year.
    f.remove(QLatin1String("yyyy")).remove(QLatin1String("yy"));
    while (!f.isEmpty() && !f.back().isLetter())
        f.chop(1);
    while (!f.isEmpty() && !f.front().isLetter())
        f.remove(0, 1);
    return locale.dayName(d.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char('\n') + locale.toString(d, f);
}

} // namespace lieu::ui::fmt
