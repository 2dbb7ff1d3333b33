#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Database.h"
#include "Timesheets.h"

#include <QTemporaryDir>

#include <memory>

namespace lieu::test {

// A fresh, migrated Lieu database in a temporary folder, with a clock that stands on `today`.
// With LIEU_TEST_DB=mysql://user@host:port/base set (password in LIEU_DB_PASSWORD), the same suite runs
// against that server instead: each TestDb creates a database of its own there (base_PID_N) and drops
// it at the end. Automatic backups go to the temporary folder.
class TestDb
{
public:
    explicit TestDb(QDate today = QDate(2026, 1, 5));
    ~TestDb();

    Database &db() { return *m_db; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString spec() const { return m_spec; }
    bool onServer() const { return !m_serverDatabase.isEmpty(); }
    // The same database as the desktop application's account (LIEU_TEST_APP_USER, password in
    // LIEU_TEST_APP_PASSWORD) after granting it exactly what db/mysql/grants.sql lists; on SQLite, spec().
    QString appSpec();
    QString appPassword() const { return qEnvironmentVariable("LIEU_TEST_APP_PASSWORD"); }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    // A spec of a brand-new, empty store of the same kind (a file here, or a new database on the server,
    // dropped with this TestDb), e.g. to restore into.
    QString emptyStore(const QString &label);

    // The standard cast: EMP-HR (login hr, HR), EMP-SUP (login sup, supervisor of EMP-A and EMP-B),
    // EMP-OTHER (login other, supervises EMP-C), EMP-A (login a), EMP-B (login b), EMP-C (login c).
    void addStandardPeople();
    Actor actor(const QString &login);

    // A Draft timesheet for `employee` over start..end, created by the employee.
    qint64 timesheet(const QString &employee, QDate start, QDate end, const QList<TimeLog> &logs);
    // Creates, sends and has the supervisor approve a timesheet with `minutes` of non-billable logs
    // spread over the period's last days; returns the lot id.
    qint64 accrue(const QString &employee, QDate start, QDate end, qint64 minutes);

    static TimeLog log(QDate d, qint64 minutes, bool billable, const QString &activity = QStringLiteral("Work"));

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_spec;
    QString m_serverDatabase;
    QStringList m_extraDatabases;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace lieu::test
