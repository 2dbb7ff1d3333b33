#include "Display.h"

#include "Error.h"
#include "Units.h"

#include <QCoreApplication>
#include <QLocale>

namespace lieu::ui::Display {

QString hours(qint64 minutes)
{
    return Units::formatHours(minutes);
}

QString days(qint64 minutes, int minutesPerDay)
{
    const qint64 md = Units::milliDays(minutes, minutesPerDay);
    const QLocale locale;
    const qint64 whole = (md < 0 ? -md : md) / 1000;
    const qint64 fraction = (md < 0 ? -md : md) % 1000;
    QString text = (md < 0 ? locale.negativeSign() : QString()) + locale.toString(whole) + locale.decimalPoint();
    // The fraction's digits in the locale's zero (e.g. Arabic-Indic digits where the locale uses them).
    const QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
    for (const QChar c : digits)
        text += locale.toString(c.digitValue());
    return text;
}

QString hoursAndDays(qint64 minutes, int minutesPerDay)
{
    return QCoreApplication::translate("lieu::ui::Display", "%1 h (%2 days)").arg(hours(minutes), days(minutes, minutesPerDay));
}

double hoursValue(qint64 minutes)
{
    return double(minutes) / 60.0;
}

QString date(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString longDate(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QString();
}

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString period(QDate from, QDate to)
{
    return QCoreApplication::translate("lieu::ui::Display", "%1 – %2").arg(date(from), date(to));
}

QString error(const Error &e)
{
    return e.message();
}

} // namespace lieu::ui::Display
