#include "ImportExportPage.h"

#include "Calendar.h"
#include "Directory.h"
#include "Error.h"
#include "ImportDialog.h"
#include "Reports.h"
#include "Session.h"
#include "Statement.h"
#include "StatementPdf.h"
#include "Table.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lieu::ui {

PageSpec ImportExportPage::spec()
{
    PageSpec s;
    s.id = u"hr.import-export"_s;
    s.title = tr("Import & export");
    s.icon = QIcon::fromTheme(u"document-import"_s);
    s.hr = true;
    s.create = [](Session &session, QWidget *parent) { return new ImportExportPage(session, parent); };
    return s;
}

ImportExportPage::ImportExportPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *title = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Import & export")), this);

    // Import.
    auto *importBox = new QGroupBox(tr("Hours from a time tracker"), this);
    auto *importText = new QLabel(tr("Detailed CSV exports from Toggl Track, Clockify, Kimai and Harvest, or a CSV with the "
                                     "columns date, hours, billable, activity, description and email. Employees are "
                                     "matched by e-mail (Harvest: by name); hours become Draft timesheets per week, and "
                                     "hours that are not billable are TOIL. You see everything before it is written."),
                                  importBox);
    importText->setWordWrap(true);
    auto *importButton = new QPushButton(tr("Import a file…"), importBox);
    connect(importButton, &QPushButton::clicked, this, &ImportExportPage::openImport);
    auto *importLayout = new QVBoxLayout(importBox);
    importLayout->addWidget(importText);
    importLayout->addWidget(importButton, 0, Qt::AlignLeft);

    // Tables.
    auto *tablesBox = new QGroupBox(tr("Tables for HR and payroll"), this);
    m_kind = new QComboBox(tablesBox);
    m_kind->addItem(tr("TOIL balances (today)"), u"balances"_s);
    m_kind->addItem(tr("TOIL ledger"), u"ledger"_s);
    m_kind->addItem(tr("Timesheets (XLSX: with their time logs)"), u"timesheets"_s);
    m_kind->addItem(tr("Time logs"), u"logs"_s);
    m_format = new QComboBox(tablesBox);
    m_format->addItem(tr("Excel workbook (.xlsx)"), u"xlsx"_s);
    m_format->addItem(tr("CSV (.csv)"), u"csv"_s);
    auto *tablesButton = new QPushButton(tr("Export…"), tablesBox);
    connect(tablesButton, &QPushButton::clicked, this, &ImportExportPage::chooseTablesFile);
    auto *tablesLayout = new QHBoxLayout(tablesBox);
    tablesLayout->addWidget(m_kind, 2);
    tablesLayout->addWidget(m_format, 1);
    tablesLayout->addWidget(tablesButton);

    // Calendar.
    auto *calendarBox = new QGroupBox(tr("Approved TOIL leave as a calendar (iCalendar .ics)"), this);
    m_forEmployee = new QRadioButton(tr("One employee"), calendarBox);
    m_forTeam = new QRadioButton(tr("A supervisor's team"), calendarBox);
    m_forEmployee->setChecked(true);
    m_calendarWho = new QComboBox(calendarBox);
    connect(m_forEmployee, &QRadioButton::toggled, this, &ImportExportPage::reload);
    auto *calendarButton = new QPushButton(tr("Export calendar…"), calendarBox);
    connect(calendarButton, &QPushButton::clicked, this, &ImportExportPage::chooseCalendarFile);
    auto *calendarLayout = new QHBoxLayout(calendarBox);
    calendarLayout->addWidget(m_forEmployee);
    calendarLayout->addWidget(m_forTeam);
    calendarLayout->addWidget(m_calendarWho, 1);
    calendarLayout->addWidget(calendarButton);

    // Statement.
    auto *statementBox = new QGroupBox(tr("TOIL statement (one page, PDF)"), this);
    m_statementEmployee = new QComboBox(statementBox);
    auto *statementButton = new QPushButton(tr("Save statement…"), statementBox);
    connect(statementButton, &QPushButton::clicked, this, &ImportExportPage::chooseStatementFile);
    auto *statementLayout = new QHBoxLayout(statementBox);
    statementLayout->addWidget(new QLabel(tr("Employee:"), statementBox));
    statementLayout->addWidget(m_statementEmployee, 1);
    statementLayout->addWidget(statementButton);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(importBox);
    layout->addWidget(tablesBox);
    layout->addWidget(calendarBox);
    layout->addWidget(statementBox);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(&m_session, &Session::dataChanged, this, &ImportExportPage::reload);
    reload();
}

