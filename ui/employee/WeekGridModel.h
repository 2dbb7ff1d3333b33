#pragma once

#include "WeekGrid.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>

class QUndoStack;

namespace lieu::ui {

// The timesheet editor's grid: one row per activity, one column per day of the period, a row total, and a
// last read-only row with the day totals. Edits made through setData() go onto the undo stack (when one
// is set) as commands that call applyValue(), so undo and redo restore exact minutes.
class WeekGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Fixed columns; the day columns follow FirstDay, then the row total and the description.
    enum Column { Activity = 0, Billable = 1, FirstDay = 2 };
    enum Role {
        MinutesRole = Qt::UserRole + 1, // qint64 minutes of a day cell or a total
        DateRole,                       // QDate of a day column
        NonWorkingRole,                 // bool: weekend or holiday column
        FutureRole,                     // bool: a day after today (cannot be logged yet)
    };

    explicit WeekGridModel(QObject *parent = nullptr);

    // Replaces everything (not undoable). `nonWorking` shades weekends and holidays; days after `today`
    // cannot be edited; `editable` false makes the whole grid read-only.
    void load(QDate start, int days, const QList<GridRow> &rows, const QSet<QDate> &nonWorking, QDate today,
              bool editable);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }

    QDate start() const { return m_start; }
    int dayCount() const { return m_days; }
    int dayColumn(int day) const { return FirstDay + day; }
    int totalColumn() const { return FirstDay + m_days; }
    int descriptionColumn() const { return FirstDay + m_days + 1; }
    bool isDayColumn(int column) const { return column >= FirstDay && column < FirstDay + m_days; }
    int totalsRow() const { return int(m_rows.size()); }
    bool isTotalsRow(int row) const { return row == totalsRow(); }

    const QList<GridRow> &rows() const { return m_rows; }
    QList<TimeLog> logs() const { return WeekGrid::logsFromRows(m_start, m_rows); }
    qint64 totalMinutes() const;

    // Undoable edits (each one step on the undo stack).
    void addRow(const QString &activity = {}, bool billable = false);
    void removeGridRows(QList<int> rows);
    void clearCells(const QModelIndexList &cells);

    // The raw operations the undo commands perform.
    QVariant valueAt(int row, int column) const;
    void applyValue(int row, int column, const QVariant &value);
    void insertGridRow(int row, const GridRow &data);
    GridRow takeGridRow(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // Any change to the rows (edit, undo, redo, add, remove, load).
    void contentsChanged();
    // A typed value was refused; the message names the day and the text.
    void inputRefused(const QString &message);

private:
    bool dayIsFuture(int day) const;
    void push(int row, int column, const QVariant &before, const QVariant &after);
    void emitRowChanged(int row, int column);

    QDate m_start;
    int m_days = 7;
    QList<GridRow> m_rows;
    QSet<QDate> m_nonWorking;
    QDate m_today;
    bool m_editable = true;
    QUndoStack *m_undo = nullptr;
};

} // namespace lieu::ui
