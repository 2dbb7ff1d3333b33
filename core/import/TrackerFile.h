#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace lieu::import {

// The layouts the importer knows. Auto: detected from the header.
enum class Layout { Auto, Toggl, Clockify, Kimai, Harvest, Generic };
// How dates that are not year-first are read. Detect: from the file's own dates when one of them has a
// day above 12; a file whose every date could be either is refused until the caller says which.
enum class DateOrder { Detect, DayFirst, MonthFirst, YearFirst };

QString layoutName(Layout layout);   // "toggl", "clockify", "kimai", "harvest", "generic", "auto"
QString layoutTitle(Layout layout);  // translated: "Toggl Track detailed report", ...
Layout layoutFromName(const QString &name, const QString &field);   // throws Error::invalid
QString dateOrderName(DateOrder order); // "dmy", "mdy", "ymd", "detect"
DateOrder dateOrderFromName(const QString &name, const QString &field);

struct ReadOptions
{
    Layout layout = Layout::Auto;
    DateOrder dates = DateOrder::Detect;
};

// One row of a tracker's export, read and checked. Nothing here knows the database.
struct SourceRow
{
    int line = 0;         // where the record starts in the file (1-based)
    QString email;        // lower case; empty for Harvest
    QString firstName;    // Harvest
    QString lastName;     // Harvest
    QString person;       // how the file names the person, for messages
    QDate date;           // the start date: an entry past midnight counts on the day it started
    int dateColumn = 0;
    QString dateText;
    QTime start;          // when the file has it
    qint64 minutes = 0;
    bool billable = false;
    QString activity;
    QString description;
    QString sourceKey;    // stable hash of the row's content (and its occurrence, for identical rows)
};

struct ReadResult
{
    Layout layout = Layout::Auto;
    QChar separator;
    QString encoding;
    DateOrder dateOrder = DateOrder::Detect; // what the non-ISO dates were read as (Detect: all were ISO)
    int records = 0;                  // data records in the file
    QList<int> zeroLines;             // rows of zero minutes (less than 30 seconds): skipped
    QList<SourceRow> rows;
};

// Reads a whole export or refuses it: the first cell that cannot be read throws lieu::Error (Invalid)
// whose field is "line L, column C", whose value is the cell's text and whose message says what is wrong.
class TrackerFile final
{
    Q_DECLARE_TR_FUNCTIONS(TrackerFile)

public:
    static ReadResult read(const QByteArray &bytes, const ReadOptions &options);

    // Value readers, public for tests. Each returns false when the text is not such a value.
    static bool parseYesNo(const QString &text, bool *value);
    static bool parseTime(const QString &text, QTime *value);
    // `order` decides "03/04/2026"; a year-first date is read whatever the order says, except that
    // YearFirst accepts only year-first dates.
    static bool parseDate(const QString &text, DateOrder order, QDate *value);
};

} // namespace lieu::import
