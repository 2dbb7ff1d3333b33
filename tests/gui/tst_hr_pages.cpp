// HR's pages driven through their widgets: every change lands in core, every refusal shows core's message.
#include "Audit.h"
#include "AuditPage.h"
#include "Auth.h"
#include "Directory.h"
#include "EmployeeDialogs.h"
#include "EmployeesPage.h"
#include "Error.h"
#include "HolidaysPage.h"
#include "HrModels.h"
#include "MessageBar.h"
#include "Session.h"
#include "Settings.h"
#include "SettingsPage.h"
#include "TestDb.h"
#include "WorkCalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
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

QPushButton *button(QWidget *w, const char *name)
{
    auto *b = w->findChild<QPushButton *>(QString::fromLatin1(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

template <typename Dialog>
Dialog *openDialog(QWidget *page)
{
    Dialog *d = nullptr;
    for (int i = 0; i < 100 && !(d = page->findChild<Dialog *>()); ++i)
        QTest::qWait(10);
    return d;
}
} // namespace

class TestHrPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void addsEditsAndDeactivatesEmployees()
    {
        TestDb t;
        t.addStandardPeople();
        auto session = signIn(t, QStringLiteral("hr"));
        EmployeesPage page(*session);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 6);

        // Add: a bad e-mail is refused with core's message naming the field, nothing is written.
        QTest::mouseClick(button(&page, "addEmployee"), Qt::LeftButton);
        auto *dialog = openDialog<EmployeeDialog>(&page);
        QVERIFY(dialog);
        type(dialog->idEdit(), QStringLiteral("EMP-D"));
        type(dialog->nameEdit(), QStringLiteral("Dan Dale"));
        type(dialog->emailEdit(), QStringLiteral("dan@nowhere"));
        type(dialog->loginEdit(), QStringLiteral("d"));
        dialog->reportsToBox()->setCurrentIndex(dialog->reportsToBox()->findData(QStringLiteral("EMP-SUP")));
        type(dialog->hoursEdit(), QStringLiteral("7.5"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->errorText(), QStringLiteral("email: \"dan@nowhere\" is not an e-mail address"));
        QCOMPARE(dialog->focusWidget(), dialog->emailEdit()); // the field core named
        QVERIFY(!Directory(t.db(), t.clock()).find(QStringLiteral("EMP-D")));

        type(dialog->emailEdit(), QStringLiteral("dan@example.org"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<EmployeeDialog *>());
        const Employee dan = Directory(t.db(), t.clock()).get(QStringLiteral("EMP-D"));
        QCOMPARE(dan.name, QStringLiteral("Dan Dale"));
        QCOMPARE(dan.reportsTo, QStringLiteral("EMP-SUP"));
        QCOMPARE(dan.contractedMinutesPerDay, 450);
        QCOMPARE(dan.dateOfJoining, t.clock().today());
        QCOMPARE(page.model()->rowCount(), 7);
        QCOMPARE(page.currentId(), QStringLiteral("EMP-D"));

        // Edit: the HR flag and the reporting line.
        QTest::mouseClick(button(&page, "editEmployee"), Qt::LeftButton);
        dialog = openDialog<EmployeeDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(dialog->idEdit()->isReadOnly());
        dialog->hrBox()->setChecked(true);
        dialog->reportsToBox()->setCurrentIndex(dialog->reportsToBox()->findData(QStringLiteral("EMP-OTHER")));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<EmployeeDialog *>());
        QVERIFY(Directory(t.db(), t.clock()).get(QStringLiteral("EMP-D")).hr);
        QCOMPARE(Directory(t.db(), t.clock()).get(QStringLiteral("EMP-D")).reportsTo, QStringLiteral("EMP-OTHER"));
        QCOMPARE(page.model()->index(page.model()->rowOf(QStringLiteral("EMP-D")), EmployeeModel::Roles).data().toString(),
                 QStringLiteral("HR"));

        // A reporting loop is refused by core.
        QVERIFY(page.select(QStringLiteral("EMP-HR")));
        QTest::mouseClick(button(&page, "editEmployee"), Qt::LeftButton);
        dialog = openDialog<EmployeeDialog>(&page);
        dialog->reportsToBox()->setCurrentIndex(dialog->reportsToBox()->findData(QStringLiteral("EMP-A")));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->errorText().startsWith(QStringLiteral("reports_to: EMP-A would make a reporting loop")));
        dialog->reject();
        QTRY_VERIFY(!page.findChild<EmployeeDialog *>());

        // Deactivate hides the row; "Show deactivated" brings it back; Activate restores.
        QVERIFY(page.select(QStringLiteral("EMP-B")));
        QCOMPARE(button(&page, "toggleActive")->text(), QStringLiteral("Deac&tivate"));
        QTest::mouseClick(button(&page, "toggleActive"), Qt::LeftButton);
        QVERIFY(!Directory(t.db(), t.clock()).get(QStringLiteral("EMP-B")).active);
        QCOMPARE(page.model()->rowOf(QStringLiteral("EMP-B")), -1);
        page.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(page.select(QStringLiteral("EMP-B")));
        QCOMPARE(page.model()->index(page.model()->rowOf(QStringLiteral("EMP-B")), EmployeeModel::Status).data().toString(),
                 QStringLiteral("Deactivated"));
        QCOMPARE(button(&page, "toggleActive")->text(), QStringLiteral("Ac&tivate"));
        QTest::mouseClick(button(&page, "toggleActive"), Qt::LeftButton);
        QVERIFY(Directory(t.db(), t.clock()).get(QStringLiteral("EMP-B")).active);

        // HR cannot deactivate themselves from here.
        QVERIFY(page.select(QStringLiteral("EMP-HR")));
        QVERIFY(!button(&page, "toggleActive")->isEnabled());

        // The search box filters with core's rule.
        auto *search = page.findChild<QLineEdit *>();
        QTest::keyClicks(search, QStringLiteral("sunil"));
        QCOMPARE(page.view()->model()->rowCount(), 3); // Sunil himself and his two reports (by supervisor name)
    }

    void resetsAPassword()
    {
        TestDb t;
        t.addStandardPeople();
        auto session = signIn(t, QStringLiteral("hr"));
        EmployeesPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.select(QStringLiteral("EMP-A")));
        QTest::mouseClick(button(&page, "resetPassword"), Qt::LeftButton);
        auto *dialog = openDialog<PasswordDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(!dialog->setButton()->isEnabled());
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("short"));
        QTest::keyClicks(dialog->repeatEdit(), QStringLiteral("shorx"));
        QVERIFY(!dialog->setButton()->isEnabled());
        QCOMPARE(dialog->errorText(), QStringLiteral("The two passwords differ."));
        dialog->repeatEdit()->setText(QStringLiteral("short"));
        QTest::mouseClick(dialog->setButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // core's length rule
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("password:")), qPrintable(dialog->errorText()));
        dialog->passwordEdit()->setText(QStringLiteral("a-long-secret"));
        dialog->repeatEdit()->setText(QStringLiteral("a-long-secret"));
        QTest::mouseClick(dialog->setButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<PasswordDialog *>());
        QCOMPARE(Auth(t.db(), t.clock()).signIn(QStringLiteral("a"), QStringLiteral("a-long-secret")).employee,
                 QStringLiteral("EMP-A"));
    }

    void managesHolidays()
    {
        TestDb t;
        t.addStandardPeople();
        auto session = signIn(t, QStringLiteral("hr"));
        HolidaysPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 0);

        page.dateEdit()->setDate(QDate(2026, 5, 25));
        type(page.descriptionEdit(), QStringLiteral("Spring bank holiday"));
        QTest::keyClick(page.descriptionEdit(), Qt::Key_Return);
        QCOMPARE(WorkCalendar(t.db(), t.clock()).holidays().size(), 1);
        QVERIFY(!WorkCalendar(t.db(), t.clock()).isWorkingDay(QDate(2026, 5, 25)));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, HolidayModel::Weekday).data().toString(), QStringLiteral("Monday"));

        // The same date again: core's message, naming the field.
        QTest::mouseClick(button(&page, "addHoliday"), Qt::LeftButton);
        QCOMPARE(page.messageBar()->text(), QStringLiteral("holiday_date: 2026-05-25 is already a holiday"));
        QCOMPARE(page.messageBar()->kind(), MessageBar::Kind::Error);

        QVERIFY(page.select(QDate(2026, 5, 25)));
        QTest::mouseClick(button(&page, "removeHoliday"), Qt::LeftButton);
        QVERIFY(WorkCalendar(t.db(), t.clock()).holidays().isEmpty());
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void savesSettingsTogether()
    {
        TestDb t;
        t.addStandardPeople();
        auto session = signIn(t, QStringLiteral("hr"));
        SettingsPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.expiryDays()->value(), 180);
        QCOMPARE(page.hoursPerDay()->text(), QStringLiteral("8:00"));
        QVERIFY(page.weekendDay(6)->isChecked() && page.weekendDay(7)->isChecked() && !page.weekendDay(5)->isChecked());
        QVERIFY(!page.multiplier()->isEnabled()); // only the contracted-hours policy multiplies

        // A bad cap: nothing is saved, not even the good values before it.
        page.expiryDays()->setValue(90);
        type(page.hoursPerDay(), QStringLiteral("7:30"));
        type(page.cap(), QStringLiteral("lots"));
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QCOMPARE(page.messageBar()->text(),
                 QStringLiteral("toil_cap_minutes: \"lots\" is not an amount of hours (write 7.5, 7:30 or 07:30:00)"));
        Settings s(t.db(), t.clock());
        QCOMPARE(s.toilLeaveType().expiryDays, 180);
        QCOMPARE(s.minutesPerToilDay(), 480);

        type(page.cap(), QStringLiteral("40"));
        page.policy()->setCurrentIndex(page.policy()->findData(QStringLiteral("contracted")));
        QVERIFY(page.multiplier()->isEnabled());
        page.multiplier()->setValue(150);
        page.weekendDay(5)->setChecked(true);
        page.reminderDays()->setValue(14);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QCOMPARE(page.messageBar()->kind(), MessageBar::Kind::Info);
        QCOMPARE(s.toilLeaveType().expiryDays, 90);
        QCOMPARE(s.minutesPerToilDay(), 450);
        QCOMPARE(s.intValue(QString::fromLatin1(Settings::ToilCapMinutes)), 2400);
        QCOMPARE(s.value(QString::fromLatin1(Settings::AccrualPolicy)), QStringLiteral("contracted"));
        QCOMPARE(s.intValue(QString::fromLatin1(Settings::WeekendMultiplierPercent)), 150);
        QCOMPARE(s.weekendDays(), (QList<int>{5, 6, 7}));
        QCOMPARE(s.intValue(QString::fromLatin1(Settings::ReminderDays)), 14);
        QCOMPARE(page.messageBar()->text(), QStringLiteral("Settings saved: 7 changed."));
    }

    void filtersTheAuditLog()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 60);
        auto session = signIn(t, QStringLiteral("hr"));
        AuditPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int all = page.model()->rowCount();
        QVERIFY(all > 8);

        page.actionBox()->setCurrentIndex(page.actionBox()->findData(QStringLiteral("approve")));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, AuditModel::Document).data().toString(), QStringLiteral("TS-00001"));
        QCOMPARE(page.model()->index(0, AuditModel::Actor).data().toString(), QStringLiteral("sup"));
        QCOMPARE(page.model()->index(0, AuditModel::Change).data().toString(),
                 QStringLiteral("docstatus: 0 \u2192 1; status: Awaiting Approval \u2192 Approved; toil_allocation: (empty) "
                                "\u2192 LAL-00001; toil_status: Pending Accrual \u2192 Accrued"));

        page.clearFilters();
        QCOMPARE(page.model()->rowCount(), all);
        type(page.documentEdit(), QStringLiteral("TS-00001"));
        QTest::keyClick(page.documentEdit(), Qt::Key_Return);
        QCOMPARE(page.model()->rowCount(), 3); // create, send, approve
        page.doctypeBox()->setCurrentIndex(page.doctypeBox()->findData(QStringLiteral("Employee")));
        QCOMPARE(page.model()->rowCount(), 0);

        page.clearFilters();
        page.fromEdit()->setDate(t.clock().today().addDays(1));
        QCOMPARE(page.model()->rowCount(), 0);
        page.fromEdit()->setDate(t.clock().today());
        page.toEdit()->setDate(t.clock().today());
        QCOMPARE(page.model()->rowCount(), all);

        // Not HR: core refuses, the page says so.
        auto sup = signIn(t, QStringLiteral("sup"));
        AuditPage refused(*sup);
        QCOMPARE(refused.model()->rowCount(), 0);
        QCOMPARE(refused.findChild<MessageBar *>()->text(), QStringLiteral("Only HR can read the audit log"));
    }
};

QTEST_MAIN(TestHrPages)
#include "tst_hr_pages.moc"
