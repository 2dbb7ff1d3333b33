#include "Error.h"
#include "Inbox.h"
#include "Ledger.h"
#include "Leaves.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

class TestInbox : public QObject
{
    Q_OBJECT

    static qint64 sent(TestDb &t, const QString &employee, const QString &login, QDate monday, qint64 toil)
    {
        const qint64 id = t.timesheet(employee, monday, monday.addDays(6),
                                      {TestDb::log(monday, 480, true), TestDb::log(monday, toil, false)});
        Timesheets(t.db(), t.clock()).send(t.actor(login), id);
        return id;
    }

private Q_SLOTS:
    void countsWhatTheListsHold()
    {
        TestDb t(QDate(2026, 2, 16));
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), QDate(2026, 1, 5), QDate(2026, 1, 11), 480);
        const qint64 tsA = sent(t, QStringLiteral("EMP-A"), QStringLiteral("a"), QDate(2026, 2, 2), 90);
        sent(t, QStringLiteral("EMP-B"), QStringLiteral("b"), QDate(2026, 2, 2), 60);
        sent(t, QStringLiteral("EMP-C"), QStringLiteral("c"), QDate(2026, 2, 2), 30);
        // A Draft is not waiting for anyone.
        t.timesheet(QStringLiteral("EMP-B"), QDate(2026, 2, 9), QDate(2026, 2, 15), {TestDb::log(QDate(2026, 2, 9), 60, false)});
        Leaves(t.db(), t.clock()).apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 2, 18),
                                        QDate(2026, 2, 18), {}, QStringLiteral("Day off"));

        Inbox inbox(t.db(), t.clock());
        Timesheets sheets(t.db(), t.clock());
        Leaves leaves(t.db(), t.clock());
        Leaves::Filter awaiting;
        awaiting.awaitingActor = true;
        for (const char *login : {"sup", "other", "hr", "a"}) {
            const Actor who = t.actor(QString::fromLatin1(login));
            const InboxCount c = inbox.count(who);
            QCOMPARE(c.timesheets, int(sheets.awaitingApproval(who).size()));
            QCOMPARE(c.leaves, int(leaves.list(who, awaiting).size()));
        }
        const InboxCount sup = inbox.count(t.actor(QStringLiteral("sup")));
        QCOMPARE(sup.timesheets, 2);
        QCOMPARE(sup.leaves, 1);
        QCOMPARE(sup.total(), 3);
        QCOMPARE(inbox.count(t.actor(QStringLiteral("other"))).total(), 1);
        QCOMPARE(inbox.count(t.actor(QStringLiteral("a"))).total(), 0);
        QCOMPARE(inbox.count(Actor::system()).total(), 0);

        // Deciding takes it out of the count.
        sheets.approve(t.actor(QStringLiteral("sup")), tsA);
        QCOMPARE(inbox.count(t.actor(QStringLiteral("sup"))).timesheets, 1);
    }

    void hrCountsLeaveOfPeopleWithoutSupervisor()
    {
        TestDb t(QDate(2026, 2, 16));
        t.addStandardPeople();
        // EMP-SUP reports to EMP-HR; EMP-HR has nobody above. A leave of SUP waits for HR as their supervisor.
        t.accrue(QStringLiteral("EMP-SUP"), QDate(2026, 1, 5), QDate(2026, 1, 11), 480);
        Leaves(t.db(), t.clock()).apply(t.actor(QStringLiteral("sup")), QStringLiteral("EMP-SUP"), QDate(2026, 2, 18),
                                        QDate(2026, 2, 18), {}, QString());
        QCOMPARE(Inbox(t.db(), t.clock()).count(t.actor(QStringLiteral("hr"))).leaves, 1);
        QCOMPARE(Inbox(t.db(), t.clock()).count(t.actor(QStringLiteral("sup"))).leaves, 0); // not their own
    }

    void batchApprovalReportsEachRefusal()
    {
        TestDb t(QDate(2026, 2, 16));
        t.addStandardPeople();
        const qint64 tsA = sent(t, QStringLiteral("EMP-A"), QStringLiteral("a"), QDate(2026, 2, 2), 90);
        const qint64 tsB = sent(t, QStringLiteral("EMP-B"), QStringLiteral("b"), QDate(2026, 2, 2), 150);
        const qint64 tsC = sent(t, QStringLiteral("EMP-C"), QStringLiteral("c"), QDate(2026, 2, 2), 30);
        const Actor sup = t.actor(QStringLiteral("sup"));

        Inbox inbox(t.db(), t.clock());
        const QList<BatchOutcome> r = inbox.approveTimesheets(sup, {tsA, tsC, 999, tsB, tsA});
        QCOMPARE(r.size(), 5);
        QCOMPARE(r.at(0).name, QStringLiteral("TS-00001"));
        QVERIFY(r.at(0).ok);
        QVERIFY(!r.at(1).ok);
        QCOMPARE(r.at(1).message, QStringLiteral("Only the immediate supervisor can approve this timesheet"));
        QVERIFY(!r.at(2).ok);
        QCOMPARE(r.at(2).name, QStringLiteral("TS-00999"));
        QCOMPARE(r.at(2).message, QStringLiteral("Timesheet TS-00999 does not exist"));
        QVERIFY(r.at(3).ok);
        QVERIFY(!r.at(4).ok); // the second approval of the same sheet
        QCOMPARE(r.at(4).message,
                 QStringLiteral("Timesheet TS-00001 is Approved: only a timesheet Awaiting Approval can be approved"));
        QCOMPARE(Inbox::summary(r), QStringLiteral("2 approved, 3 refused"));
        QCOMPARE(Inbox::summary({r.at(0)}), QStringLiteral("1 approved"));

        // The approved ones hold their lots; the refused one is untouched.
        Ledger ledger(t.db(), t.clock());
        QCOMPARE(ledger.availableMinutes(QStringLiteral("EMP-A"), QDate(2026, 2, 9)), qint64(90));
        QCOMPARE(ledger.availableMinutes(QStringLiteral("EMP-B"), QDate(2026, 2, 9)), qint64(150));
        QCOMPARE(Timesheets(t.db(), t.clock()).get(Actor::system(), tsC).status, Timesheets::AwaitingApproval);
    }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
