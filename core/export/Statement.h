#pragma once

#include "Actor.h"
#include "Directory.h"
#include "Leaves.h"
#include "Ledger.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace lieu {

class Database;
class Clock;

namespace reports {

// What one employee's TOIL statement shows: every lot (where it came from, what was used, what expired,
// what is left and until when), the leave that used it, and the balance. Built in core; the PDF is drawn
// by the app (Qt Gui), from this and nothing else.
struct StatementData
{
    QString organisation;
    Employee employee;
    QString supervisor; // name, or empty
    QDate on;
    QDateTime generatedAt;
    int minutesPerDay = 480;
    int expiringDays = 30;
    Balance balance;                 // on `on`
    QList<Lot> lots;                 // active lots (expired ones too), earliest expiry first
    QList<QString> lotSources;       // per lot: its timesheet's name
    QList<LeaveApplication> leaves;  // Open and Approved TOIL leave, newest first
    qint64 accruedTotal = 0;
    qint64 usedTotal = 0;
    qint64 expiredTotal = 0;
};

class Statement final
{
    Q_DECLARE_TR_FUNCTIONS(Statement)

public:
    // The actor must be allowed to see the employee.
    static StatementData build(Database &db, const Clock &clock, const Actor &actor, const QString &employeeId, QDate on);
    // The state of a lot as the statement words it: "Valid", "Expired", "Used", "Not yet valid".
    static QString lotState(const Lot &lot, QDate on);
};

} // namespace reports
} // namespace lieu
