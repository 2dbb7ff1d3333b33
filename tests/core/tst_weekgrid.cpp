#include "WeekGrid.h"

#include "TestDb.h"

#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

class TestWeekGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekStartIsMonday()
    {
        QCOMPARE(WeekGrid::weekStart(QDate(2026, 1, 5)), QDate(2026, 1, 5));  // a Monday
        QCOMPARE(WeekGrid::weekStart(QDate(2026, 1, 11)), QDate(2026, 1, 5)); // its Sunday
        QCOMPARE(WeekGrid::weekStart(QDate(2026, 1, 1)), QDate(2025, 12, 29)); // across the year
        QVERIFY(!WeekGrid::weekStart(QDate()).isValid());
    }

    void logsGroupIntoRows()
    {
        const QDate mon(2026, 1, 5);
        QList<TimeLog> logs = {TestDb::log(mon, 480, true, QStringLiteral("Client")),
                               TestDb::log(mon, 90, false, QStringLiteral("Release")),
                               TestDb::log(mon.addDays(2), 45, false, QStringLiteral("Release")),
                               TestDb::log(mon.addDays(2), 30, false, QStringLiteral("Release")), // same cell: summed
                               TestDb::log(mon.addDays(2), 60, true, QStringLiteral("Release")),  // billable: own row
                               TestDb::log(mon.addDays(9), 60, false, QStringLiteral("Late"))};   // outside: ignored
        logs[1].description = QStringLiteral("Deploy");
        logs[2].description = QStringLiteral("Deploy");
        logs[3].description = QStringLiteral("Deploy");
        const QList<GridRow> rows = WeekGrid::rowsFromLogs(mon, 7, logs);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).activity, QStringLiteral("Client"));
        QVERIFY(rows.at(0).billable);
        QCOMPARE(rows.at(0).minutes, (QList<qint64>{480, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(rows.at(1).activity, QStringLiteral("Release"));
        QCOMPARE(rows.at(1).description, QStringLiteral("Deploy"));
        QVERIFY(!rows.at(1).billable);
        QCOMPARE(rows.at(1).minutes, (QList<qint64>{90, 0, 75, 0, 0, 0, 0}));
        QCOMPARE(rows.at(1).total(), qint64(165));
        QVERIFY(rows.at(2).billable);
        QCOMPARE(rows.at(2).minutes, (QList<qint64>{0, 0, 60, 0, 0, 0, 0}));
        QCOMPARE(WeekGrid::dayTotals(rows, 7), (QList<qint64>{570, 0, 135, 0, 0, 0, 0}));
    }

    void rowsBecomeLogsInDateOrder()
    {
        const QDate mon(2026, 1, 5);
        GridRow a{QStringLiteral("Client"), QString(), true, {480, 450, 0, 0, 0, 0, 0}};
        GridRow b{QStringLiteral("Release"), QStringLiteral("Deploy"), false, {0, 150, 0, 0, 0, 0, 30}};
        GridRow empty{QStringLiteral("Nothing"), QString(), false, {0, 0, 0, 0, 0, 0, 0}};
        const QList<TimeLog> logs = WeekGrid::logsFromRows(mon, {a, b, empty});
        QCOMPARE(logs.size(), 4);
        QCOMPARE(logs.at(0).date, mon);
        QCOMPARE(logs.at(0).minutes, qint64(480));
        QCOMPARE(logs.at(1).date, QDate(2026, 1, 6));
        QCOMPARE(logs.at(1).activity, QStringLiteral("Client"));
        QCOMPARE(logs.at(1).minutes, qint64(450));
        QCOMPARE(logs.at(2).date, QDate(2026, 1, 6));
        QCOMPARE(logs.at(2).activity, QStringLiteral("Release"));
        QCOMPARE(logs.at(2).description, QStringLiteral("Deploy"));
        QVERIFY(!logs.at(2).billable);
        QCOMPARE(logs.at(2).minutes, qint64(150));
        QCOMPARE(logs.at(3).date, QDate(2026, 1, 11));
        QCOMPARE(logs.at(3).minutes, qint64(30));
        // And back: the same rows, the empty one gone.
        QCOMPARE(WeekGrid::rowsFromLogs(mon, 7, logs), (QList<GridRow>{a, b}));
    }

    void savedGridReadsBackTheSame()
    {
        TestDb t(QDate(2026, 1, 12));
        t.addStandardPeople();
        const QDate mon(2026, 1, 5);
        GridRow a{QStringLiteral("Client"), QString(), true, {480, 480, 0, 0, 0, 0, 0}};
        GridRow b{QStringLiteral("Release"), QString(), false, {0, 150, 75, 0, 0, 0, 0}};
        const Actor ann = t.actor(QStringLiteral("a"));
        Timesheets sheets(t.db(), t.clock());
        const qint64 id = sheets.create(ann, QStringLiteral("EMP-A"), mon, mon.addDays(6), WeekGrid::logsFromRows(mon, {a, b}));
        const Timesheet ts = sheets.get(ann, id);
        QCOMPARE(ts.toilMinutes, qint64(225));
        QCOMPARE(ts.totalMinutes, qint64(1185));
        QCOMPARE(WeekGrid::rowsFromLogs(mon, 7, ts.logs), (QList<GridRow>{a, b}));
    }
};

QTEST_GUILESS_MAIN(TestWeekGrid)
#include "tst_weekgrid.moc"
