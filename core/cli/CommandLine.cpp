#include "CommandLine.h"

#include "Commands.h"

#include "Audit.h"
#include "Clock.h"
#include "Database.h"
#include "Demo.h"
#include "Directory.h"
#include "Doctor.h"
#include "Error.h"
#include "JobRunner.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Names.h"
#include "Permissions.h"
#include "Scheduler.h"
#include "Settings.h"
#include "Terminal.h"
#include "Text.h"
#include "Timesheets.h"
#include "Units.h"
#include "WorkCalendar.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMultiHash>
#include <QSet>

#include <functional>
#include <limits>
#include <memory>

namespace lieu {

namespace {

// Options that take no value; every other --name takes one. Each command says which it accepts.
const QSet<QString> kFlags = {QStringLiteral("json"),    QStringLiteral("hr"),    QStringLiteral("no-hr"),
                              QStringLiteral("help"),    QStringLiteral("dry-run"), QStringLiteral("force"),
                              QStringLiteral("all"),     QStringLiteral("apply"), QStringLiteral("once")};

// Every word and value must be text Lieu can store: what a terminal or a script with the wrong encoding
// mangled (U+FFFD) or control characters other than tab and line breaks are refused here, naming the option.
void requireCleanArgument(const QString &field, const QString &value)
{
    Text::require(field, value, std::numeric_limits<int>::max(), Text::Lines::Multi);
}

CliArgs parse(const QStringList &args)
{
    CliArgs p;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            requireCleanArgument(CommandLine::tr("argument %1").arg(p.words.size() + 1), a);
            p.words << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        requireCleanArgument(CommandLine::tr("option name"), name);
        if (kFlags.contains(name)) {
            if (inlineValue)
                throw UsageError{CommandLine::tr("--%1 takes no value").arg(name)};
            p.flags.insert(name);
        } else {
            if (name.isEmpty())
                throw UsageError{CommandLine::tr("an option has no name")};
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    throw UsageError{CommandLine::tr("--%1 needs a value").arg(name)};
                value = args.at(++i);
            }
            requireCleanArgument(name, value);
            p.options.insert(name, value);
        }
    }
    return p;
}

struct AddedCommand
{
    Command command = nullptr;
    QString usage;
};

QMap<QString, AddedCommand> &addedCommands()
{
    static QMap<QString, AddedCommand> added;
    return added;
}

} // namespace

QJsonValue jsonOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

double jsonDays(qint64 minutes, int perDay)
{
    return double(Units::milliDays(minutes, perDay)) / 1000.0;
}

QStringList CliArgs::all(const QString &name) const
{
    QStringList v = options.values(name);
    std::reverse(v.begin(), v.end()); // QMultiHash returns the latest first
    return v;
}

CliContext::CliContext(CliArgs args, QTextStream &out, QTextStream &err)
    : m_args(std::move(args)), m_out(out), m_err(err)
{
}

CliContext::~CliContext() = default;

void CliContext::allow(std::initializer_list<const char *> names)
{
    QSet<QString> ok = {QStringLiteral("db"), QStringLiteral("as"), QStringLiteral("today"), QStringLiteral("json")};
    for (const char *n : names)
        ok.insert(QString::fromLatin1(n));
    for (auto it = m_args.options.cbegin(); it != m_args.options.cend(); ++it)
        if (!ok.contains(it.key()))
            throw UsageError{CommandLine::tr("--%1 does not apply to \"%2\"").arg(Error::excerpt(it.key()), Error::excerpt(m_args.words.mid(0, 2).join(QLatin1Char(' '))))};
    for (const QString &f : std::as_const(m_args.flags))
        if (!ok.contains(f))
            throw UsageError{CommandLine::tr("--%1 does not apply to \"%2\"").arg(Error::excerpt(f), Error::excerpt(m_args.words.mid(0, 2).join(QLatin1Char(' '))))};
}

QString CliContext::need(const QString &option)
{
    if (!m_args.options.contains(option))
        throw UsageError{CommandLine::tr("--%1 is required").arg(option)};
    return m_args.option(option);
}

