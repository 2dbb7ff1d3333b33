// lieuctl import FILE [--format toggl|clockify|kimai|harvest|generic] [--dates dmy|mdy|ymd] [--dry-run]
#include "Commands.h"

#include "CommandLine.h"
#include "Error.h"
#include "Importer.h"
#include "Names.h"
#include "Units.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lieu {

namespace {

QJsonArray numbers(const QList<int> &lines)
{
    QJsonArray a;
    for (int l : lines)
        a << l;
    return a;
}

QString lineList(const QList<int> &lines)
{
    QStringList parts;
    for (int i = 0; i < lines.size() && i < 12; ++i)
        parts << QString::number(lines.at(i));
    if (lines.size() > 12)
        parts << u"..."_s;
    return parts.join(u", "_s);
}

} // namespace

int cmdImport(CliContext &c)
{
    c.allow({"format", "dates", "dry-run"});
    const QString path = c.word(1, CommandLine::tr("the file to import"));
    import::ReadOptions options;
    options.layout = import::layoutFromName(c.args().options.contains(u"format"_s) ? c.args().option(u"format"_s) : u"auto"_s,
                                            u"format"_s);
    options.dates = import::dateOrderFromName(c.args().options.contains(u"dates"_s) ? c.args().option(u"dates"_s) : u"detect"_s,
                                              u"dates"_s);
    const bool dryRun = c.args().flags.contains(u"dry-run"_s);

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::invalid(u"file"_s, path, CommandLine::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();

    const Actor actor = c.actorOrSystem();
    import::Importer importer(c.db(), c.clock());
    const import::ImportPlan plan = dryRun ? importer.preview(actor, bytes, options)
                                           : importer.run(actor, bytes, options, QFileInfo(path).fileName());

    QJsonArray weeks;
    QStringList text;
    const QString separator = plan.file.separator == u'\t' ? u"tab"_s : QString(plan.file.separator);
    text << CommandLine::tr("%1: %2, %3 rows (%4, separator \"%5\", dates %6)")
                .arg(QFileInfo(path).fileName(), import::layoutTitle(plan.file.layout))
                .arg(plan.file.records)
                .arg(plan.file.encoding, separator, import::dateOrderName(plan.file.dateOrder));
    for (int i = 0; i < plan.weeks.size(); ++i) {
        const import::WeekGroup &w = plan.weeks.at(i);
        QString target = w.timesheet ? Names::format(DocKind::Timesheet, w.timesheet) : QString();
        if (!dryRun && !w.timesheet) {
            // run() created the new Drafts in the order of the weeks without one.
            int n = 0;
            for (int j = 0; j < i; ++j)
                n += plan.weeks.at(j).timesheet ? 0 : 1;
            target = Names::format(DocKind::Timesheet, plan.created.value(n));
        }
        weeks << QJsonObject{{u"employee"_s, w.employee},
                             {u"employee_name"_s, w.employeeName},
                             {u"week_start"_s, Units::isoDate(w.monday)},
                             {u"week_end"_s, Units::isoDate(w.sunday)},
                             {u"timesheet"_s, target.isEmpty() ? QJsonValue() : QJsonValue(target)},
                             {u"new_timesheet"_s, w.timesheet == 0},
                             {u"logs"_s, int(w.logs.size())},
                             {u"minutes"_s, w.minutes},
                             {u"hours"_s, Units::formatHours(w.minutes)},
                             {u"toil_minutes"_s, w.toilMinutes},
                             {u"toil_hours"_s, Units::formatHours(w.toilMinutes)}};
        text << CommandLine::tr("  %1  %2  week %3 to %4  %5 log(s)  %6 h  TOIL %7 h  %8")
                    .arg(w.employee, -10)
                    .arg(w.employeeName, -22)
                    .arg(Units::isoDate(w.monday), Units::isoDate(w.sunday))
                    .arg(w.logs.size())
                    .arg(Units::formatHours(w.minutes), Units::formatHours(w.toilMinutes),
                         w.timesheet ? CommandLine::tr("added to Draft %1").arg(target)
                                     : (dryRun ? CommandLine::tr("new Draft") : CommandLine::tr("new Draft %1").arg(target)));
    }
    QJsonArray unmatched;
    for (const import::UnmatchedPerson &u : plan.unmatched) {
        unmatched << QJsonObject{{u"person"_s, u.person}, {u"reason"_s, u.reason}, {u"rows"_s, u.rows},
                                 {u"minutes"_s, u.minutes}, {u"lines"_s, numbers(u.lines)}};
        text << CommandLine::tr("  Not matched: %1, %2 row(s), %3 h (lines %4): %5")
                    .arg(u.person)
                    .arg(u.rows)
                    .arg(Units::formatHours(u.minutes), lineList(u.lines), u.reason);
    }
    if (!plan.alreadyImported.isEmpty())
        text << CommandLine::tr("  Already imported, skipped: %1 row(s) (lines %2)")
                    .arg(plan.alreadyImported.size())
                    .arg(lineList(plan.alreadyImported));
    if (!plan.file.zeroLines.isEmpty())
        text << CommandLine::tr("  Zero duration, skipped: %1 row(s) (lines %2)")
                    .arg(plan.file.zeroLines.size())
                    .arg(lineList(plan.file.zeroLines));
    text << (dryRun ? CommandLine::tr("Dry run: %1 log(s), %2 h, TOIL %3 h would be imported; nothing was written")
                    : CommandLine::tr("Imported %1 log(s), %2 h, TOIL %3 h"))
                .arg(plan.logCount())
                .arg(Units::formatHours(plan.minutes()), Units::formatHours(plan.toilMinutes()));

    QJsonArray created, extended;
    for (qint64 id : plan.created)
        created << Names::format(DocKind::Timesheet, id);
    for (qint64 id : plan.extended)
        extended << Names::format(DocKind::Timesheet, id);
    c.emit(QJsonObject{{u"file"_s, path},
                       {u"layout"_s, import::layoutName(plan.file.layout)},
                       {u"dates"_s, import::dateOrderName(plan.file.dateOrder)},
                       {u"dry_run"_s, dryRun},
                       {u"rows"_s, plan.file.records},
                       {u"logs"_s, plan.logCount()},
                       {u"minutes"_s, plan.minutes()},
                       {u"toil_minutes"_s, plan.toilMinutes()},
                       {u"weeks"_s, weeks},
                       {u"unmatched"_s, unmatched},
                       {u"already_imported"_s, numbers(plan.alreadyImported)},
                       {u"zero_duration"_s, numbers(plan.file.zeroLines)},
                       {u"created"_s, created},
                       {u"extended"_s, extended}},
           text);
    return CommandLine::Ok;
}

} // namespace lieu
