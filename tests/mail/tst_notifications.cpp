// What waits for the signed-in person: approvals for supervisors, TOIL about to expire for employees.
#include "Leaves.h"
#include "Notifications.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waiting()
    {
        TestDb t; // Monday 2026-01-05
        t.addStandardPeople();
        Notifications n(t.db(), t.clock());
        QCOMPARE(n.waitingFor(t.actor(QStringLiteral("sup"))), Waiting{});
        QVERIFY(Notifications::describe(n.waitingFor(t.actor(QStringLiteral("sup"))), 480).isEmpty());

        // Lots: Ann's from 2025-07-21 to 2026-01-16 (within 30 days), and one valid until mid-2026.
        t.accrue(QStringLiteral("EMP-A"), QDate(2025, 7, 14), QDate(2025, 7, 20), 150);
        t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 22), QDate(2025, 12, 28), 480);
        // Two timesheets and a leave application wait for Sunil.
        Timesheets sheets(t.db(), t.clock());
        const qint64 ts1 = t.timesheet(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 2),
                                       {TestDb::log(QDate(2025, 12, 30), 60, false)});
        sheets.send(t.actor(QStringLiteral("a")), ts1);
        const qint64 ts2 = t.timesheet(QStringLiteral("EMP-B"), QDate(2025, 12, 29), QDate(2026, 1, 2),
                                       {TestDb::log(QDate(2025, 12, 31), 60, false)});
        sheets.send(t.actor(QStringLiteral("b")), ts2);
        t.timesheet(QStringLiteral("EMP-B"), QDate(2025, 12, 22), QDate(2025, 12, 26), {TestDb::log(QDate(2025, 12, 23), 60, false)}); // a draft
        Leaves(t.db(), t.clock()).apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 14), QDate(2026, 1, 14),
                                        QDate(2026, 1, 14), QString());

        const Waiting sup = n.waitingFor(t.actor(QStringLiteral("sup")));
        QCOMPARE(sup.timesheets, 2);
        QCOMPARE(sup.leaveApplications, 1);
        QCOMPARE(sup.forApproval(), 3);
        QCOMPARE(sup.expiringMinutes, 0);
        QCOMPARE(Notifications::describe(sup, 480),
                 (QStringList{QStringLiteral("2 timesheet(s) wait for your approval"),
                              QStringLiteral("1 leave application(s) wait for your approval")}));

        // Olga supervises Cat only: nothing for her.
        QCOMPARE(n.waitingFor(t.actor(QStringLiteral("other"))).forApproval(), 0);

        const Waiting ann = n.waitingFor(t.actor(QStringLiteral("a")));
        QCOMPARE(ann.forApproval(), 0);
        QCOMPARE(ann.expiringMinutes, 150);
        QCOMPARE(ann.firstExpiry, QDate(2026, 1, 16));
        QCOMPARE(ann.expiringDays, 30);
        QCOMPARE(Notifications::describe(ann, 480),
                 QStringList{QStringLiteral("2:30 h (0.313 days) of your TOIL expires within 30 day(s), the first on 2026-01-16")});

        // Approving clears Sunil's count.
        sheets.approve(t.actor(QStringLiteral("sup")), ts1);
        QCOMPARE(n.waitingFor(t.actor(QStringLiteral("sup"))).timesheets, 1);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
