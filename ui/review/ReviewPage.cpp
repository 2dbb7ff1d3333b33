#include "ReviewPage.h"

#include "Display.h"
#include "Error.h"
#include "Inbox.h"
#include "InboxBadge.h"
#include "Ledger.h"
#include "Leaves.h"
#include "MessageBar.h"
#include "Names.h"
#include "RejectDialog.h"
#include "ReviewModels.h"
#include "SearchProxy.h"
#include "Session.h"
#include "Settings.h"
#include "Tables.h"
#include "Timesheets.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lieu::ui {

namespace {
QModelIndex sourceOf(const QTableView *view, const SearchProxy *proxy)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? proxy->mapToSource(current) : QModelIndex();
}
} // namespace

ReviewPage::ReviewPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewPage"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Waiting for your decision"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    title->setFont(f);
    m_badge = new InboxBadge(session, this);
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setToolTip(tr("Read the queue again"));
    header->addWidget(title);
    header->addWidget(m_badge);
    header->addStretch(1);
    header->addWidget(refresh);
    layout->addLayout(header);

    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->setProperty("lieuScreenTabs", true);
    m_tabs->addTab(buildTimesheetTab(), QString());
    m_tabs->addTab(buildLeaveTab(), QString());
    layout->addWidget(m_tabs, 1);

    connect(refresh, &QPushButton::clicked, this, &ReviewPage::reload);
    connect(&m_session, &Session::dataChanged, this, &ReviewPage::reload);
    reload();
}

QWidget *ReviewPage::buildTimesheetTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);

    auto *buttons = new QHBoxLayout;
    m_selectAll = new QPushButton(tr("C&heck all"), tab);
    m_selectAll->setToolTip(tr("Check every timesheet in the list, or uncheck them all"));
    m_approveChecked = new QPushButton(tab);
    m_approveChecked->setObjectName(QStringLiteral("approveChecked"));
    m_approve = new QPushButton(tr("&Approve"), tab);
    m_approve->setObjectName(QStringLiteral("approveTimesheet"));
    m_approve->setToolTip(tr("Approve the selected timesheet: its TOIL becomes a lot the employee can use"));
    m_reject = new QPushButton(tr("&Reject…"), tab);
    m_reject->setObjectName(QStringLiteral("rejectTimesheet"));
    m_reject->setToolTip(tr("Send the selected timesheet back with a reason"));
    buttons->addWidget(m_selectAll);
    buttons->addWidget(m_approveChecked);
    buttons->addStretch(1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    layout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Vertical, tab);
    split->setChildrenCollapsible(false);
    m_sheets = new TimesheetQueueModel(this);
    m_sheetProxy = new SearchProxy(this);
    m_sheetProxy->setSourceModel(m_sheets);
    m_sheetView = new QTableView(tab);
    m_sheetView->setObjectName(QStringLiteral("timesheetQueue"));
    setUpTable(m_sheetView, m_sheetProxy, tr("Timesheets awaiting your approval"), TimesheetQueueModel::Employee);
    m_sheetView->sortByColumn(TimesheetQueueModel::Sent, Qt::AscendingOrder);
    split->addWidget(m_sheetView);

    auto *details = new QWidget(tab);
    auto *dl = new QVBoxLayout(details);
    dl->setContentsMargins(0, 0, 0, 0);
    m_sheetHeading = new QLabel(details);
    m_sheetHeading->setObjectName(QStringLiteral("timesheetHeading"));
    m_sheetHeading->setWordWrap(true);
    m_sheetHeading->setTextFormat(Qt::PlainText);
    dl->addWidget(m_sheetHeading);
    auto *inner = new QSplitter(Qt::Horizontal, details);
    inner->setChildrenCollapsible(false);
    m_logs = new TimeLogModel(this);
    m_logView = new QTableView(inner);
    m_logView->setObjectName(QStringLiteral("timeLogs"));
    setUpTable(m_logView, m_logs, tr("Time logs of the selected timesheet"), TimeLogModel::Description);
    m_logView->setSortingEnabled(false);
    auto *how = new QGroupBox(tr("How the TOIL was counted"), inner);
    auto *hl = new QVBoxLayout(how);
    m_details = new QPlainTextEdit(how);
    m_details->setObjectName(QStringLiteral("toilDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setAccessibleName(tr("TOIL calculation details"));
    hl->addWidget(m_details);
    inner->addWidget(m_logView);
    inner->addWidget(how);
    inner->setStretchFactor(0, 3);
    inner->setStretchFactor(1, 2);
    dl->addWidget(inner, 1);
    split->addWidget(details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_sheetStack = new QStackedWidget(tab);
    m_sheetStack->addWidget(split);
    m_sheetStack->addWidget(emptyState(tr("No timesheet of your team is waiting for your approval."), tab));
    layout->addWidget(m_sheetStack, 1);

    connect(m_selectAll, &QPushButton::clicked, this, [this] {
        m_sheets->setAllChecked(m_sheets->checkedIds().size() < m_sheets->rowCount());
    });
    connect(m_approveChecked, &QPushButton::clicked, this, &ReviewPage::approveChecked);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approveCurrent);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPage::rejectCurrent);
    connect(m_sheets, &TimesheetQueueModel::checkedChanged, this, &ReviewPage::updateButtons);
    connect(m_sheetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showTimesheetDetails();
        updateButtons();
    });
    connect(m_sheetView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != TimesheetQueueModel::Select)
            m_logView->setFocus();
    });
    return tab;
}

