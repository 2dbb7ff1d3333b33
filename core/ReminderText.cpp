#include "ReminderText.h"

#include "Ledger.h"
#include "Translations.h"
#include "Units.h"

#include <QStringList>

namespace lieu {

QString ReminderText::tr(const char *source, const char *disambiguation, int n) const
{
    return Translations::translate(m_language, "lieu::ReminderText", source, disambiguation, n);
}

QString ReminderText::subject(qint64 totalMinutes, QDate firstLastDay) const
{
    return tr("Your TOIL expires soon: %1 h by %2").arg(Units::formatHours(totalMinutes), Units::isoDate(firstLastDay));
}

QString ReminderText::body(const QString &employeeName, int days, const QList<Lot> &lots, int minutesPerDay) const
{
    qint64 total = 0;
    for (const Lot &l : lots)
        total += l.remaining;
    QStringList lines;
    lines << tr("Dear %1,").arg(employeeName) << QString()
          << tr("Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day shown, "
                "or it is lost:",
                nullptr, days)
          << QString();
    for (const Lot &l : lots)
        lines << tr("  %1: %2 h (%3 days) left, last day to use it %4")
                     .arg(l.name(), Units::formatHours(l.remaining), Units::formatDays(l.remaining, minutesPerDay),
                          Units::isoDate(l.toDate));
    lines << QString()
          << tr("In total %1 h (%2 days) expires soon.").arg(Units::formatHours(total), Units::formatDays(total, minutesPerDay))
          << QString() << tr("This reminder was sent by Lieu.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace lieu
