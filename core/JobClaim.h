#pragma once

#include "JobRunner.h"

#include <QDate>
#include <QString>

#include <optional>

namespace lieu {

class Database;
class Clock;

// The one place where a runner (an open app's scheduler, cron's lieuctl) claims a background duty for a
// due date, so that one runner does it and nobody does it twice. The claim is granted when no run of
// `job` for `dueDate` has succeeded and none is still Running; a Running claim silent for longer than
// kDutyLeaseMinutes (the same as lieuctl's) is taken to have died and its run is closed as an Error.
// On success a job_run row is started (result Running) and its id returned: the caller closes it with
// Jobs::finishRun().
//
// It is JobRunner's claim (one job_claim row per job and due date) with the scheduler's lease, so the
// desktops' schedulers and lieuctl run from cron never do the same duty for the same date twice.
constexpr int kDutyLeaseMinutes = JobRunner::DefaultStaleSeconds / 60;
std::optional<qint64> claimDuty(Database &db, const Clock &clock, const QString &job, QDate dueDate, const QString &runner);

} // namespace lieu
