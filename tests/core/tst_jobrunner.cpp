// One runner for the background jobs: a claim per (job, due date), taken over when its runner went
// silent, retried after an error, raced for by several connections at once.
#include "Database.h"
#include "Error.h"
#include "JobRunner.h"
#include "Jobs.h"
#include "TestDb.h"

#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace lieu;
using lieu::test::TestDb;

namespace {
const QDate kDay(2026, 1, 5);

int runs(TestDb &t, const QString &job, QDate due)
{
    return t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = ? AND due_date = ?"), {job, due.toString(Qt::ISODate)}).toInt();
}
} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRunnerPerDueDate()
    {
        TestDb t(kDay);
        JobRunner a(t.db(), t.clock(), QStringLiteral("desk-a"), 600);
        JobRunner b(t.db(), t.clock(), QStringLiteral("desk-b"), 600);
        const JobClaim first = a.claim(Jobs::Expiry, kDay);
        QVERIFY(first.claimed);
        QVERIFY(first.run > 0);
        const JobClaim second = b.claim(Jobs::Expiry, kDay);
        QVERIFY(!second.claimed);
        QCOMPARE(second.holder, QStringLiteral("desk-a"));
        QCOMPARE(second.state, QStringLiteral("Running"));
        QCOMPARE(second.since, t.clock().now());
        // Another job, or another day, is another claim.
        QVERIFY(b.claim(Jobs::Reminders, kDay).claimed);
        QVERIFY(b.claim(Jobs::Expiry, kDay.addDays(1)).claimed);

        QVERIFY(a.finish(first, true, QStringLiteral("3 lots expired")));
        const JobClaim late = b.claim(Jobs::Expiry, kDay);
        QVERIFY(!late.claimed);
        QCOMPARE(late.state, QStringLiteral("Success"));
        QCOMPARE(late.holder, QStringLiteral("desk-a"));
        QCOMPARE(runs(t, Jobs::Expiry, kDay), 1);
        const JobRun run = Jobs(t.db(), t.clock()).runs(Jobs::Expiry).constLast();
        QCOMPARE(run.result, QStringLiteral("Success"));
        QCOMPARE(run.runner, QStringLiteral("desk-a"));
        QCOMPARE(run.detail, QStringLiteral("3 lots expired"));

        // An explicit command may run it again, but only then.
        const JobClaim again = b.claim(Jobs::Expiry, kDay, JobRunner::Rerun::AfterSuccess);
        QVERIFY(again.claimed);
        QVERIFY(!again.tookOver);
        QVERIFY(!a.claim(Jobs::Expiry, kDay, JobRunner::Rerun::AfterSuccess).claimed); // b is running it now
        QVERIFY(b.finish(again, true, {}));
        QCOMPARE(runs(t, Jobs::Expiry, kDay), 2);
    }

    void aCrashedRunnerDoesNotBlockTheNext()
    {
        TestDb t(kDay);
        JobRunner crashed(t.db(), t.clock(), QStringLiteral("desk-a"), 600);
        JobRunner next(t.db(), t.clock(), QStringLiteral("desk-b"), 600);
        const JobClaim lost = crashed.claim(Jobs::Reminders, kDay);
        QVERIFY(lost.claimed);
        // desk-a dies here, its claim left Running.
        t.clock().advanceSecs(599);
        QVERIFY(!next.claim(Jobs::Reminders, kDay).claimed);
        // A heartbeat keeps a claim alive.
        QVERIFY(crashed.heartbeat(lost));
        t.clock().advanceSecs(599);
        QVERIFY(!next.claim(Jobs::Reminders, kDay).claimed);
        t.clock().advanceSecs(2);
        const JobClaim taken = next.claim(Jobs::Reminders, kDay);
        QVERIFY(taken.claimed);
        QVERIFY(taken.tookOver);
        QCOMPARE(taken.holder, QStringLiteral("desk-a"));
        // The crashed runner, should it wake up, learns it no longer holds the claim.
        QVERIFY(!crashed.heartbeat(lost));
        QVERIFY(!crashed.finish(lost, true, {}));
        QVERIFY(next.finish(taken, true, QStringLiteral("2 reminders")));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT attempts FROM job_claim WHERE job = ? AND due_date = ?"),
                               {Jobs::Reminders, QStringLiteral("2026-01-05")}).toInt(), 2);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT state FROM job_claim WHERE job = ? AND due_date = ?"),
                               {Jobs::Reminders, QStringLiteral("2026-01-05")}).toString(), QStringLiteral("Success"));
    }

    void aFailedRunIsRetriedByTheNextRunner()
    {
        TestDb t(kDay);
        JobRunner a(t.db(), t.clock(), QStringLiteral("desk-a"));
        JobRunner b(t.db(), t.clock(), QStringLiteral("desk-b"));
        QVERIFY_THROWS_EXCEPTION(Error, a.runOnce(Jobs::Expiry, kDay, []() -> QString { throw Error::rule(QStringLiteral("disk full")); }));
        const JobRun failed = Jobs(t.db(), t.clock()).runs(Jobs::Expiry).constFirst();
        QCOMPARE(failed.result, QStringLiteral("Error"));
        QCOMPARE(failed.error, QStringLiteral("disk full"));
        int calls = 0;
        const JobRunner::Outcome o = b.runOnce(Jobs::Expiry, kDay, [&] {
            ++calls;
            return QStringLiteral("done");
        });
        QVERIFY(o.ran);
        QVERIFY(o.claim.tookOver);
        QCOMPARE(calls, 1);
        QVERIFY(!a.runOnce(Jobs::Expiry, kDay, [&] {
                      ++calls;
                      return QString();
                  }).ran);
        QCOMPARE(calls, 1);
        QCOMPARE(runs(t, Jobs::Expiry, kDay), 2);
    }

    void jobsFinishRunEndsTheClaim()
    {
        // A caller that records its run through Jobs::finishRun ends the claim the same way.
        TestDb t(kDay);
        JobRunner a(t.db(), t.clock(), QStringLiteral("desk-a"));
        const JobClaim c = a.claim(Jobs::Expiry, kDay);
        Jobs(t.db(), t.clock()).finishRun(c.run, true, QStringLiteral("0 lots"));
        const JobClaim later = JobRunner(t.db(), t.clock(), QStringLiteral("desk-b")).claim(Jobs::Expiry, kDay);
        QVERIFY(!later.claimed);
        QCOMPARE(later.state, QStringLiteral("Success"));
    }

    void manyConnectionsRaceForOneClaim()
    {
        TestDb t(kDay);
        constexpr int kRunners = 12;
        for (int round = 0; round < 3; ++round) {
            const QDate due = kDay.addDays(round);
            std::atomic<int> claimed{0}, failed{0};
            std::atomic<int> ready{0};
            std::vector<std::thread> threads;
            for (int i = 0; i < kRunners; ++i) {
                threads.emplace_back([&, i] {
                    try {
                        auto db = t.db().openAnother();
                        FixedClock clock(kDay);
                        JobRunner r(*db, clock, QStringLiteral("runner-%1").arg(i));
                        ++ready;
                        while (ready.load() < kRunners)
                            std::this_thread::yield();
                        if (db->retry([&] { return r.claim(Jobs::Expiry, due); }).claimed)
                            ++claimed;
                    } catch (const Error &e) {
                        qWarning("runner %d: %s", i, e.what());
                        ++failed;
                    }
                });
            }
            for (auto &th : threads)
                th.join();
            QCOMPARE(failed.load(), 0);
            QCOMPARE(claimed.load(), 1);
            QCOMPARE(runs(t, Jobs::Expiry, due), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
