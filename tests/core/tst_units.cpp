#include "Error.h"
#include "Names.h"
#include "Units.h"

#include <QtTest>

using namespace lieu;

class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseHours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("decimal") << QStringLiteral("7.5") << qint64(450);
        QTest::newRow("comma") << QStringLiteral("7,25") << qint64(435);
        QTest::newRow("tenth") << QStringLiteral("0.1") << qint64(6);
        QTest::newRow("leading dot") << QStringLiteral(".25") << qint64(15);
        QTest::newRow("h:mm") << QStringLiteral("1:05") << qint64(65);
        QTest::newRow("hh:mm:ss") << QStringLiteral("07:30:00") << qint64(450);
        QTest::newRow("seconds round half up") << QStringLiteral("0:00:30") << qint64(1);
        QTest::newRow("seconds round down") << QStringLiteral("0:00:29") << qint64(0);
        QTest::newRow("1.33 rounds to 80") << QStringLiteral("1.33") << qint64(80);
        QTest::newRow("1.325 rounds half up") << QStringLiteral("1.325") << qint64(80);
        QTest::newRow("whole") << QStringLiteral("24") << qint64(1440);
        QTest::newRow("spaces") << QStringLiteral("  2 ") << qint64(120);
    }
    void parseHours()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minutes);
        QCOMPARE(Units::parseHours(text, QStringLiteral("hours")), minutes);
    }

    void parseHoursRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << QStringLiteral("eight");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("sql") << QStringLiteral("1; DROP TABLE timesheet");
        QTest::newRow("minutes 60") << QStringLiteral("1:60");
        QTest::newRow("two dots") << QStringLiteral("1.2.3");
    }
    void parseHoursRejects()
    {
        QFETCH(QString, text);
        try {
            Units::parseHours(text, QStringLiteral("hours"));
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), QStringLiteral("hours"));
            QCOMPARE(e.value(), text);
            QVERIFY(e.message().startsWith(QStringLiteral("hours: ")));
        }
    }

    void formatting()
    {
        QCOMPARE(Units::formatHours(450), QStringLiteral("7:30"));
        QCOMPARE(Units::formatHours(5), QStringLiteral("0:05"));
        QCOMPARE(Units::formatHours(-45), QStringLiteral("-0:45"));
        QCOMPARE(Units::formatHours(6000), QStringLiteral("100:00"));
        // days to three decimals, rounded once
        QCOMPARE(Units::formatDays(450, 480), QStringLiteral("0.938"));
        QCOMPARE(Units::formatDays(480, 480), QStringLiteral("1.000"));
        QCOMPARE(Units::formatDays(1, 480), QStringLiteral("0.002"));
        QCOMPARE(Units::formatDays(-240, 480), QStringLiteral("-0.500"));
        QCOMPARE(Units::formatDays(100, 450), QStringLiteral("0.222"));
        QCOMPARE(Units::milliDays(3, 480), qint64(6)); // 0.00625 -> 0.006
        // 0.1 + 0.2 hours in minutes is exact
        QCOMPARE(Units::parseHours(QStringLiteral("0.1"), {}) + Units::parseHours(QStringLiteral("0.2"), {}),
                 Units::parseHours(QStringLiteral("0.3"), {}));
    }

    void dates()
    {
        QCOMPARE(Units::parseDate(QStringLiteral("2024-02-29"), QStringLiteral("from")), QDate(2024, 2, 29));
        for (const char *bad : {"2023-02-29", "2026-13-01", "2026-1-1", "yesterday", "2026-04-31"}) {
            try {
                Units::parseDate(QString::fromLatin1(bad), QStringLiteral("from_date"));
                QFAIL(bad);
            } catch (const Error &e) {
                QCOMPARE(e.field(), QStringLiteral("from_date"));
                QVERIFY(e.message().contains(QString::fromLatin1(bad)));
            }
        }
    }

    void names()
    {
        QCOMPARE(Names::format(DocKind::Timesheet, 12), QStringLiteral("TS-00012"));
        QCOMPARE(Names::parse(DocKind::Timesheet, QStringLiteral("TS-00012"), {}), qint64(12));
        QCOMPARE(Names::parse(DocKind::Application, QStringLiteral("lap-7"), {}), qint64(7));
        QCOMPARE(Names::parse(DocKind::Allocation, QStringLiteral("3"), {}), qint64(3));
        QVERIFY_THROWS_EXCEPTION(Error, Names::parse(DocKind::Timesheet, QStringLiteral("LAP-1"), QStringLiteral("id")));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