QString CliContext::word(int index, const QString &what)
{
    if (index >= m_args.words.size())
        throw UsageError{CommandLine::tr("%1 is missing").arg(what)};
    return m_args.words.at(index);
}

Actor CliContext::actorOrSystem()
{
    const QString login = m_args.options.contains(QStringLiteral("as")) ? m_args.option(QStringLiteral("as"))
                                                                      : qEnvironmentVariable("LIEU_USER");
    if (login.isEmpty())
        return Actor::system();
    return Directory(*m_db, *m_clock).actorForLogin(login);
}

Actor CliContext::person()
{
    const Actor a = actorOrSystem();
    if (a.isSystem())
        throw UsageError{CommandLine::tr("this action is a person's: say who with --as LOGIN (or LIEU_USER)")};
    return a;
}

QDate CliContext::dateOption(const QString &option, bool required)
{
    if (!m_args.options.contains(option)) {
        if (required)
            throw UsageError{CommandLine::tr("--%1 is required").arg(option)};
        return {};
    }
    return Units::parseDate(m_args.option(option), option);
}

int CliContext::intOption(const QString &option, int lowest, int highest, int fallback)
{
    if (!m_args.options.contains(option))
        return fallback;
    const QString text = m_args.option(option);
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < lowest || v > highest)
        throw Error::invalid(option, text,
                             CommandLine::tr("%1: \"%2\" must be a whole number from %3 to %4")
                                 .arg(option, Error::excerpt(text))
                                 .arg(lowest)
                                 .arg(highest));
    return v;
}

int CliContext::perDay()
{
    return Settings(*m_db, *m_clock).minutesPerToilDay();
}

