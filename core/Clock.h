#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace lieu {

// Where "today" comes from. Everything in core that depends on the date asks a Clock, so tests and the
// command line's --today can move time without waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDate today() const override { return QDate::currentDate(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still on a chosen day (at a chosen time of day) until it is moved.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate day, QTime time = QTime(9, 0)) : m_now(day, time, Qt::UTC) {}
    QDate today() const override { return m_now.date(); }
    QDateTime now() const override { return m_now; }
    void setToday(QDate day) { m_now.setDate(day); }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace lieu
