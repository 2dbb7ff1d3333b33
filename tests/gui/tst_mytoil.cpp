// My TOIL and the apply-for-leave dialog on real widgets: the balance, the lots with their last day, and
// a leave that counts working days, shows the balance before and after, and is refused in core's words.
#include "ApplyLeaveDialog.h"
#include "Leaves.h"
#include "MessageBar.h"
#include "MyToilPage.h"
#include "ToilModels.h"
#include "WorkCalendar.h"

#include "GuiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::TestDb;

class TestMyToil : public QObject
{
    Q_OBJECT

    const QDate today{2026, 3, 2}; // a Monday

    // EMP-A earned 10:00 (valid 2026-02-09 .. 2026-08-07) and 2:30 (valid 2026-02-16 .. 2026-08-14);
    // Wednesday 2026-03-04 is a holiday.
    void prepare(TestDb &t)
    {
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), QDate(2026, 2, 2), QDate(2026, 2, 8), 600);
        t.accrue(QStringLiteral("EMP-A"), QDate(2026, 2, 9), QDate(2026, 2, 15), 150);
        WorkCalendar(t.db(), t.clock()).addHoliday(Actor::system(), QDate(2026, 3, 4), QStringLiteral("Founders' day"));
    }

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

private Q_SLOTS:
    // Dates and numbers are checked as the C locale writes them.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void balanceAndLots()
    {
        TestDb t(today);
        prepare(t);
        Leaves(t.db(), t.clock())
            .apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 3, 3), QDate(2026, 3, 3), {}, QStringLiteral("Dentist"));
        auto session = test::sessionFor(t, QStringLiteral("a"), today);
        MyToilPage page(*session);
        page.resize(1100, 700);
        page.show();
        test::waitLoaded();
        QCOMPARE(page.loadCount(), 1);
        QCOMPARE(child<QLabel>(&page, "balanceHours")->text(), QStringLiteral("12:30 h"));
        QCOMPARE(child<QLabel>(&page, "balanceDays")->text(), QStringLiteral("1.563 days on 2 Mar 2026"));
        QCOMPARE(child<QLabel>(&page, "pendingHours")->text(), QStringLiteral("8:00 h"));
        QCOMPARE(child<QLabel>(&page, "expiringHours")->text(), QStringLiteral("0:00 h"));
        QCOMPARE(page.lotModel()->rowCount(), 2);
        QCOMPARE(page.lotModel()->data(page.lotModel()->index(0, LotModel::LastDay)).toString(), QStringLiteral("7 Aug 2026"));
        QCOMPARE(page.lotModel()->data(page.lotModel()->index(0, LotModel::Reserved)).toString(), QStringLiteral("8:00"));
        QCOMPARE(page.lotModel()->data(page.lotModel()->index(1, LotModel::LastDay)).toString(), QStringLiteral("14 Aug 2026"));
        QCOMPARE(page.ledgerModel()->rowCount(), 2);
        QCOMPARE(page.leaveModel()->rowCount(), 1);
        QCOMPARE(page.leaveModel()->data(page.leaveModel()->index(0, LeaveApplicationModel::Status)).toString(), Leaves::Open);

        // Later in the summer the first lot is about to expire: it shows under "expiring".
        auto later = test::sessionFor(t, QStringLiteral("a"), QDate(2026, 7, 20));
        MyToilPage summer(*later);
        summer.show();
        test::waitLoaded();
        QCOMPARE(child<QLabel>(&summer, "expiringHours")->text(), QStringLiteral("12:30 h"));
    }

    void applyDialogCountsWorkingDaysAndBalance()
    {
        TestDb t(today);
        prepare(t);
        auto session = test::sessionFor(t, QStringLiteral("a"), today);
        ApplyLeaveDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Monday to Friday with Friday as a half day: the holiday and nothing else is left out.
        dialog.setDates(QDate(2026, 3, 2), QDate(2026, 3, 6));
        dialog.setHalfDay(QDate(2026, 3, 6));
        QVERIFY(dialog.quoteError().isEmpty());
        QCOMPARE(dialog.quote().days.size(), 4);
        QCOMPARE(dialog.quote().days.at(2).date, QDate(2026, 3, 5));
        QCOMPARE(dialog.quote().halfDays, 7);
        QCOMPARE(dialog.quote().minutes, qint64(1680));
        QCOMPARE(dialog.quote().balanceBefore, qint64(750));
        QCOMPARE(dialog.quote().balanceAfter, qint64(-930));
        QVERIFY2(dialog.workingDaysText() == (QStringLiteral("3.5: Mon 2 Mar 2026, Tue 3 Mar 2026,\nThu 5 Mar 2026, Fri 6 Mar 2026 (half)")),
                 qPrintable(dialog.workingDaysText()));
        QCOMPARE(child<QLabel>(&dialog, "amount")->text(), QStringLiteral("28:00 h (3.500 days)"));
        QCOMPARE(child<QLabel>(&dialog, "balanceBefore")->text(), QStringLiteral("12:30 h (1.563 days)"));
        QCOMPARE(dialog.balanceAfterText(), QStringLiteral("-15:30 h (-1.938 days)"));
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Warning);

        // Applying is refused by core, with its message as it is, and nothing is written.
        QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Error);
        QCOMPARE(dialog.messageBar()->text(),
                 QStringLiteral("Insufficient TOIL Balance: the leave needs 28:00 h (3.500 days) but 12:30 h (1.563 days) is "
                                "available on those days; short by 15:30 h (1.938 days)"));
        QVERIFY(Leaves(t.db(), t.clock()).list(t.actor(QStringLiteral("a")), {}).isEmpty());

        // A holiday alone needs no leave: the dialog says so while the dates are typed.
        QDateEdit *from = child<QDateEdit>(&dialog, "fromDate");
        QDateEdit *to = child<QDateEdit>(&dialog, "toDate");
        dialog.setHalfDay({});
        from->setDate(QDate(2026, 3, 4));
        to->setDate(QDate(2026, 3, 4));
        QCOMPARE(dialog.quoteError(), QStringLiteral("2026-03-04 to 2026-03-04: these days are holidays: no leave needed"));

        // Tuesday and Thursday around the holiday: two days, 16:00 of the 12:30... too much; Tuesday alone fits.
        to->setDate(QDate(2026, 3, 5));
        from->setDate(QDate(2026, 3, 3));
        QCOMPARE(dialog.quote().days.size(), 2);
        QCOMPARE(dialog.quote().minutes, qint64(960));
        to->setDate(QDate(2026, 3, 3));
        QCOMPARE(dialog.quote().minutes, qint64(480));
        QCOMPARE(dialog.balanceAfterText(), QStringLiteral("4:30 h (0.563 days)"));
        QVERIFY(!dialog.messageBar()->isVisible());
        dialog.setReason(QStringLiteral("Moving house"));
        QVERIFY(dialog.apply());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const LeaveApplication a = Leaves(t.db(), t.clock()).get(t.actor(QStringLiteral("a")), dialog.appliedId());
        QCOMPARE(a.fromDate, QDate(2026, 3, 3));
        QCOMPARE(a.toDate, QDate(2026, 3, 3));
        QCOMPARE(a.halfDays, 2);
        QCOMPARE(a.minutes, qint64(480));
        QCOMPARE(a.status, Leaves::Open);
        QCOMPARE(a.reason, QStringLiteral("Moving house"));

        // The same day again overlaps: core's message, shown as it is.
        ApplyLeaveDialog again(*session);
        again.setDates(QDate(2026, 3, 3), QDate(2026, 3, 3));
        QVERIFY(!again.apply());
        QVERIFY2(again.messageBar()->text().startsWith(QStringLiteral("The leave overlaps LAP-")), qPrintable(again.messageBar()->text()));
    }

    void halfDayByKeyboard()
    {
        TestDb t(today);
        prepare(t);
        auto session = test::sessionFor(t, QStringLiteral("a"), today);
        ApplyLeaveDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.setDates(QDate(2026, 3, 2), QDate(2026, 3, 3));
        QCheckBox *half = dialog.halfDayCheck();
        half->setFocus();
        QTest::keyClick(half, Qt::Key_Space);
        QVERIFY(half->isChecked());
        QComboBox *day = dialog.halfDayCombo();
        QVERIFY(day->isEnabled());
        day->setFocus();
        QTest::keyClick(day, Qt::Key_Down); // from Monday to Tuesday
        QCOMPARE(day->currentData().toDate(), QDate(2026, 3, 3));
        QCOMPARE(dialog.quote().halfDays, 3);
        QCOMPARE(dialog.quote().minutes, qint64(720));
        QCOMPARE(dialog.balanceAfterText(), QStringLiteral("0:30 h (0.063 days)"));
    }
};

QTEST_MAIN(TestMyToil)
#include "tst_mytoil.moc"
