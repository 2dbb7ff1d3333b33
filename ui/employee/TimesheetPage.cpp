#include "TimesheetPage.h"

#include "BackgroundTask.h"
#include "Directory.h"
#include "Error.h"
#include "Formats.h"
#include "MessageBar.h"
#include "Session.h"
#include "Settings.h"
#include "TableView.h"
#include "TimesheetListModel.h"
#include "WeekGridModel.h"
#include "WeekGridView.h"
#include "WorkCalendar.h"

#include <QAction>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lieu::ui {

namespace {
struct ListLoad
{
    QList<Timesheet> sheets;
    int perDay = 480;
};

bool sameLogs(const QList<TimeLog> &a, const QList<TimeLog> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const TimeLog &x = a.at(i), &y = b.at(i);
        if (x.date != y.date || x.minutes != y.minutes || x.billable != y.billable || x.activity != y.activity ||
            x.description != y.description)
            return false;
    }
    return true;
}
} // namespace

TimesheetPage::TimesheetPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_grid(new WeekGridModel(this)), m_undo(new QUndoStack(this)),
      m_list(new TimesheetListModel(this))
{
    m_grid->setUndoStack(m_undo);
    m_perDay = Settings(session.db(), session.clock()).minutesPerToilDay();
    buildUi();
    connect(m_grid, &WeekGridModel::contentsChanged, this, &TimesheetPage::recalculate);
    connect(m_grid, &WeekGridModel::inputRefused, m_message, &MessageBar::showError);
    connect(m_undo, &QUndoStack::cleanChanged, this, &TimesheetPage::updateState);
    openWeek(session.clock().today());
    loadList();
}

TimesheetPage::~TimesheetPage()
{
    // Closing the window can make an open cell editor commit; this page is no longer there to hear it.
    disconnect(m_grid, nullptr, this, nullptr);
    disconnect(m_undo, nullptr, this, nullptr);
    m_grid->setUndoStack(nullptr);
    m_grid->setEditable(false);
}

void TimesheetPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);

    // The week chooser and the state of the open timesheet.
    auto *top = new QHBoxLayout;
    auto *prev = new QToolButton(this);
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("Previous week"));
    prev->setAccessibleName(tr("Previous week"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next week"));
    next->setAccessibleName(tr("Next week"));
    m_weekEdit = new QDateEdit(this);
    m_weekEdit->setObjectName(QStringLiteral("weekEdit"));
    m_weekEdit->setCalendarPopup(true);
    m_weekEdit->setDisplayFormat(fmt::dateFormat());
    m_weekEdit->setAccessibleName(tr("Week"));
    m_weekEdit->setToolTip(tr("Any day of the week to open; weeks run Monday to Sunday"));
    auto *weekLabel = new QLabel(tr("&Week of"), this);
    weekLabel->setBuddy(m_weekEdit);
    auto *thisWeek = new QPushButton(tr("T&his week"), this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    top->addWidget(weekLabel);
    top->addWidget(prev);
    top->addWidget(m_weekEdit);
    top->addWidget(next);
    top->addWidget(thisWeek);
    top->addSpacing(16);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_status);
    outer->addLayout(top);

    m_rejection = new QLabel(this);
    m_rejection->setObjectName(QStringLiteral("rejectionLabel"));
    m_rejection->setWordWrap(true);
    m_rejection->setFrameShape(QFrame::StyledPanel);
    m_rejection->setMargin(6);
    m_rejection->setTextFormat(Qt::PlainText);
    m_rejection->setVisible(false);
    outer->addWidget(m_rejection);
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("messageBar"));
    outer->addWidget(m_message);

    // The grid, its buttons, and the live TOIL figure beside it.
    auto *editor = new QWidget(this);
    auto *gridColumn = new QVBoxLayout(editor);
    gridColumn->setContentsMargins(0, 0, 0, 0);
    m_gridView = new WeekGridView(editor);
    m_gridView->setObjectName(QStringLiteral("grid"));
    m_gridView->setAccessibleName(tr("Hours by activity and day"));
    m_gridView->setGridModel(m_grid);
    gridColumn->addWidget(m_gridView, 1);
    auto *buttons = new QHBoxLayout;
    m_addRow = new QPushButton(tr("&Add row"), editor);
    m_removeRow = new QPushButton(tr("&Remove row"), editor);
    // Undo and redo keep short labels; what they would undo is in the tooltip.
    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setEnabled(false);
    m_undoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    // The slots hold the action, not the page: the stack still signals while the page's children go.
    connect(m_undo, &QUndoStack::undoTextChanged, m_undoAction,
            [action = m_undoAction](const QString &text) { action->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text)); });
    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, m_redoAction,
            [action = m_redoAction](const QString &text) { action->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text)); });
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    for (QAction *a : {m_undoAction, m_redoAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    auto *undoButton = new QToolButton(editor);
    undoButton->setDefaultAction(m_undoAction);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *redoButton = new QToolButton(editor);
    redoButton->setDefaultAction(m_redoAction);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_discard = new QPushButton(tr("&Discard draft"), editor);
    m_discard->setToolTip(tr("Delete this Draft or Rejected timesheet"));
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), editor);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the hours (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_send = new QPushButton(tr("Send for a&pproval"), editor);
    m_send->setObjectName(QStringLiteral("sendButton"));
    buttons->addWidget(m_addRow);
    buttons->addWidget(m_removeRow);
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    buttons->addWidget(m_send);
    gridColumn->addLayout(buttons);

    auto *toilBox = new QGroupBox(tr("TOIL from this timesheet"), this);
    auto *toilLayout = new QVBoxLayout(toilBox);
    auto *figures = new QHBoxLayout;
    auto *smallFigures = new QVBoxLayout;
    m_toilHours = new QLabel(toilBox);
    m_toilHours->setObjectName(QStringLiteral("toilHours"));
    QFont big = m_toilHours->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_toilHours->setFont(big);
    m_toilDays = new QLabel(toilBox);
    m_toilDays->setObjectName(QStringLiteral("toilDays"));
    m_totalHours = new QLabel(toilBox);
    m_totalHours->setObjectName(QStringLiteral("totalHours"));
    auto *detailsLabel = new QLabel(tr("How it is counted"), toilBox);
    m_details = new QPlainTextEdit(toilBox);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setAccessibleName(tr("Calculation details"));
    detailsLabel->setBuddy(m_details);
    smallFigures->addWidget(m_toilDays);
    smallFigures->addWidget(m_totalHours);
    figures->addWidget(m_toilHours);
    figures->addSpacing(12);
    figures->addLayout(smallFigures);
    figures->addStretch(1);
    toilLayout->addLayout(figures);
    toilLayout->addWidget(detailsLabel);
    toilLayout->addWidget(m_details, 1);

    // The employee's timesheets.
    auto *listBox = new QGroupBox(tr("My timesheets"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    m_listProxy = new QSortFilterProxyModel(this);
    m_listProxy->setSourceModel(m_list);
    m_listProxy->setSortRole(TimesheetListModel::SortRole);
    auto *listView = new TableView(listBox);
    listView->setPlaceholderText(tr("No timesheets yet. Type your hours in the grid above and save them."));
    m_listView = listView;
    m_listView->setObjectName(QStringLiteral("timesheetList"));
    m_listView->setAccessibleName(tr("My timesheets"));
    m_listView->setModel(m_listProxy);
    m_listView->sortByColumn(TimesheetListModel::Period, Qt::DescendingOrder);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    listLayout->addWidget(m_listView);

    auto *below = new QSplitter(Qt::Horizontal, this);
    below->addWidget(toilBox);
    below->addWidget(listBox);
    below->setStretchFactor(0, 2);
    below->setStretchFactor(1, 3);
    below->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(editor);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    connect(prev, &QToolButton::clicked, this, [this] { openWeek(weekStart().addDays(-7)); });
    connect(next, &QToolButton::clicked, this, [this] { openWeek(weekStart().addDays(7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { openWeek(m_session.clock().today()); });
    connect(m_weekEdit, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (!m_switching && WeekGrid::weekStart(d) != weekStart())
            openWeek(d);
    });
    connect(m_addRow, &QPushButton::clicked, this, &TimesheetPage::addRow);
    connect(m_removeRow, &QPushButton::clicked, this, &TimesheetPage::removeSelectedRows);
    connect(m_save, &QPushButton::clicked, this, &TimesheetPage::save);
    connect(m_send, &QPushButton::clicked, this, &TimesheetPage::send);
    connect(m_discard, &QPushButton::clicked, this, &TimesheetPage::discard);
    connect(m_listView, &QTableView::activated, this, [this](const QModelIndex &index) {
        openTimesheet(m_listProxy->data(index, TimesheetListModel::IdRole).toLongLong());
    });
    connect(m_listView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openTimesheet(m_listProxy->data(index, TimesheetListModel::IdRole).toLongLong());
    });
}

QDate TimesheetPage::weekStart() const
{
    return m_current.id ? m_current.startDate : m_newStart;
}

bool TimesheetPage::isDirty() const
{
    return !m_undo->isClean();
}

int TimesheetPage::minutesPerDay() const
{
    return m_perDay;
}

void TimesheetPage::setWeekEditSilently(QDate day)
{
    m_switching = true;
    m_weekEdit->setDate(day);
    m_switching = false;
}

bool TimesheetPage::confirmLeave()
{
    if (!isDirty() || !m_grid->isEditable())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved hours"),
                    tr("The hours of %1 are not saved yet.").arg(m_title->text()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void TimesheetPage::openWeek(QDate day)
{
    const QDate monday = WeekGrid::weekStart(day);
    if (!confirmLeave()) {
        setWeekEditSilently(weekStart());
        return;
    }
    m_message->clear();
    try {
        Timesheets sheets(m_session.db(), m_session.clock());
        Timesheets::Filter filter;
        filter.employee = m_session.actor().employee;
        // The week's own timesheet: the one that starts on its Monday and is not cancelled.
        const QList<Timesheet> mine = sheets.list(m_session.actor(), filter);
        for (const Timesheet &t : mine) {
            if (t.startDate == monday && t.status != Timesheets::Cancelled) {
                showTimesheet(sheets.get(m_session.actor(), t.id));
                return;
            }
        }
        showNewWeek(monday);
    } catch (const Error &e) {
        m_message->showError(e.message());
    }
}

void TimesheetPage::openTimesheet(qint64 id)
{
    if (id == m_current.id && id != 0)
        return;
    if (!confirmLeave())
        return;
    m_message->clear();
    try {
        showTimesheet(Timesheets(m_session.db(), m_session.clock()).get(m_session.actor(), id));
    } catch (const Error &e) {
        m_message->showError(e.message());
    }
}

QList<GridRow> TimesheetPage::templateRows() const
{
    // A new week starts with the activities of the latest timesheet, without hours.
    QList<GridRow> rows;
    for (const Timesheet &t : m_list->timesheets()) {
        if (t.status == Timesheets::Cancelled)
            continue;
        try {
            const Timesheet full = Timesheets(m_session.db(), m_session.clock()).get(m_session.actor(), t.id);
            rows = WeekGrid::rowsFromLogs(full.startDate, int(full.startDate.daysTo(full.endDate)) + 1, full.logs);
        } catch (const Error &) {
            rows.clear();
        }
        break;
    }
    for (GridRow &r : rows)
        r.minutes.fill(0, 7);
    if (rows.isEmpty())
        rows << GridRow{QString(), QString(), false, QList<qint64>(7, 0)};
    return rows;
}

void TimesheetPage::showNewWeek(QDate monday)
{
    m_current = Timesheet{};
    m_current.employee = m_session.actor().employee;
    m_current.status = Timesheets::Draft;
    m_current.startDate = monday;
    m_current.endDate = monday.addDays(6);
    m_newStart = monday;
    loadGrid(monday, 7, templateRows(), true);
}

void TimesheetPage::showTimesheet(const Timesheet &t)
{
    m_current = t;
    m_newStart = t.startDate;
    const int days = int(t.startDate.daysTo(t.endDate)) + 1;
    const bool editable = t.employee == m_session.actor().employee &&
                          (t.status == Timesheets::Draft || t.status == Timesheets::Rejected);
    loadGrid(t.startDate, days, WeekGrid::rowsFromLogs(t.startDate, days, t.logs), editable);
}

void TimesheetPage::loadGrid(QDate start, int days, const QList<GridRow> &rows, bool editable)
{
    QSet<QDate> nonWorking;
    try {
        WorkCalendar calendar(m_session.db(), m_session.clock());
        for (int d = 0; d < days; ++d)
            if (!calendar.isWorkingDay(start.addDays(d)))
                nonWorking.insert(start.addDays(d));
    } catch (const Error &e) {
        m_message->showError(e.message());
    }
    m_grid->load(start, days, rows, nonWorking, m_session.clock().today(), editable);
    m_undo->clear();
    m_undo->setClean();
    setWeekEditSilently(start);
    QHeaderView *header = m_gridView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_gridView->resizeColumnsToContents();
    const int dayWidth = qMax(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 24, 64);
    for (int d = 0; d < days; ++d)
        m_gridView->setColumnWidth(m_grid->dayColumn(d), qMax(dayWidth, m_gridView->columnWidth(m_grid->dayColumn(d))));
    m_gridView->setColumnWidth(WeekGridModel::Activity, qMax(160, m_gridView->columnWidth(WeekGridModel::Activity)));
    QFont bold = m_gridView->font();
    bold.setBold(true);
    m_gridView->setColumnWidth(m_grid->totalColumn(), QFontMetrics(bold).horizontalAdvance(QStringLiteral("000:00")) + 16);
    header->setStretchLastSection(true);
    m_gridView->setCurrentIndex(m_grid->index(0, m_grid->dayColumn(0)));
    updateState();
}

void TimesheetPage::recalculate()
{
    try {
        const AccrualResult r =
            Timesheets(m_session.db(), m_session.clock()).calculate(m_session.actor().employee, m_grid->logs());
        m_liveToil = r.toilMinutes;
        m_toilHours->setText(tr("%1 h").arg(fmt::hours(r.toilMinutes)));
        m_toilHours->setAccessibleName(tr("TOIL hours: %1").arg(fmt::hours(r.toilMinutes)));
        m_toilDays->setText(tr("%1 TOIL days at %2 h a day").arg(fmt::days(r.toilMinutes, m_perDay), fmt::hours(m_perDay)));
        m_totalHours->setText(tr("%1 h logged in all").arg(fmt::hours(m_grid->totalMinutes())));
        m_details->setPlainText(r.details);
    } catch (const Error &e) {
        m_message->showError(e.message());
    }
}

void TimesheetPage::updateState()
{
    const bool isNew = m_current.id == 0;
    const bool editable = m_grid->isEditable();
    const QString period = tr("%1 – %2").arg(fmt::date(m_current.startDate), fmt::date(m_current.endDate));
    m_title->setText(isNew ? tr("New timesheet, %1").arg(period) : tr("%1, %2").arg(m_current.name(), period));
    QString status = isNew ? tr("Not saved yet") : tr("Status: %1").arg(m_current.status);
    if (!isNew && !m_current.toilStatus.isEmpty())
        status += tr(" · TOIL: %1").arg(m_current.toilStatus);
    if (isDirty() && editable)
        status += tr(" · unsaved changes");
    m_status->setText(status);
    m_status->setAccessibleName(status);

    const bool rejected = m_current.status == Timesheets::Rejected;
    m_rejection->setVisible(rejected);
    if (rejected)
        m_rejection->setText(tr("Rejected by the supervisor: %1\nChange the hours and send it again.")
                                 .arg(m_current.rejectionReason.isEmpty() ? tr("(no reason given)") : m_current.rejectionReason));

    m_addRow->setEnabled(editable);
    m_removeRow->setEnabled(editable);
    m_save->setEnabled(editable && (isDirty() || isNew));
    m_send->setEnabled(editable);
    m_send->setText(rejected ? tr("Re&send for approval") : tr("Send for a&pproval"));
    m_discard->setEnabled(editable && !isNew);
    m_gridView->setEditTriggers(editable ? (QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked)
                                         : QAbstractItemView::NoEditTriggers);
    if (m_listView && m_current.id) {
        const int row = m_list->rowOf(m_current.id);
        if (row >= 0)
            m_listView->selectRow(m_listProxy->mapFromSource(m_list->index(row, 0)).row());
    }
}

bool TimesheetPage::save()
{
    if (!m_grid->isEditable())
        return false;
    m_message->clear();
    const Actor &me = m_session.actor();
    try {
        Timesheets sheets(m_session.db(), m_session.clock());
        const QList<TimeLog> logs = m_grid->logs();
        if (m_current.id == 0)
            m_current.id = sheets.create(me, me.employee, m_current.startDate, m_current.endDate, logs);
        else
            sheets.setLogs(me, m_current.id, logs);
        m_current = sheets.get(me, m_current.id);
    } catch (const Error &e) {
        m_message->showError(e.message());
        return false;
    }
    m_undo->setClean();
    m_message->showInfo(tr("Saved %1: %2 h logged, %3 h TOIL.")
                            .arg(m_current.name(), fmt::hours(m_current.totalMinutes), fmt::hours(m_current.toilMinutes)));
    updateState();
    m_session.notifyChanged();
    return true;
}

bool TimesheetPage::send()
{
    if (!m_grid->isEditable())
        return false;
    if ((isDirty() || m_current.id == 0) && !save())
        return false;
    const Actor &me = m_session.actor();
    try {
        Timesheets sheets(m_session.db(), m_session.clock());
        sheets.send(me, m_current.id);
        m_current = sheets.get(me, m_current.id);
        const Employee approver = Directory(m_session.db(), m_session.clock()).approverOf(me.employee);
        m_grid->setEditable(false);
        m_message->showInfo(tr("%1 was sent to %2 for approval.").arg(m_current.name(), approver.name));
    } catch (const Error &e) {
        m_message->showError(e.message());
        return false;
    }
    updateState();
    m_session.notifyChanged();
    return true;
}

void TimesheetPage::discard()
{
    if (m_current.id == 0 || !m_grid->isEditable())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Discard timesheet"),
                    tr("Discard %1 and its hours? This cannot be undone.").arg(m_current.name()),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Discard)
        return;
    try {
        Timesheets(m_session.db(), m_session.clock()).cancel(m_session.actor(), m_current.id);
    } catch (const Error &e) {
        m_message->showError(e.message());
        return;
    }
    const QString name = m_current.name();
    m_undo->setClean();
    showNewWeek(m_current.startDate);
    m_message->showInfo(tr("%1 was discarded.").arg(name));
    m_session.notifyChanged();
}

void TimesheetPage::addRow()
{
    if (!m_grid->isEditable())
        return;
    m_grid->addRow();
    const QModelIndex cell = m_grid->index(m_grid->totalsRow() - 1, WeekGridModel::Activity);
    m_gridView->setCurrentIndex(cell);
    m_gridView->setFocus();
    m_gridView->edit(cell);
}

void TimesheetPage::removeSelectedRows()
{
    QList<int> rows;
    const QModelIndexList selected = m_gridView->selectionModel()->selectedIndexes();
    for (const QModelIndex &i : selected)
        rows << i.row();
    if (rows.isEmpty() && m_gridView->currentIndex().isValid())
        rows << m_gridView->currentIndex().row();
    m_grid->removeGridRows(rows);
}

void TimesheetPage::reload()
{
    loadList();
    if (m_current.id == 0)
        return;
    try {
        const Timesheet fresh = Timesheets(m_session.db(), m_session.clock()).get(m_session.actor(), m_current.id);
        const int days = int(fresh.startDate.daysTo(fresh.endDate)) + 1;
        const QList<TimeLog> stored =
            WeekGrid::logsFromRows(fresh.startDate, WeekGrid::rowsFromLogs(fresh.startDate, days, fresh.logs));
        const bool logsChanged = !sameLogs(stored, m_grid->logs());
        const bool editable = fresh.employee == m_session.actor().employee &&
                              (fresh.status == Timesheets::Draft || fresh.status == Timesheets::Rejected);
        if (isDirty() && editable) {
            m_current.status = fresh.status; // keep the unsaved edits
            updateState();
            return;
        }
        if (logsChanged || editable != m_grid->isEditable())
            showTimesheet(fresh);
        else {
            m_current = fresh;
            updateState();
        }
    } catch (const Error &e) {
        m_message->showError(e.message());
    }
}

void TimesheetPage::loadList()
{
    const int generation = ++m_listGeneration;
    const Actor me = m_session.actor();
    runInBackground<ListLoad>(
        this, m_session.databaseOpener(), m_session.sharedClock(),
        [me](Database &db, const Clock &clock) {
            ListLoad load;
            Timesheets::Filter filter;
            filter.employee = me.employee;
            load.sheets = Timesheets(db, clock).list(me, filter);
            load.perDay = Settings(db, clock).minutesPerToilDay();
            return load;
        },
        [this, generation](const ListLoad &load) {
            if (generation != m_listGeneration)
                return;
            m_perDay = load.perDay;
            m_list->setTimesheets(load.sheets, load.perDay);
            m_listView->resizeColumnsToContents();
            if (m_current.id == 0 && !isDirty())
                showNewWeek(m_newStart); // now that the latest activities are known
            updateState();
        },
        [this](const QString &message) { m_message->showError(message); });
}

} // namespace lieu::ui
