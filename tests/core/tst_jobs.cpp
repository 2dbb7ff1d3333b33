#include "Error.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Settings.h"
#include "TestDb.h"

#include <QSqlQuery>
#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {
const QString A = QStringLiteral("EMP-A");
const QString B = QStringLiteral("EMP-B");

QList<LedgerEntry> expiryEntries(TestDb &t, const QString &employee)
{
    QList<LedgerEntry> out;
    for (const LedgerEntry &e : Ledger(t.db(), t.clock()).entries(employee))
        if (e.isExpired)
            out << e;
    return out;
}
} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiresTheRemainderOnTheLastDay()
    {
        TestDb t;
        t.addStandardPeople();
        const qint64 lot = t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 480); // valid to 2026-07-03
        Leaves leaves(t.db(), t.clock());
        const qint64 half = leaves.apply(t.actor(QStringLiteral("a")), A, QDate(2026, 1, 12), QDate(2026, 1, 12), QDate(2026, 1, 12), {});
        leaves.approve(t.actor(QStringLiteral("sup")), half);

        Jobs jobs(t.db(), t.clock());
        t.clock().setToday(QDate(2026, 7, 3)); // still the last day of use
        QCOMPARE(jobs.expire().lots, 0);
        t.clock().setToday(QDate(2026, 7, 4));
        const ExpiryResult r = jobs.expire();
        QCOMPARE(r.lots, 1);
        QCOMPARE(r.minutes, qint64(240));
        const QList<LedgerEntry> e = expiryEntries(t, A);
        QCOMPARE(e.size(), 1);
        QCOMPARE(e.first().minutes, qint64(-240));
        QCOMPARE(e.first().date, QDate(2026, 7, 3));
        QCOMPARE(e.first().transactionType, QStringLiteral("Expiry"));
        QCOMPARE(e.first().allocation, lot);
        const Lot l = Ledger(t.db(), t.clock()).lot(lot);
        QVERIFY(l.isExpired);
        QCOMPARE(l.allocated - l.used - l.expired, l.remaining);
        QCOMPARE(l.remaining, qint64(0));

        // Twice changes nothing.
        const int entries = t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_ledger_entry")).toInt();
        QCOMPARE(jobs.expire().lots, 0);
        t.clock().setToday(QDate(2026, 9, 1));
        QCOMPARE(jobs.expire().lots, 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_ledger_entry")).toInt(), entries);
    }

    void catchesUpAfterDaysWithoutARun()
    {
        TestDb t;
        t.addStandardPeople();
        LeaveTypeSettings s = Settings(t.db(), t.clock()).toilLeaveType();
        s.expiryDays = 30;
        Settings(t.db(), t.clock()).setToilLeaveType(Actor::system(), s);
        const qint64 l1 = t.accrue(A, QDate(2026, 1, 5), QDate(2026, 1, 11), 60);  // to 2026-02-10
        const qint64 l2 = t.accrue(A, QDate(2026, 1, 12), QDate(2026, 1, 18), 90); // to 2026-02-17
        const qint64 l3 = t.accrue(B, QDate(2026, 1, 19), QDate(2026, 1, 25), 30); // to 2026-02-24
        const qint64 l4 = t.accrue(B, QDate(2026, 2, 23), QDate(2026, 3, 1), 45);  // to 2026-03-31
        t.clock().setToday(QDate(2026, 3, 15)); // no run for weeks
        const ExpiryResult r = Jobs(t.db(), t.clock()).expire();
        QCOMPARE(r.lots, 3);
        QCOMPARE(r.minutes, qint64(180));
        Ledger ledger(t.db(), t.clock());
        QCOMPARE(ledger.lot(l1).expired, qint64(60));
        QCOMPARE(expiryEntries(t, A).at(0).date, QDate(2026, 2, 10));
        QCOMPARE(expiryEntries(t, A).at(1).date, QDate(2026, 2, 17));
        QCOMPARE(expiryEntries(t, B).at(0).date, QDate(2026, 2, 24));
        QCOMPARE(ledger.lot(l2).remaining, qint64(0));
        QCOMPARE(ledger.lot(l3).isExpired, true);
        QCOMPARE(ledger.lot(l4).isExpired, false);
        QCOMPARE(ledger.availableMinutes(B, QDate(2026, 3, 15)), qint64(45));
    }

    void neverExpiresPositively()
    {
        TestDb t;
        t.addStandardPeople();
        const qint64 used = t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
        Leaves leaves(t.db(), t.clock());
        const qint64 full = leaves.apply(t.actor(QStringLiteral("a")), A, QDate(2026, 1, 12), QDate(2026, 1, 12), {}, {});
        leaves.approve(t.actor(QStringLiteral("sup")), full);
        // A lot that an older system left overdrawn (negative remainder).
        const qint64 over = t.accrue(B, QDate(2025, 12, 29), QDate(2026, 1, 4), 120);
        Ledger(t.db(), t.clock()).post(B, over, Ledger::TypeApplication, QStringLiteral("LEGACY-1"), -200, QDate(2026, 1, 6), false);
        t.clock().setToday(QDate(2026, 8, 1));
        const ExpiryResult r = Jobs(t.db(), t.clock()).expire();
        QCOMPARE(r.lots, 2);
        QCOMPARE(r.minutes, qint64(0));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_ledger_entry WHERE is_expired = 1")).toInt(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_ledger_entry WHERE transaction_type = 'Expiry' AND minutes > 0")).toInt(), 0);
        QVERIFY(Ledger(t.db(), t.clock()).lot(used).isExpired);
        QCOMPARE(Ledger(t.db(), t.clock()).lot(over).remaining, qint64(-80));
    }

    void remindsOncePerLot()
    {
        TestDb t(QDate(2026, 6, 8)); // a Monday
        t.addStandardPeople();
        const qint64 soon = t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 330); // last day 2026-07-03
        t.accrue(A, QDate(2026, 5, 25), QDate(2026, 5, 31), 60);                      // last day 2026-11-27
        t.accrue(B, QDate(2026, 1, 12), QDate(2026, 1, 18), 90);                      // last day 2026-07-17
        Jobs jobs(t.db(), t.clock());
        ReminderResult r = jobs.remind(30); // window: 2026-06-08 .. 2026-07-07
        QCOMPARE(r.queued, 1);
        QSqlQuery q = t.db().exec(QStringLiteral("SELECT recipient, subject, message, reference_doctype, reference_name, status, attempts FROM email_queue"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a@example.org"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Your TOIL expires soon: 5:30 h by 2026-07-03"));
        const QString body = q.value(2).toString();
        QVERIFY2(body.contains(QStringLiteral("LAL-00001: 5:30 h (0.688 days) left, last day to use it 2026-07-03")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("LAL-00002")));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Employee"));
        QCOMPARE(q.value(4).toString(), A);
        QCOMPARE(q.value(5).toString(), QStringLiteral("Not Sent"));
        QCOMPARE(q.value(6).toInt(), 0);
        QVERIFY(!q.next());

        QCOMPARE(jobs.remind(30).queued, 0); // same window, same lot: no second reminder
        t.clock().setToday(QDate(2026, 6, 15));
        QCOMPARE(jobs.remind(30).queued, 0); // B's lot (to 07-17) is not yet within 30 days
        t.clock().setToday(QDate(2026, 6, 22));
        r = jobs.remind(30); // now it is; A's lot was already reminded
        QCOMPARE(r.queued, 1);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT recipient FROM email_queue ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("b@example.org"));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM toil_reminder WHERE allocation = ?"), {soon}).toInt(), 1);
        t.clock().setToday(QDate(2026, 6, 29));
        QCOMPARE(jobs.remind(30).queued, 0);
    }

    void jobRunsAreRecorded()
    {
        TestDb t;
        Jobs jobs(t.db(), t.clock());
        const qint64 run = jobs.startRun(Jobs::Expiry, QDate(2026, 1, 5), QStringLiteral("test"));
        jobs.finishRun(run, true, QStringLiteral("0 lots"));
        const auto last = jobs.lastSuccess(Jobs::Expiry);
        QVERIFY(last.has_value());
        QCOMPARE(last->dueDate, QDate(2026, 1, 5));
        QCOMPARE(last->result, QStringLiteral("Success"));
        QVERIFY(!jobs.lastSuccess(Jobs::Reminders).has_value());
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
