#pragma once

#include "Actor.h"
#include "Table.h"

#include <QCoreApplication>
#include <QDate>

namespace lieu {

class Database;
class Clock;

namespace reports {

// The tables HR and payroll ask for, as the acting user may see them (HR and the system: everyone).
class Reports final
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    Reports(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Every active employee's TOIL on `on`: available, pending, expiring soon, next expiry.
    Table balances(const Actor &actor, QDate on);
    // Every ledger entry, oldest first per employee.
    Table ledger(const Actor &actor);
    // Every timesheet with its totals and TOIL.
    Table timesheets(const Actor &actor);
    // Every time log of those timesheets.
    Table timeLogs(const Actor &actor);

    // "balances", "ledger", "timesheets": the tables of one export (timesheets adds the time logs sheet).
    QList<Table> tables(const Actor &actor, const QString &kind);
    static QStringList kinds();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace reports
} // namespace lieu
