#pragma once

#include "Actor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lieu {

class Database;
class Clock;
struct LeaveApplication;

namespace reports {

// Approved TOIL leave as an iCalendar (RFC 5545) file, built with libical, for the calendars people use:
// one all-day VEVENT per application from its first to its last day, UID "LAP-00012@lieu" (stable, so a
// re-import updates instead of duplicating), half days marked in the summary and in X-LIEU-HALF-DAY.
// Leave cancelled after approval stays in the file as STATUS:CANCELLED so subscribed calendars drop it.
class Calendar final
{
    Q_DECLARE_TR_FUNCTIONS(Calendar)

public:
    Calendar(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    QByteArray employee(const Actor &actor, const QString &employeeId);
    // The supervisor's direct reports (active ones).
    QByteArray team(const Actor &actor, const QString &supervisorId);

    static QString uid(qint64 application);

private:
    QByteArray build(const Actor &actor, const QStringList &employees, const QString &title);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace reports
} // namespace lieu
