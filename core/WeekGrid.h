#pragma once

#include "Timesheets.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lieu {

// One row of the timesheet editor's grid: an activity (with its description and billable flag) and the
// minutes logged on each day of the period.
struct GridRow
{
    QString activity;
    QString description;
    bool billable = false;
    QList<qint64> minutes; // one entry per day of the period, 0 = nothing logged

    qint64 total() const;
    bool isEmpty() const { return total() == 0; }
    bool operator==(const GridRow &other) const = default;
};

// How a timesheet's time logs map onto the grid and back. The grid holds one amount per row and day, so
// logs of the same activity, description and billable flag on the same day are summed into one cell.
namespace WeekGrid {

// The Monday on or before `day`: weeks run Monday to Sunday.
QDate weekStart(QDate day);
// Groups the logs by activity, description and billable flag, in the order they first appear, summing
// the minutes per day. Logs outside start..start+days-1 are ignored.
QList<GridRow> rowsFromLogs(QDate start, int days, const QList<TimeLog> &logs);
// One log per non-zero cell, ordered by date and then by row. Rows without minutes give no log.
QList<TimeLog> logsFromRows(QDate start, const QList<GridRow> &rows);
// The sum of each day's column.
QList<qint64> dayTotals(const QList<GridRow> &rows, int days);

} // namespace WeekGrid

} // namespace lieu
