// lieuctl export balances|ledger|timesheets|logs --format csv|xlsx FILE
// lieuctl export ical (--employee ID | --team SUPERVISOR_ID) FILE
#include "Commands.h"

#include "Calendar.h"
#include "CommandLine.h"
#include "Error.h"
#include "Reports.h"
#include "Table.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lieu {

int cmdExport(CliContext &c)
{
    const QString kind = c.word(1, CommandLine::tr("what to export (balances, ledger, timesheets, logs or ical)"));
    const Actor actor = c.actorOrSystem();
    if (kind == u"ical"_s) {
        c.allow({"employee", "team"});
        const QString path = c.word(2, CommandLine::tr("the .ics file to write"));
        const bool employee = c.args().options.contains(u"employee"_s), team = c.args().options.contains(u"team"_s);
        if (employee == team)
            throw UsageError{CommandLine::tr("export ical needs either --employee ID or --team SUPERVISOR_ID")};
        reports::Calendar cal(c.db(), c.clock());
        const QByteArray ics = employee ? cal.employee(actor, c.args().option(u"employee"_s))
                                        : cal.team(actor, c.args().option(u"team"_s));
        reports::writeFile(path, ics);
        const int events = int(ics.count("BEGIN:VEVENT"));
        c.emit(QJsonObject{{u"file"_s, path}, {u"events"_s, events}},
               {CommandLine::tr("Wrote %1 leave event(s) to %2").arg(events).arg(path)});
        return CommandLine::Ok;
    }

    c.allow({"format"});
    const QString path = c.word(2, CommandLine::tr("the file to write"));
    QString format = c.args().option(u"format"_s).toLower();
    if (format.isEmpty())
        format = QFileInfo(path).suffix().toLower();
    if (format != u"csv"_s && format != u"xlsx"_s)
        throw UsageError{CommandLine::tr("--format must be csv or xlsx (or give the file a .csv or .xlsx name)")};
    reports::Reports reports(c.db(), c.clock());
    QList<reports::Table> tables;
    if (kind == u"logs"_s)
        tables = {reports.timeLogs(actor)};
    else if (reports::Reports::kinds().contains(kind))
        tables = reports.tables(actor, kind);
    else
        throw UsageError{CommandLine::tr("unknown export \"%1\" (balances, ledger, timesheets, logs or ical)").arg(kind)};
    if (format == u"csv"_s)
        reports::writeFile(path, reports::toCsv(tables.first())); // CSV holds one table: the first
    else
        reports::writeXlsx(tables, path);
    c.emit(QJsonObject{{u"file"_s, path}, {u"format"_s, format}, {u"rows"_s, int(tables.first().rows.size())}},
           {CommandLine::tr("Wrote %1 row(s) of %2 to %3").arg(tables.first().rows.size()).arg(kind, path)});
    return CommandLine::Ok;
}

} // namespace lieu
