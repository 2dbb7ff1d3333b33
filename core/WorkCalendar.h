#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>

namespace lieu {

class Database;
class Clock;

struct Holiday
{
    QDate date;
    QString description;
};

// Working days: not a weekend day (a setting, Sat/Sun by default) and not on the holiday list.
class WorkCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    WorkCalendar(Database &db, const Clock &clock);

    bool isWeekend(QDate d) const { return m_weekend.contains(d.dayOfWeek()); }
    bool isHoliday(QDate d);
    bool isWorkingDay(QDate d) { return !isWeekend(d) && !isHoliday(d); }
    QList<QDate> workingDays(QDate from, QDate to);

    QList<Holiday> holidays(QDate from = {}, QDate to = {});
    // HR or the local administrator; audited.
    void addHoliday(const Actor &actor, QDate date, const QString &description);
    void removeHoliday(const Actor &actor, QDate date);

private:
    void loadRange(QDate from, QDate to);

    Database &m_db;
    const Clock &m_clock;
    QSet<int> m_weekend;
    QSet<QDate> m_holidays;
    QDate m_loadedFrom;
    QDate m_loadedTo;
};

} // namespace lieu
