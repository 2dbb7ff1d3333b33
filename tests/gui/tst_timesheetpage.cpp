// An employee fills in a week in the real timesheet page: types hours into the grid, watches the live TOIL
// figure, undoes and redoes, saves, sends, reads a rejection and resends.
#include "Auth.h"
#include "Timesheets.h"
#include "TimesheetListModel.h"
#include "TimesheetPage.h"
#include "WeekGridModel.h"
#include "WeekGridView.h"
#include "MessageBar.h"

#include "GuiTestSupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::TestDb;

class TestTimesheetPage : public QObject
{
    Q_OBJECT

    const QDate today{2026, 1, 9}; // a Friday
    const QDate monday{2026, 1, 5};

    template<typename T>
    static T *child(QWidget *page, const char *name)
    {
        T *w = page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

private Q_SLOTS:
    // Dates and numbers are checked as the C locale writes them.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void typeSaveAndSend()
    {
        TestDb t(today);
        t.addStandardPeople();
        auto session = test::sessionFor(t, QStringLiteral("a"), today);
        TimesheetPage page(*session);
        QObject::connect(session.get(), &Session::dataChanged, &page, &TimesheetPage::reload);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        test::waitLoaded();

        WeekGridModel *grid = page.gridModel();
        WeekGridView *view = page.gridView();
        QCOMPARE(page.weekStart(), monday);
        QCOMPARE(page.currentId(), qint64(0));
        QCOMPARE(grid->rowCount(), 2); // one empty row to type into, and the totals
        QVERIFY(!(grid->flags(grid->index(0, grid->dayColumn(5))) & Qt::ItemIsEditable)); // Saturday is to come

        // The activity, then Tab past the billable box to Monday, 1.5 h, Tab to Tuesday, 2:15, Enter.
        test::typeIntoCell(view, grid->index(0, WeekGridModel::Activity), QStringLiteral("Release night"), Qt::Key_Tab);
        QCOMPARE(grid->rows().at(0).activity, QStringLiteral("Release night"));
        QCOMPARE(view->currentIndex().column(), int(WeekGridModel::Billable));
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->currentIndex().column(), grid->dayColumn(0));
        QTest::keyClick(view, Qt::Key_1);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(".5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(grid->rows().at(0).minutes.at(0), qint64(90));
        QCOMPARE(view->currentIndex().column(), grid->dayColumn(1));
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor != view); // Tab opened Tuesday's editor
        QTest::keyClicks(editor, QStringLiteral("2:15"));
        QTest::keyClick(editor, Qt::Key_Return); // Return commits once the editor has seen the key
        QTRY_COMPARE(grid->rows().at(0).minutes.at(1), qint64(135));

        // The live figure: non-billable hours are TOIL under the seed rule.
        QCOMPARE(page.liveToilMinutes(), qint64(225));
        QCOMPARE(child<QLabel>(&page, "toilHours")->text(), QStringLiteral("3:45 h"));
        QCOMPARE(child<QLabel>(&page, "toilDays")->text(), QStringLiteral("0.469 TOIL days at 8:00 h a day"));
        const QString details = child<QPlainTextEdit>(&page, "details")->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("2026-01-05  Release night  1:30 h non-billable: counted 1:30 h")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Total TOIL: 3:45 h = 0.469 days at 8:00 h per TOIL day")));

        // A billable row adds hours but no TOIL: a second row by keyboard.
        page.addRow();
        QWidget *activityEditor = QApplication::focusWidget();
        QTest::keyClicks(activityEditor, QStringLiteral("Client delivery"));
        QTest::keyClick(activityEditor, Qt::Key_Tab);
        QCOMPARE(view->currentIndex(), grid->index(1, WeekGridModel::Billable));
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(grid->rows().at(1).billable);
        test::typeIntoCell(view, grid->index(1, grid->dayColumn(0)), QStringLiteral("8"), Qt::Key_Return);
        QCOMPARE(grid->rows().at(1).minutes.at(0), qint64(480));
        QCOMPARE(page.liveToilMinutes(), qint64(225));
        QCOMPARE(child<QLabel>(&page, "totalHours")->text(), QStringLiteral("11:45 h logged in all"));

        // Undo (Ctrl+Z) takes back the 8 hours, then the billable tick; redo (Ctrl+Shift+Z) restores them.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(grid->rows().at(1).minutes.at(0), qint64(0));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!grid->rows().at(1).billable);
        QCOMPARE(page.liveToilMinutes(), qint64(225)); // an empty non-billable row counts nothing
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(grid->rows().at(1).billable);
        QCOMPARE(grid->rows().at(1).minutes.at(0), qint64(480));

        // Delete clears the selected cell, as one undo step.
        view->setCurrentIndex(grid->index(0, grid->dayColumn(1)));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(grid->rows().at(0).minutes.at(1), qint64(0));
        QCOMPARE(page.liveToilMinutes(), qint64(90));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(grid->rows().at(0).minutes.at(1), qint64(135));

        // Save: a Draft in core with exactly these logs.
        QVERIFY(page.isDirty());
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        QVERIFY(page.currentId() > 0);
        QVERIFY(!page.isDirty());
        const Actor ann = t.actor(QStringLiteral("a"));
        Timesheet saved = Timesheets(t.db(), t.clock()).get(ann, page.currentId());
        QCOMPARE(saved.status, Timesheets::Draft);
        QCOMPARE(saved.startDate, monday);
        QCOMPARE(saved.endDate, QDate(2026, 1, 11));
        QCOMPARE(saved.toilMinutes, qint64(225));
        QCOMPARE(saved.totalMinutes, qint64(705));
        QCOMPARE(saved.logs.size(), 3);
        QCOMPARE(saved.logs.at(0).date, monday);
        QCOMPARE(saved.logs.at(0).minutes, qint64(90));
        QCOMPARE(saved.logs.at(0).activity, QStringLiteral("Release night"));
        QVERIFY(!saved.logs.at(0).billable);
        QCOMPARE(saved.logs.at(1).minutes, qint64(480));
        QVERIFY(saved.logs.at(1).billable);
        QCOMPARE(saved.logs.at(2).date, QDate(2026, 1, 6));
        QCOMPARE(saved.logs.at(2).minutes, qint64(135));
        test::waitLoaded();
        QCOMPARE(page.listModel()->rowCount(), 1);
        QCOMPARE(page.listModel()->data(page.listModel()->index(0, TimesheetListModel::ToilHours)).toString(),
                 QStringLiteral("3:45"));

        // Send for approval: the grid becomes read-only and says so.
        QTest::mouseClick(child<QPushButton>(&page, "sendButton"), Qt::LeftButton);
        QCOMPARE(page.currentStatus(), Timesheets::AwaitingApproval);
        QCOMPARE(Timesheets(t.db(), t.clock()).get(ann, page.currentId()).status, Timesheets::AwaitingApproval);
        QVERIFY(!grid->isEditable());
        QVERIFY(!child<QPushButton>(&page, "sendButton")->isEnabled());
        QCOMPARE(child<QLabel>(&page, "statusLabel")->text(), QStringLiteral("Status: Awaiting Approval · TOIL: Pending Accrual"));
        QVERIFY(child<MessageBar>(&page, "messageBar")->text().contains(QStringLiteral("sent to Sunil Supervisor")));

        // The supervisor rejects it; the employee sees why, edits and resends.
        Timesheets(t.db(), t.clock()).reject(t.actor(QStringLiteral("sup")), page.currentId(),
                                             QStringLiteral("Release night was on the client's bill"));
        page.reload();
        test::waitLoaded();
        QCOMPARE(page.currentStatus(), Timesheets::Rejected);
        QLabel *rejection = child<QLabel>(&page, "rejectionLabel");
        QVERIFY(rejection->isVisible());
        QVERIFY(rejection->text().contains(QStringLiteral("Release night was on the client's bill")));
        QVERIFY(grid->isEditable());
        view->setCurrentIndex(grid->index(0, WeekGridModel::Billable));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(page.liveToilMinutes(), qint64(0));
        QPushButton *send = child<QPushButton>(&page, "sendButton");
        QCOMPARE(send->text().remove(QLatin1Char('&')), QStringLiteral("Resend for approval"));
        QTest::mouseClick(send, Qt::LeftButton);
        saved = Timesheets(t.db(), t.clock()).get(ann, page.currentId());
        QCOMPARE(saved.status, Timesheets::AwaitingApproval);
        QCOMPARE(saved.toilMinutes, qint64(0));
        QCOMPARE(saved.toilStatus, QStringLiteral("Not Applicable"));
        QVERIFY(saved.rejectionReason.isEmpty());
        QVERIFY(!rejection->isVisible());
    }

