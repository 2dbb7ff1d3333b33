#pragma once

#include "Accrual.h"
#include "Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lieu {

class Database;
class Clock;

struct TimeLog
{
    qint64 id = 0;
    QDate date;
    qint64 minutes = 0;
    bool billable = false;
    QString activity;
    QString description;
    QString sourceKey; // set by imports: the same source row is never added twice
};

struct Timesheet
{
    qint64 id = 0;
    QString employee;
    QString employeeName;
    QDate startDate;
    QDate endDate;
    QString status;
    int docstatus = 0;
    qint64 totalMinutes = 0;
    qint64 toilMinutes = 0; // the seed's total_toil_hours, in minutes
    QString toilStatus;
    QString details; // toil_calculation_details
    qint64 allocation = 0;
    QString rejectionReason;
    QString approvedBy;
    QDateTime modifiedAt;
    QList<TimeLog> logs;
    QString name() const;
};

// Timesheets and their state machine: Draft -> Awaiting Approval -> Approved (or Rejected -> resent),
// Cancelled. Approval by the immediate supervisor creates the TOIL lot in the same transaction.
class Timesheets final
{
    Q_DECLARE_TR_FUNCTIONS(Timesheets)

public:
    static const QString Draft;
    static const QString AwaitingApproval;
    static const QString Rejected;
    static const QString Approved;
    static const QString Cancelled;

    Timesheets(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    qint64 create(const Actor &actor, const QString &employee, QDate start, QDate end, const QList<TimeLog> &logs);
    // Replaces every log of a Draft or Rejected timesheet (the editor saves the whole grid).
    void setLogs(const Actor &actor, qint64 id, const QList<TimeLog> &logs);
    // Adds logs to a Draft (imports); logs whose source key is already stored are skipped. Returns how many
    // were added.
    int addLogs(const Actor &actor, qint64 id, const QList<TimeLog> &logs);
    void send(const Actor &actor, qint64 id);
    void approve(const Actor &actor, qint64 id);
    void reject(const Actor &actor, qint64 id, const QString &reason);
    // Approved: HR or the approver cancels, reversing the lot. Draft or Rejected: the employee discards it.
    void cancel(const Actor &actor, qint64 id);

    Timesheet get(const Actor &actor, qint64 id);

    struct Filter
    {
        QString employee;      // one employee, or empty for all the actor may see
        QStringList statuses;  // empty: any
        bool directReportsOf = false; // only the actor's direct reports
        bool withLogs = false;
        int limit = 500;
    };
    QList<Timesheet> list(const Actor &actor, const Filter &filter);
    // The review window's list: the actor's direct reports' timesheets Awaiting Approval, with logs.
    QList<Timesheet> awaitingApproval(const Actor &actor);

    // The live figure the editor shows, as the organisation's policy counts it.
    AccrualResult calculate(const QString &employee, const QList<TimeLog> &logs);
    // Leave applications (Open or Approved) that draw on the timesheet's lot.
    QStringList consumers(qint64 allocation);

private:
    Timesheet load(qint64 id, bool withLogs);
    void validateLogs(const QString &employee, QDate start, QDate end, const QList<TimeLog> &logs, qint64 excludeTimesheet);
    void writeLogs(qint64 id, const QString &employee, const QList<TimeLog> &logs);
    void recompute(qint64 id, const QString &employee);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
