// Start-up: the first-start dialog (demo or an organisation of one's own), sign-in through core (a wrong
// password is refused, a locked account says so), the main window's pages for the user's roles, and the
// `lieu` program itself taking its screenshot with and without a display.
#include "Auth.h"
#include "Demo.h"
#include "Directory.h"
#include "FirstStartDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "Pages.h"
#include "Settings.h"
#include "Setup.h"
#include "SignInDialog.h"

#include "GuiTestSupport.h"

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::TestDb;

class TestStartup : public QObject
{
    Q_OBJECT

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QProcessEnvironment cleanEnvironment(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LIEU_DB", "LIEU_TODAY", "XDG_DATA_HOME",
                                 "XDG_CONFIG_HOME", "XDG_PICTURES_DIR"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return env;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void setUpOwnOrganisation()
    {
        TestDb t;
        FirstStartDialog dialog(t.db(), t.clock());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("setUpButton")), Qt::LeftButton);
        type(dialog.field(QStringLiteral("organisation")), QStringLiteral("Harbour Works"));
        type(dialog.field(QStringLiteral("hoursPerDay")), QStringLiteral("7.5"));
        dialog.expiryDays()->setValue(90);
        type(dialog.field(QStringLiteral("employeeId")), QStringLiteral("HW-1"));
        type(dialog.field(QStringLiteral("fullName")), QStringLiteral("Rosa Reyes"));
        type(dialog.field(QStringLiteral("email")), QStringLiteral("rosa@harbour.example"));
        type(dialog.field(QStringLiteral("login")), QStringLiteral("rosa"));
        type(dialog.field(QStringLiteral("password")), QStringLiteral("tide tables"));
        type(dialog.field(QStringLiteral("password2")), QStringLiteral("tide table"));
        QPushButton *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.messageBar()->text(), QStringLiteral("password: the two passwords are not the same"));
        QVERIFY(Setup::isEmpty(t.db()));

        // A bad e-mail is refused by core, naming the field and the value; nothing is written.
        type(dialog.field(QStringLiteral("password2")), QStringLiteral("tide tables"));
        type(dialog.field(QStringLiteral("email")), QStringLiteral("rosa at harbour"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.messageBar()->text(), QStringLiteral("email: \"rosa at harbour\" is not an e-mail address"));
        QVERIFY(Setup::isEmpty(t.db()));

        type(dialog.field(QStringLiteral("email")), QStringLiteral("rosa@harbour.example"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.choseDemo());
        QCOMPARE(dialog.createdLogin(), QStringLiteral("rosa"));
        Settings settings(t.db(), t.clock());
        QCOMPARE(settings.value(QString::fromLatin1(Settings::OrganisationName)), QStringLiteral("Harbour Works"));
        QCOMPARE(settings.minutesPerToilDay(), 450);
        QCOMPARE(settings.toilLeaveType().expiryDays, 90);
        const Employee rosa = Directory(t.db(), t.clock()).get(QStringLiteral("HW-1"));
        QVERIFY(rosa.hr);
        QCOMPARE(rosa.login, QStringLiteral("rosa"));

        // And Rosa signs in with that password.
        SignInDialog signIn(t.db(), t.clock(), t.path());
        signIn.setLogin(QStringLiteral("rosa"));
        type(signIn.passwordEdit(), QStringLiteral("tide tables"));
        QVERIFY(signIn.signIn());
        QCOMPARE(signIn.actor().employee, QStringLiteral("HW-1"));
    }

    void demoAndSignIn()
    {
        TestDb t(QDate(2026, 12, 3));
        FirstStartDialog first(t.db(), t.clock());
        first.show();
        QTest::mouseClick(first.findChild<QPushButton *>(QStringLiteral("openDemoButton")), Qt::LeftButton);
        QCOMPARE(first.result(), int(QDialog::Accepted));
        QVERIFY(first.choseDemo());
        QVERIFY(Setup::isDemo(t.db(), t.clock()));

        SignInDialog dialog(t.db(), t.clock(), t.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("demoHint")));
        QPushButton *ok = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
        type(dialog.loginEdit(), QStringLiteral("ella"));
        type(dialog.passwordEdit(), QStringLiteral("wrong"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.messageBar()->text(), QStringLiteral("The login or the password is wrong"));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        // An unknown login reads the same.
        type(dialog.loginEdit(), QStringLiteral("nobody"));
        type(dialog.passwordEdit(), QStringLiteral("demo"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.messageBar()->text(), QStringLiteral("The login or the password is wrong"));

        type(dialog.loginEdit(), QStringLiteral("ella"));
        type(dialog.passwordEdit(), QStringLiteral("demo"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().login, QStringLiteral("ella"));
        QCOMPARE(dialog.actor().employee, QStringLiteral("EMP-0003"));
    }

    void lockedAccountSaysSo()
    {
        TestDb t;
        t.addStandardPeople();
        Auth(t.db(), t.clock()).setInitialPassword(QStringLiteral("EMP-A"), QStringLiteral("right password"));
        SignInDialog dialog(t.db(), t.clock(), t.path());
        dialog.setLogin(QStringLiteral("a"));
        for (int i = 0; i < Auth::FreeAttempts; ++i) {
            type(dialog.passwordEdit(), QStringLiteral("guess %1").arg(i));
            QVERIFY(!dialog.signIn());
        }
        type(dialog.passwordEdit(), QStringLiteral("right password"));
        QVERIFY(!dialog.signIn());
        QCOMPARE(dialog.messageBar()->text(),
                 QStringLiteral("Too many failed sign-ins: the account \"a\" is locked for 30 more second(s)"));
    }

    void mainWindowShowsTheUnionOfTheRolesPages()
    {
        TestDb t(QDate(2026, 12, 3));
        Demo::populate(t.db(), t.clock());
        const QList<PageSpec> specs = allPages();
        QVERIFY(!specs.isEmpty());
        for (const QString &login : {QStringLiteral("ella"), QStringLiteral("sam"), QStringLiteral("hana")}) {
            auto session = test::sessionFor(t, login, t.clock().today());
            const Roles roles = session->roles();
            MainWindow window(*session);
            window.show();
            test::waitLoaded();
            QStringList expected;
            for (const PageSpec &s : specs)
                if ((s.employee && roles.employee) || (s.supervisor && roles.supervisor) || (s.hr && roles.hr))
                    expected << s.id;
            QCOMPARE(window.pageIds(), expected);
            QVERIFY(window.pageIds().contains(QStringLiteral("employee.timesheet")));
            QVERIFY(window.pageIds().contains(QStringLiteral("employee.toil")));
            QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("pageList"))->count(), expected.size());
            QCOMPARE(window.findChild<QLabel *>(QStringLiteral("organisationLabel"))->text(), QStringLiteral("Demo Organisation"));
            const QString user = window.findChild<QLabel *>(QStringLiteral("userLabel"))->text();
            if (login == QLatin1String("hana"))
                QCOMPARE(user, QStringLiteral("Hana Hughes (hana, EMP-0001) · Employee, Supervisor, HR"));
            if (login == QLatin1String("sam"))
                QCOMPARE(user, QStringLiteral("Sam Sutherland (sam, EMP-0002) · Employee, Supervisor"));
            if (login == QLatin1String("ella"))
                QCOMPARE(user, QStringLiteral("Ella Evans (ella, EMP-0003) · Employee"));
            QVERIFY(window.showPage(QStringLiteral("employee.toil")));
            QCOMPARE(window.currentPageId(), QStringLiteral("employee.toil"));
        }
    }

    void screenshotOfTheProgram()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lieu.sqlite"));
        const QString png = dir.filePath(QStringLiteral("shots/ella.png"));
        QProcess lieu;
        lieu.setProcessEnvironment(cleanEnvironment(dir.path()));
        lieu.start(QStringLiteral(LIEU_PATH), {QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2026-12-03"),
                                               QStringLiteral("--screenshot"), png, QStringLiteral("--as"), QStringLiteral("ella"),
                                               QStringLiteral("--page"), QStringLiteral("employee.toil")});
        QVERIFY(lieu.waitForFinished(120000));
        const QString out = QString::fromUtf8(lieu.readAllStandardOutput());
        QVERIFY2(lieu.exitCode() == 0, qPrintable(out + QString::fromUtf8(lieu.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("opened the demo organisation")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("(ella signed in) to ") + png), qPrintable(out));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
        QVERIFY(image.height() >= 700);

        // A wrong --as is refused with a usage status.
        lieu.start(QStringLiteral(LIEU_PATH), {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png,
                                               QStringLiteral("--as"), QStringLiteral("nobody")});
        QVERIFY(lieu.waitForFinished(60000));
        QCOMPARE(lieu.exitCode(), 2);
    }

    void headlessWithoutADisplay()
    {
        // No display at all: the same start-up off screen, the demo in the default database, the HR user
        // signed in, and a picture in the standard data location whose path is printed.
        QTemporaryDir home;
        QProcess lieu;
        lieu.setProcessEnvironment(cleanEnvironment(home.path()));
        lieu.start(QStringLiteral(LIEU_PATH), {QStringLiteral("--today"), QStringLiteral("2026-12-03")});
        QVERIFY(lieu.waitForFinished(120000));
        const QString out = QString::fromUtf8(lieu.readAllStandardOutput());
        QVERIFY2(lieu.exitCode() == 0, qPrintable(out + QString::fromUtf8(lieu.readAllStandardError())));
        const QString expected = home.filePath(QStringLiteral(".local/share/Lieu/lieu-main-window.png"));
        QVERIFY2(out.contains(QStringLiteral("(hana signed in) to ") + expected), qPrintable(out));
        QVERIFY(!QImage(expected).isNull());
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral(".local/share/Lieu/lieu.sqlite"))));
        // The second run finds the demo there and does not make it again.
        lieu.start(QStringLiteral(LIEU_PATH), {QStringLiteral("--today"), QStringLiteral("2026-12-03")});
        QVERIFY(lieu.waitForFinished(120000));
        QCOMPARE(lieu.exitCode(), 0);
        QVERIFY(!QString::fromUtf8(lieu.readAllStandardOutput()).contains(QStringLiteral("opened the demo")));
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
