#include "Accrual.h"

#include "Units.h"

#include <map>

namespace lieu {

qint64 applyPercent(qint64 minutes, int percent)
{
    return (minutes * percent * 2 + 100) / 200;
}

std::unique_ptr<AccrualPolicy> AccrualPolicy::make(const QString &id)
{
    if (id == QLatin1String("contracted"))
        return std::make_unique<ContractedHoursPolicy>();
    return std::make_unique<SeedAccrualPolicy>();
}

QString SeedAccrualPolicy::title() const
{
    return tr("Seed rule: non-billable hours are TOIL");
}

AccrualResult SeedAccrualPolicy::compute(const QList<AccrualLog> &logs, const AccrualContext &ctx) const
{
    AccrualResult r;
    QStringList lines;
    lines << tr("Rule: %1").arg(title());
    for (const AccrualLog &log : logs) {
        const QString what = log.activity.isEmpty() ? tr("(no activity)") : log.activity;
        if (log.billable) {
            lines << tr("%1  %2  %3 h billable: not counted").arg(Units::isoDate(log.date), what, Units::formatHours(log.minutes));
            continue;
        }
        qint64 counted = log.minutes;
        QString note;
        if (ctx.weekendMultiplierPercent != 100 && ctx.isNonWorkingDay && ctx.isNonWorkingDay(log.date)) {
            counted = applyPercent(log.minutes, ctx.weekendMultiplierPercent);
            note = tr(" (x%1% on a weekend or holiday)").arg(ctx.weekendMultiplierPercent);
        }
        r.toilMinutes += counted;
        lines << tr("%1  %2  %3 h non-billable: counted %4 h%5")
                     .arg(Units::isoDate(log.date), what, Units::formatHours(log.minutes), Units::formatHours(counted), note);
    }
    lines << tr("Total TOIL: %1 h = %2 days at %3 h per TOIL day")
                 .arg(Units::formatHours(r.toilMinutes), Units::formatDays(r.toilMinutes, ctx.minutesPerToilDay),
                      Units::formatHours(ctx.minutesPerToilDay));
    r.details = lines.join(QLatin1Char('\n'));
    return r;
}

QString ContractedHoursPolicy::title() const
{
    return tr("Hours above the contracted hours per day are TOIL");
}

AccrualResult ContractedHoursPolicy::compute(const QList<AccrualLog> &logs, const AccrualContext &ctx) const
{
    std::map<QDate, qint64> perDay;
    for (const AccrualLog &log : logs)
        perDay[log.date] += log.minutes;
    AccrualResult r;
    QStringList lines;
    lines << tr("Rule: %1 (%2 h contracted per working day)").arg(title(), Units::formatHours(ctx.contractedMinutesPerDay));
    for (const auto &[day, worked] : perDay) {
        const bool offDay = ctx.isNonWorkingDay && ctx.isNonWorkingDay(day);
        qint64 extra = offDay ? worked : qMax<qint64>(0, worked - ctx.contractedMinutesPerDay);
        QString note;
        if (offDay && ctx.weekendMultiplierPercent != 100 && extra > 0) {
            extra = applyPercent(extra, ctx.weekendMultiplierPercent);
            note = tr(" (x%1% on a weekend or holiday)").arg(ctx.weekendMultiplierPercent);
        }
        r.toilMinutes += extra;
        lines << (offDay ? tr("%1  worked %2 h on a day off: counted %3 h%4")
                               .arg(Units::isoDate(day), Units::formatHours(worked), Units::formatHours(extra), note)
                         : tr("%1  worked %2 h: counted %3 h above the contracted hours")
                               .arg(Units::isoDate(day), Units::formatHours(worked), Units::formatHours(extra)));
    }
    lines << tr("Total TOIL: %1 h = %2 days at %3 h per TOIL day")
                 .arg(Units::formatHours(r.toilMinutes), Units::formatDays(r.toilMinutes, ctx.minutesPerToilDay),
                      Units::formatHours(ctx.minutesPerToilDay));
    r.details = lines.join(QLatin1Char('\n'));
    return r;
}

} // namespace lieu
