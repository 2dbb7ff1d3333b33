#pragma once

#include "Leaves.h"
#include "Timesheets.h"

#include <QAbstractTableModel>
#include <QSet>

namespace lieu::ui {

// The supervisor's queue of timesheets Awaiting Approval. The first column is a check box: the rows
// checked are the ones "Approve checked" sends to core, one call each.
class TimesheetQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Select, Name, Employee, Period, Hours, ToilHours, ToilDays, Sent, ColumnCount };

    explicit TimesheetQueueModel(QObject *parent = nullptr);

    void setTimesheets(const QList<Timesheet> &sheets, int minutesPerToilDay);
    const Timesheet *timesheet(int row) const;
    int rowOf(qint64 id) const;

    QList<qint64> checkedIds() const; // in row order
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QList<Timesheet> m_rows;
    QSet<qint64> m_checked;
    int m_minutesPerDay = 480;
};

// The time logs of one timesheet, read-only.
class TimeLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Activity, Description, Billable, Hours, ColumnCount };

    explicit TimeLogModel(QObject *parent = nullptr);
    void setLogs(const QList<TimeLog> &logs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimeLog> m_logs;
};

// Leave applications waiting for the user's decision.
class LeaveQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Employee, From, To, Days, Hours, Reason, ColumnCount };

    explicit LeaveQueueModel(QObject *parent = nullptr);
    void setApplications(const QList<LeaveApplication> &apps);
    const LeaveApplication *application(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LeaveApplication> m_rows;
};

} // namespace lieu::ui