void CliContext::emit(const QJsonObject &json, const QStringList &text)
{
    if (m_args.flags.contains(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
    else
        for (const QString &line : text)
            m_out << Error::printable(line) << '\n'; // text from the database never steers the terminal
}

int CliContext::exec()
{
    if (m_args.flags.contains(QStringLiteral("help")) || m_args.words.isEmpty() || m_args.words.first() == QLatin1String("help")) {
        m_out << CommandLine::usage();
        return m_args.words.isEmpty() && !m_args.flags.contains(QStringLiteral("help")) ? CommandLine::Usage : CommandLine::Ok;
    }
    const QString cmd = m_args.words.first();

    const QString todayText = m_args.options.contains(QStringLiteral("today")) ? m_args.option(QStringLiteral("today"))
                                                                             : qEnvironmentVariable("LIEU_TODAY");
    if (todayText.isEmpty())
        m_clock = std::make_unique<SystemClock>();
    else
        m_clock = std::make_unique<FixedClock>(Units::parseDate(todayText, QStringLiteral("today")),
                                               QTime::currentTime());

    m_dbPath = m_args.options.contains(QStringLiteral("db")) ? m_args.option(QStringLiteral("db")) : qEnvironmentVariable("LIEU_DB");
    if (m_dbPath.isEmpty())
        m_dbPath = Database::defaultPath();

    auto handler = commandTable().value(cmd);
    if (!handler)
        handler = addedCommands().value(cmd).command;
    if (!handler)
        throw UsageError{CommandLine::tr("unknown command \"%1\"").arg(Error::excerpt(cmd))};

    // Only init (and migrate, restore) create a database; any other command on a path with nothing there
    // says so and leaves no file.
    static const QSet<QString> creates = {QStringLiteral("init"), QStringLiteral("migrate"), QStringLiteral("restore")};
    if (!DatabaseSpec::isServerSpec(m_dbPath) && !creates.contains(cmd) && !QFileInfo::exists(m_dbPath))
        throw Error::database(CommandLine::tr("There is no database at \"%1\": create one with \"lieuctl init\", or "
                                              "name the right file with --db")
                                  .arg(m_dbPath));
    // A server's password never comes from the command line: the environment, or a prompt on a terminal.
    QString password = qEnvironmentVariable("LIEU_DB_PASSWORD");
    if (DatabaseSpec::isServerSpec(m_dbPath) && !qEnvironmentVariableIsSet("LIEU_DB_PASSWORD") && stdinIsTerminal())
        password = readHiddenLine(CommandLine::tr("Password for %1: ").arg(DatabaseSpec::parse(m_dbPath).toString()));
    m_db = Database::open(m_dbPath, password);
    // The administrator's commands work on any schema version; the others read a store at this program's
    // version or newer (a newer one is read-only: every write says which release to install).
    static const QSet<QString> admin = {QStringLiteral("init"), QStringLiteral("migrate"), QStringLiteral("backup"),
                                        QStringLiteral("restore"), QStringLiteral("maintenance"), QStringLiteral("grants")};
    if (admin.contains(cmd))
        return handler(*this);
    m_db->requireReadableSchema();
    // A deadlock, a lock wait or a dropped connection before anything was committed: run it again.
    return m_db->retry([&] { return handler(*this); });
}

void addCommand(const QString &name, Command command, const QString &usage)
{
    addedCommands().insert(name, AddedCommand{command, usage});
}

const QHash<QString, Command> &commandTable()
{
    static const QHash<QString, Command> table = {
        {QStringLiteral("init"), &cmdInit},
        {QStringLiteral("demo"), &cmdDemo},
        {QStringLiteral("employee"), &cmdEmployee},
        {QStringLiteral("holiday"), &cmdHoliday},
        {QStringLiteral("timesheet"), &cmdTimesheet},
        {QStringLiteral("leave"), &cmdLeave},
        {QStringLiteral("balance"), &cmdBalance},
        {QStringLiteral("ledger"), &cmdLedger},
        {QStringLiteral("expire"), &cmdExpire},
        {QStringLiteral("remind"), &cmdRemind},
        {QStringLiteral("doctor"), &cmdDoctor},
        {QStringLiteral("whoami"), &cmdWhoami},
        {QStringLiteral("settings"), &cmdSettings},
        {QStringLiteral("leave-type"), &cmdLeaveType},
        {QStringLiteral("audit"), &cmdAudit},
        {QStringLiteral("jobs"), &cmdJobs},
        {QStringLiteral("import"), &cmdImport},
        {QStringLiteral("export"), &cmdExport},
        {QStringLiteral("migrate"), &cmdMigrate},
        {QStringLiteral("backup"), &cmdBackup},
        {QStringLiteral("restore"), &cmdRestore},
        {QStringLiteral("maintenance"), &cmdMaintenance},
        {QStringLiteral("grants"), &cmdGrants},
        {QStringLiteral("generate"), &cmdGenerate},
        {QStringLiteral("check"), &cmdCheck},
        {QStringLiteral("password"), &cmdPassword},
    };
    return table;
}

int cmdInit(CliContext &c)
{
    // Creating and upgrading are one thing: see cmdMigrate (backup first, maintenance on a shared server).
    return cmdMigrate(c);
}

int cmdDemo(CliContext &c)
{
    c.allow({});
    Demo::populate(c.db(), c.clock());
    c.emit(QJsonObject{{QStringLiteral("database"), c.dbPath()}},
         {CommandLine::tr("Demo organisation created in %1 (logins: hana = HR, sam = supervisor, ella = employee)").arg(c.dbPath())});
    return CommandLine::Ok;
}

int cmdEmployee(CliContext &c)
{
    const QString sub = c.word(1, CommandLine::tr("employee subcommand (add, update, deactivate, list)"));
    Directory dir(c.db(), c.clock());
    auto fill = [&](Employee &e) {
        if (c.args().options.contains(QStringLiteral("name")))
            e.name = c.args().option(QStringLiteral("name"));
        if (c.args().options.contains(QStringLiteral("email")))
            e.email = c.args().option(QStringLiteral("email"));
        if (c.args().options.contains(QStringLiteral("login")))
            e.login = c.args().option(QStringLiteral("login"));
        if (c.args().options.contains(QStringLiteral("reports-to")))
            e.reportsTo = c.args().option(QStringLiteral("reports-to"));
        if (c.args().flags.contains(QStringLiteral("hr")))
            e.hr = true;
        if (c.args().flags.contains(QStringLiteral("no-hr")))
            e.hr = false;
        if (c.args().options.contains(QStringLiteral("hours-per-day")))
            e.contractedMinutesPerDay = int(Units::parseHours(c.args().option(QStringLiteral("hours-per-day")), QStringLiteral("hours-per-day")));
        if (c.args().options.contains(QStringLiteral("language")))
            e.language = c.args().option(QStringLiteral("language"));
        if (c.args().options.contains(QStringLiteral("joined")))
            e.dateOfJoining = Units::parseDate(c.args().option(QStringLiteral("joined")), QStringLiteral("joined"));
    };
    if (sub == QLatin1String("add") || sub == QLatin1String("update")) {
        c.allow({"name", "email", "login", "reports-to", "hr", "no-hr", "hours-per-day", "language", "joined"});
        const QString id = c.word(2, CommandLine::tr("employee ID"));
        const Actor actor = c.actorOrSystem();
        Employee e;
        if (sub == QLatin1String("add")) {
            e.id = id;
            e.name = c.need(QStringLiteral("name"));
            e.email = c.need(QStringLiteral("email"));
            fill(e);
            dir.add(actor, e);
        } else {
            e = dir.get(id);
            fill(e);
            dir.update(actor, e);
        }
        c.emit(QJsonObject{{QStringLiteral("id"), e.id}},
             {sub == QLatin1String("add") ? CommandLine::tr("Added %1 (%2)").arg(e.id, e.name)
                                          : CommandLine::tr("Updated %1 (%2)").arg(e.id, e.name)});
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("deactivate") || sub == QLatin1String("activate")) {
        c.allow({});
        const QString id = c.word(2, CommandLine::tr("employee ID"));
        dir.setActive(c.actorOrSystem(), id, sub == QLatin1String("activate"));
        c.emit(QJsonObject{{QStringLiteral("id"), id}}, {CommandLine::tr("%1 is now %2").arg(id, sub == QLatin1String("activate") ? CommandLine::tr("active") : CommandLine::tr("deactivated"))});
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("list")) {
        c.allow({});
        QJsonArray arr;
        QStringList text;
        for (const Employee &e : dir.list(c.actorOrSystem(), true)) {
            const Roles r = dir.roles(e.id);
            arr << QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("employee_name"), e.name},
                               {QStringLiteral("email"), e.email},
                               {QStringLiteral("user_id"), jsonOrNull(e.login)},
                               {QStringLiteral("reports_to"), jsonOrNull(e.reportsTo)},
                               {QStringLiteral("is_hr"), e.hr},
                               {QStringLiteral("active"), e.active},
                               {QStringLiteral("roles"), QJsonArray::fromStringList(r.all())}};
            text << QStringLiteral("%1  %2  %3  reports to %4  %5%6")
                        .arg(e.id, -10)
                        .arg(e.name, -24)
                        .arg(e.login.isEmpty() ? CommandLine::tr("(no login)") : e.login, -12)
                        .arg(e.reportsTo.isEmpty() ? QStringLiteral("-") : e.reportsTo, -10)
                        .arg(r.all().join(QLatin1Char(',')), e.active ? QString() : CommandLine::tr("  [deactivated]"));
        }
        c.emit(QJsonObject{{QStringLiteral("employees"), arr}}, text);
        return CommandLine::Ok;
    }
    throw UsageError{CommandLine::tr("unknown employee subcommand \"%1\"").arg(Error::excerpt(sub))};
}