QWidget *ReviewPage::buildLeaveTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *buttons = new QHBoxLayout;
    m_approveLeave = new QPushButton(tr("A&pprove leave"), tab);
    m_approveLeave->setObjectName(QStringLiteral("approveLeave"));
    m_approveLeave->setToolTip(tr("Approve the selected application: its days are drawn from the employee's TOIL"));
    m_rejectLeave = new QPushButton(tr("R&eject leave…"), tab);
    m_rejectLeave->setObjectName(QStringLiteral("rejectLeave"));
    buttons->addStretch(1);
    buttons->addWidget(m_approveLeave);
    buttons->addWidget(m_rejectLeave);
    layout->addLayout(buttons);

    m_leaves = new LeaveQueueModel(this);
    m_leaveProxy = new SearchProxy(this);
    m_leaveProxy->setSourceModel(m_leaves);
    m_leaveView = new QTableView(tab);
    m_leaveView->setObjectName(QStringLiteral("leaveQueue"));
    setUpTable(m_leaveView, m_leaveProxy, tr("Leave applications awaiting your approval"), LeaveQueueModel::Reason);
    m_leaveView->sortByColumn(LeaveQueueModel::From, Qt::AscendingOrder);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->setChildrenCollapsible(false);
    split->addWidget(m_leaveView);

    auto *box = new QGroupBox(tr("The employee's TOIL"), tab);
    auto *bl = new QVBoxLayout(box);
    m_leaveDetails = new QLabel(box);
    m_leaveDetails->setObjectName(QStringLiteral("leaveDetails"));
    m_leaveDetails->setWordWrap(true);
    m_leaveDetails->setTextFormat(Qt::PlainText);
    m_leaveDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_leaveDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    bl->addWidget(m_leaveDetails);
    split->addWidget(box);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_leaveStack = new QStackedWidget(tab);
    m_leaveStack->addWidget(split);
    m_leaveStack->addWidget(emptyState(tr("No leave application is waiting for your approval."), tab));
    layout->addWidget(m_leaveStack, 1);

    connect(m_approveLeave, &QPushButton::clicked, this, &ReviewPage::approveCurrentLeave);
    connect(m_rejectLeave, &QPushButton::clicked, this, &ReviewPage::rejectCurrentLeave);
    connect(m_leaveView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showLeaveDetails();
        updateButtons();
    });
    return tab;
}

