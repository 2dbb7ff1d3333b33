// HR's balance charts: the series hold the figures core computes, loaded off the GUI thread.
#include "ChartsPage.h"
#include "MessageBar.h"
#include "Session.h"
#include "Settings.h"
#include "TestDb.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QBarSeries>
#include <QThread>
#include <QtTest>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::TestDb;

namespace {
std::unique_ptr<Session> signIn(TestDb &t, const QString &login)
{
    auto clock = std::make_shared<FixedClock>(t.clock().today());
    return std::make_unique<Session>(Database::open(t.spec()), clock, t.actor(login));
}

// The value of the bar for `category` in the chart's first bar set.
double barValue(QChart *chart, const QString &category, int set = 0)
{
    const auto series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    if (!series)
        return -1;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            const int i = int(categories->categories().indexOf(category));
            return i < 0 ? -1 : series->barSets().at(set)->at(i);
        }
    }
    return -1;
}

QString month(int year, int m)
{
    return QLocale().toString(QDate(year, m, 1), QStringLiteral("MMM yy"));
}

QStringList categories(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes())
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    return {};
}

// Today 2026-03-16. Ann: 150 + 300 min (lots ending 2026-09-10 and 09-17 with 180 days), Ben: 90; Cat: 45.
void history(TestDb &t)
{
    t.addStandardPeople();
    t.accrue(QStringLiteral("EMP-A"), QDate(2026, 3, 2), QDate(2026, 3, 8), 150);
    t.accrue(QStringLiteral("EMP-A"), QDate(2026, 3, 9), QDate(2026, 3, 15), 300);
    t.accrue(QStringLiteral("EMP-B"), QDate(2026, 2, 23), QDate(2026, 3, 1), 90);
    t.accrue(QStringLiteral("EMP-C"), QDate(2026, 1, 5), QDate(2026, 1, 11), 45);
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The expected texts below are British English; other locales are covered in tst_models.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void seriesHoldTheHoursOfEachEmployee()
    {
        TestDb t(QDate(2026, 3, 16));
        history(t);
        auto session = signIn(t, QStringLiteral("hr"));
        ChartsPage page(*session);
        // The work runs on another thread: the constructor returns before the figures are there.
        QVERIFY(page.isBusy());
        QVERIFY(page.property("lieuBusy").toBool());
        QVERIFY(page.balanceChart()->series().isEmpty());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && !page.balanceChart()->series().isEmpty(), 10000);
        QVERIFY(!page.property("lieuBusy").toBool());

        // Balance per employee, in hours: 450 min = 7.5 h for Ann, 90 min = 1.5 h for Ben.
        QCOMPARE(barValue(page.balanceChart(), QStringLiteral("Ann Able")), 7.5);
        QCOMPARE(barValue(page.balanceChart(), QStringLiteral("Ben Baker")), 1.5);
        QCOMPARE(barValue(page.balanceChart(), QStringLiteral("Cat Cole")), 0.75);
        QCOMPARE(barValue(page.balanceChart(), QStringLiteral("Harriet HR")), 0.0);
        QVERIFY(qobject_cast<QHorizontalBarSeries *>(page.balanceChart()->series().first()));
        // Largest at the top: a horizontal chart's last category is drawn highest.
        QCOMPARE(categories(page.balanceChart()).last(), QStringLiteral("Ann Able"));

        // Per month, stacked: accrued up, used and expired down. March: Ann's 150 (valid from 03-09) and Ben's 90
        // (from 03-02); Ann's 300 becomes valid on 03-16. January: Cat's 45.
        QChart *months = page.monthChart();
        QVERIFY(qobject_cast<QStackedBarSeries *>(months->series().first()));
        QCOMPARE(categories(months).size(), 12);
        QCOMPARE(barValue(months, month(2026, 3), 0), 9.0); // 540 min
        QCOMPARE(barValue(months, month(2026, 1), 0), 0.75);
        QCOMPARE(barValue(months, month(2026, 3), 1), 0.0);

        // No lot ends within 90 days of 2026-03-16 (the first to end is Cat's, on 2026-07-10): 13 empty weeks.
        QChart *weeks = page.expiryChart();
        QVERIFY(qobject_cast<QBarSeries *>(weeks->series().first()));
        QCOMPARE(categories(weeks).size(), 13);
        QCOMPARE(categories(weeks).first(), QLocale().toString(QDate(2026, 3, 16), QStringLiteral("d MMM")));
        for (const QString &week : categories(weeks))
            QCOMPARE(barValue(weeks, week), 0.0);

        // No axis shortened a label.
        for (QChart *chart : {page.balanceChart(), months, weeks})
            for (QAbstractAxis *axis : chart->axes())
                QVERIFY2(!axis->labelsTruncated(), qPrintable(chart->title()));

        // A team: Olga's reports only.
        QComboBox *team = page.teamBox();
        const int olga = team->findData(QStringLiteral("EMP-OTHER"));
        QVERIFY(olga > 0);
        team->setFocus();
        team->setCurrentIndex(olga);
        QVERIFY(page.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        QCOMPARE(categories(page.balanceChart()), QStringList{QStringLiteral("Cat Cole")});
        QCOMPARE(barValue(page.balanceChart(), QStringLiteral("Cat Cole")), 0.75);
        QCOMPARE(page.overview().team, QStringLiteral("EMP-OTHER"));
    }

    void expiringWeeksHoldTheMinutes()
    {
        TestDb t(QDate(2026, 3, 16));
        t.addStandardPeople();
        LeaveTypeSettings type;
        type.expiryDays = 30;
        Settings(t.db(), t.clock()).setToilLeaveType(Actor::system(), type);
        // 135 min valid 2026-03-09 .. 04-07 (a Tuesday): week of 04-06, the fourth bar.
        t.accrue(QStringLiteral("EMP-B"), QDate(2026, 3, 2), QDate(2026, 3, 8), 135);
        auto session = signIn(t, QStringLiteral("hr"));
        ChartsPage page(*session);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && !page.expiryChart()->series().isEmpty(), 10000);
        QCOMPARE(barValue(page.expiryChart(), QLocale().toString(QDate(2026, 4, 6), QStringLiteral("d MMM"))), 2.25);
        QCOMPARE(barValue(page.expiryChart(), QLocale().toString(QDate(2026, 3, 30), QStringLiteral("d MMM"))), 0.0);
    }

    void onlyHrSeesFigures()
    {
        TestDb t(QDate(2026, 3, 16));
        history(t);
        auto session = signIn(t, QStringLiteral("sup"));
        ChartsPage page(*session);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        QCOMPARE(page.findChild<MessageBar *>()->text(), QStringLiteral("Only HR can see the balance reports"));
        QVERIFY(page.balanceChart()->series().isEmpty());
        QVERIFY(!page.property("lieuBusy").toBool());
    }

    void followsThePalette()
    {
        TestDb t(QDate(2026, 3, 16));
        history(t);
        auto session = signIn(t, QStringLiteral("hr"));
        ChartsPage page(*session);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        QPalette dark = page.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        page.setPalette(dark);
        QCOMPARE(page.balanceChart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(page.balanceChart()->backgroundBrush().color(), QColor(0x10, 0x10, 0x10));
        QCOMPARE(page.monthChart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
