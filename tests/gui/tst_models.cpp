// Every model of the review and HR pages under QAbstractItemModelTester, on the demo organisation, and the
// locale-aware display helpers.
#include "Audit.h"
#include "Demo.h"
#include "Directory.h"
#include "Display.h"
#include "HrModels.h"
#include "Leaves.h"
#include "ReviewModels.h"
#include "SearchProxy.h"
#include "TestDb.h"
#include "Timesheets.h"
#include "WorkCalendar.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::TestDb;

namespace {
struct DemoDb
{
    TestDb t{QDate(2026, 3, 18)};
    DemoDb() { Demo::populate(t.db(), t.clock()); }
    Actor actor(const QString &login) { return t.actor(login); }
};

// Runs the tester over the model and a SearchProxy over it, sorting and filtering through every column.
void exercise(QAbstractItemModel *model)
{
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(model);
    for (int c = 0; c < model->columnCount(); ++c) {
        proxy.sort(c, Qt::AscendingOrder);
        proxy.sort(c, Qt::DescendingOrder);
        QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
    }
    proxy.setSearch(QStringLiteral("zzz-nothing-matches"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearch(QString());
    QCOMPARE(proxy.rowCount(), model->rowCount());
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void reviewModels()
    {
        DemoDb d;
        const Actor sam = d.actor(QStringLiteral("sam"));
        TimesheetQueueModel sheets;
        QAbstractItemModelTester tester(&sheets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sheets.setTimesheets(Timesheets(d.t.db(), d.t.clock()).awaitingApproval(sam), 480);
        QCOMPARE(sheets.rowCount(), 2); // Ella's and Ines's last week
        exercise(&sheets);
        // Checking goes through setData like a click would.
        QVERIFY(sheets.flags(sheets.index(0, TimesheetQueueModel::Select)) & Qt::ItemIsUserCheckable);
        QVERIFY(sheets.setData(sheets.index(1, TimesheetQueueModel::Select), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(sheets.checkedIds(), QList<qint64>{sheets.timesheet(1)->id});
        QVERIFY(!sheets.setData(sheets.index(1, TimesheetQueueModel::Name), Qt::Checked, Qt::CheckStateRole));
        sheets.setAllChecked(true);
        QCOMPARE(sheets.checkedIds().size(), 2);
        sheets.setTimesheets({}, 480);
        QVERIFY(sheets.checkedIds().isEmpty());

        TimeLogModel logs;
        logs.setLogs(Timesheets(d.t.db(), d.t.clock()).awaitingApproval(sam).first().logs);
        QCOMPARE(logs.rowCount(), 10);
        exercise(&logs);

        LeaveQueueModel leaves;
        Leaves::Filter f;
        f.awaitingActor = true;
        leaves.setApplications(Leaves(d.t.db(), d.t.clock()).list(sam, f));
        QCOMPARE(leaves.rowCount(), 1);
        QCOMPARE(leaves.index(0, LeaveQueueModel::Days).data().toString(), QStringLiteral("0.5"));
        exercise(&leaves);
    }

    void hrModels()
    {
        DemoDb d;
        const Actor hana = d.actor(QStringLiteral("hana"));
        EmployeeModel employees;
        const QList<Employee> everyone = Directory(d.t.db(), d.t.clock()).list(hana, true);
        employees.setEmployees(everyone, everyone);
        QCOMPARE(employees.rowCount(), 8);
        QCOMPARE(employees.index(employees.rowOf(QStringLiteral("EMP-0001")), EmployeeModel::Roles).data().toString(),
                 QStringLiteral("Supervisor, HR"));
        QCOMPARE(employees.index(employees.rowOf(QStringLiteral("EMP-0003")), EmployeeModel::ReportsTo).data().toString(),
                 QStringLiteral("Sam Sutherland (EMP-0002)"));
        exercise(&employees);

        HolidayModel holidays;
        holidays.setHolidays(WorkCalendar(d.t.db(), d.t.clock()).holidays(), d.t.clock().today());
        QCOMPARE(holidays.rowCount(), 2);
        exercise(&holidays);

        AuditModel audit;
        audit.setEntries(Audit(d.t.db(), d.t.clock()).list(hana, {}));
        QVERIFY(audit.rowCount() > 100);
        exercise(&audit);
    }

    void searchFiltersRowsByCoresRule()
    {
        DemoDb d;
        EmployeeModel employees;
        const QList<Employee> everyone = Directory(d.t.db(), d.t.clock()).list(d.actor(QStringLiteral("hana")), true);
        employees.setEmployees(everyone, everyone);
        SearchProxy proxy;
        proxy.setSourceModel(&employees);
        proxy.setSearch(QStringLiteral("priya"));
        // Priya herself and her two reports.
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearch(QStringLiteral("priya tom"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EmployeeModel::Id).data().toString(), QStringLiteral("EMP-0007"));
        // Sorting is by value: hours a day as minutes, dates as dates.
        proxy.setSearch(QString());
        proxy.sort(EmployeeModel::Name, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, EmployeeModel::Name).data().toString(), QStringLiteral("Tom Tanaka"));
    }

    void displayFollowsTheLocale()
    {
        QCOMPARE(Display::days(150, 480), QStringLiteral("0.313"));
        QCOMPARE(Display::hours(150), QStringLiteral("2:30"));
        QCOMPARE(Display::date(QDate(2026, 3, 9)), QStringLiteral("09/03/2026"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Display::days(150, 480), QStringLiteral("0,313"));
        QCOMPARE(Display::days(-9000, 480), QStringLiteral("-18,750"));
        QCOMPARE(Display::date(QDate(2026, 3, 9)), QStringLiteral("09.03.26"));
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(Display::days(150, 480), QLocale().toString(0) + QLocale().decimalPoint() + QLocale().toString(313));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
