#include "Directory.h"
#include "Error.h"
#include "Leaves.h"
#include "Ledger.h"
#include "TestDb.h"
#include "Settings.h"
#include "Timesheets.h"

#include <QSqlQuery>
#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {
const QString A = QStringLiteral("EMP-A");
const QDate kMon(2025, 12, 29);
const QDate kSun(2026, 1, 4);

QList<TimeLog> weekLogs()
{
    return {TestDb::log(kMon, 8 * 60, true, QStringLiteral("Client")),
            TestDb::log(kMon, 120, false, QStringLiteral("Support")),
            TestDb::log(kMon.addDays(1), 90, false, QStringLiteral("Release")),
            TestDb::log(kMon.addDays(2), 45, false, QStringLiteral("Release"))};
}

int count(TestDb &t, const char *sql)
{
    return t.db().scalar(QString::fromLatin1(sql)).toInt();
}
} // namespace

class TestTimesheets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedRuleCountsNonBillableMinutes()
    {
        TestDb t;
        t.addStandardPeople();
        Timesheets sheets(t.db(), t.clock());
        const qint64 id = t.timesheet(A, kMon, kSun, weekLogs());
        const Timesheet ts = sheets.get(t.actor(QStringLiteral("a")), id);
        QCOMPARE(ts.status, QStringLiteral("Draft"));
        QCOMPARE(ts.docstatus, 0);
        QCOMPARE(ts.toilMinutes, qint64(255)); // 2:00 + 1:30 + 0:45
        QCOMPARE(ts.totalMinutes, qint64(735));
        QCOMPARE(ts.toilStatus, QStringLiteral("Pending Accrual"));
        QVERIFY2(ts.details.contains(QStringLiteral("Total TOIL: 4:15 h = 0.531 days at 8:00 h per TOIL day")), qPrintable(ts.details));
        QVERIFY(ts.details.contains(QStringLiteral("2025-12-29  Client  8:00 h billable: not counted")));
        QVERIFY(ts.details.contains(QStringLiteral("2025-12-29  Support  2:00 h non-billable: counted 2:00 h")));
        QCOMPARE(ts.logs.size(), 4);
    }

    void billableOnlyIsNotApplicable()
    {
        TestDb t;
        t.addStandardPeople();
        const qint64 id = t.timesheet(A, kMon, kSun, {TestDb::log(kMon, 600, true)});
        const Timesheet ts = Timesheets(t.db(), t.clock()).get(Actor::system(), id);
        QCOMPARE(ts.toilMinutes, qint64(0));
        QCOMPARE(ts.toilStatus, QStringLiteral("Not Applicable"));
    }

    void hoursPerToilDayIsASetting()
    {
        TestDb t;
        t.addStandardPeople();
        Settings(t.db(), t.clock()).set(Actor::system(), QString::fromLatin1(Settings::MinutesPerToilDay), QStringLiteral("450"));
        const qint64 id = t.timesheet(A, kMon, kSun, {TestDb::log(kMon, 225, false)});
        const Timesheet ts = Timesheets(t.db(), t.clock()).get(Actor::system(), id);
        QVERIFY2(ts.details.contains(QStringLiteral("3:45 h = 0.500 days at 7:30 h per TOIL day")), qPrintable(ts.details));
    }

    void approvalCreatesOneLotInTheSameTransaction()
    {
        TestDb t;
        t.addStandardPeople();
        Timesheets sheets(t.db(), t.clock());
        const qint64 id = t.timesheet(A, kMon, kSun, weekLogs());
        sheets.send(t.actor(QStringLiteral("a")), id);
        QCOMPARE(sheets.get(Actor::system(), id).status, QStringLiteral("Awaiting Approval"));
        QCOMPARE(sheets.get(Actor::system(), id).docstatus, 0);
        sheets.approve(t.actor(QStringLiteral("sup")), id);
        const Timesheet ts = sheets.get(Actor::system(), id);
        QCOMPARE(ts.status, QStringLiteral("Approved"));
        QCOMPARE(ts.docstatus, 1);
        QCOMPARE(ts.toilStatus, QStringLiteral("Accrued"));
        QCOMPARE(ts.approvedBy, QStringLiteral("EMP-SUP"));
        QVERIFY(ts.allocation > 0);

        Ledger ledger(t.db(), t.clock());
        const Lot lot = ledger.lot(ts.allocation);
        QCOMPARE(lot.employee, A);
        QCOMPARE(lot.allocated, qint64(255));
        QCOMPARE(lot.fromDate, QDate(2026, 1, 5));  // the day after end_date
        QCOMPARE(lot.toDate, QDate(2026, 7, 3));    // from_date + 180 - 1
        QCOMPARE(lot.sourceTimesheet, id);
        QCOMPARE(lot.remaining, qint64(255));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT is_toil_allocation FROM leave_allocation WHERE id = ?"), {lot.id}).toInt(), 1);
        const QList<LedgerEntry> entries = ledger.entries(A);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().minutes, qint64(255));
        QCOMPARE(entries.first().transactionType, QStringLiteral("Leave Allocation"));
        QCOMPARE(entries.first().date, QDate(2026, 1, 5));
        QCOMPARE(ledger.availableMinutes(A, QDate(2026, 1, 5)), qint64(255));
        QCOMPARE(ledger.availableMinutes(A, QDate(2026, 1, 4)), qint64(0)); // not valid before from_date
        QCOMPARE(ledger.availableMinutes(A, QDate(2026, 7, 3)), qint64(255));
        QCOMPARE(ledger.availableMinutes(A, QDate(2026, 7, 4)), qint64(0));

        // Approving again changes nothing: one lot per timesheet.
        QVERIFY_THROWS_EXCEPTION(Error, sheets.approve(t.actor(QStringLiteral("sup")), id));
        QCOMPARE(count(t, "SELECT count(*) FROM leave_allocation"), 1);
        // Approved timesheets cannot be edited.
        try {
            sheets.setLogs(t.actor(QStringLiteral("a")), id, weekLogs());
            QFAIL("edited an approved timesheet");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Rule);
        }
    }

    void onlyTheImmediateSupervisorApproves()
    {
        TestDb t;
        t.addStandardPeople();
        Timesheets sheets(t.db(), t.clock());
        const qint64 id = t.timesheet(A, kMon, kSun, weekLogs());
        sheets.send(t.actor(QStringLiteral("a")), id);
        for (const char *login : {"other", "hr", "b"}) {
            try {
                sheets.approve(t.actor(QString::fromLatin1(login)), id);
                QFAIL(login);
            } catch (const Error &e) {
                QCOMPARE(e.kind(), Error::Kind::Permission);
                QCOMPARE(e.message(), QStringLiteral("Only the immediate supervisor can approve this timesheet"));
            }
        }
        try {
            sheets.approve(Actor::system(), id);
            QFAIL("system approved");
        } catch (const Error &e) {
            QCOMPARE(e.message(), QStringLiteral("Only the immediate supervisor can approve this timesheet"));
        }
        try {
            sheets.approve(t.actor(QStringLiteral("a")), id);
            QFAIL("self-approval");
        } catch (const Error &e) {
            QVERIFY(e.message().startsWith(QStringLiteral("Nobody approves their own timesheet")));
        }
        try {
            sheets.reject(t.actor(QStringLiteral("other")), id, QStringLiteral("no"));
            QFAIL("other rejected");
        } catch (const Error &e) {
            QCOMPARE(e.message(), QStringLiteral("Only the immediate supervisor can reject this timesheet"));
        }
        QCOMPARE(sheets.get(Actor::system(), id).status, QStringLiteral("Awaiting Approval"));
        QCOMPARE(count(t, "SELECT count(*) FROM leave_allocation"), 0);
        QCOMPARE(count(t, "SELECT count(*) FROM leave_ledger_entry"), 0);
    }

    void missingSupervisorIsExplained()
    {
        TestDb t;
        t.addStandardPeople();
        Directory dir(t.db(), t.clock());
        Employee noLogin;
        noLogin.id = QStringLiteral("EMP-NL");
        noLogin.name = QStringLiteral("Nora No-Login");
        noLogin.email = QStringLiteral("nora@example.org");
        dir.add(Actor::system(), noLogin);
        Employee d;
        d.id = QStringLiteral("EMP-D");
        d.name = QStringLiteral("Dev Doe");
        d.email = QStringLiteral("d@example.org");
        d.login = QStringLiteral("d");
        d.reportsTo = QStringLiteral("EMP-NL");
        dir.add(Actor::system(), d);
        Timesheets sheets(t.db(), t.clock());
        const qint64 id = t.timesheet(QStringLiteral("EMP-D"), kMon, kSun, weekLogs());
        try {
            sheets.send(t.actor(QStringLiteral("d")), id);
            QFAIL("sent to a supervisor without login");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Rule);
            QCOMPARE(e.message(), QStringLiteral("The supervisor EMP-NL (Nora No-Login) of employee EMP-D has no login: HR must give "
                                                 "them a user account before anything can be approved"));
        }
        const qint64 own = t.timesheet(QStringLiteral("EMP-HR"), kMon, kSun, weekLogs());
        try {
            sheets.send(t.actor(QStringLiteral("hr")), own);
            QFAIL("sent without supervisor");
        } catch (const Error &e) {
            QCOMPARE(e.message(), QStringLiteral("Employee EMP-HR (Harriet HR) has no supervisor (reports_to is empty): HR must "
                                                 "assign one before anything can be approved"));
        }
        QCOMPARE(sheets.get(Actor::system(), own).status, QStringLiteral("Draft"));
    }

    void rejectWithReasonThenResend()
    {
        TestDb t;
        t.addStandardPeople();
        Timesheets sheets(t.db(), t.clock());
        const Actor a = t.actor(QStringLiteral("a")), sup = t.actor(QStringLiteral("sup"));
        const qint64 id = t.timesheet(A, kMon, kSun, weekLogs());
        sheets.send(a, id);
        try {
            sheets.reject(sup, id, QStringLiteral("   "));
            QFAIL("rejected without reason");
        } catch (const Error &e) {
            QCOMPARE(e.field(), QStringLiteral("reason"));
        }
        sheets.reject(sup, id, QStringLiteral("Tuesday was billable"));
        Timesheet ts = sheets.get(a, id);
        QCOMPARE(ts.status, QStringLiteral("Rejected"));
        QCOMPARE(ts.docstatus, 0);
        QCOMPARE(ts.rejectionReason, QStringLiteral("Tuesday was billable"));
        QList<TimeLog> fixed = weekLogs();
        fixed[2].billable = true;
        sheets.setLogs(a, id, fixed);
        ts = sheets.get(a, id);
        QCOMPARE(ts.toilMinutes, qint64(165));
        QCOMPARE(ts.status, QStringLiteral("Rejected"));
        sheets.send(a, id);
        ts = sheets.get(a, id);
        QCOMPARE(ts.status, QStringLiteral("Awaiting Approval"));
        QCOMPARE(ts.rejectionReason, QString());
        sheets.approve(sup, id);
        QCOMPARE(Ledger(t.db(), t.clock()).lot(sheets.get(a, id).allocation).allocated, qint64(165));
    }

    void logsAreValidated_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QString>("field");
        QTest::newRow("outside period") << QDate(2025, 12, 28) << qint64(60) << QStringLiteral("time_logs[1].date");
        QTest::newRow("future") << QDate(2026, 1, 6) << qint64(60) << QStringLiteral("time_logs[1].date");
        QTest::newRow("zero hours") << QDate(2026, 1, 2) << qint64(0) << QStringLiteral("time_logs[1].hours");
        QTest::newRow("negative hours") << QDate(2026, 1, 2) << qint64(-30) << QStringLiteral("time_logs[1].hours");
        QTest::newRow("over a day") << QDate(2026, 1, 2) << qint64(24 * 60 + 1) << QStringLiteral("time_logs[1].hours");
        QTest::newRow("invalid date") << QDate() << qint64(60) << QStringLiteral("time_logs[1].date");
    }
    void logsAreValidated()
    {
        QFETCH(QDate, date);
        QFETCH(qint64, minutes);
        QFETCH(QString, field);
        TestDb t;
        t.addStandardPeople();
        try {
            t.timesheet(A, kMon, QDate(2026, 1, 11), {TestDb::log(date, minutes, false)});
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), field);
            QVERIFY2(e.message().startsWith(QStringLiteral("time log 1")), qPrintable(e.message()));
        }
        QCOMPARE(count(t, "SELECT count(*) FROM timesheet"), 0);
    }

    void atMost24HoursADayAcrossTimesheets()
    {
        TestDb t;
        t.addStandardPeople();
        Timesheets sheets(t.db(), t.clock());
        const qint64 first = t.timesheet(A, kMon, kSun, {TestDb::log(kMon, 20 * 60, true)});
        try {
            t.timesheet(A, kMon, kMon, {TestDb::log(kMon, 5 * 60, false)});
            QFAIL("25 hours in a day");
        } catch (const Error &e) {
            QCOMPARE(e.message(), QStringLiteral("2025-12-29: 25:00 hours logged on one day (20:00 in other timesheets); at most 24 hours a day"));
        }
        t.timesheet(A, kMon, kMon, {TestDb::log(kMon, 4 * 60, false)}); // exactly 24 is fine
        // A discarded timesheet no longer counts.
        sheets.cancel(t.actor(QStringLiteral("a")), first);
        QCOMPARE(sheets.get(Actor::system(), first).status, QStringLiteral("Cancelled"));
        t.timesheet(A, kMon, kMon, {TestDb::log(kMon, 20 * 60, false)});
    }

    void onlyTheEmployeeEditsAndSends()
    {
        TestDb t;
        t.addStandardPeople();
        Timesheets sheets(t.db(), t.clock());
        QVERIFY_THROWS_EXCEPTION(Error, sheets.create(t.actor(QStringLiteral("b")), A, kMon, kSun, weekLogs()));
        QVERIFY_THROWS_EXCEPTION(Error, sheets.create(t.actor(QStringLiteral("sup")), A, kMon, kSun, weekLogs()));
        const qint64 byHr = sheets.create(t.actor(QStringLiteral("hr")), A, kMon, kSun, weekLogs()); // HR may create
        QVERIFY_THROWS_EXCEPTION(Error, sheets.send(t.actor(QStringLiteral("hr")), byHr));
        QVERIFY_THROWS_EXCEPTION(Error, sheets.setLogs(t.actor(QStringLiteral("sup")), byHr, weekLogs()));
        sheets.send(t.actor(QStringLiteral("a")), byHr);
    }

    void cancellingReversesTheLot()
    {
        TestDb t;
        t.addStandardPeople();
        Timesheets sheets(t.db(), t.clock());
        const qint64 lotId = t.accrue(A, kMon, kSun, 300);
        const qint64 id = t.db().scalar(QStringLiteral("SELECT source_timesheet FROM leave_allocation WHERE id = ?"), {lotId}).toLongLong();
        QVERIFY_THROWS_EXCEPTION(Error, sheets.cancel(t.actor(QStringLiteral("a")), id));
        QVERIFY_THROWS_EXCEPTION(Error, sheets.cancel(t.actor(QStringLiteral("other")), id));
        sheets.cancel(t.actor(QStringLiteral("hr")), id);
        const Timesheet ts = sheets.get(Actor::system(), id);
        QCOMPARE(ts.status, QStringLiteral("Cancelled"));
        QCOMPARE(ts.docstatus, 2);
        QCOMPARE(ts.toilStatus, QStringLiteral("Cancelled"));
        Ledger ledger(t.db(), t.clock());
        const QList<LedgerEntry> entries = ledger.entries(A);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).minutes, qint64(-300));
        QCOMPARE(entries.at(1).transactionType, QStringLiteral("Timesheet Cancellation"));
        QCOMPARE(ledger.availableMinutes(A, QDate(2026, 1, 6)), qint64(0));
        QCOMPARE(ledger.lots(A).size(), 0);
        QCOMPARE(ledger.lots(A, true).first().docstatus, 2);
    }

    void cancelBlockedWhenToilConsumed()
    {
        TestDb t;
        t.addStandardPeople();
        Timesheets sheets(t.db(), t.clock());
        Leaves leaves(t.db(), t.clock());
        const qint64 lotId = t.accrue(A, kMon, kSun, 480);
        const qint64 id = t.db().scalar(QStringLiteral("SELECT source_timesheet FROM leave_allocation WHERE id = ?"), {lotId}).toLongLong();
        const qint64 leave = leaves.apply(t.actor(QStringLiteral("a")), A, QDate(2026, 1, 12), QDate(2026, 1, 12), QDate(2026, 1, 12), {});
        try {
            sheets.cancel(t.actor(QStringLiteral("sup")), id);
            QFAIL("cancelled with TOIL consumed");
        } catch (const Error &e) {
            QCOMPARE(e.message(), QStringLiteral("Cannot cancel timesheet - TOIL consumed by LAP-00001 (Open): cancel those leave applications first"));
        }
        leaves.approve(t.actor(QStringLiteral("sup")), leave);
        try {
            sheets.cancel(t.actor(QStringLiteral("hr")), id);
            QFAIL("cancelled with TOIL consumed");
        } catch (const Error &e) {
            QVERIFY(e.message().startsWith(QStringLiteral("Cannot cancel timesheet - TOIL consumed by LAP-00001 (Approved)")));
        }
        QCOMPARE(sheets.get(Actor::system(), id).status, QStringLiteral("Approved"));
        leaves.cancel(t.actor(QStringLiteral("sup")), leave);
        sheets.cancel(t.actor(QStringLiteral("sup")), id); // the approver may cancel
        QCOMPARE(Ledger(t.db(), t.clock()).availableMinutes(A, QDate(2026, 1, 12)), qint64(0));
    }

    void everyStateChangeIsAudited()
    {
        TestDb t;
        t.addStandardPeople();
        Timesheets sheets(t.db(), t.clock());
        const qint64 id = t.timesheet(A, kMon, kSun, weekLogs());
        sheets.send(t.actor(QStringLiteral("a")), id);
        sheets.approve(t.actor(QStringLiteral("sup")), id);
        QSqlQuery q = t.db().exec(QStringLiteral("SELECT actor, action, \"before\", \"after\" FROM audit_log WHERE docname = 'TS-00001' ORDER BY id"));
        QStringList seen;
        while (q.next())
            seen << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        QCOMPARE(seen, (QStringList{QStringLiteral("a:create"), QStringLiteral("a:send"), QStringLiteral("sup:approve")}));
    }
};

QTEST_GUILESS_MAIN(TestTimesheets)
#include "tst_timesheets.moc"
