#pragma once

#include "Pages.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace lieu::ui {

class InboxBadge;
class LeaveQueueModel;
class MessageBar;
class SearchProxy;
class Session;
class TimeLogModel;
class TimesheetQueueModel;

// The supervisor's review window: their direct reports' timesheets Awaiting Approval (each with its logs
// and TOIL figure) and the leave applications waiting for their decision. Only what core lists for this
// user is offered, and every decision is a core call that checks again who may make it.
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(Session &session, QWidget *parent = nullptr);

    int pendingCount() const;
    TimesheetQueueModel *timesheetModel() const { return m_sheets; }
    LeaveQueueModel *leaveModel() const { return m_leaves; }
    QTableView *timesheetView() const { return m_sheetView; }
    QTableView *leaveView() const { return m_leaveView; }
    MessageBar *messageBar() const { return m_message; }

    // Makes the timesheet (or leave application) with this id the current row; false when it is not listed.
    bool selectTimesheet(qint64 id);
    bool selectLeave(qint64 id);

public Q_SLOTS:
    void reload();
    void approveCurrent();
    void rejectCurrent();   // opens the reason dialog (window-modal, not blocking)
    void approveChecked();
    void approveCurrentLeave();
    void rejectCurrentLeave();

Q_SIGNALS:
    void pendingCountChanged(int count);

private:
    QWidget *buildTimesheetTab();
    QWidget *buildLeaveTab();
    void showTimesheetDetails();
    void showLeaveDetails();
    void updateButtons();
    qint64 currentTimesheetId() const;
    qint64 currentLeaveId() const;
    QString approvedText(qint64 id);

    Session &m_session;
    int m_minutesPerDay = 480;

    MessageBar *m_message = nullptr;
    InboxBadge *m_badge = nullptr;
    QTabWidget *m_tabs = nullptr;

    TimesheetQueueModel *m_sheets = nullptr;
    SearchProxy *m_sheetProxy = nullptr;
    QTableView *m_sheetView = nullptr;
    QStackedWidget *m_sheetStack = nullptr;
    TimeLogModel *m_logs = nullptr;
    QTableView *m_logView = nullptr;
    QLabel *m_sheetHeading = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_approveChecked = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;

    LeaveQueueModel *m_leaves = nullptr;
    SearchProxy *m_leaveProxy = nullptr;
    QTableView *m_leaveView = nullptr;
    QStackedWidget *m_leaveStack = nullptr;
    QLabel *m_leaveDetails = nullptr;
    QPushButton *m_approveLeave = nullptr;
    QPushButton *m_rejectLeave = nullptr;
};

// The review page's entry for the main window (supervisors, and HR for employees without a supervisor).
PageSpec reviewPageSpec();

} // namespace lieu::ui