    void refusalsShowCoresMessage()
    {
        TestDb t(today);
        t.addStandardPeople();
        auto session = test::sessionFor(t, QStringLiteral("b"), today);
        TimesheetPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        test::waitLoaded();
        WeekGridModel *grid = page.gridModel();
        MessageBar *message = child<MessageBar>(&page, "messageBar");

        // Text that is not an amount is refused at once, naming what was typed.
        test::typeIntoCell(page.gridView(), grid->index(0, grid->dayColumn(2)), QStringLiteral("lots"));
        QVERIFY2(message->text().contains(QStringLiteral("\"lots\" is not an amount of hours")), qPrintable(message->text()));
        QCOMPARE(grid->rows().at(0).minutes.at(2), qint64(0));

        // 25 hours on one day is refused by core on saving; nothing is written.
        test::typeIntoCell(page.gridView(), grid->index(0, grid->dayColumn(2)), QStringLiteral("25"));
        QCOMPARE(grid->rows().at(0).minutes.at(2), qint64(1500));
        QVERIFY(!page.save());
        QVERIFY2(message->text().contains(QStringLiteral("(2026-01-07): 25:00 hours is more than a day has")), qPrintable(message->text()));
        QCOMPARE(message->kind(), MessageBar::Error);
        QCOMPARE(page.currentId(), qint64(0));
        QVERIFY(Timesheets(t.db(), t.clock()).list(t.actor(QStringLiteral("b")), {}).isEmpty());

        // Sending with nothing logged: core says what to do.
        grid->clearCells({grid->index(0, grid->dayColumn(2))});
        QVERIFY(!page.send());
        QVERIFY2(message->text().contains(QStringLiteral("has no time logs: add the hours before sending it")), qPrintable(message->text()));
    }