int cmdHoliday(CliContext &c)
{
    const QString sub = c.word(1, CommandLine::tr("holiday subcommand (add, remove, list)"));
    WorkCalendar cal(c.db(), c.clock());
    if (sub == QLatin1String("add")) {
        c.allow({"name"});
        const QDate d = Units::parseDate(c.word(2, CommandLine::tr("DATE")), QStringLiteral("holiday_date"));
        cal.addHoliday(c.actorOrSystem(), d, c.args().option(QStringLiteral("name")));
        c.emit(QJsonObject{{QStringLiteral("holiday_date"), Units::isoDate(d)}}, {CommandLine::tr("Holiday %1 added").arg(Units::isoDate(d))});
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("remove")) {
        c.allow({});
        const QDate d = Units::parseDate(c.word(2, CommandLine::tr("DATE")), QStringLiteral("holiday_date"));
        cal.removeHoliday(c.actorOrSystem(), d);
        c.emit(QJsonObject{{QStringLiteral("holiday_date"), Units::isoDate(d)}}, {CommandLine::tr("Holiday %1 removed").arg(Units::isoDate(d))});
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("list")) {
        c.allow({});
        QJsonArray arr;
        QStringList text;
        for (const Holiday &h : cal.holidays()) {
            arr << QJsonObject{{QStringLiteral("holiday_date"), Units::isoDate(h.date)}, {QStringLiteral("description"), h.description}};
            text << QStringLiteral("%1  %2").arg(Units::isoDate(h.date), h.description);
        }
        c.emit(QJsonObject{{QStringLiteral("holidays"), arr}}, text);
        return CommandLine::Ok;
    }
    throw UsageError{CommandLine::tr("unknown holiday subcommand \"%1\"").arg(Error::excerpt(sub))};
}