int ReviewPage::pendingCount() const
{
    return m_sheets->rowCount() + m_leaves->rowCount();
}

qint64 ReviewPage::currentTimesheetId() const
{
    const QModelIndex i = sourceOf(m_sheetView, m_sheetProxy);
    const Timesheet *t = i.isValid() ? m_sheets->timesheet(i.row()) : nullptr;
    return t ? t->id : 0;
}

qint64 ReviewPage::currentLeaveId() const
{
    const QModelIndex i = sourceOf(m_leaveView, m_leaveProxy);
    const LeaveApplication *a = i.isValid() ? m_leaves->application(i.row()) : nullptr;
    return a ? a->id : 0;
}

bool ReviewPage::selectTimesheet(qint64 id)
{
    const int row = m_sheets->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex proxyIndex = m_sheetProxy->mapFromSource(m_sheets->index(row, TimesheetQueueModel::Name));
    m_sheetView->setCurrentIndex(proxyIndex);
    m_sheetView->selectionModel()->select(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tabs->setCurrentIndex(0);
    return true;
}

bool ReviewPage::selectLeave(qint64 id)
{
    const int row = m_leaves->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex proxyIndex = m_leaveProxy->mapFromSource(m_leaves->index(row, LeaveQueueModel::Name));
    m_leaveView->setCurrentIndex(proxyIndex);
    m_leaveView->selectionModel()->select(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tabs->setCurrentIndex(1);
    return true;
}

void ReviewPage::reload()
{
    const qint64 keepSheet = currentTimesheetId();
    const qint64 keepLeave = currentLeaveId();
    const int tab = m_tabs->currentIndex();
    try {
        m_minutesPerDay = Settings(m_session.db(), m_session.clock()).minutesPerToilDay();
        m_sheets->setTimesheets(Timesheets(m_session.db(), m_session.clock()).awaitingApproval(m_session.actor()),
                                m_minutesPerDay);
        Leaves::Filter filter;
        filter.awaitingActor = true;
        m_leaves->setApplications(Leaves(m_session.db(), m_session.clock()).list(m_session.actor(), filter));
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
    }
    if (!selectTimesheet(keepSheet) && m_sheetProxy->rowCount() > 0) {
        m_sheetView->setCurrentIndex(m_sheetProxy->index(0, TimesheetQueueModel::Name));
        m_sheetView->selectRow(0);
    }
    if (!selectLeave(keepLeave) && m_leaveProxy->rowCount() > 0) {
        m_leaveView->setCurrentIndex(m_leaveProxy->index(0, LeaveQueueModel::Name));
        m_leaveView->selectRow(0);
    }
    m_tabs->setCurrentIndex(tab);
    m_sheetStack->setCurrentIndex(m_sheets->rowCount() > 0 ? 0 : 1);
    m_leaveStack->setCurrentIndex(m_leaves->rowCount() > 0 ? 0 : 1);
    m_tabs->setTabText(0, tr("&Timesheets (%1)").arg(QLocale().toString(m_sheets->rowCount())));
    m_tabs->setTabText(1, tr("&Leave applications (%1)").arg(QLocale().toString(m_leaves->rowCount())));
    m_sheetView->resizeColumnsToContents();
    m_leaveView->resizeColumnsToContents();
    showTimesheetDetails();
    showLeaveDetails();
    updateButtons();
    m_badge->refresh();
    Q_EMIT pendingCountChanged(pendingCount());
}

void ReviewPage::showTimesheetDetails()
{
    const QModelIndex i = sourceOf(m_sheetView, m_sheetProxy);
    const Timesheet *t = i.isValid() ? m_sheets->timesheet(i.row()) : nullptr;
    if (!t) {
        m_sheetHeading->setText(m_sheets->rowCount() ? tr("Select a timesheet to see its logs.") : QString());
        m_logs->setLogs({});
        m_details->clear();
        return;
    }
    m_sheetHeading->setText(tr("%1 · %2 · %3 · %4 hours logged, TOIL %5")
                                .arg(t->name(), t->employeeName, Display::period(t->startDate, t->endDate),
                                     Display::hours(t->totalMinutes), Display::hoursAndDays(t->toilMinutes, m_minutesPerDay)));
    m_logs->setLogs(t->logs);
    m_logView->resizeColumnsToContents();
    m_details->setPlainText(t->details);
}

void ReviewPage::showLeaveDetails()
{
    const QModelIndex i = sourceOf(m_leaveView, m_leaveProxy);
    const LeaveApplication *a = i.isValid() ? m_leaves->application(i.row()) : nullptr;
    if (!a) {
        m_leaveDetails->setText(m_leaves->rowCount() ? tr("Select an application to see the employee's TOIL.") : QString());
        return;
    }
    try {
        const Settings settings(m_session.db(), m_session.clock());
        const int soon = settings.intValue(QString::fromLatin1(Settings::ExpiringSoonDays));
        const Balance b = Ledger(m_session.db(), m_session.clock()).balance(m_session.actor(), a->employee, m_session.clock().today());
        QStringList lines;
        QString what = tr("%1 · %2").arg(a->employeeName, Display::period(a->fromDate, a->toDate));
        if (a->halfDayDate.isValid())
            what += tr(" · half day on %1").arg(Display::date(a->halfDayDate));
        lines << what;
        lines << tr("This application: %1").arg(Display::hoursAndDays(a->minutes, m_minutesPerDay));
        if (!a->reason.isEmpty())
            lines << tr("Reason: %1").arg(a->reason);
        lines << tr("Available today: %1").arg(Display::hoursAndDays(b.available, m_minutesPerDay));
        lines << tr("Held by open applications, this one included: %1").arg(Display::hoursAndDays(b.pending, m_minutesPerDay));
        if (b.expiringMinutes() > 0)
            lines << tr("Expiring by %1: %2")
                         .arg(Display::date(m_session.clock().today().addDays(soon - 1)), Display::hoursAndDays(b.expiringMinutes(), m_minutesPerDay));
        m_leaveDetails->setText(lines.join(QLatin1Char('\n')));
    } catch (const Error &e) {
        m_leaveDetails->setText(Display::error(e));
    }
}

void ReviewPage::updateButtons()
{
    const bool sheet = currentTimesheetId() != 0;
    m_approve->setEnabled(sheet);
    m_reject->setEnabled(sheet);
    const int checked = int(m_sheets->checkedIds().size());
    m_approveChecked->setText(tr("Approve &checked (%1)").arg(QLocale().toString(checked)));
    m_approveChecked->setEnabled(checked > 0);
    m_selectAll->setEnabled(m_sheets->rowCount() > 0);
    m_selectAll->setText(m_sheets->rowCount() > 0 && checked == m_sheets->rowCount() ? tr("Unc&heck all") : tr("C&heck all"));
    const bool leave = currentLeaveId() != 0;
    m_approveLeave->setEnabled(leave);
    m_rejectLeave->setEnabled(leave);
}

QString ReviewPage::approvedText(qint64 id)
{
    const Timesheet t = Timesheets(m_session.db(), m_session.clock()).get(m_session.actor(), id);
    if (!t.allocation)
        return tr("%1 of %2 approved; it earns no TOIL.").arg(t.name(), t.employeeName);
    const Lot lot = Ledger(m_session.db(), m_session.clock()).lot(t.allocation);
    return tr("%1 of %2 approved: %3 of TOIL in %4, usable until %5.")
        .arg(t.name(), t.employeeName, Display::hoursAndDays(lot.allocated, m_minutesPerDay), lot.name(),
             Display::date(lot.toDate));
}

void ReviewPage::approveCurrent()
{
    const qint64 id = currentTimesheetId();
    if (!id)
        return;
    try {
        Timesheets(m_session.db(), m_session.clock()).approve(m_session.actor(), id);
        m_message->showMessage(MessageBar::Kind::Info, approvedText(id));
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("%1 was not approved: %2").arg(Names::format(DocKind::Timesheet, id), Display::error(e)));
    }
    m_session.notifyChanged();
}

void ReviewPage::approveChecked()
{
    const QList<qint64> ids = m_sheets->checkedIds();
    if (ids.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Info, tr("Check the timesheets to approve first."));
        return;
    }
    const QList<BatchOutcome> outcomes = Inbox(m_session.db(), m_session.clock()).approveTimesheets(m_session.actor(), ids);
    QStringList lines{Inbox::summary(outcomes) + QLatin1Char('.')};
    bool allOk = true;
    for (const BatchOutcome &o : outcomes) {
        if (!o.ok) {
            allOk = false;
            lines << tr("%1: %2").arg(o.name, o.message);
        }
    }
    m_message->showMessage(allOk ? MessageBar::Kind::Info : MessageBar::Kind::Warning, lines.join(QLatin1Char('\n')));
    m_sheets->setAllChecked(false);
    m_session.notifyChanged();
}

