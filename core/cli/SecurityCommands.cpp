// lieuctl's commands for the audit log, the database's invariants and passwords.
#include "CommandLine.h"
#include "Commands.h"

#include "Audit.h"
#include "Auth.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Integrity.h"
#include "Permissions.h"
#include "Units.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace lieu {

namespace {

// One line of standard input, without its line break. On a terminal the typing is not echoed.
QString readSecretLine(CliContext &c, const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        c.err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(prompt)
#endif
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(4096);
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        c.err() << '\n' << Qt::flush;
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        throw UsageError{CommandLine::tr("the password is read from standard input, one line each: none was given")};
    return QString::fromUtf8(line);
}

} // namespace

int cmdAudit(CliContext &c)
{
    c.allow({"doc", "doctype", "actor", "action", "from", "to", "limit", "export", "force"});
    Audit::Filter f;
    f.docname = c.args().option(QStringLiteral("doc"));
    f.doctype = c.args().option(QStringLiteral("doctype"));
    f.actor = c.args().option(QStringLiteral("actor"));
    f.action = c.args().option(QStringLiteral("action"));
    f.from = c.dateOption(QStringLiteral("from"), false);
    f.to = c.dateOption(QStringLiteral("to"), false);
    f.limit = c.intOption(QStringLiteral("limit"), 1, 1000000, 1000);
    const Actor actor = c.actorOrSystem();
    Audit audit(c.db(), c.clock());
    if (c.args().options.contains(QStringLiteral("export"))) {
        const QString path = c.args().option(QStringLiteral("export"));
        const int rows = audit.exportCsv(actor, f, path, c.args().flags.contains(QStringLiteral("force")));
        c.emit(QJsonObject{{QStringLiteral("export"), path}, {QStringLiteral("rows"), rows}},
               {CommandLine::tr("Wrote %n audit entries to %1", nullptr, rows).arg(path)});
        return CommandLine::Ok;
    }
    QJsonArray arr;
    QStringList text;
    for (const AuditEntry &e : audit.list(actor, f)) {
        arr << QJsonObject{{QStringLiteral("id"), e.id},
                           {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("actor"), e.actor},
                           {QStringLiteral("action"), e.action},
                           {QStringLiteral("doctype"), e.doctype},
                           {QStringLiteral("docname"), e.docname},
                           {QStringLiteral("before"), e.before},
                           {QStringLiteral("after"), e.after}};
        text << QStringLiteral("%1  %2  %3  %4 %5  %6 -> %7")
                    .arg(e.at.toString(Qt::ISODate), e.actor, e.action, e.doctype, e.docname, e.before, e.after);
    }
    c.emit(QJsonObject{{QStringLiteral("entries"), arr}}, text);
    return CommandLine::Ok;
}

int cmdCheck(CliContext &c)
{
    c.allow({});
    Permissions(c.db(), c.clock())
        .administer(c.actorOrSystem(), CommandLine::tr("Only HR checks the database's invariants"))
        .require();
    const IntegrityReport report = Integrity(c.db()).run();
    QJsonArray arr;
    QStringList text;
    for (const Check &check : report.checks) {
        arr << QJsonObject{{QStringLiteral("name"), check.name},
                           {QStringLiteral("status"), Check::statusText(check.status)},
                           {QStringLiteral("detail"), check.detail}};
        text << QStringLiteral("%1  %2: %3").arg(Check::statusText(check.status).toUpper(), -4).arg(check.name, check.detail);
    }
    c.emit(QJsonObject{{QStringLiteral("database"), c.dbPath()},
                       {QStringLiteral("ok"), report.ok()},
                       {QStringLiteral("damaged"), report.damaged},
                       {QStringLiteral("checks"), arr}},
           text);
    if (report.damaged)
        return CommandLine::DatabaseFailure;
    return report.ok() ? CommandLine::Ok : CommandLine::Refused;
}

int cmdPassword(CliContext &c)
{
    const QString sub = c.word(1, CommandLine::tr("password subcommand (reset, change)"));
    Auth auth(c.db(), c.clock());
    c.allow({});
    if (sub == QLatin1String("reset")) {
        const QString employee = c.word(2, CommandLine::tr("EMPLOYEE"));
        const Actor actor = c.actorOrSystem();
        // Refuse before asking for a secret the actor may not set.
        Permissions(c.db(), c.clock()).resetPassword(actor, employee).require();
        Directory(c.db(), c.clock()).get(employee);
        auth.resetPassword(actor, employee, readSecretLine(c, CommandLine::tr("New password for %1: ").arg(employee)));
        c.emit(QJsonObject{{QStringLiteral("employee"), employee}, {QStringLiteral("password"), QStringLiteral("reset")}},
               {CommandLine::tr("The password of %1 was reset; the account is unlocked").arg(employee)});
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("change")) {
        const Actor actor = c.person();
        const QString current = readSecretLine(c, CommandLine::tr("Current password: "));
        const QString next = readSecretLine(c, CommandLine::tr("New password: "));
        auth.changePassword(actor, current, next);
        c.emit(QJsonObject{{QStringLiteral("employee"), actor.employee}, {QStringLiteral("password"), QStringLiteral("changed")}},
               {CommandLine::tr("The password of %1 was changed").arg(actor.employee)});
        return CommandLine::Ok;
    }
    throw UsageError{CommandLine::tr("unknown password subcommand \"%1\"").arg(Error::excerpt(sub))};
}

} // namespace lieu
