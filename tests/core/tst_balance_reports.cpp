#include "Error.h"
#include "Jobs.h"
#include "Ledger.h"
#include "Leaves.h"
#include "BalanceReports.h"
#include "Search.h"
#include "Settings.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {
const QString A = QStringLiteral("EMP-A"), B = QStringLiteral("EMP-B"), C = QStringLiteral("EMP-C");
const QString Sup = QStringLiteral("EMP-SUP"), Other = QStringLiteral("EMP-OTHER");

// A hand-built history, today 2026-03-16 (a Monday), lots valid for 60 days:
//   A  150 min, valid 2026-01-12 .. 03-12 (a half day on 02-10 takes all of it)
//   A  240 min, valid 2026-02-09 .. 04-09 (the same half day takes 90)
//   A  300 min, valid 2026-03-09 .. 05-07
//   B  300 min, valid 2026-03-02 .. 04-30 (an Open half day on 03-18 holds 240)
//   B   60 min, valid 2026-03-16 .. 05-14, its timesheet cancelled: left out of everything
//   C  600 min, valid 2026-01-12 .. 03-12, expired by the job on 03-16 (dated 03-12)
struct History
{
    TestDb t{QDate(2026, 3, 16)};
    History()
    {
        t.addStandardPeople();
        LeaveTypeSettings type;
        type.expiryDays = 60;
        Settings(t.db(), t.clock()).setToilLeaveType(Actor::system(), type);
        t.accrue(A, QDate(2026, 1, 5), QDate(2026, 1, 11), 150);
        t.accrue(A, QDate(2026, 2, 2), QDate(2026, 2, 8), 240);
        t.accrue(A, QDate(2026, 3, 2), QDate(2026, 3, 8), 300);
        t.accrue(B, QDate(2026, 2, 23), QDate(2026, 3, 1), 300);
        const qint64 cancelledLot = t.accrue(B, QDate(2026, 3, 9), QDate(2026, 3, 15), 60);
        t.accrue(C, QDate(2026, 1, 5), QDate(2026, 1, 11), 600);
        Timesheets(t.db(), t.clock()).cancel(t.actor(QStringLiteral("hr")),
                                             Ledger(t.db(), t.clock()).lot(cancelledLot).sourceTimesheet);

        Leaves leaves(t.db(), t.clock());
        const qint64 half = leaves.apply(t.actor(QStringLiteral("a")), A, QDate(2026, 2, 10), QDate(2026, 2, 10),
                                         QDate(2026, 2, 10), QStringLiteral("Back-dated half day"));
        leaves.approve(t.actor(QStringLiteral("sup")), half);
        leaves.apply(t.actor(QStringLiteral("b")), B, QDate(2026, 3, 18), QDate(2026, 3, 18), QDate(2026, 3, 18),
                     QStringLiteral("Open half day"));
        const ExpiryResult expired = Jobs(t.db(), t.clock()).expire();
        QCOMPARE(expired.minutes, qint64(600));
    }
    Actor hr() { return t.actor(QStringLiteral("hr")); }
};

const EmployeeBalance *find(const QList<EmployeeBalance> &rows, const QString &id)
{
    for (const EmployeeBalance &b : rows)
        if (b.employee == id)
            return &b;
    return nullptr;
}
} // namespace

class TestBalanceReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void balancesPerEmployee()
    {
        History h;
        BalanceReports reports(h.t.db(), h.t.clock());
        const QList<EmployeeBalance> all = reports.balances(h.hr(), {}, QDate(2026, 3, 16));
        QCOMPARE(all.size(), 6); // every active employee, zeros included
        // Ordered by name: Ann Able, Ben Baker, Cat Cole, Harriet HR, Olga Other, Sunil Supervisor.
        QCOMPARE(all.at(0).employee, A);
        QCOMPARE(all.at(1).employee, B);
        QCOMPARE(all.at(5).employee, Sup);

        const EmployeeBalance *a = find(all, A);
        QVERIFY(a);
        QCOMPARE(a->name, QStringLiteral("Ann Able"));
        QCOMPARE(a->available, qint64(450)); // 150 + 300
        QCOMPARE(a->expiringSoon, qint64(150)); // the lot ending 04-09 is within 30 days; 05-07 is not
        QCOMPARE(a->pending, qint64(0));
        const EmployeeBalance *b = find(all, B);
        QCOMPARE(b->available, qint64(300)); // the cancelled 60 is not there
        QCOMPARE(b->expiringSoon, qint64(0));
        QCOMPARE(b->pending, qint64(240));
        QCOMPARE(find(all, C)->available, qint64(0));

        // The chart agrees with the ledger, employee by employee and on other days.
        Ledger ledger(h.t.db(), h.t.clock());
        for (const QDate day : {QDate(2026, 1, 12), QDate(2026, 2, 10), QDate(2026, 3, 12), QDate(2026, 4, 10)}) {
            for (const EmployeeBalance &row : reports.balances(h.hr(), {}, day))
                QCOMPARE(row.available, ledger.availableMinutes(row.employee, day));
        }
        QCOMPARE(find(reports.balances(h.hr(), {}, QDate(2026, 2, 10)), A)->available, qint64(150)); // 390 - 240

        const QList<EmployeeBalance> team = reports.balances(h.hr(), Sup, QDate(2026, 3, 16));
        QCOMPARE(team.size(), 2);
        QCOMPARE(team.at(0).employee, A);
        QCOMPARE(team.at(1).employee, B);
        const QList<EmployeeBalance> other = reports.balances(h.hr(), Other, QDate(2026, 3, 16));
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.at(0).employee, C);
    }

    void flowsPerMonth()
    {
        History h;
        BalanceReports reports(h.t.db(), h.t.clock());
        const QList<MonthFlow> m = reports.monthly(h.hr(), {}, QDate(2025, 12, 20), QDate(2026, 4, 2));
        QCOMPARE(m.size(), 5);
        QCOMPARE(m.at(0).month, QDate(2025, 12, 1));
        QCOMPARE(m.at(4).month, QDate(2026, 4, 1));
        QCOMPARE(m.at(0).total(), qint64(0));
        // January: A's 150 and C's 600 became valid on 01-12.
        QCOMPARE(m.at(1).accrued, qint64(750));
        QCOMPARE(m.at(1).used, qint64(0));
        QCOMPARE(m.at(1).expired, qint64(0));
        // February: A's 240; the half day on 02-10 used 240 (150 + 90).
        QCOMPARE(m.at(2).accrued, qint64(240));
        QCOMPARE(m.at(2).used, qint64(240));
        QCOMPARE(m.at(2).expired, qint64(0));
        // March: A's 300 and B's 300 (B's cancelled 60 left out); C's 600 expired on 03-12; B's leave is only Open.
        QCOMPARE(m.at(3).accrued, qint64(600));
        QCOMPARE(m.at(3).used, qint64(0));
        QCOMPARE(m.at(3).expired, qint64(600));
        QCOMPARE(m.at(4).total(), qint64(0));

        const QList<MonthFlow> sup = reports.monthly(h.hr(), Sup, QDate(2026, 1, 1), QDate(2026, 3, 1));
        QCOMPARE(sup.size(), 3);
        QCOMPARE(sup.at(0).accrued, qint64(150));
        QCOMPARE(sup.at(1).used, qint64(240));
        QCOMPARE(sup.at(2).accrued, qint64(600));
        QCOMPARE(sup.at(2).expired, qint64(0));
        const QList<MonthFlow> other = reports.monthly(h.hr(), Other, QDate(2026, 1, 1), QDate(2026, 3, 1));
        QCOMPARE(other.at(0).accrued, qint64(600));
        QCOMPARE(other.at(2).expired, qint64(600));
        QCOMPARE(other.at(1).total(), qint64(0));
    }

    void expiringPerWeek()
    {
        History h;
        BalanceReports reports(h.t.db(), h.t.clock());
        const QList<WeekExpiry> w = reports.expiringByWeek(h.hr(), {}, QDate(2026, 3, 16), 90);
        // 2026-03-16 .. 06-13: the weeks starting 03-16 .. 06-08.
        QCOMPARE(w.size(), 13);
        QCOMPARE(w.first().weekStart, QDate(2026, 3, 16));
        QCOMPARE(w.last().weekStart, QDate(2026, 6, 8));
        for (int i = 0; i < w.size(); ++i) {
            const qint64 expected = i == 3 ? 150 : (i == 6 || i == 7) ? 300 : 0; // 04-09, 04-30, 05-07
            QCOMPARE(w.at(i).minutes, expected);
            QCOMPARE(w.at(i).lots, expected ? 1 : 0);
        }
        QCOMPARE(w.at(3).weekStart, QDate(2026, 4, 6));
        // A window that starts mid-week still buckets by Monday.
        const QList<WeekExpiry> mid = reports.expiringByWeek(h.hr(), Sup, QDate(2026, 4, 9), 14);
        QCOMPARE(mid.size(), 3);
        QCOMPARE(mid.at(0).weekStart, QDate(2026, 4, 6));
        QCOMPARE(mid.at(0).minutes, qint64(150));
        QCOMPARE(reports.expiringByWeek(h.hr(), Other, QDate(2026, 3, 16), 90).at(3).minutes, qint64(0));
    }

    void overviewAndTeams()
    {
        History h;
        BalanceReports reports(h.t.db(), h.t.clock());
        const ReportOverview o = reports.overview(h.hr(), {}, QDate(2026, 3, 16), 3, 90);
        QCOMPARE(o.minutesPerToilDay, 480);
        QCOMPARE(o.months.size(), 3);
        QCOMPARE(o.months.first().month, QDate(2026, 1, 1));
        QCOMPARE(o.months.last().expired, qint64(600));
        QCOMPARE(o.weeks.size(), 13);
        QCOMPARE(o.balances.size(), 6);
        // Teams: Harriet HR (SUP, OTHER), Olga Other (C), Sunil Supervisor (A, B) by name.
        QCOMPARE(o.teams.size(), 3);
        QCOMPARE(o.teams.at(0).supervisor, QStringLiteral("EMP-HR"));
        QCOMPARE(o.teams.at(0).members, (QStringList{Other, Sup}));
        QCOMPARE(o.teams.at(2).supervisor, Sup);
        QCOMPARE(o.teams.at(2).members, (QStringList{A, B}));
    }

    void largestFirstForTheChart()
    {
        const QList<EmployeeBalance> rows{{QStringLiteral("E3"), QStringLiteral("Cy"), 60},
                                          {QStringLiteral("E1"), QStringLiteral("Al"), 300},
                                          {QStringLiteral("E4"), QStringLiteral("Bo"), 60},
                                          {QStringLiteral("E2"), QStringLiteral("Di"), 0}};
        const QList<EmployeeBalance> top = BalanceReports::largest(rows, 3);
        QCOMPARE(top.size(), 3);
        QCOMPARE(top.at(0).employee, QStringLiteral("E1"));
        QCOMPARE(top.at(1).employee, QStringLiteral("E4")); // 60 each: Bo before Cy
        QCOMPARE(top.at(2).employee, QStringLiteral("E3"));
        QCOMPARE(BalanceReports::largest(rows, 10).size(), 4);
    }

    void searchMatchesEveryWord()
    {
        const QStringList fields{QStringLiteral("EMP-0003"), QStringLiteral("Ella Evans"), QStringLiteral("ella@demo")};
        QVERIFY(Search::matches(fields, QString()));
        QVERIFY(Search::matches(fields, QStringLiteral("  ")));
        QVERIFY(Search::matches(fields, QStringLiteral("evans")));
        QVERIFY(Search::matches(fields, QStringLiteral("ELLA 0003")));
        QVERIFY(Search::matches(fields, QStringLiteral("ella\t@demo")));
        QVERIFY(!Search::matches(fields, QStringLiteral("ella omar")));
        QVERIFY(!Search::matches({}, QStringLiteral("x")));
    }

    void onlyHrReads()
    {
        History h;
        BalanceReports reports(h.t.db(), h.t.clock());
        try {
            reports.balances(h.t.actor(QStringLiteral("sup")), Sup, QDate(2026, 3, 16));
            QFAIL("a supervisor read the organisation's balances");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Permission);
            QCOMPARE(e.message(), QStringLiteral("Only HR can see the balance reports"));
        }
        try {
            reports.monthly(h.hr(), QStringLiteral("EMP-NOBODY"), QDate(2026, 1, 1), QDate(2026, 2, 1));
            QFAIL("an unknown team was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), QStringLiteral("team"));
            QCOMPARE(e.value(), QStringLiteral("EMP-NOBODY"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, reports.monthly(h.hr(), {}, QDate(2026, 3, 1), QDate(2026, 1, 1)));
        QVERIFY_THROWS_EXCEPTION(Error, reports.expiringByWeek(h.hr(), {}, QDate(2026, 3, 1), 0));
    }
};

QTEST_GUILESS_MAIN(TestBalanceReports)
#include "tst_balance_reports.moc"