void ReviewPage::rejectCurrent()
{
    const QModelIndex i = sourceOf(m_sheetView, m_sheetProxy);
    const Timesheet *t = i.isValid() ? m_sheets->timesheet(i.row()) : nullptr;
    if (!t)
        return;
    const qint64 id = t->id;
    const QString name = t->name(), employee = t->employeeName;
    auto *dialog = new RejectDialog(name, employee, [this, id](const QString &reason) {
        Timesheets(m_session.db(), m_session.clock()).reject(m_session.actor(), id, reason);
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name, employee] {
        m_message->showMessage(MessageBar::Kind::Info,
                               tr("%1 of %2 rejected; they see your reason and can correct and resend it.").arg(name, employee));
        m_session.notifyChanged();
    });
    dialog->open();
}

void ReviewPage::approveCurrentLeave()
{
    const qint64 id = currentLeaveId();
    if (!id)
        return;
    try {
        Leaves leaves(m_session.db(), m_session.clock());
        leaves.approve(m_session.actor(), id);
        const LeaveApplication a = leaves.get(m_session.actor(), id);
        m_message->showMessage(MessageBar::Kind::Info, tr("%1 of %2 approved: %3 h drawn from their TOIL.")
                                                           .arg(a.name(), a.employeeName, Display::hours(a.minutes)));
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("%1 was not approved: %2").arg(Names::format(DocKind::Application, id), Display::error(e)));
    }
    m_session.notifyChanged();
}

