#pragma once

#include "Clock.h"
#include "Database.h"
#include "Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace lieu::ui {

// Loads that may take long (thousands of rows) run on a pool thread with their own connection to the
// session's database, so the window keeps painting and answering. The result is handed back on the GUI
// thread, unless the object that asked is gone by then.
class BackgroundTasks final
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTasks)

public:
    // Tasks started and not yet handed back (or dropped).
    static int pending();
    // Processes events until every task has been handed back; false on timeout. Used before a screenshot
    // and by tests.
    static bool waitIdle(int timeoutMs = 10000);

    static void started();
    static void finished();
};

// Runs `work(db, clock)` on a pool thread and calls `done(result)` on `context`'s thread, or `failed(message)`
// when core threw. Nothing is called once `context` is destroyed.
template<typename Result>
void runInBackground(QObject *context, DatabaseOpener openDatabase, std::shared_ptr<Clock> clock,
                     std::function<Result(Database &, const Clock &)> work, std::function<void(const Result &)> done,
                     std::function<void(const QString &)> failed = {})
{
    BackgroundTasks::started();
    QPointer<QObject> guard(context);
    // Results are posted to the application object, which outlives every page, and delivered only when
    // `context` still exists.
    auto deliver = [guard](std::function<void()> call) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, call]() {
                if (guard)
                    call();
                BackgroundTasks::finished();
            },
            Qt::QueuedConnection);
    };
    QThreadPool::globalInstance()->start([=]() {
        QString message;
        try {
            Result result;
            {
                const auto db = openDatabase();
                result = work(*db, *clock);
            }
            deliver([done, result]() { done(result); });
            return;
        } catch (const Error &e) {
            message = e.message();
        } catch (const std::exception &e) {
            message = QString::fromLocal8Bit(e.what());
        }
        deliver([failed, message]() {
            if (failed)
                failed(message);
        });
    });
}

} // namespace lieu::ui
