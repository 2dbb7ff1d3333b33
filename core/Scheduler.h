#pragma once

#include "Database.h"
#include "Jobs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTime>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace lieu {

class Clock;
class Database;
class Settings;

// When the duties fall due: expiry every day at expiryTime, reminders every week on reminderWeekday at
// reminderTime (settings expiry_time, reminder_weekday, reminder_time; the seed's cron: 02:00 daily,
// Monday 09:00), in local wall-clock time.
struct DutySchedule
{
    QTime expiryTime{2, 0};
    int reminderWeekday = 1; // Monday = 1 .. Sunday = 7
    QTime reminderTime{9, 0};

    static DutySchedule fromSettings(const Settings &settings);
    // The latest day whose duty time has come at `wallClock` (a local date and time). A runner that was
    // away catches up with one run for that day.
    QDate expiryDue(const QDateTime &wallClock) const;
    QDate reminderDue(const QDateTime &wallClock) const;
};

// Sends what waits in the outbox, on the worker's own connection. lieumail supplies it (core has no
// network). Returns a line for the report; throws lieu::Error when the outbox itself cannot be read.
using OutboxDrain = std::function<QString(Database &, const Clock &)>;

// What one cycle of the runner did.
struct CycleReport
{
    QDateTime at;            // the clock's now when the cycle began
    QList<JobRun> runs;      // the duties this cycle ran, finished
    QString outbox;          // the drain's summary; empty when there is no drain or nothing was due
    QString error;           // a failure outside the duties (the database could not be opened, the drain failed)
};

// The background runner of the desktop app: a QTimer on the caller's thread asks a worker thread,
// which has its own Database connection opened from `databaseSpec`, to run a cycle: each duty whose
// due date has come and that no runner has done for that date (claimDuty) runs once and is recorded in
// job_run; then the outbox drains. The clock is injectable, so a test moves it across days and weeks and
// calls tick() without waiting for real time. Only one cycle is in flight at a time.
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    Scheduler(QString databaseSpec, std::shared_ptr<const Clock> clock, QObject *parent = nullptr);
    ~Scheduler() override;

    // Recorded as job_run.runner, e.g. "app hana@desk-12".
    void setRunner(const QString &runner);
    // The zone of the wall clock the schedule is read in; the system's by default.
    // How the worker thread connects (default: Database::open(spec), with LIEU_DB_PASSWORD for a server).
    // The app passes its session's opener, which holds the password it signed in with.
    void setDatabaseOpener(DatabaseOpener open);
    void setTimeZone(const QTimeZone &zone);
    void setOutboxDrain(OutboxDrain drain);
    // How often the timer ticks (default one minute).
    void setInterval(int msec);
    // After a duty fails, it is tried again after this many seconds (default 15 minutes).
    void setRetryDelay(int seconds);

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    bool isBusy() const { return m_busy; }
    QString databaseSpec() const { return m_spec; }

public Q_SLOTS:
    // Runs a cycle now, or right after the one in flight.
    void tick();

Q_SIGNALS:
    void cycleStarted();
    void cycleFinished(const lieu::CycleReport &report);

private:
    class Worker;
    void finished(const CycleReport &report);

    QString m_spec;
    DatabaseOpener m_open;
    std::shared_ptr<const Clock> m_clock;
    QString m_runner = QStringLiteral("app");
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    OutboxDrain m_drain;
    int m_retryDelay = 15 * 60;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace lieu

Q_DECLARE_METATYPE(lieu::CycleReport)
