#include "Scheduler.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "JobClaim.h"
#include "Settings.h"
#include "Units.h"

#include <QHash>
#include <QThread>

namespace lieu {

DutySchedule DutySchedule::fromSettings(const Settings &settings)
{
    DutySchedule s;
    s.expiryTime = settings.timeValue(QString::fromLatin1(Settings::ExpiryTime));
    s.reminderTime = settings.timeValue(QString::fromLatin1(Settings::ReminderTime));
    const int day = settings.intValue(QString::fromLatin1(Settings::ReminderWeekday));
    s.reminderWeekday = day >= 1 && day <= 7 ? day : 1;
    return s;
}

QDate DutySchedule::expiryDue(const QDateTime &wallClock) const
{
    const QDate today = wallClock.date();
    return wallClock.time() >= expiryTime ? today : today.addDays(-1);
}

QDate DutySchedule::reminderDue(const QDateTime &wallClock) const
{
    const QDate today = wallClock.date();
    const int back = (today.dayOfWeek() - reminderWeekday + 7) % 7;
    QDate due = today.addDays(-back);
    if (back == 0 && wallClock.time() < reminderTime)
        due = due.addDays(-7);
    return due;
}

// Lives on the worker thread: owns that thread's connection and remembers failed duties' retry times.
class Scheduler::Worker final : public QObject
{
public:
    struct Params
    {
        QString spec;
        DatabaseOpener open;
        std::shared_ptr<const Clock> clock;
        QString runner;
        QTimeZone zone;
        OutboxDrain drain;
        int retryDelay = 900;
    };

    CycleReport cycle(const Params &p)
    {
        CycleReport report;
        const Clock &clock = *p.clock;
        report.at = clock.now();
        try {
            if (!m_db) {
                auto db = p.open ? p.open() : Database::open(p.spec);
                db->requireCurrentSchema();
                m_db = std::move(db);
            }
            const QDateTime local = clock.now().toTimeZone(p.zone);
            const QDateTime wall(local.date(), local.time());
            const DutySchedule schedule = DutySchedule::fromSettings(Settings(*m_db, clock));
            runDuty(p, Jobs::Expiry, schedule.expiryDue(wall), report);
            runDuty(p, Jobs::Reminders, schedule.reminderDue(wall), report);
            if (p.drain)
                report.outbox = p.drain(*m_db, clock);
        } catch (const Error &e) {
            report.error = e.message();
        } catch (const std::exception &e) {
            report.error = QString::fromLocal8Bit(e.what());
        }
        return report;
    }

private:
    void runDuty(const Params &p, const QString &job, QDate due, CycleReport &report)
    {
        const Clock &clock = *p.clock;
        Jobs jobs(*m_db, clock);
        // Cheap read first: on most ticks the duty is done for its date and nothing is written.
        if (const auto last = jobs.lastSuccess(job); last && last->dueDate >= due)
            return;
        const QString key = job + QLatin1Char('@') + Units::isoDate(due);
        if (const auto it = m_retryAt.constFind(key); it != m_retryAt.cend() && clock.now() < *it)
            return;
        const std::optional<qint64> run = claimDuty(*m_db, clock, job, due, p.runner);
        if (!run)
            return;
        try {
            if (job == Jobs::Expiry) {
                const ExpiryResult r = jobs.expire();
                jobs.finishRun(*run, true, Jobs::tr("%n lot(s) expired", nullptr, r.lots));
            } else {
                const ReminderResult r = jobs.remind();
                jobs.finishRun(*run, true, Jobs::tr("%n reminder(s) queued", nullptr, r.queued));
            }
            m_retryAt.remove(key);
        } catch (const Error &e) {
            jobs.finishRun(*run, false, {}, e.message());
            m_retryAt.insert(key, clock.now().addSecs(p.retryDelay));
        } catch (const std::exception &e) {
            jobs.finishRun(*run, false, {}, QString::fromLocal8Bit(e.what()));
            m_retryAt.insert(key, clock.now().addSecs(p.retryDelay));
        }
        for (const JobRun &r : jobs.runs(job, 5))
            if (r.id == *run)
                report.runs << r;
    }

    std::unique_ptr<Database> m_db;
    QHash<QString, QDateTime> m_retryAt;
};

Scheduler::Scheduler(QString databaseSpec, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_spec(std::move(databaseSpec)), m_clock(std::move(clock))
{
    qRegisterMetaType<lieu::CycleReport>();
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("lieu-duties"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    // The worker, and its connection with it, goes away on its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

Scheduler::~Scheduler()
{
    m_timer.stop();
    m_thread->quit();
    m_thread->wait();
}

void Scheduler::setRunner(const QString &runner)
{
    m_runner = runner;
}

void Scheduler::setDatabaseOpener(DatabaseOpener open)
{
    m_open = std::move(open);
}

void Scheduler::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

void Scheduler::setOutboxDrain(OutboxDrain drain)
{
    m_drain = std::move(drain);
}

void Scheduler::setInterval(int msec)
{
    m_timer.setInterval(msec);
}

void Scheduler::setRetryDelay(int seconds)
{
    m_retryDelay = seconds;
}

void Scheduler::start()
{
    m_timer.start();
    tick();
}

void Scheduler::stop()
{
    m_timer.stop();
}

void Scheduler::tick()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    Q_EMIT cycleStarted();
    Worker::Params p{m_spec, m_open, m_clock, m_runner, m_zone, m_drain, m_retryDelay};
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, p = std::move(p)] {
            const CycleReport report = worker->cycle(p);
            QMetaObject::invokeMethod(this, [this, report] { finished(report); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Scheduler::finished(const CycleReport &report)
{
    m_busy = false;
    Q_EMIT cycleFinished(report);
    if (m_again) {
        m_again = false;
        tick();
    }
}

} // namespace lieu
