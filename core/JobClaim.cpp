#include "JobClaim.h"

#include "Clock.h"
#include "Database.h"
#include "Jobs.h"
#include "Units.h"

namespace lieu {

std::optional<qint64> claimDuty(Database &db, const Clock &clock, const QString &job, QDate dueDate, const QString &runner)
{
    Transaction tx(db);
    const QString due = Units::isoDate(dueDate);
    const QString now = clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString staleBefore = clock.now().toUTC().addSecs(-qint64(kDutyLeaseMinutes) * 60).toString(Qt::ISODateWithMs);
    const bool done = db.scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = ? AND due_date = ? AND "
                                               "(result = 'Success' OR (result = 'Running' AND started_at >= ?))"),
                                {job, due, staleBefore})
                          .toInt() > 0;
    if (done) {
        tx.commit();
        return std::nullopt;
    }
    db.exec(QStringLiteral("UPDATE job_run SET result = 'Error', finished_at = ?, error = ? "
                           "WHERE job = ? AND due_date = ? AND result = 'Running'"),
            {now, Jobs::tr("interrupted: the runner stopped before it finished"), job, due});
    const qint64 id = Jobs(db, clock).startRun(job, dueDate, runner);
    tx.commit();
    return id;
}

} // namespace lieu