void ReviewPage::rejectCurrentLeave()
{
    const QModelIndex i = sourceOf(m_leaveView, m_leaveProxy);
    const LeaveApplication *a = i.isValid() ? m_leaves->application(i.row()) : nullptr;
    if (!a)
        return;
    const qint64 id = a->id;
    const QString name = a->name(), employee = a->employeeName;
    auto *dialog = new RejectDialog(name, employee, [this, id](const QString &reason) {
        Leaves(m_session.db(), m_session.clock()).reject(m_session.actor(), id, reason);
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name, employee] {
        m_message->showMessage(MessageBar::Kind::Info,
                               tr("%1 of %2 rejected; what it held is free again.").arg(name, employee));
        m_session.notifyChanged();
    });
    dialog->open();
}

PageSpec reviewPageSpec()
{
    PageSpec spec;
    spec.id = QStringLiteral("supervisor.review");
    spec.title = ReviewPage::tr("Review");
    spec.icon = QIcon::fromTheme(QStringLiteral("mail-mark-task"));
    spec.supervisor = true;
    spec.hr = true; // HR decides leave of employees without a supervisor
    spec.create = [](Session &session, QWidget *parent) -> QWidget * { return new ReviewPage(session, parent); };
    return spec;
}

} // namespace lieu::ui
