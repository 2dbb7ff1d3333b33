#include "BackgroundTask.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QThread>

namespace lieu::ui {

namespace {
QAtomicInt s_pending;
}

int BackgroundTasks::pending()
{
    return s_pending.loadAcquire();
}

void BackgroundTasks::started()
{
    s_pending.ref();
}

void BackgroundTasks::finished()
{
    s_pending.deref();
}

bool BackgroundTasks::waitIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (pending() > 0) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (pending() > 0)
            QThread::msleep(5);
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return true;
}

} // namespace lieu::ui
