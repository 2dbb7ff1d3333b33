#pragma once

#include <QDate>
#include <QString>

// Amounts and dates as people read them, in the user's locale. Amounts stay integer minutes until here.
namespace lieu::ui::fmt {

// "7:30"; "-0:45".
QString hours(qint64 minutes);
// "0.938" with the locale's decimal point, rounded once (Units::milliDays).
QString days(qint64 minutes, int minutesPerDay);
// "7:30 h (0.938 days)"
QString hoursAndDays(qint64 minutes, int minutesPerDay);
// The locale's short date format with a four-digit year (for date edits).
QString dateFormat();
// The locale's short date with a four-digit year; empty for an invalid date.
QString date(QDate d);
// The locale's weekday and day, e.g. "Mon 5 Jan" style in the locale's order.
QString dayHeader(QDate d);

} // namespace lieu::ui::fmt
