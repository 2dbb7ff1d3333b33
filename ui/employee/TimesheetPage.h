#pragma once

#include "Timesheets.h"
#include "WeekGrid.h"

#include <QDate>
#include <QWidget>

class QAction;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace lieu::ui {

class MessageBar;
class Session;
class TimesheetListModel;
class WeekGridModel;
class WeekGridView;

// The employee's timesheet editor: one week (Monday to Sunday) as a grid of activities by days, the TOIL
// it earns as the organisation's rule counts it (live, with the calculation details), save, send for
// approval, the rejection reason of a Rejected one, and the list of the employee's timesheets.
class TimesheetPage final : public QWidget
{
    Q_OBJECT

public:
    explicit TimesheetPage(Session &session, QWidget *parent = nullptr);
    ~TimesheetPage() override;

    WeekGridModel *gridModel() const { return m_grid; }
    WeekGridView *gridView() const { return m_gridView; }
    QUndoStack *undoStack() const { return m_undo; }
    TimesheetListModel *listModel() const { return m_list; }
    qint64 currentId() const { return m_current.id; }
    QString currentStatus() const { return m_current.status; }
    QDate weekStart() const;
    bool isDirty() const;
    qint64 liveToilMinutes() const { return m_liveToil; }

public Q_SLOTS:
    // Re-reads the list (in the background) and the open timesheet's state; keeps unsaved edits.
    void reload();
    // Opens the week that holds `day`: its timesheet if there is one, else a new one.
    void openWeek(QDate day);
    void openTimesheet(qint64 id);
    bool save();
    bool send();
    void discard();
    void addRow();
    void removeSelectedRows();

private:
    void buildUi();
    void showTimesheet(const Timesheet &t);
    void showNewWeek(QDate monday);
    void loadGrid(QDate start, int days, const QList<GridRow> &rows, bool editable);
    QList<GridRow> templateRows() const;
    void recalculate();
    void updateState();
    bool confirmLeave();
    void loadList();
    void setWeekEditSilently(QDate day);
    int minutesPerDay() const;

    Session &m_session;
    Timesheet m_current; // id 0: a new, unsaved timesheet
    QDate m_newStart;
    int m_perDay = 480;
    qint64 m_liveToil = 0;
    int m_listGeneration = 0;
    bool m_switching = false;

    WeekGridModel *m_grid;
    WeekGridView *m_gridView = nullptr;
    QUndoStack *m_undo;
    TimesheetListModel *m_list;
    QSortFilterProxyModel *m_listProxy = nullptr;
    QTableView *m_listView = nullptr;
    QDateEdit *m_weekEdit = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rejection = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_toilHours = nullptr;
    QLabel *m_toilDays = nullptr;
    QLabel *m_totalHours = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_addRow = nullptr;
    QPushButton *m_removeRow = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_discard = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace lieu::ui