// Runs a background job under the one-runner claim for its due date (the day for expiry; for reminders
// the latest reminder weekday, as the app's scheduler counts it, so the two never both run it): never
// beside another live runner; with --once not at all when it already ran for that date (cron on several
// machines, or beside an open app).
static bool runJob(CliContext &c, const QString &job, QDate due, const std::function<QString()> &work)
{
    JobRunner runner(c.db(), c.clock(), JobRunner::defaultRunnerName(QStringLiteral("lieuctl")));
    const bool once = c.args().flags.contains(QStringLiteral("once"));
    const JobRunner::Outcome o = runner.runOnce(job, due, work, once ? JobRunner::Rerun::No : JobRunner::Rerun::AfterSuccess);
    if (o.ran)
        return true;
    if (o.claim.state == QLatin1String("Running"))
        throw Error::rule(CommandLine::tr("%1 for %2 is running on %3 since %4: nothing was done")
                              .arg(job, Units::isoDate(due), o.claim.holder, o.claim.since.toString(Qt::ISODate)));
    c.emit(QJsonObject{{QStringLiteral("skipped"), true}, {QStringLiteral("done_by"), o.claim.holder},
                       {QStringLiteral("due_date"), Units::isoDate(due)}},
           {CommandLine::tr("%1 already ran for %2 (%3): nothing to do").arg(job, Units::isoDate(due), o.claim.holder)});
    return false;
}

int cmdExpire(CliContext &c)
{
    c.allow({"once"});
    Permissions(c.db(), c.clock()).runJobs(c.actorOrSystem()).require();
    Jobs jobs(c.db(), c.clock());
    ExpiryResult r;
    if (!runJob(c, Jobs::Expiry, c.clock().today(), [&] {
            r = jobs.expire();
            return CommandLine::tr("%n lot(s) expired", nullptr, r.lots);
        }))
        return CommandLine::Ok;
    c.emit(QJsonObject{{QStringLiteral("expired"), r.lots}, {QStringLiteral("expired_minutes"), r.minutes}},
         {CommandLine::tr("Expired %n lot(s)", nullptr, r.lots) + CommandLine::tr(" (%1 h of TOIL)").arg(Units::formatHours(r.minutes))});
    return CommandLine::Ok;
}

