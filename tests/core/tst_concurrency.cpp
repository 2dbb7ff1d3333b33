// Many desktops, one truth: many lieuctl processes at once against one store (the SQLite file, or the
// MariaDB server of tests/run.sh through the application's own account), each round checked for
// exactly the right number of winners and a ledger that sums.
#include "Database.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Lieuctl.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lieu;
using lieu::test::Lieuctl;
using lieu::test::TestDb;

namespace {

constexpr int kRounds = 3;
const QDate kToday(2026, 1, 5);

struct Race
{
    int won = 0;
    QStringList losers; // stderr of each refused process
    QStringList outputs; // stdout of each winner
    QList<int> codes;
};

// Starts every command at once and waits for all of them.
Race race(const Lieuctl &ctl, const QList<QStringList> &commands)
{
    QList<QProcess *> procs;
    for (const QStringList &args : commands)
        procs << ctl.start(args);
    Race r;
    for (QProcess *p : std::as_const(procs)) {
        if (!p->waitForFinished(180000))
            qWarning("a lieuctl process did not finish");
        const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.codes << code;
        if (code == 0) {
            ++r.won;
            r.outputs << QString::fromUtf8(p->readAllStandardOutput());
        } else {
            r.losers << QStringLiteral("[%1] ").arg(code) + QString::fromUtf8(p->readAllStandardError()).trimmed();
        }
        delete p;
    }
    return r;
}

// The n working days from 2026-01-06 on (no holidays are set).
QList<QDate> workingDays(int n)
{
    QList<QDate> out;
    for (QDate d(2026, 1, 6); out.size() < n; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            out << d;
    return out;
}

qint64 ledgerSum(TestDb &t, const QString &employee)
{
    return t.db().scalar(QStringLiteral("SELECT COALESCE(SUM(minutes), 0) FROM leave_ledger_entry WHERE employee = ?"), {employee}).toLongLong();
}

// Every process runs as the desktop application's account (on the server, with exactly its grants).
class AppAccount
{
public:
    explicit AppAccount(TestDb &t) : m_spec(t.appSpec()), m_saved(qgetenv("LIEU_DB_PASSWORD"))
    {
        if (t.onServer())
            qputenv("LIEU_DB_PASSWORD", t.appPassword().toUtf8());
    }
    ~AppAccount() { qputenv("LIEU_DB_PASSWORD", m_saved); }
    Q_DISABLE_COPY_MOVE(AppAccount)
    QString spec() const { return m_spec; }

private:
    QString m_spec;
    QByteArray m_saved;
};

void requireAllRefusedWith(const Race &r, const QString &words)
{
    for (const QString &err : r.losers)
        QVERIFY2(err.startsWith(QStringLiteral("[1] ")) && err.contains(words), qPrintable(err));
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

    void applyForTheLastEightHours(int processes, bool halfDays, int expectedWinners)
    {
        for (int round = 1; round <= kRounds; ++round) {
            TestDb t(kToday);
            t.addStandardPeople();
            t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
            const AppAccount app(t);
            Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), app.spec());
            ctl.setToday(kToday.toString(Qt::ISODate));
            QList<QStringList> commands;
            for (const QDate &d : workingDays(processes)) {
                const QString day = d.toString(Qt::ISODate);
                QStringList args{QStringLiteral("--as"), QStringLiteral("a"), QStringLiteral("leave"), QStringLiteral("apply"),
                                 QStringLiteral("EMP-A"), QStringLiteral("--from"), day, QStringLiteral("--to"), day};
                if (halfDays)
                    args << QStringLiteral("--half-day") << day;
                commands << args;
            }
            const Race r = race(ctl, commands);
            qInfo("%s, round %d: %d of %d applications for the last 8 h won", halfDays ? "half days" : "full days", round, r.won, processes);
            QCOMPARE(r.won, expectedWinners);
            requireAllRefusedWith(r, QStringLiteral("Insufficient TOIL Balance"));
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_application WHERE status = 'Open'")).toInt(), expectedWinners);
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT SUM(minutes) FROM leave_application")).toLongLong(), qint64(480));
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT SUM(minutes) FROM leave_draw")).toLongLong(), qint64(480));
            QCOMPARE(ledgerSum(t, QStringLiteral("EMP-A")), qint64(480)); // reserved, not yet drawn
            // Approving the winners draws the lot down to exactly nothing.
            Leaves leaves(t.db(), t.clock());
            for (const LeaveApplication &a : leaves.list(Actor::system(), {}))
                leaves.approve(t.actor(QStringLiteral("sup")), a.id);
            QCOMPARE(ledgerSum(t, QStringLiteral("EMP-A")), qint64(0));
            QCOMPARE(Ledger(t.db(), t.clock()).availableMinutes(QStringLiteral("EMP-A"), QDate(2026, 1, 6)), qint64(0));
        }
    }

private Q_SLOTS:
    void twentyHalfDaysForTheLastEightHours() { applyForTheLastEightHours(20, true, 2); }
    void twentyFullDaysForTheLastEightHours() { applyForTheLastEightHours(20, false, 1); }

