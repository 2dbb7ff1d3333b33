#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Database.h"
#include "Timesheets.h"

#include <QTemporaryDir>

#include <memory>

namespace lieu::test {

// A fresh, migrated Lieu database in a temporary folder, with a clock that stands on `today`.
// With LIEU_TEST_DB=mysql://... set, the same suite runs against that server instead (each TestDb
// empties the database first).
class TestDb
{
public:
    explicit TestDb(QDate today = QDate(2026, 1, 5));
    ~TestDb();

    Database &db() { return *m_db; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString spec() const { return m_spec; }

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
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace lieu::test