void ImportExportPage::reload()
{
    Directory dir(m_session.db(), m_session.clock());
    const QList<Employee> people = dir.list(m_session.actor(), false);
    auto fill = [](QComboBox *box, const QList<Employee> &list) {
        const QString keep = box->currentData().toString();
        box->clear();
        for (const Employee &e : list)
            box->addItem(u"%1 (%2)"_s.arg(e.name, e.id), e.id);
        const int i = box->findData(keep);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    fill(m_statementEmployee, people);
    if (m_forEmployee->isChecked()) {
        fill(m_calendarWho, people);
    } else {
        QList<Employee> supervisors;
        for (const Employee &e : people)
            if (!dir.directReports(e.id).isEmpty())
                supervisors << e;
        fill(m_calendarWho, supervisors);
    }
}

void ImportExportPage::openImport()
{
    ImportDialog dialog(m_session, this);
    dialog.exec();
}

void ImportExportPage::report(bool ok, const QString &message)
{
    m_status->setStyleSheet(ok ? u"QLabel { color: #1e5e2a; }"_s : u"QLabel { color: #a40000; }"_s);
    m_status->setText(message);
}

QString ImportExportPage::statusText() const
{
    return m_status->text();
}

bool ImportExportPage::exportTables(const QString &kind, const QString &format, const QString &path)
{
    try {
        reports::Reports r(m_session.db(), m_session.clock());
        const QList<reports::Table> tables = kind == u"logs"_s ? QList<reports::Table>{r.timeLogs(m_session.actor())}
                                                               : r.tables(m_session.actor(), kind);
        if (format == u"csv"_s)
            reports::writeFile(path, reports::toCsv(tables.first()));
        else
            reports::writeXlsx(tables, path);
        report(true, tr("Saved %n row(s) to %1", nullptr, int(tables.first().rows.size())).arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const Error &e) {
        report(false, e.message());
        return false;
    }
}

bool ImportExportPage::exportCalendar(bool team, const QString &id, const QString &path)
{
    try {
        reports::Calendar cal(m_session.db(), m_session.clock());
        const QByteArray ics = team ? cal.team(m_session.actor(), id) : cal.employee(m_session.actor(), id);
        reports::writeFile(path, ics);
        report(true, tr("Saved %n leave event(s) to %1", nullptr, int(ics.count("BEGIN:VEVENT"))).arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const Error &e) {
        report(false, e.message());
        return false;
    }
}

bool ImportExportPage::saveStatement(const QString &employee, const QString &path)
{
    try {
        const auto statement = reports::Statement::build(m_session.db(), m_session.clock(), m_session.actor(), employee,
                                                    m_session.clock().today());
        StatementPdf::write(statement, path);
        report(true, tr("Saved the TOIL statement of %1 to %2").arg(statement.employee.name, QDir::toNativeSeparators(path)));
        return true;
    } catch (const Error &e) {
        report(false, e.message());
        return false;
    }
}

void ImportExportPage::chooseTablesFile()
{
    const QString kind = m_kind->currentData().toString();
    const QString format = m_format->currentData().toString();
    const QString suggested = u"lieu-%1-%2.%3"_s.arg(kind, m_session.clock().today().toString(Qt::ISODate), format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested,
                                                      format == u"csv"_s ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportTables(kind, format, path);
}

void ImportExportPage::chooseCalendarFile()
{
    const QString id = m_calendarWho->currentData().toString();
    if (id.isEmpty())
        return;
    const bool team = m_forTeam->isChecked();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export calendar"),
                                                      u"toil-%1%2.ics"_s.arg(team ? u"team-"_s : QString(), id),
                                                      tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportCalendar(team, id, path);
}

void ImportExportPage::chooseStatementFile()
{
    const QString id = m_statementEmployee->currentData().toString();
    if (id.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save TOIL statement"), u"toil-statement-%1-%2.pdf"_s.arg(id, m_session.clock().today().toString(Qt::ISODate)),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveStatement(id, path);
}

} // namespace lieu::ui
