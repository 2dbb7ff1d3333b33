#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lieu {

// Amounts are integer minutes everywhere. Hours and days exist only as text for people.
namespace Units {

// "7:30" for 450, "-0:45" for -45.
QString formatHours(qint64 minutes);
// Days to three decimals, rounded half away from zero once, here: 450 at 480 a day is "0.938".
QString formatDays(qint64 minutes, int minutesPerDay);
// Thousandths of a day, rounded half away from zero (the number formatDays prints).
qint64 milliDays(qint64 minutes, int minutesPerDay);

// Reads an amount of hours a person typed or a file holds: decimal ("7.5", "7,5", ".25"),
// "h:mm" ("7:30") or "hh:mm:ss" ("07:30:00"). Rounds to the nearest minute (half up), exactly, without
// floating point. Throws Error::invalid naming `field` and the text when it is not an amount.
qint64 parseHours(const QString &text, const QString &field);

// An ISO date (YYYY-MM-DD) that exists; throws Error::invalid naming the field otherwise.
QDate parseDate(const QString &text, const QString &field);

inline QString isoDate(QDate d) { return d.toString(Qt::ISODate); }

} // namespace Units

} // namespace lieu
