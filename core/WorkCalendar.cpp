#include "WorkCalendar.h"

#include "Audit.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Settings.h"
#include "Text.h"

#include <QJsonObject>

namespace lieu {

WorkCalendar::WorkCalendar(Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{
    const QList<int> days = Settings(db, clock).weekendDays();
    m_weekend = QSet<int>(days.begin(), days.end());
}

void WorkCalendar::loadRange(QDate from, QDate to)
{
    if (m_loadedFrom.isValid() && from >= m_loadedFrom && to <= m_loadedTo)
        return;
    // Load a generous window around the request so nearby questions need no further query.
    const QDate a = from.addDays(-400);
    const QDate b = to.addDays(400);
    m_holidays.clear();
    m_db.forEach(QStringLiteral("SELECT holiday_date FROM holiday WHERE holiday_date BETWEEN ? AND ?"),
                 {a.toString(Qt::ISODate), b.toString(Qt::ISODate)},
                 [&](const QSqlQuery &q) { m_holidays.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate)); });
    m_loadedFrom = a;
    m_loadedTo = b;
}

bool WorkCalendar::isHoliday(QDate d)
{
    loadRange(d, d);
    return m_holidays.contains(d);
}

QList<QDate> WorkCalendar::workingDays(QDate from, QDate to)
{
    QList<QDate> days;
    if (!from.isValid() || !to.isValid() || to < from)
        return days;
    loadRange(from, to);
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (!isWeekend(d) && !m_holidays.contains(d))
            days << d;
    return days;
}

QList<Holiday> WorkCalendar::holidays(QDate from, QDate to)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT holiday_date, description FROM holiday WHERE holiday_date >= ? "
                                           "AND holiday_date <= ? ORDER BY holiday_date"),
                            {from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"),
                             to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31")});
    QList<Holiday> out;
    while (q.next())
        out << Holiday{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()};
    return out;
}

void WorkCalendar::addHoliday(const Actor &actor, QDate date, const QString &description)
{
    Permissions(m_db, m_clock).administer(actor, tr("Only HR can change the holiday list")).require();
    if (!date.isValid())
        throw Error::invalid(QStringLiteral("holiday_date"), QString(), tr("holiday_date: the date is missing"));
    Text::require(QStringLiteral("description"), description, 200);
    Transaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM holiday WHERE holiday_date = ?"), {date.toString(Qt::ISODate)})
            .toInt() > 0)
        throw Error::invalid(QStringLiteral("holiday_date"), date.toString(Qt::ISODate),
                             tr("holiday_date: %1 is already a holiday").arg(date.toString(Qt::ISODate)));
    m_db.exec(QStringLiteral("INSERT INTO holiday (holiday_date, description) VALUES (?, ?)"),
              {date.toString(Qt::ISODate), description.trimmed()});
    Audit(m_db, m_clock).record(actor, QStringLiteral("create"), QStringLiteral("Holiday"), date.toString(Qt::ISODate),
                                {}, QJsonObject{{QStringLiteral("description"), description.trimmed()}});
    tx.commit();
    m_loadedFrom = {};
}

void WorkCalendar::removeHoliday(const Actor &actor, QDate date)
{
    Permissions(m_db, m_clock).administer(actor, tr("Only HR can change the holiday list")).require();
    Transaction tx(m_db);
    const QVariant desc =
        m_db.scalar(QStringLiteral("SELECT description FROM holiday WHERE holiday_date = ?"), {date.toString(Qt::ISODate)});
    if (!desc.isValid())
        throw Error::notFound(tr("%1 is not on the holiday list").arg(date.toString(Qt::ISODate)));
    m_db.exec(QStringLiteral("DELETE FROM holiday WHERE holiday_date = ?"), {date.toString(Qt::ISODate)});
    Audit(m_db, m_clock).record(actor, QStringLiteral("delete"), QStringLiteral("Holiday"), date.toString(Qt::ISODate),
                                QJsonObject{{QStringLiteral("description"), desc.toString()}}, {});
    tx.commit();
    m_loadedFrom = {};
}

} // namespace lieu
