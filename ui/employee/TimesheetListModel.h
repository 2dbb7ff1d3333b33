#pragma once

#include "Timesheets.h"

#include <QAbstractTableModel>

namespace lieu::ui {

// An employee's timesheets as core lists them (newest period first).
class TimesheetListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Period, Status, ToilHours, ToilDays, Hours, ToilStatus, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit TimesheetListModel(QObject *parent = nullptr);

    void setTimesheets(const QList<Timesheet> &sheets, int minutesPerToilDay);
    const QList<Timesheet> &timesheets() const { return m_sheets; }
    const Timesheet *timesheetAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Timesheet> m_sheets;
    int m_perDay = 480;
};

} // namespace lieu::ui
