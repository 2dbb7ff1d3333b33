#pragma once

#include "Actor.h"
#include "BalanceReports.h"
#include "Database.h"

#include <QList>
#include <QObject>

#include <memory>

class QThread;

namespace lieu {
class Clock;
}

namespace lieu::ui {

// Runs BalanceReports::overview on a worker thread with its own Database connection (a connection belongs to the
// thread that opened it), so the aggregation over every employee never blocks the window. Only the answer
// to the latest request is delivered.
class ReportLoader final : public QObject
{
    Q_OBJECT

public:
    explicit ReportLoader(QObject *parent = nullptr);
    ~ReportLoader() override; // waits for running workers

    void load(DatabaseOpener openDatabase, std::shared_ptr<const Clock> clock, const Actor &actor, const QString &team, QDate on);
    bool busy() const { return m_running > 0; }

Q_SIGNALS:
    void loaded(const lieu::ReportOverview &overview);
    void failed(const QString &message);

private:
    int m_generation = 0;
    int m_running = 0;
    QList<QThread *> m_threads;
};

} // namespace lieu::ui
