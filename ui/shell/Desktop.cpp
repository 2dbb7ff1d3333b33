#include "Desktop.h"

#include "BackgroundTask.h"
#include "Clock.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "Demo.h"
#include "Directory.h"
#include "Error.h"
#include "FirstStartDialog.h"
#include "I18n.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "Session.h"
#include "Settings.h"
#include "Setup.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <QTextStream>
#include <QThreadPool>

#include <cstdio>

namespace lieu::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Desktop)
};

enum Exit { Ok = 0, Usage = 2, DatabaseFailed = 3 };

QString defaultScreenshotPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QFileInfo(Database::defaultPath()).absolutePath();
    return QDir(dir).filePath(QStringLiteral("lieu-main-window.png"));
}

// The user a screenshot shows: --as, else the demo's HR user, else the first HR user with a login.
Actor screenshotActor(Database &db, const Clock &clock, const QString &login)
{
    Directory directory(db, clock);
    if (!login.isEmpty())
        return directory.actorForLogin(login);
    if (const auto hr = directory.findByLogin(Demo::HrLogin); hr && hr->hr && hr->active)
        return directory.actorForLogin(Demo::HrLogin);
    const QList<Employee> everyone = directory.list(Actor::system());
    for (const Employee &e : everyone)
        if (e.hr && e.active && !e.login.isEmpty())
            return directory.actorForLogin(e.login);
    throw Error::rule(Tr::tr("There is no active HR user with a login to show: say who with --as LOGIN"));
}

int takeScreenshot(std::unique_ptr<Database> db, std::shared_ptr<Clock> clock, const LaunchOptions &options)
{
    QTextStream out(stdout), err(stderr);
    Actor actor;
    try {
        if (Setup::isEmpty(*db)) {
            Demo::populate(*db, *clock);
            out << Tr::tr("The database was empty: opened the demo organisation.") << Qt::endl;
        }
        actor = screenshotActor(*db, *clock, options.login);
    } catch (const Error &e) {
        err << e.message() << Qt::endl;
        return e.kind() == Error::Kind::Database ? DatabaseFailed : Usage;
    }
    Session session(std::move(db), clock, actor);
    MainWindow window(session);
    if (!options.page.isEmpty() && !window.showPage(options.page)) {
        err << Tr::tr("--page: \"%1\" is not a page %2 sees (%3)")
                   .arg(options.page, actor.login, window.pageIds().join(QStringLiteral(", ")))
            << Qt::endl;
        return Usage;
    }
    // The picture a machine without a display gets from the run command shows the organisation at a
    // glance: HR's balance charts (the review page of a quiet team is mostly empty).
    if (options.page.isEmpty() && options.screenshot.isEmpty() && window.pageIds().contains(QStringLiteral("hr.charts")))
        window.showPage(QStringLiteral("hr.charts"));
    window.show();
    BackgroundTasks::waitIdle();
    // Let what the loads delivered be laid out and painted (charts lay out their titles and axes in
    // posted events) before the picture is taken.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 200)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    const QString file = options.screenshot.isEmpty() ? defaultScreenshotPath() : options.screenshot;
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!window.grab().save(file, "PNG")) {
        err << Tr::tr("Could not write the screenshot to %1").arg(file) << Qt::endl;
        return DatabaseFailed;
    }
    out << Tr::tr("Saved a screenshot of the main window (%1 signed in) to %2").arg(actor.login, QFileInfo(file).absoluteFilePath())
        << Qt::endl;
    window.close();
    QThreadPool::globalInstance()->waitForDone();
    return Ok;
}
} // namespace

void installTranslations(QApplication &)
{
    // LIEU_LANG, else the language chosen in the Language menu, else the system's (see I18n).
    QString language;
    try {
        language = I18n::resolve(qEnvironmentVariable("LIEU_LANG"));
    } catch (const Error &) {
        language = I18n::resolve(); // an unknown LIEU_LANG does not stop the desktop app
    }
    I18n::install(language);
}

