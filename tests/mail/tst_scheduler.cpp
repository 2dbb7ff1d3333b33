// The background runner with the clock moved across days and weeks (no real waiting): lots expire on
// the right dates, each employee gets exactly one reminder per window at a real SMTP server, missed
// days are caught up in one run, and two runners on one database never do a duty twice.
#include "Database.h"
#include "JobClaim.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "OutboxSender.h"
#include "Scheduler.h"
#include "Settings.h"
#include "SmtpTestServer.h"
#include "TestDb.h"

#include <QThread>
#include <QtTest>

using namespace lieu;
using lieu::test::SmtpTestServer;
using lieu::test::TestDb;

namespace {

std::shared_ptr<const Clock> borrow(const Clock &clock)
{
    return {&clock, [](const Clock *) {}};
}

QDateTime utc(QDate d, int hour)
{
    return QDateTime(d, QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueDates()
    {
        DutySchedule s; // 02:00 daily, Monday 09:00
        // Thursday 2026-01-01.
        QCOMPARE(s.expiryDue(QDateTime(QDate(2026, 1, 1), QTime(1, 59))), QDate(2025, 12, 31));
        QCOMPARE(s.expiryDue(QDateTime(QDate(2026, 1, 1), QTime(2, 0))), QDate(2026, 1, 1));
        QCOMPARE(s.reminderDue(QDateTime(QDate(2026, 1, 1), QTime(12, 0))), QDate(2025, 12, 29));
        QCOMPARE(s.reminderDue(QDateTime(QDate(2026, 1, 5), QTime(8, 59))), QDate(2025, 12, 29));
        QCOMPARE(s.reminderDue(QDateTime(QDate(2026, 1, 5), QTime(9, 0))), QDate(2026, 1, 5));
        QCOMPARE(s.reminderDue(QDateTime(QDate(2026, 1, 11), QTime(23, 59))), QDate(2026, 1, 5));
        s.reminderWeekday = 5; // Friday 09:00
        QCOMPARE(s.reminderDue(QDateTime(QDate(2026, 1, 5), QTime(10, 0))), QDate(2026, 1, 2));

        TestDb t;
        Settings settings(t.db(), t.clock());
        settings.set(Actor::system(), QStringLiteral("expiry_time"), QStringLiteral("3:15"));
        settings.set(Actor::system(), QStringLiteral("reminder_weekday"), QStringLiteral("3"));
        settings.set(Actor::system(), QStringLiteral("reminder_time"), QStringLiteral("17:30"));
        const DutySchedule fromSettings = DutySchedule::fromSettings(settings);
        QCOMPARE(fromSettings.expiryTime, QTime(3, 15));
        QCOMPARE(fromSettings.reminderWeekday, 3);
        QCOMPARE(fromSettings.reminderTime, QTime(17, 30));
    }

    void claimIsOncePerDueDate()
    {
        TestDb t;
        const QDate due(2026, 1, 5);
        const auto first = claimDuty(t.db(), t.clock(), Jobs::Expiry, due, QStringLiteral("one"));
        QVERIFY(first.has_value());
        // Running: nobody else gets it.
        QVERIFY(!claimDuty(t.db(), t.clock(), Jobs::Expiry, due, QStringLiteral("two")));
        // Another duty, another date: free.
        QVERIFY(claimDuty(t.db(), t.clock(), Jobs::Reminders, due, QStringLiteral("two")).has_value());
        QVERIFY(claimDuty(t.db(), t.clock(), Jobs::Expiry, due.addDays(1), QStringLiteral("two")).has_value());
        // A failed run may be tried again; a successful one never.
        Jobs jobs(t.db(), t.clock());
        jobs.finishRun(*first, false, {}, QStringLiteral("disk full"));
        const auto again = claimDuty(t.db(), t.clock(), Jobs::Expiry, due, QStringLiteral("two"));
        QVERIFY(again.has_value());
        jobs.finishRun(*again, true, QStringLiteral("0 lots expired"));
        QVERIFY(!claimDuty(t.db(), t.clock(), Jobs::Expiry, due, QStringLiteral("three")));

        // A runner that died while Running: after the lease, another takes over and the dead run is closed.
        const QDate next(2026, 1, 9);
        const auto dead = claimDuty(t.db(), t.clock(), Jobs::Expiry, next, QStringLiteral("dies"));
        QVERIFY(dead.has_value());
        t.clock().advanceSecs(qint64(kDutyLeaseMinutes) * 60 - 1);
        QVERIFY(!claimDuty(t.db(), t.clock(), Jobs::Expiry, next, QStringLiteral("four")));
        t.clock().advanceSecs(2);
        QVERIFY(claimDuty(t.db(), t.clock(), Jobs::Expiry, next, QStringLiteral("four")).has_value());
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT result FROM job_run WHERE id = ?"), {*dead}).toString(), QStringLiteral("Error"));
        QVERIFY(t.db().scalar(QStringLiteral("SELECT error FROM job_run WHERE id = ?"), {*dead}).toString().startsWith(QLatin1String("interrupted")));
    }

    void timerDrivesCyclesOnAWorkerThread()
    {
        TestDb t;
        Scheduler s(t.spec(), borrow(t.clock()));
        s.setTimeZone(QTimeZone::utc());
        s.setInterval(20);
        QThread *drainThread = nullptr;
        QThread *const mainThread = QThread::currentThread();
        s.setOutboxDrain([&drainThread](Database &, const Clock &) {
            drainThread = QThread::currentThread();
            return QString();
        });
        QSignalSpy spy(&s, &Scheduler::cycleFinished);
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 10000); // the timer ticks on its own
        s.stop();
        QVERIFY(drainThread != nullptr);
        QVERIFY(drainThread != mainThread);
        // Three cycles or more at one moment: each duty ran once for its date.
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = 'expire'")).toInt(), 1);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = 'remind'")).toInt(), 1);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT runner FROM job_run WHERE job = 'expire'")).toString(), QStringLiteral("app"));
    }

    // The "done means": two open apps over eight simulated weeks, with a closed stretch.
    void weeksOfDutiesWithTwoRunners()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("starttls"), QStringLiteral("lieu"), QStringLiteral("pw")));
        {
            QString why;
            QVERIFY2(server.start(&why), qPrintable(why));
        }
        TestDb t(QDate(2026, 1, 1));
        t.addStandardPeople();
        Settings settings(t.db(), t.clock());
        LeaveTypeSettings lt = settings.toilLeaveType();
        lt.expiryDays = 20;
        settings.setToilLeaveType(Actor::system(), lt);
        auto set = [&](const char *key, const QString &value) { settings.set(Actor::system(), QString::fromLatin1(key), value); };
        set(Settings::SmtpHost, QStringLiteral("127.0.0.1"));
        set(Settings::SmtpPort, QString::number(server.port()));
        set(Settings::SmtpSecurity, QStringLiteral("starttls"));
        set(Settings::SmtpCaFile, server.certificate());
        set(Settings::SmtpUser, QStringLiteral("lieu"));
        set(Settings::SmtpFrom, QStringLiteral("lieu@example.org"));

        // Lots (valid from the day after the timesheet through 20 days later), ids 1..7.
        struct Planned
        {
            const char *employee;
            QDate end;
            qint64 minutes;
        };
        const QList<Planned> plan = {
            {"EMP-A", QDate(2025, 12, 20), 120}, // 1: 2025-12-21 .. 2026-01-09
            {"EMP-A", QDate(2026, 1, 10), 300},  // 2: 2026-01-11 .. 2026-01-30, 240 taken by leave
            {"EMP-A", QDate(2026, 1, 31), 60},   // 3: 2026-02-01 .. 2026-02-20
            {"EMP-B", QDate(2025, 12, 29), 200}, // 4: 2025-12-30 .. 2026-01-18
            {"EMP-B", QDate(2026, 1, 1), 45},    // 5: 2026-01-02 .. 2026-01-21
            {"EMP-C", QDate(2026, 1, 17), 300},  // 6: 2026-01-18 .. 2026-02-06
            {"EMP-C", QDate(2026, 2, 7), 30},    // 7: 2026-02-08 .. 2026-02-27
        };
        for (const Planned &p : plan)
            t.accrue(QString::fromLatin1(p.employee), p.end.addDays(-6), p.end, p.minutes);
        Ledger ledger(t.db(), t.clock());
        QCOMPARE(ledger.lot(2).toDate, QDate(2026, 1, 30));
        // Half a day (4 h) of leave on Wednesday 2026-01-14 from lot 2: 1 h is left to expire.
        Leaves leaves(t.db(), t.clock());
        const qint64 leave = leaves.apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 14),
                                          QDate(2026, 1, 14), QDate(2026, 1, 14), QStringLiteral("dentist"));
        leaves.approve(t.actor(QStringLiteral("sup")), leave);
        QCOMPARE(ledger.lot(2).remaining, 60);

        t.clock().setNow(utc(QDate(2026, 1, 1), 0));
        const QString password = QStringLiteral("pw");
        Scheduler one(t.spec(), borrow(t.clock()));
        Scheduler two(t.spec(), borrow(t.clock()));
        for (Scheduler *s : {&one, &two}) {
            s->setTimeZone(QTimeZone::utc());
            s->setOutboxDrain(mail::smtpOutboxDrain([password] { return password; }));
        }
        one.setRunner(QStringLiteral("app sup"));
        two.setRunner(QStringLiteral("app hr"));
        QSignalSpy doneOne(&one, &Scheduler::cycleFinished);
        QSignalSpy doneTwo(&two, &Scheduler::cycleFinished);

        // Hand-worked expectations: reminder runs (the day they ran) -> who gets one.
        const QMap<QDate, QStringList> reminded = {
            {QDate(2026, 1, 1), {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")}}, // catches up Monday 12-29
            {QDate(2026, 1, 5), {QStringLiteral("b@example.org")}},  // lot 5 became valid on 01-02
            {QDate(2026, 1, 12), {QStringLiteral("a@example.org")}}, // lot 2
            {QDate(2026, 1, 21), {QStringLiteral("c@example.org")}}, // Monday 01-19 caught up after the closed stretch
            {QDate(2026, 1, 26), {}},
            {QDate(2026, 2, 2), {QStringLiteral("a@example.org")}},  // lot 3
            {QDate(2026, 2, 9), {QStringLiteral("c@example.org")}},  // lot 7
            {QDate(2026, 2, 16), {}},
            {QDate(2026, 2, 23), {}},
        };
        // The app is closed from Sunday 2026-01-18 12:00 to Wednesday 2026-01-21 06:00.
        const QDateTime closedFrom = utc(QDate(2026, 1, 18), 12);
        const QDateTime closedUntil = utc(QDate(2026, 1, 21), 6);
        const QDateTime end = utc(QDate(2026, 2, 28), 21);

        QDate lastExpiryDue; // the due date of the last expiry run
        QDate lastExpiryRun; // the day it ran: it expired the lots whose last day was before it
        qsizetype seen = 0;
        int reminderRuns = 0;
        for (QDateTime now = t.clock().now(); now <= end; now = now.addSecs(3 * 3600)) {
            if (now >= closedFrom && now < closedUntil)
                continue;
            t.clock().setNow(now);
            const qsizetype before1 = doneOne.count();
            const qsizetype before2 = doneTwo.count();
            one.tick();
            two.tick();
            while (doneOne.count() == before1)
                QVERIFY(doneOne.wait(60000));
            while (doneTwo.count() == before2)
                QVERIFY(doneTwo.wait(60000));
            QList<JobRun> runs;
            for (QSignalSpy *spy : {&doneOne, &doneTwo}) {
                const auto report = spy->last().at(0).value<CycleReport>();
                QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
                runs << report.runs;
            }
            const QString at = now.toString(Qt::ISODate);

            // Expiry: once per day at the first tick after 02:00 (03:00 here), or at reopening.
            const QDate due = now.time() >= QTime(2, 0) ? now.date() : now.date().addDays(-1);
            int expiryRuns = 0;
            int remindRuns = 0;
            for (const JobRun &r : std::as_const(runs)) {
                QCOMPARE(r.result, QStringLiteral("Success"));
                if (r.job == Jobs::Expiry) {
                    ++expiryRuns;
                    QCOMPARE(r.dueDate, due);
                } else {
                    ++remindRuns;
                }
            }
            // Exactly one run, from one of the two runners, whenever a new due date has come.
            QCOMPARE(expiryRuns, !lastExpiryDue.isValid() || due > lastExpiryDue ? 1 : 0);
            if (expiryRuns) {
                lastExpiryDue = due;
                lastExpiryRun = now.date();
            }
            for (qint64 lot = 1; lot <= 7; ++lot) {
                const Lot l = ledger.lot(lot);
                QVERIFY2(l.isExpired == (l.toDate < lastExpiryRun), qPrintable(at + QStringLiteral(" lot %1").arg(lot)));
            }

            // Reminders: at most one run per cycle pair, and the server has exactly the expected e-mails.
            QVERIFY2(remindRuns <= 1, qPrintable(at));
            const QList<QJsonObject> messages = server.messages();
            QStringList fresh;
            for (qsizetype i = seen; i < messages.size(); ++i)
                fresh << messages.at(i).value(QStringLiteral("rcpt_tos")).toArray().first().toString();
            seen = messages.size();
            if (remindRuns) {
                ++reminderRuns;
                QVERIFY2(reminded.contains(now.date()), qPrintable(QStringLiteral("unexpected reminder run at ") + at));
                fresh.sort();
                QCOMPARE(fresh, reminded.value(now.date()));
            } else {
                QVERIFY2(fresh.isEmpty(), qPrintable(at + QStringLiteral(": mail without a reminder run: ") + fresh.join(QLatin1Char(','))));
            }
        }

        // Every expiry day once (2025-12-31 at the start; 01-19 and 01-20 fell in the closed stretch).
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = 'expire' AND result = 'Success'")).toInt(), 58);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(DISTINCT due_date) FROM job_run WHERE job = 'expire'")).toInt(), 58);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = 'expire' AND due_date IN ('2026-01-19', '2026-01-20')")).toInt(), 0);
        QCOMPARE(reminderRuns, 9);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = 'remind'")).toInt(), 9);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE result <> 'Success'")).toInt(), 0);

        // Each lot expired once, dated on its own last day, by what was left of it.
        const QList<QPair<qint64, qint64>> left = {{1, 120}, {2, 60}, {3, 60}, {4, 200}, {5, 45}, {6, 300}, {7, 30}};
        for (const auto &[lot, minutes] : left) {
            const Lot l = ledger.lot(lot);
            QVERIFY(l.isExpired);
            QCOMPARE(l.remaining, 0);
            int entries = 0;
            for (const LedgerEntry &e : ledger.entries(l.employee)) {
                if (e.allocation != lot || !e.isExpired)
                    continue;
                ++entries;
                QCOMPARE(e.date, l.toDate);
                QCOMPARE(e.minutes, -minutes);
            }
            QCOMPARE(entries, 1);
        }
        // Lots 4 and 5 expired in and after the closed stretch; lot 4's entry is still dated 2026-01-18.
        QCOMPARE(ledger.lot(4).toDate, QDate(2026, 1, 18));

        // What Ann read on 2026-01-12: what was left of lot 2 after her leave.
        const QList<QJsonObject> all = server.messages();
        QCOMPARE(all.size(), 7);
        const QJsonObject ann12 = all.at(3);
        QCOMPARE(ann12.value(QStringLiteral("rcpt_tos")).toArray().first().toString(), QStringLiteral("a@example.org"));
        QCOMPARE(ann12.value(QStringLiteral("subject")).toString(), QStringLiteral("Your TOIL expires soon: 1:00 h by 2026-01-30"));
        QVERIFY(ann12.value(QStringLiteral("body")).toString().contains(
            QLatin1String("  LAL-00002: 1:00 h (0.125 days) left, last day to use it 2026-01-30\n")));
        for (const QJsonObject &m : all) {
            QCOMPARE(m.value(QStringLiteral("tls")).toBool(), true);
            QCOMPARE(m.value(QStringLiteral("auth_login")).toString(), QStringLiteral("lieu"));
        }
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM email_queue WHERE status = 'Sent' AND attempts = 1")).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
