#pragma once

#include "Pages.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;

namespace lieu::ui {

class Session;

// HR's "Import & export" page: hours in from time trackers (the import dialog), and out: balances, ledger
// and timesheets as CSV or XLSX, approved TOIL leave as iCalendar per employee or team, and one employee's
// TOIL statement as PDF. The actions that write files take a path, so they run without a file dialog too.
class ImportExportPage final : public QWidget
{
    Q_OBJECT

public:
    ImportExportPage(Session &session, QWidget *parent = nullptr);

    // Each returns true and reports in the status line, or reports the error and returns false.
    bool exportTables(const QString &kind, const QString &format, const QString &path);
    bool exportCalendar(bool team, const QString &id, const QString &path);
    bool saveStatement(const QString &employee, const QString &path);

    QString statusText() const;
    QComboBox *employeeBox() const { return m_statementEmployee; }

    static PageSpec spec();

private:
    void reload();
    void openImport();
    void chooseTablesFile();
    void chooseCalendarFile();
    void chooseStatementFile();
    void report(bool ok, const QString &message);

    Session &m_session;
    QComboBox *m_kind = nullptr;
    QComboBox *m_format = nullptr;
    QRadioButton *m_forEmployee = nullptr;
    QRadioButton *m_forTeam = nullptr;
    QComboBox *m_calendarWho = nullptr;
    QComboBox *m_statementEmployee = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace lieu::ui