    void opensAnEarlierWeekFromTheList()
    {
        TestDb t(today);
        t.addStandardPeople();
        const QDate earlier(2025, 12, 29);
        const qint64 id = t.timesheet(QStringLiteral("EMP-A"), earlier, earlier.addDays(6),
                                      {TestDb::log(earlier, 480, true, QStringLiteral("Client")),
                                       TestDb::log(earlier.addDays(1), 75, false, QStringLiteral("Support"))});
        Timesheets sheets(t.db(), t.clock());
        sheets.send(t.actor(QStringLiteral("a")), id);
        sheets.approve(t.actor(QStringLiteral("sup")), id);
        auto session = test::sessionFor(t, QStringLiteral("a"), today);
        TimesheetPage page(*session);
        page.show();
        test::waitLoaded();
        // The new week starts with last timesheet's activities, without hours.
        QCOMPARE(page.gridModel()->rows().size(), 2);
        QCOMPARE(page.gridModel()->rows().at(0).activity, QStringLiteral("Client"));
        QVERIFY(page.gridModel()->rows().at(0).billable);
        QCOMPARE(page.gridModel()->totalMinutes(), qint64(0));

        page.openTimesheet(id);
        QCOMPARE(page.weekStart(), earlier);
        QCOMPARE(page.currentStatus(), Timesheets::Approved);
        QVERIFY(!page.gridModel()->isEditable());
        QCOMPARE(page.gridModel()->rows().at(1).minutes.at(1), qint64(75));
        QCOMPARE(page.liveToilMinutes(), qint64(75));
        page.openWeek(QDate(2026, 1, 7));
        QCOMPARE(page.weekStart(), monday);
        QCOMPARE(page.currentId(), qint64(0));
        page.openWeek(QDate(2025, 12, 31));
        QCOMPARE(page.currentId(), id);
    }
};

QTEST_MAIN(TestTimesheetPage)
#include "tst_timesheetpage.moc"
