// lieuctl's commands for the database's administrator: migrate, backup, restore, maintenance, grants.
#include "Commands.h"

#include "Backup.h"
#include "Clock.h"
#include "CommandLine.h"
#include "Database.h"
#include "Error.h"
#include "Maintenance.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lieu {

namespace {

// A shared server's schema is changed only while no desktop writes to it.
void requireQuietServer(CliContext &c, int have)
{
    if (c.db().dialect() != Database::Dialect::MySQL || have <= 0 || have >= Database::latestSchemaVersion())
        return;
    if (c.args().flags.contains(QStringLiteral("force")))
        return;
    if (have >= 2 && !c.db().maintenanceReason().isEmpty())
        return;
    throw Error::rule(CommandLine::tr("%1 is shared: turn maintenance mode on first (lieuctl maintenance on --reason "
                                      "\"upgrade\"), so that no desktop writes while the schema changes, or give --force")
                          .arg(c.dbPath()));
}

} // namespace

int cmdMigrate(CliContext &c)
{
    c.allow({"force"});
    const int before = c.db().schemaVersion();
    requireQuietServer(c, before);
    c.db().migrate();
    Settings(c.db(), c.clock()).ensureToilLeaveType();
    const int after = c.db().schemaVersion();
    const QString backup = c.db().lastAutomaticBackup();
    QStringList text{before == after ? CommandLine::tr("Database %1 is at schema version %2").arg(c.db().describe()).arg(after)
                                     : CommandLine::tr("Database %1 upgraded from schema version %2 to %3")
                                           .arg(c.db().describe())
                                           .arg(before)
                                           .arg(after)};
    if (!backup.isEmpty())
        text << CommandLine::tr("Backup of version %1 taken first: %2").arg(before).arg(backup);
    c.emit(QJsonObject{{QStringLiteral("database"), c.db().describe()},
                       {QStringLiteral("schema_version"), after},
                       {QStringLiteral("previous_version"), before},
                       {QStringLiteral("backup"), backup.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(backup)}},
           text);
    return CommandLine::Ok;
}

int cmdBackup(CliContext &c)
{
    c.allow({});
    const QString file = c.word(1, CommandLine::tr("FILE"));
    const Backup::Result r = Backup(c.db()).save(file);
    c.emit(QJsonObject{{QStringLiteral("file"), r.file},
                       {QStringLiteral("schema_version"), r.schemaVersion},
                       {QStringLiteral("rows"), r.rows}},
           {CommandLine::tr("Backed up %1 (schema version %2, %3 rows) to %4").arg(c.db().describe()).arg(r.schemaVersion).arg(r.rows).arg(r.file)});
    return CommandLine::Ok;
}

int cmdRestore(CliContext &c)
{
    c.allow({});
    const QString file = c.word(1, CommandLine::tr("FILE"));
    const Backup::Result r = Backup(c.db()).restore(file);
    QStringList text{CommandLine::tr("Restored %1 rows from %2 into %3 (schema version %4)")
                         .arg(r.rows)
                         .arg(r.file, c.db().describe())
                         .arg(r.schemaVersion)};
    if (!r.safetyBackup.isEmpty())
        text << CommandLine::tr("What the database held before is in %1").arg(r.safetyBackup);
    c.emit(QJsonObject{{QStringLiteral("file"), r.file},
                       {QStringLiteral("rows"), r.rows},
                       {QStringLiteral("schema_version"), r.schemaVersion},
                       {QStringLiteral("previous_data"), r.safetyBackup.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.safetyBackup)}},
           text);
    return CommandLine::Ok;
}

int cmdMaintenance(CliContext &c)
{
    c.allow({"reason"});
    Maintenance m(c.db(), c.clock());
    const QString sub = c.args().words.size() > 1 ? c.args().words.at(1) : QStringLiteral("status");
    if (sub == QLatin1String("on"))
        m.on(c.actorOrSystem(), c.args().option(QStringLiteral("reason")));
    else if (sub == QLatin1String("off"))
        m.off(c.actorOrSystem());
    else if (sub != QLatin1String("status"))
        throw UsageError{CommandLine::tr("unknown maintenance subcommand \"%1\" (on, off, status)").arg(sub)};
    else if (c.args().options.contains(QStringLiteral("reason")))
        throw UsageError{CommandLine::tr("--reason goes with \"maintenance on\"")};
    const MaintenanceState s = m.state();
    c.emit(QJsonObject{{QStringLiteral("maintenance"), s.on},
                       {QStringLiteral("reason"), s.on ? QJsonValue(s.reason) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("by"), s.on ? QJsonValue(s.by) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("since"), s.on && s.since.isValid() ? QJsonValue(s.since.toString(Qt::ISODateWithMs))
                                                                           : QJsonValue(QJsonValue::Null)}},
           {s.on ? CommandLine::tr("Maintenance mode is on since %1 (%2): %3")
                       .arg(s.since.toString(Qt::ISODate), s.by, s.reason)
                 : CommandLine::tr("Maintenance mode is off: every client may write")});
    return CommandLine::Ok;
}

int cmdGrants(CliContext &c)
{
    c.allow({"user", "host", "apply"});
    if (c.db().dialect() != Database::Dialect::MySQL)
        throw UsageError{CommandLine::tr("grants are for a MariaDB/MySQL database (give --db mysql://...)")};
    const QString user = c.need(QStringLiteral("user"));
    const QString host = c.args().options.contains(QStringLiteral("host")) ? c.args().option(QStringLiteral("host")) : QStringLiteral("%");
    const QStringList grants = Database::applicationGrants(c.db().spec().database, user, host);
    if (c.args().flags.contains(QStringLiteral("apply")))
        for (const QString &g : grants)
            c.db().exec(g);
    c.emit(QJsonObject{{QStringLiteral("grants"), QJsonArray::fromStringList(grants)},
                       {QStringLiteral("applied"), c.args().flags.contains(QStringLiteral("apply"))}},
           [&] {
               QStringList lines;
               for (const QString &g : grants)
                   lines << g + QLatin1Char(';');
               return lines;
           }());
    return CommandLine::Ok;
}

} // namespace lieu
