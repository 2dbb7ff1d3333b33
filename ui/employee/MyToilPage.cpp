#include "MyToilPage.h"

#include "ApplyLeaveDialog.h"
#include "BackgroundTask.h"
#include "Error.h"
#include "Formats.h"
#include "Leaves.h"
#include "Ledger.h"
#include "MessageBar.h"
#include "Names.h"
#include "Session.h"
#include "Settings.h"
#include "TableView.h"
#include "ToilModels.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lieu::ui {

namespace {
struct ToilLoad
{
    Balance balance;
    QList<LedgerEntry> entries;
    QList<LeaveApplication> leaves;
    int perDay = 480;
    int expiringDays = 30;
    QDate today;
};

// One figure of the summary: a caption, the amount in hours and, under it, in days.
QFrame *card(QWidget *parent, const QString &caption, QLabel **title, QLabel **value, QLabel **note)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    *title = new QLabel(caption, frame);
    *value = new QLabel(frame);
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    (*value)->setFont(big);
    *note = new QLabel(frame);
    (*note)->setWordWrap(true);
    layout->addWidget(*title);
    layout->addWidget(*value);
    layout->addWidget(*note);
    layout->addStretch(1);
    return frame;
}
} // namespace

MyToilPage::MyToilPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_lots(new LotModel(this)), m_ledger(new LedgerModel(this)),
      m_leaves(new LeaveApplicationModel(this)), m_lotProxy(new QSortFilterProxyModel(this)),
      m_ledgerProxy(new QSortFilterProxyModel(this)), m_leaveProxy(new QSortFilterProxyModel(this))
{
    m_lotProxy->setSourceModel(m_lots);
    m_ledgerProxy->setSourceModel(m_ledger);
    m_leaveProxy->setSourceModel(m_leaves);

    auto *outer = new QVBoxLayout(this);
    auto *cards = new QHBoxLayout;
    QLabel *title = nullptr;
    cards->addWidget(card(this, tr("Balance"), &title, &m_balance, &m_balanceDays), 1);
    cards->addWidget(card(this, tr("Pending leave"), &title, &m_pending, &m_pendingDays), 1);
    cards->addWidget(card(this, tr("Free for new leave"), &title, &m_free, &m_freeDays), 1);
    cards->addWidget(card(this, tr("Expiring soon"), &m_expiringTitle, &m_expiring, &m_expiringNote), 1);
    m_balance->setObjectName(QStringLiteral("balanceHours"));
    m_balanceDays->setObjectName(QStringLiteral("balanceDays"));
    m_pending->setObjectName(QStringLiteral("pendingHours"));
    m_expiring->setObjectName(QStringLiteral("expiringHours"));
    outer->addLayout(cards);

    auto *actions = new QHBoxLayout;
    auto *apply = new QPushButton(tr("&Apply for leave…"), this);
    apply->setObjectName(QStringLiteral("applyLeaveButton"));
    m_cancel = new QPushButton(tr("&Cancel the selected application"), this);
    m_cancel->setEnabled(false);
    actions->addWidget(apply);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    outer->addLayout(actions);
    m_message = new MessageBar(this);
    outer->addWidget(m_message);

    m_applyAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Apply for leave…"), this);
    m_applyAction->setObjectName(QStringLiteral("applyLeaveAction"));
    m_applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_applyAction->setPriority(QAction::HighPriority); // the main window shows it in its page toolbar
    addAction(m_applyAction);

    m_lotView = makeTable(m_lotProxy, tr("TOIL lots"),
                          tr("No TOIL yet. When your supervisor approves a timesheet with TOIL hours, a lot appears here."));
    m_lotView->sortByColumn(LotModel::LastDay, Qt::AscendingOrder);
    m_leaveView = makeTable(m_leaveProxy, tr("Leave applications"), tr("No leave applications yet."));
    m_leaveView->sortByColumn(LeaveApplicationModel::From, Qt::DescendingOrder);
    m_leaveView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ledgerView = makeTable(m_ledgerProxy, tr("Ledger"), tr("The ledger is empty."));
    m_ledgerView->sortByColumn(LedgerModel::Date, Qt::DescendingOrder);
    m_ledgerView->horizontalHeader()->setStretchLastSection(false); // keep the amounts beside their rows

    auto *lotBox = new QGroupBox(tr("TOIL lots: each can be used until its last day"), this);
    auto *lotLayout = new QVBoxLayout(lotBox);
    lotLayout->addWidget(m_lotView);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("toilTabs"));
    m_tabs->addTab(m_leaveView, tr("Leave a&pplications"));
    m_tabs->addTab(m_ledgerView, tr("Le&dger"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(lotBox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    connect(apply, &QPushButton::clicked, this, &MyToilPage::applyForLeave);
    connect(m_applyAction, &QAction::triggered, this, &MyToilPage::applyForLeave);
    connect(m_cancel, &QPushButton::clicked, this, &MyToilPage::cancelSelected);
    connect(m_leaveView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MyToilPage::updateButtons);
    reload();
}

QTableView *MyToilPage::makeTable(QSortFilterProxyModel *proxy, const QString &name, const QString &empty)
{
    proxy->setSortRole(ToilSortRole);
    auto *view = new TableView(this);
    view->setObjectName(name);
    view->setAccessibleName(name);
    view->setPlaceholderText(empty);
    view->setModel(proxy);
    return view;
}

void MyToilPage::reload()
{
    const int generation = ++m_generation;
    const QString employee = m_session.actor().employee;
    const Actor me = m_session.actor();
    runInBackground<ToilLoad>(
        this, m_session.databaseOpener(), m_session.sharedClock(),
        [employee, me](Database &db, const Clock &clock) {
            ToilLoad load;
            Settings settings(db, clock);
            load.perDay = settings.minutesPerToilDay();
            load.expiringDays = settings.intValue(QString::fromLatin1(Settings::ExpiringSoonDays));
            load.today = clock.today();
            Ledger ledger(db, clock);
            load.balance = ledger.balance(me, employee, load.today);
            load.entries = ledger.entries(me, employee);
            Leaves::Filter filter;
            filter.employee = employee;
            load.leaves = Leaves(db, clock).list(me, filter);
            return load;
        },
        [this, generation](const ToilLoad &load) {
            if (generation != m_generation)
                return;
            const Balance &b = load.balance;
            m_lots->setLots(b.lots, load.today, load.perDay);
            m_ledger->setEntries(load.entries, load.perDay);
            m_leaves->setApplications(load.leaves);
            m_balance->setText(tr("%1 h").arg(fmt::hours(b.available)));
            m_balanceDays->setText(tr("%1 days on %2").arg(fmt::days(b.available, load.perDay), fmt::date(load.today)));
            m_pending->setText(tr("%1 h").arg(fmt::hours(b.pending)));
            m_pendingDays->setText(tr("%1 days awaiting approval").arg(fmt::days(b.pending, load.perDay)));
            m_free->setText(tr("%1 h").arg(fmt::hours(b.available - b.pending)));
            m_freeDays->setText(tr("%1 days").arg(fmt::days(b.available - b.pending, load.perDay)));
            if (b.upcoming > 0)
                m_freeDays->setText(m_freeDays->text() + QLatin1Char('\n') +
                                    tr("and %1 h from lots not valid yet").arg(fmt::hours(b.upcoming)));
            m_expiringTitle->setText(tr("Expiring in the next %1 days").arg(load.expiringDays));
            m_expiring->setText(tr("%1 h").arg(fmt::hours(b.expiringMinutes())));
            QDate first;
            for (const ExpiringLot &e : b.expiring)
                if (!first.isValid() || e.toDate < first)
                    first = e.toDate;
            m_expiringNote->setText(first.isValid() ? tr("%1 days; use the first by %2")
                                                          .arg(fmt::days(b.expiringMinutes(), load.perDay), fmt::date(first))
                                                    : tr("nothing expires soon"));
            for (QLabel *l : {m_balance, m_pending, m_free, m_expiring})
                l->setAccessibleName(l->text());
            for (QTableView *v : {m_lotView, m_leaveView, m_ledgerView})
                v->resizeColumnsToContents();
            ++m_loads;
            updateButtons();
        },
        [this](const QString &message) { m_message->showError(message); });
}

void MyToilPage::updateButtons()
{
    const QModelIndexList rows = m_leaveView->selectionModel()->selectedRows();
    const LeaveApplication *a =
        rows.isEmpty() ? nullptr : m_leaves->applicationAt(m_leaveProxy->mapToSource(rows.first()).row());
    m_cancel->setEnabled(a && a->status == Leaves::Open);
}

void MyToilPage::applyForLeave()
{
    ApplyLeaveDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showInfo(tr("Leave application %1 was sent for approval.")
                                .arg(Names::format(DocKind::Application, dialog.appliedId())));
}

void MyToilPage::cancelSelected()
{
    const QModelIndexList rows = m_leaveView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const LeaveApplication *a = m_leaves->applicationAt(m_leaveProxy->mapToSource(rows.first()).row());
    if (!a)
        return;
    const qint64 id = a->id;
    const QString name = a->name();
    QMessageBox box(QMessageBox::Question, tr("Cancel leave application"),
                    tr("Cancel %1 (%2 to %3)? The TOIL it holds becomes free again.")
                        .arg(name, fmt::date(a->fromDate), fmt::date(a->toDate)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    try {
        Leaves(m_session.db(), m_session.clock()).cancel(m_session.actor(), id);
    } catch (const Error &e) {
        m_message->showError(e.message());
        return;
    }
    m_message->showInfo(tr("%1 was cancelled.").arg(name));
    m_session.notifyChanged();
}

} // namespace lieu::ui