    void tenApprovalsOfOneTimesheetMakeOneLot()
    {
        for (int round = 1; round <= kRounds; ++round) {
            TestDb t(kToday);
            t.addStandardPeople();
            const qint64 id = t.timesheet(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4),
                                          {TestDb::log(QDate(2026, 1, 2), 150, false), TestDb::log(QDate(2026, 1, 3), 90, false)});
            Timesheets(t.db(), t.clock()).send(t.actor(QStringLiteral("a")), id);
            const AppAccount app(t);
            Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), app.spec());
            ctl.setToday(kToday.toString(Qt::ISODate));
            QList<QStringList> commands;
            for (int i = 0; i < 10; ++i)
                commands << QStringList{QStringLiteral("--as"), QStringLiteral("sup"), QStringLiteral("timesheet"), QStringLiteral("approve"),
                                        QStringLiteral("TS-%1").arg(id, 5, 10, QLatin1Char('0'))};
            const Race r = race(ctl, commands);
            qInfo("round %d: %d of 10 approvals of one timesheet succeeded", round, r.won);
            QCOMPARE(r.won, 1);
            requireAllRefusedWith(r, QStringLiteral("only a timesheet Awaiting Approval can be approved"));
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE source_timesheet = ?"), {id}).toInt(), 1);
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_ledger_entry")).toInt(), 1);
            QCOMPARE(ledgerSum(t, QStringLiteral("EMP-A")), qint64(240));
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'approve' AND docname = ?"),
                                   {QStringLiteral("TS-%1").arg(id, 5, 10, QLatin1Char('0'))}).toInt(), 1);
            // And the unique source_timesheet holds on its own.
            QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("INSERT INTO leave_allocation (employee, leave_type, from_date, to_date, "
                                                                       "toil_minutes, source_timesheet, created_at) "
                                                                       "VALUES ('EMP-A', 'Time Off in Lieu', '2026-01-05', '2026-07-03', 60, ?, 'x')"),
                                                        {id}));
        }
    }

    void approveAndRejectRaceForOneApplication()
    {
        for (int round = 1; round <= kRounds; ++round) {
            TestDb t(kToday);
            t.addStandardPeople();
            t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
            const qint64 id = Leaves(t.db(), t.clock()).apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 7),
                                                              QDate(2026, 1, 7), {}, {});
            const AppAccount app(t);
            Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), app.spec());
            ctl.setToday(kToday.toString(Qt::ISODate));
            const QString name = QStringLiteral("LAP-%1").arg(id, 5, 10, QLatin1Char('0'));
            QList<QStringList> commands;
            for (int i = 0; i < 12; ++i)
                commands << (i % 2 ? QStringList{QStringLiteral("--as"), QStringLiteral("sup"), QStringLiteral("leave"), QStringLiteral("approve"), name}
                                   : QStringList{QStringLiteral("--as"), QStringLiteral("sup"), QStringLiteral("leave"), QStringLiteral("reject"), name,
                                                 QStringLiteral("--reason"), QStringLiteral("busy week")});
            const Race r = race(ctl, commands);
            qInfo("round %d: %d of 12 decisions on one leave application took effect", round, r.won);
            QCOMPARE(r.won, 1);
            requireAllRefusedWith(r, QStringLiteral("only an Open application can be"));
            const QString status = t.db().scalar(QStringLiteral("SELECT status FROM leave_application WHERE id = ?"), {id}).toString();
            QVERIFY(status == QLatin1String("Approved") || status == QLatin1String("Rejected"));
            QCOMPARE(ledgerSum(t, QStringLiteral("EMP-A")), qint64(status == QLatin1String("Approved") ? 0 : 480));
        }
    }

    void tenRunnersExpireOnce()
    {
        for (int round = 1; round <= kRounds; ++round) {
            TestDb t(kToday);
            t.addStandardPeople();
            t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 300);
            t.accrue(QStringLiteral("EMP-B"), QDate(2025, 12, 29), QDate(2026, 1, 4), 200);
            t.accrue(QStringLiteral("EMP-C"), QDate(2025, 12, 29), QDate(2026, 1, 4), 100);
            const AppAccount app(t);
            Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), app.spec());
            ctl.setToday(QStringLiteral("2026-08-01")); // every lot's last day (2026-07-03) has passed
            QList<QStringList> commands;
            for (int i = 0; i < 10; ++i)
                commands << QStringList{QStringLiteral("--json"), QStringLiteral("expire"), QStringLiteral("--once")};
            const Race r = race(ctl, commands);
            int ran = 0, skipped = 0;
            for (const QString &out : r.outputs) {
                const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
                if (o.value(QStringLiteral("skipped")).toBool())
                    ++skipped;
                else if (o.value(QStringLiteral("expired")).toInt() == 3 && o.value(QStringLiteral("expired_minutes")).toInt() == 600)
                    ++ran;
                else
                    QFAIL(qPrintable(out));
            }
            qInfo("round %d: of 10 runners %d expired the lots, %d found it done, %d found it running", round, ran, skipped,
                  int(r.losers.size()));
            QCOMPARE(ran, 1);
            requireAllRefusedWith(r, QStringLiteral("is running on"));
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = 'expire' AND due_date = '2026-08-01'")).toInt(), 1);
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_ledger_entry WHERE transaction_type = 'Expiry'")).toInt(), 3);
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT COALESCE(SUM(minutes), 0) FROM leave_ledger_entry")).toLongLong(), qint64(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
