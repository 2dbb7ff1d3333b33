#include "Accrual.h"
#include "Directory.h"
#include "Error.h"
#include "Ledger.h"
#include "Settings.h"
#include "TestDb.h"
#include "Timesheets.h"
#include "WorkCalendar.h"

#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {
const QString A = QStringLiteral("EMP-A");
void set(TestDb &t, const char *key, const char *value)
{
    Settings(t.db(), t.clock()).set(Actor::system(), QString::fromLatin1(key), QString::fromLatin1(value));
}
} // namespace

class TestAccrual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundingOfPercentages()
    {
        QCOMPARE(applyPercent(120, 150), qint64(180));
        QCOMPARE(applyPercent(45, 150), qint64(68)); // 67.5 rounds half up
        QCOMPARE(applyPercent(1, 150), qint64(2));   // 1.5
        QCOMPARE(applyPercent(100, 100), qint64(100));
    }

    void contractedHoursPolicy()
    {
        TestDb t;
        t.addStandardPeople();
        set(t, Settings::AccrualPolicy, "contracted");
        WorkCalendar(t.db(), t.clock()).addHoliday(Actor::system(), QDate(2025, 12, 31), QStringLiteral("Bank holiday"));
        // Mon 10 h (2 h over), Tue 7 h (none), Wed holiday 2 h (all), Sat 3 h (all); billable or not does not matter.
        const QList<TimeLog> logs = {TestDb::log(QDate(2025, 12, 29), 600, true), TestDb::log(QDate(2025, 12, 30), 420, false),
                                     TestDb::log(QDate(2025, 12, 31), 120, true), TestDb::log(QDate(2026, 1, 3), 180, true)};
        const qint64 id = t.timesheet(A, QDate(2025, 12, 29), QDate(2026, 1, 4), logs);
        Timesheet ts = Timesheets(t.db(), t.clock()).get(Actor::system(), id);
        QCOMPARE(ts.toilMinutes, qint64(120 + 0 + 120 + 180));
        QVERIFY2(ts.details.contains(QStringLiteral("2025-12-29  worked 10:00 h: counted 2:00 h above the contracted hours")), qPrintable(ts.details));
        QVERIFY(ts.details.contains(QStringLiteral("2026-01-03  worked 3:00 h on a day off: counted 3:00 h")));

        // Someone contracted for 7:30 a day.
        Employee e = Directory(t.db(), t.clock()).get(QStringLiteral("EMP-B"));
        e.contractedMinutesPerDay = 450;
        Directory(t.db(), t.clock()).update(Actor::system(), e);
        const qint64 idB = t.timesheet(QStringLiteral("EMP-B"), QDate(2025, 12, 29), QDate(2026, 1, 4), {TestDb::log(QDate(2025, 12, 29), 480, false)});
        QCOMPARE(Timesheets(t.db(), t.clock()).get(Actor::system(), idB).toilMinutes, qint64(30));

        // With a 1.5x weekend/holiday multiplier.
        set(t, Settings::WeekendMultiplierPercent, "150");
        Timesheets(t.db(), t.clock()).setLogs(t.actor(QStringLiteral("a")), id, logs);
        ts = Timesheets(t.db(), t.clock()).get(Actor::system(), id);
        QCOMPARE(ts.toilMinutes, qint64(120 + 0 + 180 + 270));
        QVERIFY(ts.details.contains(QStringLiteral("(x150% on a weekend or holiday)")));
    }

    void seedRuleWithWeekendMultiplier()
    {
        TestDb t;
        t.addStandardPeople();
        set(t, Settings::WeekendMultiplierPercent, "150");
        const qint64 id = t.timesheet(A, QDate(2025, 12, 29), QDate(2026, 1, 4),
                                      {TestDb::log(QDate(2026, 1, 3), 120, false), TestDb::log(QDate(2025, 12, 29), 45, false),
                                       TestDb::log(QDate(2026, 1, 4), 300, true)});
        const Timesheet ts = Timesheets(t.db(), t.clock()).get(Actor::system(), id);
        QCOMPARE(ts.toilMinutes, qint64(180 + 45));
    }

    void capOnTheBalance()
    {
        TestDb t;
        t.addStandardPeople();
        set(t, Settings::ToilCapMinutes, "600");
        t.accrue(A, QDate(2025, 12, 22), QDate(2025, 12, 28), 540);
        Timesheets sheets(t.db(), t.clock());
        const qint64 id = t.timesheet(A, QDate(2025, 12, 29), QDate(2026, 1, 4), {TestDb::log(QDate(2026, 1, 2), 120, false)});
        sheets.send(t.actor(QStringLiteral("a")), id);
        sheets.approve(t.actor(QStringLiteral("sup")), id);
        const Timesheet ts = sheets.get(Actor::system(), id);
        QCOMPARE(ts.toilMinutes, qint64(60));
        QVERIFY2(ts.details.contains(QStringLiteral("Cap: the balance is 9:00 h and the cap is 10:00 h, so 1:00 h accrued and 1:00 h were not accrued")),
                 qPrintable(ts.details));
        QCOMPARE(Ledger(t.db(), t.clock()).lot(ts.allocation).allocated, qint64(60));
        // At the cap nothing more accrues and no lot is made.
        const qint64 full = t.timesheet(A, QDate(2026, 1, 5), QDate(2026, 1, 5), {TestDb::log(QDate(2026, 1, 5), 30, false)});
        sheets.send(t.actor(QStringLiteral("a")), full);
        sheets.approve(t.actor(QStringLiteral("sup")), full);
        const Timesheet none = sheets.get(Actor::system(), full);
        QCOMPARE(none.toilMinutes, qint64(0));
        QCOMPARE(none.toilStatus, QStringLiteral("Not Applicable"));
        QCOMPARE(none.allocation, qint64(0));
        QCOMPARE(none.status, QStringLiteral("Approved"));
    }

    void settingsAreValidated()
    {
        TestDb t;
        Settings s(t.db(), t.clock());
        for (const auto &[key, value] : QList<QPair<const char *, const char *>>{{Settings::AccrualPolicy, "overtime"},
                                                                             {Settings::MinutesPerToilDay, "0"},
                                                                             {Settings::WeekendDays, "6,8"},
                                                                             {Settings::WeekendMultiplierPercent, "abc"}}) {
            try {
                s.set(Actor::system(), QString::fromLatin1(key), QString::fromLatin1(value));
                QFAIL(key);
            } catch (const Error &e) {
                QCOMPARE(e.field(), QString::fromLatin1(key));
                QCOMPARE(e.value(), QString::fromLatin1(value));
            }
        }
        QCOMPARE(s.value(QString::fromLatin1(Settings::AccrualPolicy)), QStringLiteral("seed"));
    }
};

QTEST_GUILESS_MAIN(TestAccrual)
#include "tst_accrual.moc"
