#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace lieu::ui {

class LedgerModel;
class LeaveApplicationModel;
class LotModel;
class MessageBar;
class Session;

// "My TOIL": the balance in hours and days, pending leave, what expires soon, every lot with its last day
// of use, the ledger, and the employee's leave applications (an Open one can be cancelled). Apply for
// leave opens ApplyLeaveDialog. Everything is read in the background.
class MyToilPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MyToilPage(Session &session, QWidget *parent = nullptr);

    LotModel *lotModel() const { return m_lots; }
    LedgerModel *ledgerModel() const { return m_ledger; }
    LeaveApplicationModel *leaveModel() const { return m_leaves; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *applyAction() const { return m_applyAction; }
    // Reloads finished since the page was made (tests wait for it).
    int loadCount() const { return m_loads; }

public Q_SLOTS:
    void reload();
    void applyForLeave();
    void cancelSelected();

private:
    QTableView *makeTable(QSortFilterProxyModel *proxy, const QString &name, const QString &empty);
    void updateButtons();

    Session &m_session;
    int m_generation = 0;
    int m_loads = 0;

    LotModel *m_lots;
    LedgerModel *m_ledger;
    LeaveApplicationModel *m_leaves;
    QSortFilterProxyModel *m_lotProxy;
    QSortFilterProxyModel *m_ledgerProxy;
    QSortFilterProxyModel *m_leaveProxy;
    QTableView *m_lotView = nullptr;
    QTableView *m_ledgerView = nullptr;
    QTableView *m_leaveView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_balanceDays = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_pendingDays = nullptr;
    QLabel *m_free = nullptr;
    QLabel *m_freeDays = nullptr;
    QLabel *m_expiring = nullptr;
    QLabel *m_expiringNote = nullptr;
    QLabel *m_expiringTitle = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_cancel = nullptr;
    QAction *m_applyAction = nullptr;
};

} // namespace lieu::ui