int cmdRemind(CliContext &c)
{
    c.allow({"days", "once"});
    int days = 0;
    if (c.args().options.contains(QStringLiteral("days"))) {
        bool ok = false;
        days = c.args().option(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > 366)
            throw Error::invalid(QStringLiteral("days"), c.args().option(QStringLiteral("days")),
                                 CommandLine::tr("days: \"%1\" must be a whole number from 1 to 366").arg(c.args().option(QStringLiteral("days"))));
    }
    Permissions(c.db(), c.clock()).runJobs(c.actorOrSystem()).require();
    Jobs jobs(c.db(), c.clock());
    ReminderResult r;
    const QDate today = c.clock().today();
    const int weekday = DutySchedule::fromSettings(Settings(c.db(), c.clock())).reminderWeekday;
    const QDate due = today.addDays(-((today.dayOfWeek() - weekday + 7) % 7));
    if (!runJob(c, Jobs::Reminders, due, [&] {
            r = jobs.remind(days);
            return CommandLine::tr("%n reminder(s) queued", nullptr, r.queued);
        }))
        return CommandLine::Ok;
    c.emit(QJsonObject{{QStringLiteral("queued"), r.queued}}, {CommandLine::tr("Queued %n reminder(s)", nullptr, r.queued)});
    return CommandLine::Ok;
}

int cmdDoctor(CliContext &c)
{
    c.allow({});
    Permissions(c.db(), c.clock()).administer(c.actorOrSystem(), CommandLine::tr("Only HR runs the deployment checks")).require();
    const QList<Check> checks = Doctor(c.db(), c.clock()).run();
    QJsonArray arr;
    QStringList text;
    for (const Check &check : checks) {
        arr << QJsonObject{{QStringLiteral("name"), check.name}, {QStringLiteral("status"), Check::statusText(check.status)}, {QStringLiteral("detail"), check.detail}};
        text << QStringLiteral("%1  %2: %3").arg(Check::statusText(check.status).toUpper(), -4).arg(check.name, check.detail);
    }
    const bool failed = Doctor::anyFailed(checks);
    c.emit(QJsonObject{{QStringLiteral("checks"), arr}, {QStringLiteral("ok"), !failed}}, text);
    return failed ? CommandLine::Refused : CommandLine::Ok;
}

int cmdWhoami(CliContext &c)
{
    c.allow({});
    const Actor a = c.person();
    Directory dir(c.db(), c.clock());
    const Employee e = dir.get(a.employee);
    const Roles r = dir.roles(a.employee);
    c.emit(QJsonObject{{QStringLiteral("success"), true},
                     {QStringLiteral("employee"), e.id},
                     {QStringLiteral("employee_name"), e.name},
                     {QStringLiteral("login"), a.login},
                     {QStringLiteral("role"), r.primary()},
                     {QStringLiteral("roles"), QJsonArray::fromStringList(r.all())}},
         {CommandLine::tr("%1 (%2), %3: %4").arg(a.login, e.name, e.id, r.all().join(QStringLiteral(", ")))});
    return CommandLine::Ok;
}

int cmdSettings(CliContext &c)
{
    const QString sub = c.word(1, CommandLine::tr("settings subcommand (list, set)"));
    Settings s(c.db(), c.clock());
    if (sub == QLatin1String("list")) {
        c.allow({});
        QJsonObject obj;
        QStringList text;
        for (const QString &k : Settings::keys()) {
            obj.insert(k, s.value(k));
            text << QStringLiteral("%1 = %2").arg(k, s.value(k));
        }
        c.emit(obj, text);
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("set")) {
        c.allow({});
        const QString key = c.word(2, CommandLine::tr("KEY"));
        const QString value = c.word(3, CommandLine::tr("VALUE"));
        s.set(c.actorOrSystem(), key, value);
        c.emit(QJsonObject{{key, s.value(key)}}, {QStringLiteral("%1 = %2").arg(key, s.value(key))});
        return CommandLine::Ok;
    }
    throw UsageError{CommandLine::tr("unknown settings subcommand \"%1\"").arg(Error::excerpt(sub))};
}

