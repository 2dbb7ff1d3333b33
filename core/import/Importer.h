#pragma once

#include "Actor.h"
#include "Timesheets.h"
#include "TrackerFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace lieu {

class Database;
class Clock;

namespace import {

// The logs of one employee's ISO week (Monday to Sunday) that an import adds.
struct WeekGroup
{
    QString employee;
    QString employeeName;
    QDate monday;
    QDate sunday;
    qint64 timesheet = 0;   // the Draft the logs join; 0: a new Draft for the week
    QList<TimeLog> logs;    // only the logs this import adds
    QList<int> lines;       // their lines in the file
    qint64 minutes = 0;
    qint64 toilMinutes = 0; // how much the import adds to the timesheet's TOIL, as the policy counts it
};

// Rows whose person matches no employee who can receive them.
struct UnmatchedPerson
{
    QString person;
    QString reason;
    int rows = 0;
    qint64 minutes = 0;
    QList<int> lines;
};

struct ImportPlan
{
    ReadResult file;
    QList<WeekGroup> weeks;          // by employee, then week
    QList<UnmatchedPerson> unmatched;
    QList<int> alreadyImported;      // lines whose rows an earlier import added
    QList<qint64> created;           // after run(): the timesheets created
    QList<qint64> extended;          // after run(): the Drafts logs were added to

    int logCount() const;
    qint64 minutes() const;
    qint64 toilMinutes() const;
};

// Imports a time tracker's export: every matched row becomes a time log in a Draft timesheet of its employee's
// week, all in one transaction. HR or the local administrator only (HR may create timesheets for anyone).
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    Importer(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // What run() would do, computed without writing anything.
    ImportPlan preview(const Actor &actor, const QByteArray &bytes, const ReadOptions &options);
    // Reads the whole file, then writes all of it or (on any error) nothing. `fileName` goes to the audit log.
    ImportPlan run(const Actor &actor, const QByteArray &bytes, const ReadOptions &options, const QString &fileName = {});

private:
    ImportPlan plan(const Actor &actor, const ReadResult &file);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace import
} // namespace lieu
