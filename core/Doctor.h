#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lieu {

class Database;
class Clock;

struct Check
{
    enum class Status { Pass, Warn, Fail };
    QString name;
    Status status = Status::Pass;
    QString detail;
    static QString statusText(Status s);
};

// The seed's pre-deployment data validation and post-deployment checklist, as one list.
class Doctor final
{
    Q_DECLARE_TR_FUNCTIONS(Doctor)

public:
    Doctor(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    QList<Check> run();
    static bool anyFailed(const QList<Check> &checks);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
