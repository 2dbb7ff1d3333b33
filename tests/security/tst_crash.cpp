// Crash safety: real lieuctl processes on a real SQLite file, killed with SIGKILL after a random delay
// while they approve, apply for and cancel leave, cancel timesheets, expire lots or import a tracker
// file. After every kill `lieuctl check` must find every invariant intact, and an import must be whole
// or absent; now and then the action is run again to show the database carries on. Hundreds of trials,
// within a time budget.
//
// LIEU_CRASH_TRIALS (default 300), LIEU_CRASH_SECONDS (default 120) and LIEU_CRASH_SEED (default: from
// the clock, printed) change the run.
#include "Lieuctl.h"

#include "Directory.h"
#include "Leaves.h"
#include "Names.h"
#include "Settings.h"
#include "TestDb.h"
#include "Timesheets.h"
#include "Units.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace lieu;
using lieu::test::CliResult;
using lieu::test::Lieuctl;

namespace {

const QDate kToday(2026, 6, 15); // a Monday
constexpr int kEmployees = 6;
constexpr int kDueLots = 50;     // per employee, all past their last day: the expiry job's work
constexpr int kRecentLots = 10;  // per employee, valid in July: what leave draws on

struct ActionKind
{
    const char *name;
    QList<QStringList> variants; // lieuctl arguments, one per target
    qint64 typicalMs = 0;        // an uninterrupted run
};

int intEnv(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;
    QString m_trial;
    QList<ActionKind> m_kinds;

    // lieuctl on the trial database, on the test's today.
    Lieuctl cli() const
    {
        Lieuctl c(QStringLiteral(LIEUCTL_PATH), m_trial);
        c.setToday(kToday.toString(Qt::ISODate));
        return c;
    }

    void freshTrial()
    {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_trial + QLatin1String(suffix));
        QVERIFY(QFile::copy(m_base, m_trial));
        QFile(m_trial).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    qint64 auditRows() const
    {
        auto db = Database::open(m_trial);
        return db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    }

    // `lieuctl check` on the trial file; fails the test with everything needed to reproduce.
    void requireSound(const QString &context)
    {
        const auto r = Lieuctl(QStringLiteral(LIEUCTL_PATH), m_trial).run({QStringLiteral("check")});
        if (r.exitCode != 0) {
            const QString kept = m_dir.filePath(QStringLiteral("failed.sqlite"));
            QFile::copy(m_trial, kept);
            QFAIL(qPrintable(QStringLiteral("%1\ncheck exited %2:\n%3\n(database kept at %4)").arg(context).arg(r.exitCode).arg(r.all(), kept)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        m_trial = m_dir.filePath(QStringLiteral("trial.sqlite"));
        QStringList awaiting, approvedUndrawn, leaveOpen, leaveApproved, apply;
        {
            auto db = Database::open(m_base);
            db->migrate();
            FixedClock clock(kToday);
            Settings(*db, clock).ensureToilLeaveType();
            Transaction tx(*db); // one commit for the whole set-up
            Directory dir(*db, clock);
            auto add = [&](const QString &id, const QString &login, const QString &reportsTo, bool hr) {
                Employee e;
                e.id = id;
                e.name = QStringLiteral("Person ") + id;
                e.login = login;
                e.email = login + QStringLiteral("@example.org");
                e.reportsTo = reportsTo;
                e.hr = hr;
                dir.add(Actor::system(), e);
            };
            add(QStringLiteral("EMP-HR"), QStringLiteral("hana"), {}, true);
            add(QStringLiteral("EMP-SUP"), QStringLiteral("sam"), QStringLiteral("EMP-HR"), false);
            const Actor sam = dir.actorForLogin(QStringLiteral("sam"));
            Timesheets sheets(*db, clock);
            Leaves leaves(*db, clock);
            for (int i = 1; i <= kEmployees; ++i) {
                const QString id = QStringLiteral("EMP-%1").arg(i, 2, 10, QLatin1Char('0'));
                const QString login = QStringLiteral("e%1").arg(i);
                add(id, login, QStringLiteral("EMP-SUP"), false);
                const Actor me = dir.actorForLogin(login);
                auto approvedDay = [&](QDate day, qint64 minutes) {
                    const qint64 ts = sheets.create(me, id, day, day, {lieu::test::TestDb::log(day, minutes, false)});
                    sheets.send(me, ts);
                    sheets.approve(sam, ts);
                    return ts;
                };
                for (int k = 0; k < kDueLots; ++k)
                    approvedDay(QDate(2025, 3, 1).addDays(k), 60 + 15 * (k % 5));
                qint64 last = 0;
                for (int k = 0; k < kRecentLots; ++k)
                    last = approvedDay(QDate(2026, 6, 1).addDays(k), 240);
                approvedUndrawn << Names::format(DocKind::Timesheet, last);
                for (int k = 0; k < 3; ++k) {
                    const QDate day(2026, 6, 11 + k);
                    const qint64 ts = sheets.create(me, id, day, day, {lieu::test::TestDb::log(day, 90, false), lieu::test::TestDb::log(day, 300, true)});
                    sheets.send(me, ts);
                    awaiting << Names::format(DocKind::Timesheet, ts);
                }
                for (int k = 0; k < 2; ++k) {
                    const qint64 la = leaves.apply(me, id, QDate(2026, 7, 1 + k), QDate(2026, 7, 1 + k), {}, QStringLiteral("Summer"));
                    leaves.approve(sam, la);
                    leaveApproved << Names::format(DocKind::Application, la);
                }
                for (int k = 0; k < 2; ++k)
                    leaveOpen << Names::format(DocKind::Application,
                                               leaves.apply(me, id, QDate(2026, 7, 6 + k), QDate(2026, 7, 6 + k), {}, {}));
                for (int k = 0; k < 5; ++k)
                    apply << QStringLiteral("leave apply %1 --from 2026-07-%2 --to 2026-07-%2 --as %3 --reason Holiday")
                                 .arg(id)
                                 .arg(13 + k)
                                 .arg(login);
            }
            tx.commit();
        }
        auto variants = [](const QString &pattern, const QStringList &targets) {
            QList<QStringList> out;
            for (const QString &t : targets)
                out << pattern.arg(t).split(QLatin1Char(' '));
            return out;
        };
        // A tracker file: eight weeks of hours for everyone, imported as Draft timesheets in one transaction.
        const QString tracker = m_dir.filePath(QStringLiteral("tracker.csv"));
        {
            QFile f(tracker);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,hours,billable,activity,description,email\n");
            for (int i = 1; i <= kEmployees; ++i)
                for (int day = 0; day < 56; ++day)
                    f.write(QStringLiteral("%1,%2,%3,Support,Evening call %4,e%5@example.org\n")
                                .arg(Units::isoDate(QDate(2026, 4, 6).addDays(day)))
                                .arg(1 + (day + i) % 3)
                                .arg(day % 4 ? QStringLiteral("no") : QStringLiteral("yes"))
                                .arg(day)
                                .arg(i)
                                .toUtf8());
        }
        QList<QStringList> applies;
        for (const QString &a : std::as_const(apply))
            applies << a.split(QLatin1Char(' '));
        m_kinds = {
            {"timesheet approve", variants(QStringLiteral("timesheet approve %1 --as sam"), awaiting)},
            {"leave apply", applies},
            {"leave approve", variants(QStringLiteral("leave approve %1 --as sam"), leaveOpen)},
            {"leave cancel", variants(QStringLiteral("leave cancel %1 --as sam"), leaveApproved)},
            {"timesheet cancel", variants(QStringLiteral("timesheet cancel %1 --as sam"), approvedUndrawn)},
            {"expire", {{QStringLiteral("expire")}}},
            {"import", {{QStringLiteral("import"), tracker}}},
        };
        // The base is sound, and each action, left alone, succeeds on it: measure how long it takes.
        freshTrial();
        requireSound(QStringLiteral("the base database"));
        for (ActionKind &kind : m_kinds) {
            QList<qint64> times;
            for (int i = 0; i < 5; ++i) {
                freshTrial();
                QElapsedTimer timer;
                timer.start();
                const auto r = cli().run(kind.variants.first());
                times << timer.elapsed();
                QVERIFY2(r.exitCode == 0, qPrintable(QLatin1String(kind.name) + QStringLiteral(": ") + r.all()));
            }
            std::sort(times.begin(), times.end());
            kind.typicalMs = qMax<qint64>(times.first(), 5); // the quickest: delays past it mostly miss
            qInfo("%s: %lld ms uninterrupted", kind.name, kind.typicalMs);
        }
        freshTrial();
        QCOMPARE(cli().run({QStringLiteral("expire")}).exitCode, 0);
        auto db = Database::open(m_trial);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE is_expired = 1")).toInt(), kEmployees * kDueLots);
        freshTrial();
        QCOMPARE(cli().run({QStringLiteral("import"), tracker}).exitCode, 0);
        auto imported = Database::open(m_trial);
        QCOMPARE(imported->scalar(QStringLiteral("SELECT count(*) FROM time_log WHERE source_key IS NOT NULL")).toInt(), kEmployees * 56);
        QCOMPARE(imported->scalar(QStringLiteral("SELECT count(*) FROM timesheet WHERE status = 'Draft'")).toInt(), kEmployees * 8);
    }

    void killAtRandomPoints()
    {
        const int trials = intEnv("LIEU_CRASH_TRIALS", 300);
        const int budget = intEnv("LIEU_CRASH_SECONDS", 120);
        const quint32 seed = quint32(intEnv("LIEU_CRASH_SEED", int(QDateTime::currentMSecsSinceEpoch() % 1000000000)));
        qInfo("seed %u (set LIEU_CRASH_SEED to repeat this run)", seed);
        QRandomGenerator random(seed);
        QElapsedTimer clock;
        clock.start();
        int done = 0, killed = 0, finishedFirst = 0, killedBeforeCommit = 0, killedAfterCommit = 0, rerun = 0;
        int walWithoutCommit = 0;
        QMap<QString, int> perKind;
        while (done < trials && clock.elapsed() < qint64(budget) * 1000) {
            const ActionKind &kind = m_kinds.at(int(random.bounded(quint32(m_kinds.size()))));
            const QStringList args = kind.variants.at(int(random.bounded(quint32(kind.variants.size()))));
            // Between a fifth of the quickest run (start-up is most of it) and just past its end.
            const qint64 delayUs = qint64(kind.typicalMs * 200 + random.bounded(quint32(kind.typicalMs * 850)));
            freshTrial();
            const qint64 auditBefore = auditRows();

            std::unique_ptr<QProcess> process(cli().start(args, nullptr, [](QProcess &p) {
                p.setStandardOutputFile(QProcess::nullDevice());
                p.setStandardErrorFile(QProcess::nullDevice());
            }));
            QProcess &p = *process;
            QVERIFY(p.waitForStarted());
            QThread::usleep(static_cast<unsigned long>(delayUs));
            bool sent = false;
            if (p.state() == QProcess::Running) {
                sent = ::kill(pid_t(p.processId()), SIGKILL) == 0;
            }
            QVERIFY(p.waitForFinished(60000));
            const QString what = QStringLiteral("trial %1 (seed %2): %3 killed after %4 us")
                                     .arg(done + 1)
                                     .arg(seed)
                                     .arg(args.join(QLatin1Char(' ')))
                                     .arg(delayUs);
            if (p.exitStatus() == QProcess::CrashExit) {
                QVERIFY2(sent, qPrintable(what + QStringLiteral(": lieuctl crashed on its own")));
                ++killed;
                const bool walWritten = QFileInfo(m_trial + QStringLiteral("-wal")).size() > 32;
                if (auditRows() == auditBefore) {
                    ++killedBeforeCommit;
                    walWithoutCommit += walWritten ? 1 : 0; // killed while writing its commit
                } else {
                    ++killedAfterCommit;
                }
            } else {
                ++finishedFirst;
                QVERIFY2(p.exitCode() == 0 || p.exitCode() == 1, qPrintable(what + QStringLiteral(": exit %1").arg(p.exitCode())));
            }
            requireSound(what);
            if (QLatin1String(kind.name) == QLatin1String("import")) {
                // No half-imported file: every row of it or none.
                auto db = Database::open(m_trial);
                const int logs = db->scalar(QStringLiteral("SELECT count(*) FROM time_log WHERE source_key IS NOT NULL")).toInt();
                QVERIFY2(logs == 0 || logs == kEmployees * 56, qPrintable(what + QStringLiteral(": %1 rows imported").arg(logs)));
            }
            // Now and then: the interrupted work can be done again, and the database is still sound after.
            if (done % 4 == 0) {
                const auto again = cli().run(args);
                QVERIFY2(again.exitCode == 0 || again.exitCode == 1, qPrintable(what + QStringLiteral(", run again: ") + again.all()));
                requireSound(what + QStringLiteral(", run again"));
                ++rerun;
            }
            ++perKind[QLatin1String(kind.name)];
            ++done;
        }
        QStringList kinds;
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        qInfo("%d trials in %lld s (%s): %d killed (%d before their commit, %d of them with a half-written WAL; %d after), "
              "%d finished before the kill, %d run again",
              done, clock.elapsed() / 1000, qPrintable(kinds.join(QStringLiteral(", "))), killed, killedBeforeCommit,
              walWithoutCommit, killedAfterCommit, finishedFirst, rerun);
        QVERIFY2(done >= qMin(trials, 100), "too few trials in the time budget");
        QVERIFY(killedBeforeCommit > 0);
        QVERIFY(killedAfterCommit > 0);
        QCOMPARE(perKind.size(), m_kinds.size());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
