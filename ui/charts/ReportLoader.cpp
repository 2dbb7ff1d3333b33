#include "ReportLoader.h"

#include "BackgroundTask.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"

#include <QThread>

namespace lieu::ui {

namespace {
struct Outcome
{
    ReportOverview overview;
    QString error;
    bool ok = false;
};
} // namespace

ReportLoader::ReportLoader(QObject *parent) : QObject(parent) {}

ReportLoader::~ReportLoader()
{
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
        BackgroundTasks::finished();
    }
}

void ReportLoader::load(DatabaseOpener openDatabase, std::shared_ptr<const Clock> clock, const Actor &actor,
                        const QString &team, QDate on)
{
    const int generation = ++m_generation;
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([openDatabase, clock, actor, team, on, outcome] {
        try {
            const auto db = openDatabase();
            outcome->overview = BalanceReports(*db, *clock).overview(actor, team, on);
            outcome->ok = true;
        } catch (const Error &e) {
            outcome->error = e.message();
        } catch (const std::exception &e) {
            outcome->error = QString::fromUtf8(e.what());
        }
    });
    thread->setObjectName(QStringLiteral("lieu-reports"));
    m_threads << thread;
    ++m_running;
    BackgroundTasks::started(); // a screenshot waits for the charts too
    connect(thread, &QThread::finished, this, [this, thread, generation, outcome] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        --m_running;
        if (generation == m_generation) { // else a newer request is on its way
            if (outcome->ok)
                Q_EMIT loaded(outcome->overview);
            else
                Q_EMIT failed(outcome->error);
        }
        BackgroundTasks::finished();
    });
    thread->start(QThread::LowPriority);
}

} // namespace lieu::ui
