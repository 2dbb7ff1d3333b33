#include "JobClaim.h"

#include "JobRunner.h"

namespace lieu {

std::optional<qint64> claimDuty(Database &db, const Clock &clock, const QString &job, QDate dueDate, const QString &runner)
{
    // The scheduler's claim is the job_claim row every other runner (lieuctl from cron, another desktop on
    // the same server) also goes through; Jobs::finishRun() ends it with the run.
    const JobClaim claim = JobRunner(db, clock, runner, kDutyLeaseMinutes * 60).claim(job, dueDate, JobRunner::Rerun::No);
    if (!claim)
        return std::nullopt;
    return claim.run;
}

} // namespace lieu
