#pragma once

#include "Harness.h"

#include "Actor.h"
#include "Clock.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace lieu {
class Database;
}

namespace lieu::bench {

struct Facts
{
    QDate today;
    qint64 employees = 0, timesheets = 0, timeLogs = 0, lots = 0, ledgerEntries = 0, applications = 0, auditEntries = 0;
    QString storeVersion; // "SQLite 3.40.1" or the server's VERSION()
};

// The operations the issue names, each with its fixtures chosen before anything is timed, and the rows
// of the table that compare them.
class Operations
{
public:
    Operations(Database &db, QString dbPath, QString appPath)
        : m_db(db), m_dbPath(std::move(dbPath)), m_appPath(std::move(appPath))
    {
    }
    Facts prepare();
    void registerAll();
    QList<Row> rows() const;

private:
    // A hand-written comparison: registered on SQLite only (its statements are SQLite's).
    void addSql(const QString &name, int iterations, std::function<double(int)> body);
    Actor actorOf(const QString &employee) const;
    void balance();
    void leaveCheck();
    void review();
    void charts();
    void approveTimesheet();
    void leave();
    void import();
    void expiry();
    void coldStart();

    Database &m_db;
    QString m_dbPath;
    QString m_appPath;
    QDate m_today;
    FixedClock m_clock{QDate(2000, 1, 1), QTime(12, 0)};
    QStringList m_employees;            // everybody but the top, by id
    QHash<QString, QString> m_boss;     // employee -> supervisor
    QHash<QString, Actor> m_actors;     // employee -> acting user
    QStringList m_sample;               // employees whose balance is asked, spread over the organisation
    QList<Row> m_rows;
    std::shared_ptr<qint64> m_startRss; // the app's largest resident set, KiB
};

} // namespace lieu::bench
