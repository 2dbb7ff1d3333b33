#include "JobRunner.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"

#include <QSysInfo>

namespace lieu {

namespace {
QString iso(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}
} // namespace

QString JobRunner::defaultRunnerName(const QString &program)
{
    return QStringLiteral("%1@%2:%3").arg(program, QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
}

JobClaim JobRunner::claim(const QString &job, QDate dueDate, Rerun rerun)
{
    // Two runners that find the row at once can deadlock on it (the server picks one to roll back): the
    // loser claims again and then sees the winner's row.
    return m_db.retry([&] { return claimOnce(job, dueDate, rerun); });
}

JobClaim JobRunner::claimOnce(const QString &job, QDate dueDate, Rerun rerun)
{
    if (job.isEmpty() || !dueDate.isValid())
        throw Error::invalid(QStringLiteral("job"), job, tr("job: a job and a due date are needed to claim a run"));
    JobClaim c;
    c.job = job;
    c.dueDate = dueDate;
    const QDateTime now = m_clock.now();
    const QString due = dueDate.toString(Qt::ISODate);
    Transaction tx(m_db);
    // Exactly one runner can create the row; the others find it and look at who holds it.
    QSqlQuery ins = m_db.exec(m_db.insertOrIgnore() +
                                  QStringLiteral(" INTO job_claim (job, due_date, runner, state, claimed_at, heartbeat_at, attempts) "
                                                 "VALUES (?, ?, ?, 'Running', ?, ?, 1)"),
                              {job, due, m_runner, iso(now), iso(now)});
    if (ins.numRowsAffected() == 1) {
        c.claimed = true;
    } else {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT runner, state, heartbeat_at, run FROM job_claim WHERE job = ? AND due_date = ?") +
                                    m_db.forUpdate(),
                                {job, due});
        if (!q.next())
            throw Error::database(tr("The claim on %1 for %2 vanished while it was read").arg(job, due));
        c.holder = q.value(0).toString();
        c.state = q.value(1).toString();
        c.since = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        const qint64 previousRun = q.value(3).toLongLong();
        bool take = false;
        if (c.state == QLatin1String("Error"))
            take = true;
        else if (c.state == QLatin1String("Success"))
            take = rerun == Rerun::AfterSuccess;
        else // Running: only when its runner has gone silent
            take = !c.since.isValid() || c.since.secsTo(now) > m_staleSeconds;
        if (take) {
            c.claimed = true;
            c.tookOver = c.state != QLatin1String("Success");
            if (c.state == QLatin1String("Running") && previousRun)
                // The silent runner's run is closed, so the record never shows two runs at once.
                m_db.exec(QStringLiteral("UPDATE job_run SET result = 'Error', finished_at = ?, error = ? WHERE id = ? AND "
                                         "result = 'Running'"),
                          {iso(now), tr("interrupted: the runner stopped before it finished"), previousRun});
            m_db.exec(QStringLiteral("UPDATE job_claim SET runner = ?, state = 'Running', claimed_at = ?, heartbeat_at = ?, "
                                     "attempts = attempts + 1 WHERE job = ? AND due_date = ?"),
                      {m_runner, iso(now), iso(now), job, due});
        }
    }
    if (c.claimed) {
        QSqlQuery run = m_db.exec(QStringLiteral("INSERT INTO job_run (job, due_date, started_at, result, runner) "
                                                 "VALUES (?, ?, ?, 'Running', ?)"),
                                  {job, due, iso(now), m_runner});
        c.run = m_db.lastInsertId(run);
        m_db.exec(QStringLiteral("UPDATE job_claim SET run = ? WHERE job = ? AND due_date = ?"), {c.run, job, due});
    }
    tx.commit();
    return c;
}

bool JobRunner::heartbeat(const JobClaim &c)
{
    if (!c.claimed)
        return false;
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE job_claim SET heartbeat_at = ? WHERE job = ? AND due_date = ? AND run = ? "
                                           "AND state = 'Running'"),
                            {iso(m_clock.now()), c.job, c.dueDate.toString(Qt::ISODate), c.run});
    return q.numRowsAffected() == 1;
}

bool JobRunner::finish(const JobClaim &c, bool ok, const QString &detail, const QString &error)
{
    if (!c.claimed)
        throw Error::rule(tr("%1 for %2 was not claimed by this runner").arg(c.job, c.dueDate.toString(Qt::ISODate)));
    const QString now = iso(m_clock.now());
    const QString result = ok ? QStringLiteral("Success") : QStringLiteral("Error");
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE job_run SET finished_at = ?, result = ?, detail = ?, error = ? WHERE id = ?"),
              {now, result, detail, error, c.run});
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE job_claim SET state = ?, heartbeat_at = ? WHERE job = ? AND due_date = ? "
                                           "AND run = ?"),
                            {result, now, c.job, c.dueDate.toString(Qt::ISODate), c.run});
    const bool mine = q.numRowsAffected() == 1;
    tx.commit();
    return mine;
}

JobRunner::Outcome JobRunner::runOnce(const QString &job, QDate dueDate, const std::function<QString()> &work, Rerun rerun)
{
    Outcome out;
    out.claim = claim(job, dueDate, rerun);
    if (!out.claim)
        return out;
    out.ran = true;
    try {
        out.detail = work();
    } catch (const Error &e) {
        try {
            finish(out.claim, false, {}, e.message());
        } catch (const Error &) {
            // The claim stays Running and goes stale: the next runner takes it over.
        }
        throw;
    }
    finish(out.claim, true, out.detail);
    return out;
}

} // namespace lieu