int cmdLeaveType(CliContext &c)
{
    const QString sub = c.word(1, CommandLine::tr("leave-type subcommand (show, set)"));
    Settings s(c.db(), c.clock());
    if (sub == QLatin1String("set")) {
        c.allow({"expiry-days"});
        LeaveTypeSettings t = s.toilLeaveType();
        bool ok = false;
        t.expiryDays = c.need(QStringLiteral("expiry-days")).toInt(&ok);
        if (!ok)
            throw Error::invalid(QStringLiteral("expiry-days"), c.args().option(QStringLiteral("expiry-days")),
                                 CommandLine::tr("expiry-days: \"%1\" is not a whole number").arg(c.args().option(QStringLiteral("expiry-days"))));
        s.setToilLeaveType(c.actorOrSystem(), t);
    } else if (sub != QLatin1String("show")) {
        throw UsageError{CommandLine::tr("unknown leave-type subcommand \"%1\"").arg(Error::excerpt(sub))};
    } else {
        c.allow({});
    }
    const LeaveTypeSettings t = s.toilLeaveType();
    c.emit(QJsonObject{{QStringLiteral("name"), t.name},
                     {QStringLiteral("is_carry_forward"), t.carryForward ? 1 : 0},
                     {QStringLiteral("expire_carry_forwarded_leaves_after_days"), t.expiryDays},
                     {QStringLiteral("allow_negative"), t.allowNegative ? 1 : 0}},
         {CommandLine::tr("%1: carry forward %2, expires after %3 days, negative balance %4")
              .arg(t.name, t.carryForward ? CommandLine::tr("yes") : CommandLine::tr("no"))
              .arg(t.expiryDays)
              .arg(t.allowNegative ? CommandLine::tr("allowed") : CommandLine::tr("not allowed"))});
    return CommandLine::Ok;
}

