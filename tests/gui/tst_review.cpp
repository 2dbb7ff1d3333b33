// The review window driven through its real widgets on the offscreen platform.
#include "Directory.h"
#include "Error.h"
#include "InboxBadge.h"
#include "Ledger.h"
#include "Leaves.h"
#include "MessageBar.h"
#include "RejectDialog.h"
#include "ReviewModels.h"
#include "ReviewPage.h"
#include "Session.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::TestDb;

namespace {
const QDate kMonday(2025, 12, 29), kSunday(2026, 1, 4);

std::unique_ptr<Session> signIn(TestDb &t, const QString &login)
{
    auto clock = std::make_shared<FixedClock>(t.clock().today());
    return std::make_unique<Session>(Database::open(t.spec()), clock, t.actor(login));
}

// A sends a week with 8:00 billable and `toil` minutes of non-billable work.
qint64 sentWeek(TestDb &t, const QString &employee, const QString &login, qint64 toil)
{
    const qint64 id = t.timesheet(employee, kMonday, kSunday,
                                  {TestDb::log(kMonday, 480, true, QStringLiteral("Client")),
                                   TestDb::log(kMonday.addDays(1), toil, false, QStringLiteral("Release night"))});
    Timesheets(t.db(), t.clock()).send(t.actor(login), id);
    return id;
}

QPushButton *button(QWidget *page, const char *name)
{
    auto *b = page->findChild<QPushButton *>(QString::fromLatin1(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

QStringList employeesListed(const ReviewPage &page)
{
    QStringList out;
    for (int r = 0; r < page.timesheetModel()->rowCount(); ++r)
        out << page.timesheetModel()->timesheet(r)->employee;
    return out;
}

// Clicks the row's cell so it becomes current, as a person would.
void clickRow(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}
} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The expected texts below are British English; other locales are covered in tst_models.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void supervisorApprovesAndTheLotExists()
    {
        TestDb t;
        t.addStandardPeople();
        const qint64 ts = sentWeek(t, QStringLiteral("EMP-A"), QStringLiteral("a"), 150);
        auto session = signIn(t, QStringLiteral("sup"));
        ReviewPage page(*session);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QCOMPARE(page.pendingCount(), 1);
        QCOMPARE(page.findChild<InboxBadge *>()->count(), 1);
        QVERIFY(page.findChild<InboxBadge *>()->isVisible());
        clickRow(page.timesheetView(), 0, TimesheetQueueModel::Employee);
        // The details show the logs and the TOIL figure.
        QCOMPARE(page.findChild<QTableView *>(QStringLiteral("timeLogs"))->model()->rowCount(), 2);
        QVERIFY(page.findChild<QPlainTextEdit *>(QStringLiteral("toilDetails"))->toPlainText().contains(QStringLiteral("2:30")));

        QTest::mouseClick(button(&page, "approveTimesheet"), Qt::LeftButton);

        // Core holds the new lot for the employee, valid from the day after the period for 180 days.
        const Balance b = Ledger(t.db(), t.clock()).balance(QStringLiteral("EMP-A"), QDate(2026, 1, 5), 30);
        QCOMPARE(b.available, qint64(150));
        QCOMPARE(b.lots.size(), 1);
        QCOMPARE(b.lots.first().allocated, qint64(150));
        QCOMPARE(b.lots.first().fromDate, QDate(2026, 1, 5));
        QCOMPARE(b.lots.first().toDate, QDate(2026, 7, 3));
        QCOMPARE(b.lots.first().sourceTimesheet, ts);
        const Timesheet approved = Timesheets(t.db(), t.clock()).get(Actor::system(), ts);
        QCOMPARE(approved.status, Timesheets::Approved);
        QCOMPARE(approved.approvedBy, QStringLiteral("EMP-SUP"));

        // The page says so, and the queue and the badge are empty.
        QVERIFY2(page.messageBar()->text().contains(QStringLiteral("TS-00001 of Ann Able approved: 2:30 h (0.313 days)")),
                 qPrintable(page.messageBar()->text()));
        QVERIFY(page.messageBar()->text().contains(QStringLiteral("LAL-00001")));
        QCOMPARE(page.messageBar()->kind(), MessageBar::Kind::Info);
        QCOMPARE(page.pendingCount(), 0);
        QVERIFY(!page.findChild<InboxBadge *>()->isVisible());
        QVERIFY(!button(&page, "approveTimesheet")->isEnabled());
    }

    void rejectNeedsAReason()
    {
        TestDb t;
        t.addStandardPeople();
        const qint64 ts = sentWeek(t, QStringLiteral("EMP-A"), QStringLiteral("a"), 150);
        auto session = signIn(t, QStringLiteral("sup"));
        ReviewPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectTimesheet(ts));

        QTest::mouseClick(button(&page, "rejectTimesheet"), Qt::LeftButton);
        RejectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<RejectDialog *>()) && dialog->isVisible());
        QPushButton *reject = dialog->rejectButton();
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason"));
        QVERIFY(!reject->isEnabled());
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("   "));
        QVERIFY(!reject->isEnabled()); // blanks are not a reason
        // Accepting with a blank reason (e.g. by the keyboard) does not reject either.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->errorText(), QStringLiteral("A rejection needs a reason."));
        QCOMPARE(Timesheets(t.db(), t.clock()).get(Actor::system(), ts).status, Timesheets::AwaitingApproval);

        // A reason core refuses (too long) keeps the dialog open with core's message.
        reason->setPlainText(QString(1001, QLatin1Char('x')));
        QVERIFY(reject->isEnabled());
        QTest::mouseClick(reject, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->errorText(), QStringLiteral("reason: \"") + QString(60, QLatin1Char('x')) +
                                          QStringLiteral("...\" cannot be stored: at most 1000 characters (this has 1001)"));
        QCOMPARE(Timesheets(t.db(), t.clock()).get(Actor::system(), ts).status, Timesheets::AwaitingApproval);

        reason->clear();
        QTest::keyClicks(reason, QStringLiteral("Tuesday was billed to the client"));
        QTest::mouseClick(reject, Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<RejectDialog *>()); // closed and deleted
        const Timesheet rejected = Timesheets(t.db(), t.clock()).get(Actor::system(), ts);
        QCOMPARE(rejected.status, Timesheets::Rejected);
        QCOMPARE(rejected.rejectionReason, QStringLiteral("Tuesday was billed to the client"));
        QCOMPARE(page.pendingCount(), 0);

        // Core refuses a blank reason on its own as well.
        try {
            Timesheets(t.db(), t.clock()).reject(t.actor(QStringLiteral("sup")), ts, QStringLiteral(" "));
            QFAIL("a blank reason was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), QStringLiteral("reason"));
        }
    }

    void approvesCheckedAndReportsWhatFailed()
    {
        TestDb t;
        t.addStandardPeople();
        const qint64 tsA = sentWeek(t, QStringLiteral("EMP-A"), QStringLiteral("a"), 150);
        const qint64 tsB = sentWeek(t, QStringLiteral("EMP-B"), QStringLiteral("b"), 90);
        auto session = signIn(t, QStringLiteral("sup"));
        ReviewPage page(*session);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.pendingCount(), 2);
        QVERIFY(!button(&page, "approveChecked")->isEnabled());

        // Check both rows from the keyboard: Space on the check column.
        QTableView *view = page.timesheetView();
        view->setFocus();
        for (int row = 0; row < 2; ++row) {
            view->setCurrentIndex(view->model()->index(row, TimesheetQueueModel::Select));
            QTest::keyClick(view, Qt::Key_Space);
        }
        QCOMPARE(page.timesheetModel()->checkedIds().size(), 2);
        QVERIFY(button(&page, "approveChecked")->isEnabled());
        QCOMPARE(button(&page, "approveChecked")->text(), QStringLiteral("Approve &checked (2)"));

        // Meanwhile HR moves Ann to another supervisor: her sheet is no longer Sunil's to approve.
        Employee ann = Directory(t.db(), t.clock()).get(QStringLiteral("EMP-A"));
        ann.reportsTo = QStringLiteral("EMP-OTHER");
        Directory(t.db(), t.clock()).update(t.actor(QStringLiteral("hr")), ann);

        QTest::mouseClick(button(&page, "approveChecked"), Qt::LeftButton);
        const QString text = page.messageBar()->text();
        QVERIFY2(text.startsWith(QStringLiteral("1 approved, 1 refused.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("TS-00001: Only the immediate supervisor can approve this timesheet")),
                 qPrintable(text));
        QCOMPARE(page.messageBar()->kind(), MessageBar::Kind::Warning);
        Timesheets sheets(t.db(), t.clock());
        QCOMPARE(sheets.get(Actor::system(), tsA).status, Timesheets::AwaitingApproval);
        QCOMPARE(sheets.get(Actor::system(), tsB).status, Timesheets::Approved);
        QCOMPARE(Ledger(t.db(), t.clock()).availableMinutes(QStringLiteral("EMP-B"), QDate(2026, 1, 5)), qint64(90));
        // Ann's sheet left the list with the reporting line.
        QCOMPARE(page.pendingCount(), 0);
    }

    void nonSupervisorIsNotOfferedAndCoreRefuses()
    {
        TestDb t;
        t.addStandardPeople();
        const qint64 tsA = sentWeek(t, QStringLiteral("EMP-A"), QStringLiteral("a"), 150);
        sentWeek(t, QStringLiteral("EMP-C"), QStringLiteral("c"), 60);

        // Olga supervises Cat only: Ann's sheet is not in her window.
        auto olga = signIn(t, QStringLiteral("other"));
        ReviewPage page(*olga);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(employeesListed(page), QStringList{QStringLiteral("EMP-C")});
        QVERIFY(!page.selectTimesheet(tsA));

        // HR is not Ann's supervisor either.
        auto harriet = signIn(t, QStringLiteral("hr"));
        ReviewPage hrPage(*harriet);
        QVERIFY(employeesListed(hrPage).isEmpty());

        // Ann's colleague has no review page at all (the main window shows pages by role).
        const Roles roles = signIn(t, QStringLiteral("b"))->roles();
        const PageSpec spec = reviewPageSpec();
        QVERIFY(!((spec.employee && roles.employee) || (spec.supervisor && roles.supervisor) || (spec.hr && roles.hr)));

        // And core refuses them all, with the seed's message.
        for (const char *login : {"other", "hr", "b"}) {
            try {
                Timesheets(t.db(), t.clock()).approve(t.actor(QString::fromLatin1(login)), tsA);
                QFAIL("someone other than the immediate supervisor approved");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), Error::Kind::Permission);
                QCOMPARE(e.message(), QStringLiteral("Only the immediate supervisor can approve this timesheet"));
            }
        }
        QCOMPARE(Timesheets(t.db(), t.clock()).get(Actor::system(), tsA).status, Timesheets::AwaitingApproval);
    }

    void supervisorDecidesLeave()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), kMonday, kSunday, 600);
        t.accrue(QStringLiteral("EMP-B"), kMonday, kSunday, 600);
        Leaves leaves(t.db(), t.clock());
        const qint64 la = leaves.apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 7),
                                       QDate(2026, 1, 7), {}, QStringLiteral("Dentist"));
        const qint64 lb = leaves.apply(t.actor(QStringLiteral("b")), QStringLiteral("EMP-B"), QDate(2026, 1, 8),
                                       QDate(2026, 1, 8), QDate(2026, 1, 8), QStringLiteral("Parents' evening"));
        auto session = signIn(t, QStringLiteral("sup"));
        ReviewPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.leaveModel()->rowCount(), 2);

        QVERIFY(page.selectLeave(la));
        const QString details = page.findChild<QLabel *>(QStringLiteral("leaveDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("Available today: 10:00 h (1.250 days)")), qPrintable(details));
        QTest::mouseClick(button(&page, "approveLeave"), Qt::LeftButton);
        QCOMPARE(leaves.get(Actor::system(), la).status, Leaves::Approved);
        QCOMPARE(Ledger(t.db(), t.clock()).availableMinutes(QStringLiteral("EMP-A"), QDate(2026, 1, 7)), qint64(120));

        QVERIFY(page.selectLeave(lb));
        QTest::mouseClick(button(&page, "rejectLeave"), Qt::LeftButton);
        RejectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<RejectDialog *>()) && dialog->isVisible());
        QVERIFY(!dialog->rejectButton()->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")), QStringLiteral("Release week"));
        QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
        QTRY_COMPARE(leaves.get(Actor::system(), lb).status, Leaves::Rejected);
        QCOMPARE(leaves.get(Actor::system(), lb).rejectionReason, QStringLiteral("Release week"));
        QCOMPARE(page.pendingCount(), 0);
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
