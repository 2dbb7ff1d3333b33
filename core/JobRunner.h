#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

namespace lieu {

class Database;
class Clock;

// A runner's hold on one background job for one due date (the job_claim row).
struct JobClaim
{
    QString job;
    QDate dueDate;
    bool claimed = false; // true: this runner does the work now, then calls finish()
    qint64 run = 0;       // the job_run row of this attempt (when claimed)
    bool tookOver = false; // claimed from a runner that went silent (crashed) or had failed
    // When not claimed: who holds or did it, in what state (Running, Success) and since when.
    QString holder;
    QString state;
    QDateTime since;
    explicit operator bool() const { return claimed; }
};

// One runner for the background jobs, however many desktops, cron jobs or command lines try: a job runs
// once per due date in total. The claim is a row whose primary key is (job, due date), so exactly one
// runner can create it; on a shared server that holds across every client (and across a cluster's
// nodes). A claim left Running longer than the stale timeout without a heartbeat belongs to a runner
// that died, and the next runner takes it over; a claim that ended in Error is retried by the next one.
//
//   JobRunner runner(db, clock, JobRunner::defaultRunnerName(QStringLiteral("lieu")));
//   if (JobClaim c = runner.claim(Jobs::Expiry, today)) {
//       ... the work, in its own transactions, calling runner.heartbeat(c) now and then ...
//       runner.finish(c, true, detail);
//   }
// or simply runner.runOnce(Jobs::Expiry, today, [&] { ...; return detail; }).
class JobRunner final
{
    Q_DECLARE_TR_FUNCTIONS(JobRunner)

public:
    static constexpr int DefaultStaleSeconds = 30 * 60;

    JobRunner(Database &db, const Clock &clock, QString runner, int staleSeconds = DefaultStaleSeconds)
        : m_db(db), m_clock(clock), m_runner(std::move(runner)), m_staleSeconds(staleSeconds)
    {
    }

    // "program@host:pid": names this process in job runs and claims.
    static QString defaultRunnerName(const QString &program);
    QString runner() const { return m_runner; }

    enum class Rerun {
        No,           // the scheduler: once per due date
        AfterSuccess, // an explicit command: run again even if done, but never beside a live runner
    };
    // Claims (job, dueDate). Not claimed: another runner holds a live claim, or (Rerun::No) the job
    // already succeeded for that date; the claim says who and since when.
    JobClaim claim(const QString &job, QDate dueDate, Rerun rerun = Rerun::No);
    // Keeps a long run's claim fresh. False when another runner has taken it over.
    bool heartbeat(const JobClaim &claim);
    // Records the run's result on the claim and its job_run row. False when another runner had taken the
    // claim over meanwhile (the run is still recorded).
    bool finish(const JobClaim &claim, bool ok, const QString &detail, const QString &error = {});

    struct Outcome
    {
        JobClaim claim;
        bool ran = false;
        QString detail;
    };
    // Claims, runs `work` (which returns the run's detail line) and records the result. When `work`
    // throws, the run is recorded as an Error and the exception passes on.
    Outcome runOnce(const QString &job, QDate dueDate, const std::function<QString()> &work, Rerun rerun = Rerun::No);

private:
    JobClaim claimOnce(const QString &job, QDate dueDate, Rerun rerun);

    Database &m_db;
    const Clock &m_clock;
    QString m_runner;
    int m_staleSeconds;
};

} // namespace lieu
