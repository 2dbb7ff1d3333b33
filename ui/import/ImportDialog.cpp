#include "ImportDialog.h"

#include "Error.h"
#include "Names.h"
#include "Session.h"
#include "Units.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lieu::ui {

namespace {

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setTextAlignment(align);
    return i;
}

const Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

QString lines(const QList<int> &list)
{
    QStringList parts;
    for (int i = 0; i < list.size() && i < 8; ++i)
        parts << QString::number(list.at(i));
    if (list.size() > 8)
        parts << u"…"_s;
    return parts.join(u", "_s);
}

} // namespace

ImportDialog::ImportDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import hours from a time tracker"));
    resize(900, 620);

    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV export from Toggl Track, Clockify, Kimai, Harvest, or the generic layout"));
    auto *choose = new QPushButton(tr("Choose file…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_layout = new QComboBox(this);
    for (import::Layout l : {import::Layout::Auto, import::Layout::Toggl, import::Layout::Clockify, import::Layout::Kimai,
                             import::Layout::Harvest, import::Layout::Generic})
        m_layout->addItem(import::layoutTitle(l), int(l));
    m_dates = new QComboBox(this);
    m_dates->addItem(tr("Detect from the file"), int(import::DateOrder::Detect));
    m_dates->addItem(tr("Day first (31/12/2026)"), int(import::DateOrder::DayFirst));
    m_dates->addItem(tr("Month first (12/31/2026)"), int(import::DateOrder::MonthFirst));
    m_dates->addItem(tr("Year first only (2026-12-31)"), int(import::DateOrder::YearFirst));
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] { previewFile(); });
    connect(m_dates, &QComboBox::currentIndexChanged, this, [this] { previewFile(); });

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Layout:"), m_layout);
    form->addRow(tr("Dates:"), m_dates);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { color: #a40000; background: #fdecea; border: 1px solid #f5c2bd; padding: 6px; }"_s);
    m_error->hide();

    m_weeks = new QTableWidget(0, 7, this);
    m_weeks->setHorizontalHeaderLabels({tr("Employee"), tr("Name"), tr("Week"), tr("Timesheet"), tr("Logs"), tr("Hours"),
                                        tr("TOIL hours")});
    m_weeks->verticalHeader()->hide();
    m_weeks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_weeks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weeks->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_unmatchedTitle = new QLabel(tr("<b>Not matched</b> (these rows are not imported: add the people, then import the "
                                     "file again; rows already imported are skipped)"),
                                  this);
    m_unmatchedTitle->setWordWrap(true);
    m_unmatched = new QTableWidget(0, 4, this);
    m_unmatched->setHorizontalHeaderLabels({tr("Person in the file"), tr("Rows"), tr("Hours"), tr("Why")});
    m_unmatched->verticalHeader()->hide();
    m_unmatched->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_unmatched->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unmatched->setMaximumHeight(140);
    m_unmatchedTitle->hide();
    m_unmatched->hide();

    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, [this] { importFile(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_weeks, 1);
    layout->addWidget(m_unmatchedTitle);
    layout->addWidget(m_unmatched);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a time tracker export"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_done = false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_bytes.clear();
        m_plan.reset();
        showError(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    m_bytes = f.readAll();
    previewFile();
}

void ImportDialog::setLayoutChoice(import::Layout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
}

void ImportDialog::setDateOrder(import::DateOrder order)
{
    m_dates->setCurrentIndex(m_dates->findData(int(order)));
}

import::ReadOptions ImportDialog::options() const
{
    return {import::Layout(m_layout->currentData().toInt()), import::DateOrder(m_dates->currentData().toInt())};
}

bool ImportDialog::previewFile()
{
    if (m_path.isEmpty() || m_done)
        return false;
    try {
        m_plan = import::Importer(m_session.db(), m_session.clock()).preview(m_session.actor(), m_bytes, options());
        showPlan(*m_plan, false);
        return true;
    } catch (const Error &e) {
        m_plan.reset();
        showError(e.message());
        return false;
    }
}

bool ImportDialog::importFile()
{
    if (!m_plan || m_done)
        return false;
    try {
        m_plan = import::Importer(m_session.db(), m_session.clock())
                     .run(m_session.actor(), m_bytes, options(), QFileInfo(m_path).fileName());
        m_done = true;
        showPlan(*m_plan, true);
        m_session.notifyChanged();
        return true;
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
}

QString ImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

void ImportDialog::showError(const QString &message)
{
    m_error->setText(tr("Nothing can be imported from this file: %1").arg(message));
    m_error->show();
    m_summary->clear();
    m_weeks->setRowCount(0);
    m_unmatched->setRowCount(0);
    m_unmatched->hide();
    m_unmatchedTitle->hide();
    m_notes->clear();
    m_import->setEnabled(false);
}

void ImportDialog::showPlan(const import::ImportPlan &plan, bool imported)
{
    m_error->hide();
    m_error->clear();
    const QString separator = plan.file.separator == u'\t' ? tr("tab") : u"“%1”"_s.arg(plan.file.separator);
    m_summary->setText(tr("<b>%1</b>: %2 row(s), %3, separator %4, dates %5.")
                           .arg(import::layoutTitle(plan.file.layout).toHtmlEscaped())
                           .arg(plan.file.records)
                           .arg(plan.file.encoding, separator, import::dateOrderName(plan.file.dateOrder)));

    // Timesheets for the new Drafts, once created, in the order of the weeks without one.
    int created = 0;
    m_weeks->setRowCount(int(plan.weeks.size()) + (plan.weeks.isEmpty() ? 0 : 1));
    for (int r = 0; r < plan.weeks.size(); ++r) {
        const import::WeekGroup &w = plan.weeks.at(r);
        QString target;
        if (w.timesheet)
            target = tr("add to %1").arg(Names::format(DocKind::Timesheet, w.timesheet));
        else if (imported)
            target = tr("new %1").arg(Names::format(DocKind::Timesheet, plan.created.value(created++)));
        else
            target = tr("new Draft");
        m_weeks->setItem(r, 0, item(w.employee));
        m_weeks->setItem(r, 1, item(w.employeeName));
        m_weeks->setItem(r, 2, item(tr("%1 to %2").arg(Units::isoDate(w.monday), Units::isoDate(w.sunday))));
        m_weeks->setItem(r, 3, item(target));
        m_weeks->setItem(r, 4, item(QString::number(w.logs.size()), kRight));
        m_weeks->setItem(r, 5, item(Units::formatHours(w.minutes), kRight));
        m_weeks->setItem(r, 6, item(Units::formatHours(w.toilMinutes), kRight));
    }
    if (!plan.weeks.isEmpty()) {
        const int r = int(plan.weeks.size());
        QFont bold = m_weeks->font();
        bold.setBold(true);
        m_weeks->setItem(r, 0, item(tr("Total")));
        m_weeks->setItem(r, 1, item(QString()));
        m_weeks->setItem(r, 2, item(QString()));
        m_weeks->setItem(r, 3, item(QString()));
        m_weeks->setItem(r, 4, item(QString::number(plan.logCount()), kRight));
        m_weeks->setItem(r, 5, item(Units::formatHours(plan.minutes()), kRight));
        m_weeks->setItem(r, 6, item(Units::formatHours(plan.toilMinutes()), kRight));
        for (int c = 0; c < m_weeks->columnCount(); ++c)
            m_weeks->item(r, c)->setFont(bold);
    }
    m_weeks->resizeColumnsToContents();
    m_weeks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_unmatched->setRowCount(int(plan.unmatched.size()));
    for (int r = 0; r < plan.unmatched.size(); ++r) {
        const import::UnmatchedPerson &u = plan.unmatched.at(r);
        m_unmatched->setItem(r, 0, item(u.person));
        m_unmatched->setItem(r, 1, item(QString::number(u.rows), kRight));
        m_unmatched->setItem(r, 2, item(Units::formatHours(u.minutes), kRight));
        m_unmatched->setItem(r, 3, item(tr("%1 (line(s) %2)").arg(u.reason, lines(u.lines))));
    }
    m_unmatched->resizeColumnsToContents();
    m_unmatched->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_unmatched->setVisible(!plan.unmatched.isEmpty());
    m_unmatchedTitle->setVisible(!plan.unmatched.isEmpty());

    QStringList notes;
    if (!plan.alreadyImported.isEmpty())
        notes << tr("%n row(s) were imported before and are skipped (lines %1).", nullptr, int(plan.alreadyImported.size()))
                     .arg(lines(plan.alreadyImported));
    if (!plan.file.zeroLines.isEmpty())
        notes << tr("%n row(s) of zero duration are skipped (lines %1).", nullptr, int(plan.file.zeroLines.size()))
                     .arg(lines(plan.file.zeroLines));
    if (imported)
        notes << tr("<b>Imported</b> %n log(s) into Draft timesheets; the employees send them for approval as usual.",
                    nullptr, plan.logCount());
    else if (plan.weeks.isEmpty())
        notes << tr("There is nothing new to import from this file.");
    else
        notes << tr("Nothing has been written yet. <b>Import</b> adds %n log(s) as Draft timesheets, all or nothing.",
                    nullptr, plan.logCount());
    m_notes->setText(notes.join(u"<br>"_s));
    m_import->setEnabled(!imported && !plan.weeks.isEmpty());
}

} // namespace lieu::ui
