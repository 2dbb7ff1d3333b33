#include "Screens.h"

#include "Database.h"
#include "Demo.h"
#include "Directory.h"
#include "Error.h"
#include "EmployeeDialogs.h"
#include "Pages.h"
#include "RejectDialog.h"
#include "ReviewPage.h"
#include "Session.h"
#include "Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QWidget>

#include <functional>
#include <memory>

namespace lieu::ui {

namespace {

// A page that loads in the background sets the dynamic property "lieuBusy" while it works.
bool busy(const QWidget *root)
{
    if (root->property("lieuBusy").toBool())
        return true;
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (const QWidget *w : children)
        if (w->property("lieuBusy").toBool())
            return true;
    return false;
}

void settle(QWidget *w)
{
    QDeadlineTimer deadline(20000);
    do {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    } while (busy(w) && !deadline.hasExpired());
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(QWidget *w, const QString &path, ScreenResult &result)
{
    settle(w);
    const QPixmap shot = w->grab();
    if (shot.isNull() || !shot.save(path, "PNG")) {
        result.problems << QStringLiteral("%1: could not write the image").arg(path);
        return false;
    }
    result.written << path;
    return true;
}

struct DialogShot
{
    QString name;
    std::function<QDialog *(Session &)> make;
};

QList<DialogShot> dialogs()
{
    return {
        {QStringLiteral("dialog-reject-timesheet"),
         [](Session &) {
             auto *d = new RejectDialog(QStringLiteral("TS-00047"), QStringLiteral("Ella Evans"), {});
             d->setReason(QApplication::translate("lieu::ui::Screens",
                                                  "Thursday's incident review was for the client: log it as billable "
                                                  "and send the week again."));
             return d;
         }},
        {QStringLiteral("dialog-edit-employee"),
         [](Session &s) {
             const Employee ella = *Directory(s.db(), s.clock()).findByLogin(Demo::EmployeeLogin);
             return new EmployeeDialog(s, ella);
         }},
        {QStringLiteral("dialog-add-employee"),
         [](Session &s) {
             auto *d = new EmployeeDialog(s, std::nullopt);
             d->idEdit()->setText(QStringLiteral("EMP-0009"));
             d->nameEdit()->setText(QStringLiteral("Noor Nasser"));
             d->emailEdit()->setText(QStringLiteral("noor.nasser@demo"));
             d->loginEdit()->setText(QStringLiteral("noor"));
             d->reportsToBox()->setCurrentIndex(d->reportsToBox()->findData(QStringLiteral("EMP-0002")));
             d->accept(); // refused: the dialog shows core's message about the e-mail and stays open
             return d;
         }},
        {QStringLiteral("dialog-reset-password"),
         [](Session &s) {
             const Employee ella = *Directory(s.db(), s.clock()).findByLogin(Demo::EmployeeLogin);
             auto *d = new PasswordDialog(s, ella);
             d->passwordEdit()->setText(QStringLiteral("new-secret"));
             d->repeatEdit()->setText(QStringLiteral("new-secret"));
             return d;
         }},
    };
}

std::unique_ptr<Session> signIn(const QString &dbPath, const std::shared_ptr<FixedClock> &clock, const QString &login)
{
    auto db = Database::open(dbPath);
    const Actor actor = Directory(*db, *clock).actorForLogin(login);
    return std::make_unique<Session>(std::move(db), clock, actor);
}

} // namespace

ScreenResult renderScreens(const ScreenOptions &options)
{
    ScreenResult result;
    QDir().mkpath(options.outDir);
    const QDir out(options.outDir);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("demo.sqlite"));
    auto clock = std::make_shared<FixedClock>(options.today, QTime(10, 0));
    {
        auto db = Database::open(path);
        db->migrate();
        Settings(*db, *clock).ensureToilLeaveType();
        Demo::populate(*db, *clock);
    }
    auto wanted = [&](const QString &name) { return options.onlyPrefix.isEmpty() || name.startsWith(options.onlyPrefix); };

    const QStringList logins = options.logins.isEmpty()
                                   ? QStringList{Demo::HrLogin, Demo::SupervisorLogin, Demo::EmployeeLogin}
                                   : options.logins;
    const QList<PageSpec> pages = allPages();
    for (const QString &login : logins) {
        std::unique_ptr<Session> session;
        try {
            session = signIn(path, clock, login);
        } catch (const Error &e) {
            result.problems << QStringLiteral("%1: %2").arg(login, e.message());
            continue;
        }
        const Roles roles = session->roles();
        for (const PageSpec &spec : pages) {
            const bool shown = (spec.employee && roles.employee) || (spec.supervisor && roles.supervisor) || (spec.hr && roles.hr);
            const QString name = QStringLiteral("%1-%2").arg(login, spec.id);
            if (!shown || !wanted(name))
                continue;
            std::unique_ptr<QWidget> page(spec.create(*session, nullptr));
            page->setWindowTitle(spec.title);
            page->resize(options.pageSize);
            page->show();
            save(page.get(), out.filePath(name + QStringLiteral(".png")), result);
            // Pages whose tabs are worth a picture each mark their QTabWidget with "lieuScreenTabs".
            const QList<QTabWidget *> tabs = page->findChildren<QTabWidget *>();
            for (QTabWidget *t : tabs) {
                if (!t->property("lieuScreenTabs").toBool())
                    continue;
                for (int i = 1; i < t->count(); ++i) {
                    t->setCurrentIndex(i);
                    save(page.get(), out.filePath(QStringLiteral("%1-%2.png").arg(name).arg(i + 1)), result);
                }
                t->setCurrentIndex(0);
            }
        }
    }

    std::unique_ptr<Session> hr = signIn(path, clock, Demo::HrLogin);
    for (const DialogShot &shot : dialogs()) {
        if (!wanted(shot.name))
            continue;
        std::unique_ptr<QDialog> dialog(shot.make(*hr));
        dialog->show();
        save(dialog.get(), out.filePath(shot.name + QStringLiteral(".png")), result);
    }
    return result;
}

} // namespace lieu::ui
