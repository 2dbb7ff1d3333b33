#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace lieu {
class Error;
}

namespace lieu::ui {

// Item roles every Lieu model answers besides the standard ones.
enum ItemRole {
    SortRole = Qt::UserRole + 1, // the raw value (qint64 minutes, QDate, QString) the proxies sort by
    KeyRole,                     // the row's key: a document id (qint64) or an employee id (QString)
    SearchRole,                  // the texts the search box looks through (QStringList), on column 0
};

// How amounts, dates and times look, in the user's locale. Amounts stay integer minutes until here.
namespace Display {
QString hours(qint64 minutes);                  // "7:30"
QString days(qint64 minutes, int minutesPerDay); // "0.938" with the locale's decimal point
QString hoursAndDays(qint64 minutes, int minutesPerDay); // "7:30 h (0.938 days)"
double hoursValue(qint64 minutes);              // 7.5: for charts only, never summed
QString date(QDate d);                          // short locale format; "" for an invalid date
QString longDate(QDate d);
QString dateTime(const QDateTime &t);           // local time, short locale format
QString period(QDate from, QDate to);           // "02/03/2026 – 08/03/2026"
// The message to show for a refusal: the core's text, which names the field and value for bad input.
QString error(const Error &e);
} // namespace Display

} // namespace lieu::ui
