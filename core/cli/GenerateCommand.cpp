// lieuctl generate: a large, realistic organisation for measuring performance.
#include "Commands.h"

#include "CommandLine.h"
#include "Clock.h"
#include "Generator.h"

#include <QElapsedTimer>

namespace lieu {

namespace {
int number(CliContext &c, const QString &option, int fallback)
{
    if (!c.args().options.contains(option))
        return fallback;
    bool ok = false;
    const int v = c.args().option(option).toInt(&ok);
    if (!ok)
        throw UsageError{CommandLine::tr("--%1: \"%2\" is not a whole number").arg(option, c.args().option(option))};
    return v;
}
} // namespace

int cmdGenerate(CliContext &c)
{
    c.allow({"employees", "years", "weeks", "seed", "mode"});
    GeneratorOptions o;
    o.employees = number(c, QStringLiteral("employees"), 100);
    o.weeks = number(c, QStringLiteral("weeks"), 52 * number(c, QStringLiteral("years"), 1));
    bool ok = true;
    o.seed = c.args().options.contains(QStringLiteral("seed")) ? c.args().option(QStringLiteral("seed")).toULongLong(&ok) : 1;
    if (!ok)
        throw UsageError{CommandLine::tr("--seed: \"%1\" is not a whole number").arg(c.args().option(QStringLiteral("seed")))};
    const QString mode = c.args().options.value(QStringLiteral("mode"), QStringLiteral("bulk"));
    if (mode == QLatin1String("services"))
        o.mode = GeneratorOptions::Mode::Services;
    else if (mode != QLatin1String("bulk"))
        throw UsageError{CommandLine::tr("--mode: \"%1\" is not bulk or services").arg(mode)};

    QElapsedTimer timer;
    timer.start();
    int shown = 0;
    const bool quiet = c.json();
    const GeneratorReport r = Generator::run(c.db(), c.clock(), o, [&](int week, int weeks) {
        if (quiet || week * 10 / weeks == shown)
            return;
        shown = week * 10 / weeks;
        c.err() << CommandLine::tr("generate: week %1 of %2 (%3 s)").arg(week).arg(weeks).arg(timer.elapsed() / 1000) << '\n';
        c.err().flush();
    });
    const double seconds = double(timer.elapsed()) / 1000.0;
    c.emit(QJsonObject{{QStringLiteral("employees"), r.employees},
                       {QStringLiteral("supervisors"), r.supervisors},
                       {QStringLiteral("hr"), r.hr},
                       {QStringLiteral("largest_team"), r.largestTeam},
                       {QStringLiteral("holidays"), r.holidays},
                       {QStringLiteral("from"), r.firstDay.toString(Qt::ISODate)},
                       {QStringLiteral("to"), r.lastDay.toString(Qt::ISODate)},
                       {QStringLiteral("timesheets"), r.timesheets},
                       {QStringLiteral("time_logs"), r.timeLogs},
                       {QStringLiteral("lots"), r.lots},
                       {QStringLiteral("expired_lots"), r.expiredLots},
                       {QStringLiteral("ledger_entries"), r.ledgerEntries},
                       {QStringLiteral("leave_applications"), r.applications},
                       {QStringLiteral("open_leave_applications"), r.openApplications},
                       {QStringLiteral("audit_entries"), r.auditEntries},
                       {QStringLiteral("seconds"), seconds}},
           {CommandLine::tr("Generated %1 employees (%2 supervisors, %3 in HR, largest team %4) from %5 to %6 in %7 s:")
                .arg(r.employees)
                .arg(r.supervisors)
                .arg(r.hr)
                .arg(r.largestTeam)
                .arg(r.firstDay.toString(Qt::ISODate), r.lastDay.toString(Qt::ISODate))
                .arg(seconds, 0, 'f', 1),
            CommandLine::tr("  %1 timesheets with %2 time logs, %3 TOIL lots (%4 expired), %5 ledger entries")
                .arg(r.timesheets)
                .arg(r.timeLogs)
                .arg(r.lots)
                .arg(r.expiredLots)
                .arg(r.ledgerEntries),
            CommandLine::tr("  %1 leave applications (%2 open), %3 holidays, %4 audit entries")
                .arg(r.applications)
                .arg(r.openApplications)
                .arg(r.holidays)
                .arg(r.auditEntries)});
    return CommandLine::Ok;
}

} // namespace lieu
