#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lieu {

class Database;
class Clock;

struct ExpiryResult
{
    int lots = 0;          // lots marked expired by this run
    qint64 minutes = 0;    // TOIL those lots lost
};

struct ReminderResult
{
    int queued = 0;        // e-mails put in the outbox
    int lots = 0;          // lots they cover for the first time
};

struct JobRun
{
    qint64 id = 0;
    QString job;
    QDate dueDate;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString result; // Running, Success, Error
    QString detail;
    QString error;
    QString runner;
};

// The two duties the seed ran from cron: expire TOIL daily, remind weekly. Both are idempotent.
class Jobs final
{
    Q_DECLARE_TR_FUNCTIONS(Jobs)

public:
    static const QString Expiry;    // "expire"
    static const QString Reminders; // "remind"

    Jobs(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Expires every lot whose last day is before today and that is not yet expired: one ledger entry
    // of -remaining (when positive), dated on the lot's last day. Catches up any number of missed days.
    ExpiryResult expire();
    // Queues one e-mail per employee with TOIL whose last day falls within the next `days` days (0: the
    // setting), listing each lot; a lot is never the reason for a second reminder.
    ReminderResult remind(int days = 0);

    // Run records (the "Background jobs" panel and doctor).
    qint64 startRun(const QString &job, QDate dueDate, const QString &runner);
    void finishRun(qint64 id, bool ok, const QString &detail, const QString &error = {});
    QList<JobRun> runs(const QString &job = {}, int limit = 100);
    std::optional<JobRun> lastSuccess(const QString &job);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
