// The models of the employee's pages, checked by QAbstractItemModelTester while they load and change,
// and the grid's undo and redo to the minute.
#include "Directory.h"
#include "Leaves.h"
#include "Ledger.h"
#include "TimesheetListModel.h"
#include "ToilModels.h"
#include "WeekGridModel.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::TestDb;

class TestGridModels : public QObject
{
    Q_OBJECT

    static QList<GridRow> twoRows()
    {
        return {GridRow{QStringLiteral("Client"), QString(), true, {480, 480, 0, 0, 0, 0, 0}},
                GridRow{QStringLiteral("Release"), QStringLiteral("Deploy"), false, {90, 0, 0, 0, 0, 0, 0}}};
    }

private Q_SLOTS:
    // Dates and numbers are checked as the C locale writes them.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void gridModelPassesTheTester()
    {
        WeekGridModel model;
        QUndoStack undo;
        model.setUndoStack(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate mon(2026, 1, 5);
        model.load(mon, 7, twoRows(), {mon.addDays(5), mon.addDays(6)}, QDate(2026, 1, 8), true);
        QCOMPARE(model.rowCount(), 3); // two rows and the totals
        QCOMPARE(model.columnCount(), 2 + 7 + 2);
        QVERIFY(model.setData(model.index(1, model.dayColumn(2)), QStringLiteral("1:45")));
        model.addRow(QStringLiteral("Support"));
        QVERIFY(model.setData(model.index(2, model.dayColumn(1)), QStringLiteral("2.25")));
        model.removeGridRows({0});
        undo.undo();
        undo.undo();
        undo.redo();
        model.clearCells({model.index(1, model.dayColumn(0)), model.index(1, model.dayColumn(2))});
        QCOMPARE(model.rowCount(), 4);
    }

    void typedAmountsAreExactMinutes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("decimal") << QStringLiteral("7.5") << qint64(450);
        QTest::newRow("h:mm") << QStringLiteral("7:30") << qint64(450);
        QTest::newRow("comma") << QStringLiteral("1,25") << qint64(75);
        QTest::newRow("tenth") << QStringLiteral("0.1") << qint64(6);
        QTest::newRow("empty clears") << QString() << qint64(0);
    }
    void typedAmountsAreExactMinutes()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, minutes);
        WeekGridModel model;
        const QDate mon(2026, 1, 5);
        model.load(mon, 7, twoRows(), {}, QDate(2026, 1, 11), true);
        QVERIFY(model.setData(model.index(0, model.dayColumn(0)), typed));
        QCOMPARE(model.rows().at(0).minutes.at(0), minutes);
        QCOMPARE(model.data(model.index(0, model.dayColumn(0)), WeekGridModel::MinutesRole).toLongLong(), minutes);
    }

    void refusedInputSaysWhatAndChangesNothing()
    {
        WeekGridModel model;
        const QDate mon(2026, 1, 5);
        model.load(mon, 7, twoRows(), {}, QDate(2026, 1, 7), true);
        QSignalSpy refused(&model, &WeekGridModel::inputRefused);
        QVERIFY(!model.setData(model.index(0, model.dayColumn(1)), QStringLiteral("seven")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("\"seven\" is not an amount of hours")));
        QCOMPARE(model.rows().at(0).minutes.at(1), qint64(480));
        // A day after today cannot be logged, and is not editable.
        QVERIFY(!(model.flags(model.index(0, model.dayColumn(3))) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, model.dayColumn(3)), QStringLiteral("1")));
        // The totals row is read-only.
        QVERIFY(!model.setData(model.index(model.totalsRow(), model.dayColumn(0)), QStringLiteral("1")));
        // A read-only grid refuses everything.
        model.setEditable(false);
        QVERIFY(!model.setData(model.index(0, model.dayColumn(0)), QStringLiteral("1")));
        QCOMPARE(model.rows(), twoRows());
    }

    void undoAndRedoRestoreExactMinutes()
    {
        WeekGridModel model;
        QUndoStack undo;
        model.setUndoStack(&undo);
        const QDate mon(2026, 1, 5);
        model.load(mon, 7, twoRows(), {}, QDate(2026, 1, 11), true);
        const QList<GridRow> original = model.rows();
        QVERIFY(model.setData(model.index(1, model.dayColumn(0)), QStringLiteral("1.33"))); // 80 minutes
        QVERIFY(model.setData(model.index(1, model.dayColumn(4)), QStringLiteral("0:07")));
        QVERIFY(model.setData(model.index(1, WeekGridModel::Billable), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.rows().at(1).minutes, (QList<qint64>{80, 0, 0, 0, 7, 0, 0}));
        QVERIFY(model.rows().at(1).billable);
        const QList<GridRow> edited = model.rows();
        QCOMPARE(undo.count(), 3);
        undo.undo();
        QVERIFY(!model.rows().at(1).billable);
        undo.undo();
        undo.undo();
        QCOMPARE(model.rows(), original);
        QCOMPARE(model.data(model.index(model.totalsRow(), model.totalColumn()), WeekGridModel::MinutesRole).toLongLong(),
                 qint64(480 + 480 + 90));
        undo.redo();
        undo.redo();
        undo.redo();
        QCOMPARE(model.rows(), edited);
        QCOMPARE(model.totalMinutes(), qint64(480 + 480 + 80 + 7));

        // Clearing several cells is one step; removing a row and undoing puts back every minute.
        model.clearCells({model.index(0, model.dayColumn(0)), model.index(0, model.dayColumn(1)), model.index(1, model.dayColumn(4))});
        QCOMPARE(model.rows().at(0).minutes, (QList<qint64>{0, 0, 0, 0, 0, 0, 0}));
        undo.undo();
        QCOMPARE(model.rows(), edited);
        model.removeGridRows({1, 0});
        QCOMPARE(model.rows().size(), 0);
        undo.undo();
        QCOMPARE(model.rows(), edited);
        QCOMPARE(model.logs().size(), 4);
        QCOMPARE(model.logs().at(1).date, QDate(2026, 1, 5));
        QCOMPARE(model.logs().at(1).minutes, qint64(80));
    }

    void listAndToilModelsPassTheTester()
    {
        TestDb t(QDate(2026, 3, 2));
        t.addStandardPeople();
        const qint64 lot1 = t.accrue(QStringLiteral("EMP-A"), QDate(2026, 2, 2), QDate(2026, 2, 8), 600);
        t.accrue(QStringLiteral("EMP-A"), QDate(2026, 2, 9), QDate(2026, 2, 15), 150);
        t.timesheet(QStringLiteral("EMP-A"), QDate(2026, 2, 16), QDate(2026, 2, 22),
                    {TestDb::log(QDate(2026, 2, 16), 60, false)});
        const Actor ann = t.actor(QStringLiteral("a"));
        Leaves leaves(t.db(), t.clock());
        const qint64 leave = leaves.apply(ann, QStringLiteral("EMP-A"), QDate(2026, 3, 3), QDate(2026, 3, 3), QDate(2026, 3, 3),
                                          QStringLiteral("Dentist"));

        TimesheetListModel list;
        QAbstractItemModelTester t1(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Timesheets::Filter filter;
        filter.employee = QStringLiteral("EMP-A");
        list.setTimesheets(Timesheets(t.db(), t.clock()).list(ann, filter), 480);
        QCOMPARE(list.rowCount(), 3);
        QCOMPARE(list.data(list.index(0, TimesheetListModel::Status)).toString(), Timesheets::Draft);
        QCOMPARE(list.data(list.index(1, TimesheetListModel::ToilHours)).toString(), QStringLiteral("2:30"));
        QCOMPARE(list.data(list.index(2, TimesheetListModel::ToilDays)).toString(), QStringLiteral("1.250"));

        Ledger ledger(t.db(), t.clock());
        LotModel lots;
        QAbstractItemModelTester t2(&lots, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lots.setLots(ledger.lots(QStringLiteral("EMP-A")), t.clock().today(), 480);
        QCOMPARE(lots.rowCount(), 2);
        QCOMPARE(lots.data(lots.index(0, LotModel::ValidFrom), ToilSortRole).toDate(), QDate(2026, 2, 9));
        QCOMPARE(lots.data(lots.index(0, LotModel::LastDay), ToilSortRole).toDate(), QDate(2026, 8, 7)); // 180 days
        QCOMPARE(lots.data(lots.index(0, LotModel::Remaining)).toString(), QStringLiteral("10:00"));
        QCOMPARE(lots.data(lots.index(0, LotModel::Reserved), ToilSortRole).toLongLong(), qint64(240));
        QCOMPARE(lots.data(lots.index(0, 0), ToilIdRole).toLongLong(), lot1);
        QCOMPARE(lots.data(lots.index(1, LotModel::State)).toString(), QStringLiteral("Valid"));

        LedgerModel entries;
        QAbstractItemModelTester t3(&entries, QAbstractItemModelTester::FailureReportingMode::QtTest);
        entries.setEntries(ledger.entries(QStringLiteral("EMP-A")), 480);
        QCOMPARE(entries.rowCount(), 2);
        QCOMPARE(entries.data(entries.index(0, LedgerModel::Hours)).toString(), QStringLiteral("+10:00"));
        QCOMPARE(entries.data(entries.index(1, LedgerModel::Days)).toString(), QStringLiteral("+0.313"));

        LeaveApplicationModel apps;
        QAbstractItemModelTester t4(&apps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Leaves::Filter lf;
        lf.employee = QStringLiteral("EMP-A");
        apps.setApplications(leaves.list(ann, lf));
        QCOMPARE(apps.rowCount(), 1);
        QCOMPARE(apps.data(apps.index(0, LeaveApplicationModel::Days)).toString(), QStringLiteral("0.5"));
        QCOMPARE(apps.data(apps.index(0, LeaveApplicationModel::Hours)).toString(), QStringLiteral("4:00"));
        QCOMPARE(apps.data(apps.index(0, LeaveApplicationModel::Status)).toString(), Leaves::Open);
        QCOMPARE(apps.data(apps.index(0, 0), ToilIdRole).toLongLong(), leave);
        apps.setApplications({});
        QCOMPARE(apps.rowCount(), 0);
    }
};

QTEST_MAIN(TestGridModels)
#include "tst_gridmodels.moc"