int cmdJobs(CliContext &c)
{
    c.allow({"limit"});
    Permissions(c.db(), c.clock()).administer(c.actorOrSystem(), CommandLine::tr("Only HR can see the background job runs")).require();
    QJsonArray arr;
    QStringList text;
    for (const JobRun &r : Jobs(c.db(), c.clock()).runs({}, c.intOption(QStringLiteral("limit"), 1, 100000, 50))) {
        arr << QJsonObject{{QStringLiteral("job"), r.job}, {QStringLiteral("due_date"), Units::isoDate(r.dueDate)},
                           {QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("finished_at"), r.finishedAt.isValid() ? QJsonValue(r.finishedAt.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("result"), r.result}, {QStringLiteral("detail"), r.detail},
                           {QStringLiteral("error"), r.error}, {QStringLiteral("runner"), r.runner}};
        text << QStringLiteral("%1  %2  %3  %4  %5%6").arg(r.job, Units::isoDate(r.dueDate), r.startedAt.toString(Qt::ISODate), r.result, r.detail,
                                                           r.error.isEmpty() ? QString() : QStringLiteral("  ") + r.error);
    }
    c.emit(QJsonObject{{QStringLiteral("runs"), arr}}, text);
    return CommandLine::Ok;
}

QString CommandLine::usage()
{
    QString text = tr("Usage: lieuctl [--db PATH|mysql://USER@HOST[:PORT]/DATABASE] [--as LOGIN] [--today YYYY-MM-DD] [--json] [--lang LANG] COMMAND ...\n"
              "\n"
              "  init                                     create or upgrade the database; ensure the TOIL leave type\n"
              "  demo                                     fill an empty database with a demo organisation\n"
              "  employee add ID --name N --email E [--login L] [--reports-to ID] [--hr] [--hours-per-day H]\n"
              "  employee update ID [same options, --no-hr]   employee deactivate|activate ID   employee list\n"
              "  holiday add DATE [--name TEXT]           holiday remove DATE   holiday list\n"
              "  timesheet create EMPLOYEE --from DATE --to DATE [--log DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]]...\n"
              "  timesheet send ID | approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]\n"
              "  leave apply EMPLOYEE --from DATE --to DATE [--half-day DATE] [--reason TEXT]\n"
              "  leave approve ID | reject ID --reason TEXT | cancel ID | show ID | list [--employee E] [--status S]\n"
              "  balance EMPLOYEE [--on DATE]             available, pending and expiring-soon, in hours and days\n"
              "  ledger EMPLOYEE                          every ledger entry of the employee\n"
              "  expire [--once]                          the daily job; reports how many lots it expired\n"
              "  remind [--days N] [--once]               the weekly job; reports how many reminders it queued\n"
              "                                           (--once: skip when any runner already did it today)\n"
              "  doctor                                   deployment checks, each pass/warn/fail\n"
              "  whoami                                   with --as: the user's employee id and roles\n"
              "  settings list | set KEY VALUE            organisation settings (HR)\n"
              "  leave-type show | set --expiry-days N    the Time Off in Lieu leave type (HR)\n"
              "  audit [--doc NAME] [--doctype T] [--actor LOGIN] [--action A] [--from DATE] [--to DATE] [--limit N]\n"
              "        [--export FILE.csv [--force]]      the audit log (HR); --export writes it all as CSV\n"
              "  check                                    the database's invariants (ledgers, lots, draws, store)\n"
              "  password reset EMPLOYEE | change         read the new (and current) password from standard input\n"
              "  jobs [--limit N]                         recent runs of the background duties\n"
              "  import FILE [--format toggl|clockify|kimai|harvest|generic] [--dates dmy|mdy|ymd] [--dry-run]\n"
              "  export balances|ledger|timesheets|logs [--format csv|xlsx] FILE   export ical (--employee ID | --team ID) FILE\n"
              "  migrate [--force]                        upgrade the schema (an existing database is backed up first)\n"
              "  backup FILE                              a consistent copy of the whole database, as one SQLite file\n"
              "  restore FILE                             replace the data with a backup's (MariaDB: into an empty database)\n"
              "  maintenance [on [--reason TEXT]|off]     read-only mode for every client while an administrator works\n"
              "  grants --user NAME [--host HOST] [--apply]   the GRANTs the desktop app's server account needs\n"
              "  generate --employees N [--years Y] [--seed S]   a large made-up organisation (performance tests)\n"
              "\n"
              "Environment: LIEU_DB, LIEU_USER, LIEU_TODAY, LIEU_LANG stand in for --db, --as, --today, --lang;\n"
              "LIEU_DB_PASSWORD is the server's password (never on the command line; asked for on a terminal when unset).\n"
              "Languages: en, de, fr, es, nl; without --lang, the language chosen in the desktop app or the system's.\n"
              "Exit status: 0 success, 1 refused (a rule, a permission, a bad value; check: an invariant fails),\n"
              "2 usage error, 3 database error (missing, damaged, read-only, full, foreign or newer).\n");
    // Commands added by other libraries go after the built-in ones, before the closing paragraph.
    QString added;
    for (const AddedCommand &c : std::as_const(addedCommands()))
        added += c.usage;
    const qsizetype end = text.lastIndexOf(QLatin1String("\n\n"));
    text.insert(end < 0 ? text.size() : end + 1, added);
    return text;
}

int CommandLine::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.contains(QStringLiteral("--version"))) {
        out << "lieuctl " << QStringLiteral(LIEU_VERSION) << '\n';
        out.flush();
        return Ok;
    }
    const bool json = args.contains(QStringLiteral("--json"));
    auto fail = [&](int code, const QString &raw) {
        // Whatever a message quotes from a file or a database, the terminal gets no control characters.
        const QString message = Error::printable(raw);
        if (json)
            out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact)) << '\n';
        err << "lieuctl: " << message << '\n';
        out.flush();
        err.flush();
        return code;
    };
    try {
        CliContext context(parse(args), out, err);
        const int code = context.exec();
        out.flush();
        return code;
    } catch (const UsageError &e) {
        return fail(Usage, e.message + tr(" (lieuctl --help lists the commands)"));
    } catch (const Error &e) {
        return fail(e.kind() == Error::Kind::Database ? DatabaseFailure : Refused, e.message());
    }
}

} // namespace lieu
