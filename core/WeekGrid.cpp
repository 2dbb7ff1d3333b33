#include "WeekGrid.h"

#include <algorithm>

namespace lieu {

qint64 GridRow::total() const
{
    qint64 sum = 0;
    for (qint64 m : minutes)
        sum += m;
    return sum;
}

namespace WeekGrid {

QDate weekStart(QDate day)
{
    return day.isValid() ? day.addDays(1 - day.dayOfWeek()) : QDate();
}

QList<GridRow> rowsFromLogs(QDate start, int days, const QList<TimeLog> &logs)
{
    QList<GridRow> rows;
    for (const TimeLog &log : logs) {
        const qint64 offset = start.daysTo(log.date);
        if (offset < 0 || offset >= days)
            continue;
        auto it = std::find_if(rows.begin(), rows.end(), [&](const GridRow &r) {
            return r.activity == log.activity && r.description == log.description && r.billable == log.billable;
        });
        if (it == rows.end()) {
            GridRow row;
            row.activity = log.activity;
            row.description = log.description;
            row.billable = log.billable;
            row.minutes.fill(0, days);
            rows << row;
            it = rows.end() - 1;
        }
        it->minutes[offset] += log.minutes;
    }
    return rows;
}

QList<TimeLog> logsFromRows(QDate start, const QList<GridRow> &rows)
{
    int days = 0;
    for (const GridRow &r : rows)
        days = qMax(days, int(r.minutes.size()));
    QList<TimeLog> logs;
    for (int d = 0; d < days; ++d) {
        for (const GridRow &r : rows) {
            if (d >= r.minutes.size() || r.minutes.at(d) == 0)
                continue;
            TimeLog log;
            log.date = start.addDays(d);
            log.minutes = r.minutes.at(d);
            log.billable = r.billable;
            log.activity = r.activity;
            log.description = r.description;
            logs << log;
        }
    }
    return logs;
}

QList<qint64> dayTotals(const QList<GridRow> &rows, int days)
{
    QList<qint64> totals(days, 0);
    for (const GridRow &r : rows)
        for (int d = 0; d < days && d < r.minutes.size(); ++d)
            totals[d] += r.minutes.at(d);
    return totals;
}

} // namespace WeekGrid

} // namespace lieu
