#include "Directory.h"
#include "Error.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Settings.h"
#include "TestDb.h"
#include "WorkCalendar.h"

#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {
const QString A = QStringLiteral("EMP-A");
QDate d(int m, int day) { return QDate(2026, m, day); }

void setExpiryDays(TestDb &t, int days)
{
    LeaveTypeSettings s = Settings(t.db(), t.clock()).toilLeaveType();
    s.expiryDays = days;
    Settings(t.db(), t.clock()).setToilLeaveType(Actor::system(), s);
}

QString refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("(accepted)");
}
} // namespace

class TestLeaves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWorkingDays()
    {
        TestDb t;
        t.addStandardPeople();
        Leaves leaves(t.db(), t.clock());
        WorkCalendar(t.db(), t.clock()).addHoliday(Actor::system(), d(1, 14), QStringLiteral("Founders' day"));
        LeaveQuote q = leaves.quote(A, d(1, 12), d(1, 16), {});
        QCOMPARE(q.halfDays, 8); // Mon..Fri less the Wednesday holiday = 4 days
        QCOMPARE(q.minutes, qint64(4 * 480));
        QCOMPARE(q.days.size(), 4);
        QCOMPARE(q.days.at(2).date, d(1, 15));
        // across a weekend: Fri 16 .. Tue 20 = Fri, Mon, Tue
        q = leaves.quote(A, d(1, 16), d(1, 20), d(1, 20));
        QCOMPARE(q.halfDays, 5); // 2.5 days
        QCOMPARE(q.minutes, qint64(480 + 480 + 240));
        // a weekend alone
        QCOMPARE(refusal([&] { leaves.quote(A, d(1, 10), d(1, 11), {}); }),
                 QStringLiteral("2026-01-10 to 2026-01-11: these days are holidays: no leave needed"));
        QCOMPARE(refusal([&] { leaves.quote(A, d(1, 14), d(1, 14), {}); }),
                 QStringLiteral("2026-01-14 to 2026-01-14: these days are holidays: no leave needed"));
        // a half day must be a working day inside the range
        try {
            leaves.quote(A, d(1, 9), d(1, 12), d(1, 10));
            QFAIL("half day on a Saturday");
        } catch (const Error &e) {
            QCOMPARE(e.field(), QStringLiteral("half_day_date"));
            QCOMPARE(e.value(), QStringLiteral("2026-01-10"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, leaves.quote(A, d(1, 12), d(1, 13), d(1, 14)));
        QVERIFY_THROWS_EXCEPTION(Error, leaves.quote(A, d(1, 13), d(1, 12), {}));
        // weekend days are a setting
        Settings(t.db(), t.clock()).set(Actor::system(), QString::fromLatin1(Settings::WeekendDays), QStringLiteral("5,6"));
        QCOMPARE(Leaves(t.db(), t.clock()).quote(A, d(1, 16), d(1, 18), {}).halfDays, 2); // Fri, Sat off; Sun works
    }

    void insufficientBalanceNamesTheShortfall()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 960);
        Leaves leaves(t.db(), t.clock());
        const Actor a = t.actor(QStringLiteral("a"));
        QCOMPARE(refusal([&] { leaves.apply(a, A, d(1, 12), d(1, 14), {}, {}); }),
                 QStringLiteral("Insufficient TOIL Balance: the leave needs 24:00 h (3.000 days) but 16:00 h (2.000 days) is "
                                "available on those days; short by 8:00 h (1.000 days)"));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt(), 0);
        const qint64 id = leaves.apply(a, A, d(1, 12), d(1, 13), {}, QStringLiteral("Ski trip"));
        const LeaveApplication la = leaves.get(a, id);
        QCOMPARE(la.status, QStringLiteral("Open"));
        QCOMPARE(la.docstatus, 0);
        QCOMPARE(la.totalLeaveDays(), QStringLiteral("2"));
        QCOMPARE(la.minutes, qint64(960));
    }

    void openApplicationsReserve()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 960);
        Leaves leaves(t.db(), t.clock());
        Ledger ledger(t.db(), t.clock());
        const Actor a = t.actor(QStringLiteral("a")), sup = t.actor(QStringLiteral("sup"));
        const qint64 first = leaves.apply(a, A, d(1, 12), d(1, 12), {}, {});
        QCOMPARE(ledger.pendingMinutes(A), qint64(480));
        QCOMPARE(ledger.availableMinutes(A, d(1, 5)), qint64(960)); // nothing drawn yet
        QCOMPARE(refusal([&] { leaves.apply(a, A, d(1, 13), d(1, 14), {}, {}); }),
                 QStringLiteral("Insufficient TOIL Balance: the leave needs 16:00 h (2.000 days) but 8:00 h (1.000 days) is "
                                "available on those days; short by 8:00 h (1.000 days)"));
        const LeaveQuote q = leaves.quote(A, d(1, 13), d(1, 13), {});
        QCOMPARE(q.balanceBefore, qint64(480));
        QCOMPARE(q.balanceAfter, qint64(0));
        leaves.reject(sup, first, QStringLiteral("Busy week"));
        QCOMPARE(leaves.get(a, first).status, QStringLiteral("Rejected"));
        QCOMPARE(ledger.pendingMinutes(A), qint64(0));
        const qint64 second = leaves.apply(a, A, d(1, 13), d(1, 14), {}, {});
        leaves.approve(sup, second);
        QCOMPARE(ledger.availableMinutes(A, d(1, 5)), qint64(0));
        QCOMPARE(ledger.pendingMinutes(A), qint64(0));
        // approval wrote one negative entry per lot drawn
        const QList<LedgerEntry> e = ledger.entries(A);
        QCOMPARE(e.size(), 2);
        QCOMPARE(e.at(1).minutes, qint64(-960));
        QCOMPARE(e.at(1).transactionType, QStringLiteral("Leave Application"));
        QCOMPARE(e.at(1).transactionName, QStringLiteral("LAP-00002"));
        QCOMPARE(e.at(1).date, d(1, 13));
        // cancelling releases with a reversing entry; nothing is deleted
        leaves.cancel(sup, second);
        const QList<LedgerEntry> after = ledger.entries(A);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(2).minutes, qint64(960));
        QCOMPARE(ledger.availableMinutes(A, d(1, 5)), qint64(960));
    }

    void drawsEarliestExpiryFirstAndStraddlesExpiry()
    {
        TestDb t;
        t.addStandardPeople();
        setExpiryDays(t, 10);
        // Lot 1: 2026-01-05 .. 2026-01-14, 16 h; lot 2: 2026-01-08 .. 2026-01-17, 16 h.
        const qint64 lot1 = t.accrue(A, d(1, 1), d(1, 4), 960);
        const qint64 lot2 = t.accrue(A, d(1, 5), d(1, 7), 960);
        Ledger ledger(t.db(), t.clock());
        QCOMPARE(ledger.lot(lot1).toDate, d(1, 14));
        QCOMPARE(ledger.lot(lot2).toDate, d(1, 17));
        Leaves leaves(t.db(), t.clock());
        const Actor a = t.actor(QStringLiteral("a"));
        // Tue 13 .. Fri 16: 13 and 14 from lot 1 (expires first), 15 and 16 from lot 2.
        LeaveQuote q = leaves.quote(A, d(1, 13), d(1, 16), {});
        QCOMPARE(q.plan.shortfall(), qint64(0));
        QCOMPARE(q.plan.draws.size(), 2);
        QCOMPARE(q.plan.draws.at(0).allocation, lot1);
        QCOMPARE(q.plan.draws.at(0).minutes, qint64(960));
        QCOMPARE(q.plan.draws.at(0).firstDate, d(1, 13));
        QCOMPARE(q.plan.draws.at(1).allocation, lot2);
        QCOMPARE(q.plan.draws.at(1).minutes, qint64(960));
        QCOMPARE(q.plan.draws.at(1).firstDate, d(1, 15));
        // Spend lot 1 on the 8th and 9th; then Thu 15 .. Mon 19 needs 3 days but only lot 2 is valid on
        // the 15th and 16th and nothing on the 19th, whatever the balance was earlier.
        const qint64 taken = leaves.apply(a, A, d(1, 8), d(1, 8), {}, {});
        leaves.approve(t.actor(QStringLiteral("sup")), taken); // Jan 8 draws lot 1 first
        QCOMPARE(ledger.lot(lot1).remaining, qint64(480));
        const qint64 more = leaves.apply(a, A, d(1, 9), d(1, 9), {}, {});
        leaves.approve(t.actor(QStringLiteral("sup")), more); // the last 480 of lot 1
        QCOMPARE(ledger.lot(lot1).remaining, qint64(0));
        QCOMPARE(ledger.lot(lot2).remaining, qint64(960));
        QCOMPARE(refusal([&] { leaves.apply(a, A, d(1, 15), d(1, 19), {}, {}); }),
                 QStringLiteral("Insufficient TOIL Balance: the leave needs 24:00 h (3.000 days) but 16:00 h (2.000 days) is "
                                "available on those days; short by 8:00 h (1.000 days)"));
    }

    void backDatedLeaveUsesAnExpiredLot()
    {
        TestDb t;
        t.addStandardPeople();
        setExpiryDays(t, 10);
        const qint64 lot = t.accrue(A, d(1, 1), d(1, 4), 480); // valid 2026-01-05 .. 2026-01-14
        t.clock().setToday(d(1, 20));
        Jobs(t.db(), t.clock()).expire();
        Ledger ledger(t.db(), t.clock());
        Lot l = ledger.lot(lot);
        QVERIFY(l.isExpired);
        QCOMPARE(l.expired, qint64(480));
        QCOMPARE(l.remaining, qint64(0));
        Leaves leaves(t.db(), t.clock());
        // Forgotten leave on Tue 13, applied a week later: the lot was valid then.
        const qint64 id = leaves.apply(t.actor(QStringLiteral("a")), A, d(1, 13), d(1, 13), {}, QStringLiteral("Forgot to book"));
        leaves.approve(t.actor(QStringLiteral("sup")), id);
        l = ledger.lot(lot);
        QCOMPARE(l.used, qint64(480));
        QCOMPARE(l.expired, qint64(0));
        QCOMPARE(l.remaining, qint64(0));
        const QList<LedgerEntry> e = ledger.entries(A);
        QCOMPARE(e.size(), 4); // allocation, expiry, leave, correction: nothing deleted
        QCOMPARE(e.at(1).minutes, qint64(-480));
        QCOMPARE(e.at(1).isExpired, true);
        QCOMPARE(e.at(3).transactionType, QStringLiteral("Expiry Correction"));
        QCOMPARE(e.at(3).minutes, qint64(480));
        QCOMPARE(e.at(3).isExpired, true);
        QCOMPARE(e.at(3).date, d(1, 14));
        // A day on which the lot was not valid cannot use it.
        QVERIFY(refusal([&] { leaves.apply(t.actor(QStringLiteral("a")), A, d(1, 16), d(1, 16), {}, {}); })
                    .startsWith(QStringLiteral("Insufficient TOIL Balance")));
        // Cancelling the back-dated leave gives the time back to the lot, which expires it again.
        leaves.cancel(t.actor(QStringLiteral("hr")), id);
        l = ledger.lot(lot);
        QCOMPARE(l.used, qint64(0));
        QCOMPARE(l.expired, qint64(480));
        QCOMPARE(l.remaining, qint64(0));
    }

    void approvedCountIsFrozen()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 3000);
        Leaves leaves(t.db(), t.clock());
        const qint64 id = leaves.apply(t.actor(QStringLiteral("a")), A, d(1, 12), d(1, 16), {}, {});
        leaves.approve(t.actor(QStringLiteral("sup")), id);
        WorkCalendar(t.db(), t.clock()).addHoliday(Actor::system(), d(1, 14), QStringLiteral("Late holiday"));
        const LeaveApplication la = leaves.get(Actor::system(), id);
        QCOMPARE(la.totalLeaveDays(), QStringLiteral("5"));
        QCOMPARE(la.minutes, qint64(2400));
        QCOMPARE(Ledger(t.db(), t.clock()).availableMinutes(A, d(1, 12)), qint64(600));
    }

    void overlapAndHalfDays()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 5000);
        Leaves leaves(t.db(), t.clock());
        const Actor a = t.actor(QStringLiteral("a"));
        leaves.apply(a, A, d(1, 12), d(1, 13), {}, {});
        QCOMPARE(refusal([&] { leaves.apply(a, A, d(1, 13), d(1, 14), {}, {}); }),
                 QStringLiteral("The leave overlaps LAP-00001 (2026-01-12 to 2026-01-13) on 2026-01-13"));
        leaves.apply(a, A, d(1, 15), d(1, 15), d(1, 15), QStringLiteral("morning"));
        leaves.apply(a, A, d(1, 15), d(1, 15), d(1, 15), QStringLiteral("afternoon")); // two halves fit one day
        QVERIFY(refusal([&] { leaves.apply(a, A, d(1, 15), d(1, 15), d(1, 15), {}); }).startsWith(QStringLiteral("The leave overlaps")));
        QVERIFY(refusal([&] { leaves.apply(a, A, d(1, 15), d(1, 16), {}, {}); }).startsWith(QStringLiteral("The leave overlaps")));
        // a rejected or cancelled application no longer blocks its days
        leaves.cancel(a, 1);
        leaves.apply(a, A, d(1, 13), d(1, 13), {}, {});
    }

    void whoApprovesAndCancels()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 2400);
        Leaves leaves(t.db(), t.clock());
        const Actor a = t.actor(QStringLiteral("a")), sup = t.actor(QStringLiteral("sup"));
        QVERIFY(refusal([&] { leaves.apply(t.actor(QStringLiteral("b")), A, d(1, 12), d(1, 12), {}, {}); })
                    .contains(QStringLiteral("may not apply for leave on behalf of employee EMP-A")));
        const qint64 byHr = leaves.apply(t.actor(QStringLiteral("hr")), A, d(1, 12), d(1, 12), {}, {}); // HR on behalf
        QCOMPARE(refusal([&] { leaves.approve(t.actor(QStringLiteral("other")), byHr); }),
                 QStringLiteral("Only the immediate supervisor can approve this leave application"));
        QCOMPARE(refusal([&] { leaves.approve(t.actor(QStringLiteral("hr")), byHr); }),
                 QStringLiteral("Only the immediate supervisor can approve this leave application"));
        QVERIFY(refusal([&] { leaves.approve(a, byHr); }).startsWith(QStringLiteral("Nobody can approve their own")));
        QVERIFY(refusal([&] { leaves.cancel(sup, byHr); }).startsWith(QStringLiteral("Only employee EMP-A can cancel")));
        leaves.approve(sup, byHr);
        QVERIFY(refusal([&] { leaves.cancel(a, byHr); }).startsWith(QStringLiteral("Only the supervisor or HR can cancel")));
        leaves.cancel(t.actor(QStringLiteral("hr")), byHr);
        QCOMPARE(leaves.get(a, byHr).status, QStringLiteral("Cancelled"));
        QCOMPARE(leaves.get(a, byHr).docstatus, 2);
        QVERIFY(refusal([&] { leaves.cancel(t.actor(QStringLiteral("hr")), byHr); }).contains(QStringLiteral("is Cancelled")));

        // HR approves only where the employee has no supervisor with a login.
        Directory dir(t.db(), t.clock());
        Employee n;
        n.id = QStringLiteral("EMP-N");
        n.name = QStringLiteral("Nils Nobody");
        n.email = QStringLiteral("n@example.org");
        n.login = QStringLiteral("n");
        dir.add(Actor::system(), n);
        t.accrue(QStringLiteral("EMP-B"), QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
        const qint64 lotN = [&] {
            // EMP-N has no supervisor: give them TOIL through a lot of their own via a temporary supervisor.
            Employee withSup = dir.get(QStringLiteral("EMP-N"));
            withSup.reportsTo = QStringLiteral("EMP-SUP");
            dir.update(Actor::system(), withSup);
            const qint64 l = t.accrue(QStringLiteral("EMP-N"), QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
            withSup.reportsTo.clear();
            dir.update(Actor::system(), withSup);
            return l;
        }();
        QVERIFY(lotN > 0);
        const qint64 nLeave = leaves.apply(t.actor(QStringLiteral("n")), QStringLiteral("EMP-N"), d(1, 12), d(1, 12), {}, {});
        // A supervisor who is not EMP-N's is told only that (docs/security.md: refusals tell nothing).
        QCOMPARE(refusal([&] { leaves.approve(sup, nLeave); }),
                 QStringLiteral("Only the immediate supervisor can approve this leave application"));
        leaves.approve(t.actor(QStringLiteral("hr")), nLeave);
        QCOMPARE(leaves.get(Actor::system(), nLeave).status, QStringLiteral("Approved"));
    }

    void balanceShowsPendingAndExpiring()
    {
        TestDb t(QDate(2026, 6, 10));
        t.addStandardPeople();
        const qint64 lot = t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 600); // last day 2026-07-03
        t.accrue(A, QDate(2026, 5, 25), QDate(2026, 5, 31), 120);                    // last day 2026-11-27
        Leaves leaves(t.db(), t.clock());
        leaves.apply(t.actor(QStringLiteral("a")), A, d(6, 15), d(6, 15), d(6, 15), {});
        const Balance b = Ledger(t.db(), t.clock()).balance(A, t.clock().today(), 30);
        QCOMPARE(b.available, qint64(720));
        QCOMPARE(b.pending, qint64(240));
        QCOMPARE(b.expiring.size(), 1);
        QCOMPARE(b.expiring.first().allocation, lot);
        QCOMPARE(b.expiring.first().minutes, qint64(600));
        QCOMPARE(b.expiring.first().toDate, d(7, 3));
        QCOMPARE(b.lots.size(), 2);
        QCOMPARE(b.lots.first().reserved, qint64(240));
        // the displayed balance is the ledger's sum
        qint64 sum = 0;
        for (const LedgerEntry &e : Ledger(t.db(), t.clock()).entries(A))
            sum += e.minutes;
        QCOMPARE(b.available, sum);
    }
};

QTEST_GUILESS_MAIN(TestLeaves)
#include "tst_leaves.moc"