int runDesktop(QApplication &app, bool headless)
{
    QApplication::setApplicationName(QStringLiteral("Lieu"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lieu"));
    QApplication::setApplicationVersion(QStringLiteral(LIEU_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lieu.Lieu"));

    LaunchOptions options;
    options.headless = headless;
    QString error;
    QTextStream out(stdout), err(stderr);
    if (!LaunchOptionsParser::parse(app.arguments().mid(1), options, error)) {
        err << QStringLiteral("lieu: ") << error << Qt::endl;
        return Usage;
    }
    if (options.help) {
        out << LaunchOptionsParser::usage();
        return Ok;
    }
    if (options.version) {
        out << QStringLiteral("lieu ") << QApplication::applicationVersion() << Qt::endl;
        return Ok;
    }

    std::shared_ptr<Clock> clock;
    if (options.today.isValid())
        clock = std::make_shared<FixedClock>(options.today, QTime::currentTime());
    else
        clock = std::make_shared<SystemClock>();
    // --database, else LIEU_DB, else what the Database connection page saved, else the local file.
    const QString path = options.database.isEmpty() ? configuredDatabaseSpec() : options.database;
    QString password;
    bool havePassword = !DatabaseSpec::isServerSpec(path);
    auto open = [&]() -> std::unique_ptr<Database> {
        if (!havePassword) {
            // A server's password: LIEU_DB_PASSWORD, the keychain, or asked for once per run.
            QString why;
            havePassword = qEnvironmentVariableIsSet("LIEU_DB_PASSWORD");
            password = qEnvironmentVariable("LIEU_DB_PASSWORD");
            if (!havePassword)
                havePassword = PasswordStore::read(path, &password, &why);
            if (!havePassword && !options.takesScreenshot()) {
                bool ok = false;
                password = QInputDialog::getText(nullptr, Tr::tr("Lieu"), Tr::tr("Password of %1:").arg(DatabaseSpec::parse(path).toString()),
                                                 QLineEdit::Password, QString(), &ok);
                if (!ok)
                    throw Error::database(Tr::tr("No password was given for %1").arg(DatabaseSpec::parse(path).toString()));
                havePassword = true;
            }
        }
        auto db = Database::open(path, password);
        db->migrate();
        Settings(*db, *clock).ensureToilLeaveType();
        return db;
    };
    std::unique_ptr<Database> db;
    try {
        db = open();
    } catch (const Error &e) {
        err << QStringLiteral("lieu: ") << e.message() << Qt::endl;
        if (!options.takesScreenshot())
            QMessageBox::critical(nullptr, Tr::tr("Lieu cannot open its database"), e.message());
        return DatabaseFailed;
    }
    if (options.takesScreenshot())
        return takeScreenshot(std::move(db), clock, options);

    QString login;
    try {
        if (Setup::isEmpty(*db)) {
            FirstStartDialog first(*db, *clock);
            if (first.exec() != QDialog::Accepted)
                return Ok;
            login = first.choseDemo() ? Demo::EmployeeLogin : first.createdLogin();
        }
    } catch (const Error &e) {
        QMessageBox::critical(nullptr, Tr::tr("Lieu"), e.message());
        return DatabaseFailed;
    }

    int status = Ok;
    for (;;) {
        SignInDialog signIn(*db, *clock, path);
        if (!login.isEmpty())
            signIn.setLogin(login);
        if (signIn.exec() != QDialog::Accepted)
            break;
        login = signIn.actor().login;
        {
            Session session(std::move(db), clock, signIn.actor());
            MainWindow window(session);
            window.show();
            status = app.exec();
            const bool again = window.signedOut();
            QThreadPool::globalInstance()->waitForDone();
            if (!again)
                break;
        }
        try {
            db = open();
        } catch (const Error &e) {
            QMessageBox::critical(nullptr, Tr::tr("Lieu cannot open its database"), e.message());
            return DatabaseFailed;
        }
    }
    QThreadPool::globalInstance()->waitForDone();
    return status;
}

} // namespace lieu::ui
