// lieuctl's commands on documents: timesheets, leave applications, balances and the ledger.
#include "Commands.h"

#include "CommandLine.h"

#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Names.h"
#include "Settings.h"
#include "Timesheets.h"
#include "Units.h"
#include "WorkCalendar.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lieu {

static QJsonObject timesheetJson(CliContext &c, const Timesheet &t)
{
    const int pd = c.perDay();
    QJsonArray logs;
    for (const TimeLog &l : t.logs)
        logs << QJsonObject{{QStringLiteral("date"), Units::isoDate(l.date)},
                            {QStringLiteral("minutes"), l.minutes},
                            {QStringLiteral("hours"), Units::formatHours(l.minutes)},
                            {QStringLiteral("is_billable"), l.billable ? 1 : 0},
                            {QStringLiteral("activity"), l.activity},
                            {QStringLiteral("description"), l.description}};
    return QJsonObject{{QStringLiteral("id"), t.name()},
                       {QStringLiteral("employee"), t.employee},
                       {QStringLiteral("employee_name"), t.employeeName},
                       {QStringLiteral("start_date"), Units::isoDate(t.startDate)},
                       {QStringLiteral("end_date"), Units::isoDate(t.endDate)},
                       {QStringLiteral("status"), t.status},
                       {QStringLiteral("docstatus"), t.docstatus},
                       {QStringLiteral("toil_status"), t.toilStatus},
                       {QStringLiteral("total_minutes"), t.totalMinutes},
                       {QStringLiteral("total_toil_minutes"), t.toilMinutes},
                       {QStringLiteral("total_toil_hours"), Units::formatHours(t.toilMinutes)},
                       {QStringLiteral("toil_days"), jsonDays(t.toilMinutes, pd)},
                       {QStringLiteral("toil_allocation"),
                        t.allocation ? QJsonValue(Names::format(DocKind::Allocation, t.allocation)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("toil_calculation_details"), t.details},
                       {QStringLiteral("rejection_reason"), t.rejectionReason},
                       {QStringLiteral("approved_by"), jsonOrNull(t.approvedBy)},
                       {QStringLiteral("time_logs"), logs}};
}

int cmdTimesheet(CliContext &c)
{
    const QString sub = c.word(1, CommandLine::tr("timesheet subcommand (create, send, approve, reject, cancel, show, list)"));
    Timesheets sheets(c.db(), c.clock());
    if (sub == QLatin1String("create")) {
        c.allow({"from", "to", "log"});
        const QString employee = c.word(2, CommandLine::tr("EMPLOYEE"));
        const QDate from = c.dateOption(QStringLiteral("from"), true);
        const QDate to = c.dateOption(QStringLiteral("to"), true);
        QList<TimeLog> logs;
        const QStringList specs = c.args().all(QStringLiteral("log"));
        for (int i = 0; i < specs.size(); ++i) {
            const QString field = QStringLiteral("log[%1]").arg(i + 1);
            const QStringList parts = specs.at(i).split(QLatin1Char(','));
            if (parts.size() < 3)
                throw Error::invalid(field, specs.at(i),
                                     CommandLine::tr("%1: \"%2\" must be DATE,HOURS,billable|non-billable[,ACTIVITY[,DESCRIPTION]]")
                                         .arg(field, Error::excerpt(specs.at(i))));
            TimeLog l;
            l.date = Units::parseDate(parts.at(0), field + QStringLiteral(".date"));
            l.minutes = Units::parseHours(parts.at(1), field + QStringLiteral(".hours"));
            const QString b = parts.at(2).trimmed().toLower();
            if (b == QLatin1String("billable") || b == QLatin1String("1") || b == QLatin1String("yes"))
                l.billable = true;
            else if (b == QLatin1String("non-billable") || b == QLatin1String("0") || b == QLatin1String("no"))
                l.billable = false;
            else
                throw Error::invalid(field + QStringLiteral(".is_billable"), parts.at(2),
                                     CommandLine::tr("%1: \"%2\" must be billable or non-billable")
                                         .arg(field + QStringLiteral(".is_billable"), Error::excerpt(parts.at(2))));
            if (parts.size() > 3)
                l.activity = parts.at(3);
            if (parts.size() > 4)
                l.description = parts.mid(4).join(QLatin1Char(','));
            logs << l;
        }
        const qint64 id = sheets.create(c.actorOrSystem(), employee, from, to, logs);
        const Timesheet t = sheets.get(Actor::system(), id);
        c.emit(QJsonObject{{QStringLiteral("id"), t.name()}},
             {CommandLine::tr("Created %1 for %2 (%3 to %4): %5 h TOIL, %6").arg(t.name(), t.employee, Units::isoDate(from), Units::isoDate(to),
                                                                              Units::formatHours(t.toilMinutes), t.toilStatus)});
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("list")) {
        c.allow({"employee", "status", "limit"});
        Timesheets::Filter f;
        f.employee = c.args().option(QStringLiteral("employee"));
        if (c.args().options.contains(QStringLiteral("status")))
            f.statuses = c.args().all(QStringLiteral("status"));
        f.limit = c.intOption(QStringLiteral("limit"), 1, 100000, f.limit);
        QJsonArray arr;
        QStringList text;
        for (const Timesheet &t : sheets.list(c.actorOrSystem(), f)) {
            arr << timesheetJson(c, t);
            text << QStringLiteral("%1  %2  %3..%4  %5  TOIL %6 h  %7")
                        .arg(t.name(), t.employee, Units::isoDate(t.startDate), Units::isoDate(t.endDate))
                        .arg(t.status, -17)
                        .arg(Units::formatHours(t.toilMinutes), t.toilStatus);
        }
        c.emit(QJsonObject{{QStringLiteral("timesheets"), arr}}, text);
        return CommandLine::Ok;
    }
    const qint64 id = Names::parse(DocKind::Timesheet, c.word(2, CommandLine::tr("timesheet ID")), QStringLiteral("timesheet"));
    const QString name = Names::format(DocKind::Timesheet, id);
    if (sub == QLatin1String("show")) {
        c.allow({});
        const Timesheet t = sheets.get(c.actorOrSystem(), id);
        QStringList text{CommandLine::tr("%1  %2 (%3)  %4 to %5").arg(t.name(), t.employee, t.employeeName, Units::isoDate(t.startDate), Units::isoDate(t.endDate)),
                         CommandLine::tr("status %1 (docstatus %2), toil_status %3").arg(t.status).arg(t.docstatus).arg(t.toilStatus),
                         CommandLine::tr("TOIL %1 h = %2 days%3").arg(Units::formatHours(t.toilMinutes), Units::formatDays(t.toilMinutes, c.perDay()),
                                                                   t.allocation ? CommandLine::tr(", lot %1").arg(Names::format(DocKind::Allocation, t.allocation)) : QString())};
        if (!t.rejectionReason.isEmpty())
            text << CommandLine::tr("rejected: %1").arg(t.rejectionReason);
        text << t.details.split(QLatin1Char('\n'));
        c.emit(timesheetJson(c, t), text);
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("send")) {
        c.allow({});
        sheets.send(c.person(), id);
    } else if (sub == QLatin1String("approve")) {
        c.allow({});
        sheets.approve(c.person(), id);
    } else if (sub == QLatin1String("reject")) {
        c.allow({"reason"});
        const Actor a = c.person();
        sheets.reject(a, id, c.need(QStringLiteral("reason")));
    } else if (sub == QLatin1String("cancel")) {
        c.allow({});
        sheets.cancel(c.person(), id);
    } else {
        throw UsageError{CommandLine::tr("unknown timesheet subcommand \"%1\"").arg(Error::excerpt(sub))};
    }
    const Timesheet t = sheets.get(Actor::system(), id);
    c.emit(timesheetJson(c, t), {CommandLine::tr("%1 is %2 (toil_status %3)").arg(name, t.status, t.toilStatus)});
    return CommandLine::Ok;
}

static QJsonObject leaveJson(const LeaveApplication &a)
{
    QJsonArray draws;
    for (const Draw &d : a.draws)
        draws << QJsonObject{{QStringLiteral("allocation"), Names::format(DocKind::Allocation, d.allocation)},
                             {QStringLiteral("minutes"), d.minutes},
                             {QStringLiteral("first_date"), Units::isoDate(d.firstDate)}};
    return QJsonObject{{QStringLiteral("id"), a.name()},
                       {QStringLiteral("employee"), a.employee},
                       {QStringLiteral("leave_type"), kToilLeaveType},
                       {QStringLiteral("from_date"), Units::isoDate(a.fromDate)},
                       {QStringLiteral("to_date"), Units::isoDate(a.toDate)},
                       {QStringLiteral("half_day_date"), a.halfDayDate.isValid() ? QJsonValue(Units::isoDate(a.halfDayDate)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("status"), a.status},
                       {QStringLiteral("docstatus"), a.docstatus},
                       {QStringLiteral("total_leave_days"), a.halfDays / 2.0},
                       {QStringLiteral("minutes"), a.minutes},
                       {QStringLiteral("reason"), a.reason},
                       {QStringLiteral("rejection_reason"), a.rejectionReason},
                       {QStringLiteral("approved_by"), jsonOrNull(a.approvedBy)},
                       {QStringLiteral("draws"), draws}};
}

int cmdLeave(CliContext &c)
{
    const QString sub = c.word(1, CommandLine::tr("leave subcommand (apply, approve, reject, cancel, show, list)"));
    Leaves leaves(c.db(), c.clock());
    if (sub == QLatin1String("apply")) {
        c.allow({"from", "to", "half-day", "reason"});
        const QString employee = c.word(2, CommandLine::tr("EMPLOYEE"));
        const QDate from = c.dateOption(QStringLiteral("from"), true);
        const QDate to = c.dateOption(QStringLiteral("to"), true);
        const QDate half = c.dateOption(QStringLiteral("half-day"), false);
        const qint64 id = leaves.apply(c.person(), employee, from, to, half, c.args().option(QStringLiteral("reason")));
        const LeaveApplication a = leaves.get(Actor::system(), id);
        c.emit(QJsonObject{{QStringLiteral("id"), a.name()}},
             {CommandLine::tr("Applied %1 for %2: %3 day(s), %4 h, Open").arg(a.name(), a.employee, a.totalLeaveDays(), Units::formatHours(a.minutes))});
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("list")) {
        c.allow({"employee", "status", "limit"});
        Leaves::Filter f;
        f.employee = c.args().option(QStringLiteral("employee"));
        if (c.args().options.contains(QStringLiteral("status")))
            f.statuses = c.args().all(QStringLiteral("status"));
        f.limit = c.intOption(QStringLiteral("limit"), 1, 100000, f.limit);
        QJsonArray arr;
        QStringList text;
        for (const LeaveApplication &a : leaves.list(c.actorOrSystem(), f)) {
            arr << leaveJson(a);
            text << QStringLiteral("%1  %2  %3..%4  %5 day(s)  %6").arg(a.name(), a.employee, Units::isoDate(a.fromDate), Units::isoDate(a.toDate), a.totalLeaveDays(), a.status);
        }
        c.emit(QJsonObject{{QStringLiteral("leave_applications"), arr}}, text);
        return CommandLine::Ok;
    }
    const qint64 id = Names::parse(DocKind::Application, c.word(2, CommandLine::tr("leave application ID")), QStringLiteral("leave_application"));
    if (sub == QLatin1String("show")) {
        c.allow({});
        const LeaveApplication a = leaves.get(c.actorOrSystem(), id);
        QStringList text{CommandLine::tr("%1  %2  %3 to %4%5").arg(a.name(), a.employee, Units::isoDate(a.fromDate), Units::isoDate(a.toDate),
                                                                  a.halfDayDate.isValid() ? CommandLine::tr(" (half day %1)").arg(Units::isoDate(a.halfDayDate)) : QString()),
                         CommandLine::tr("status %1, total_leave_days %2, %3 h").arg(a.status, a.totalLeaveDays(), Units::formatHours(a.minutes))};
        for (const Draw &d : a.draws)
            text << CommandLine::tr("  draws %1 h from %2 (last day %3)").arg(Units::formatHours(d.minutes), Names::format(DocKind::Allocation, d.allocation), Units::isoDate(d.lotToDate));
        c.emit(leaveJson(a), text);
        return CommandLine::Ok;
    }
    if (sub == QLatin1String("approve")) {
        c.allow({});
        leaves.approve(c.person(), id);
    } else if (sub == QLatin1String("reject")) {
        c.allow({"reason"});
        const Actor a = c.person();
        leaves.reject(a, id, c.need(QStringLiteral("reason")));
    } else if (sub == QLatin1String("cancel")) {
        c.allow({});
        leaves.cancel(c.person(), id);
    } else {
        throw UsageError{CommandLine::tr("unknown leave subcommand \"%1\"").arg(Error::excerpt(sub))};
    }
    const LeaveApplication a = leaves.get(Actor::system(), id);
    c.emit(leaveJson(a), {CommandLine::tr("%1 is %2").arg(a.name(), a.status)});
    return CommandLine::Ok;
}

int cmdBalance(CliContext &c)
{
    c.allow({"on"});
    const QString employee = c.word(1, CommandLine::tr("EMPLOYEE"));
    const Actor actor = c.actorOrSystem();
    Directory(c.db(), c.clock()).get(employee);
    const QDate on = c.args().options.contains(QStringLiteral("on")) ? c.dateOption(QStringLiteral("on"), true) : c.clock().today();
    const int pd = c.perDay();
    const Balance b = Ledger(c.db(), c.clock()).balance(actor, employee, on);
    QJsonArray expiring, lots;
    for (const ExpiringLot &e : b.expiring)
        expiring << QJsonObject{{QStringLiteral("allocation"), Names::format(DocKind::Allocation, e.allocation)},
                                {QStringLiteral("minutes"), e.minutes},
                                {QStringLiteral("to_date"), Units::isoDate(e.toDate)}};
    QStringList text{CommandLine::tr("%1 on %2: available %3 h (%4 days), pending %5 h (%6 days)")
                         .arg(employee, Units::isoDate(on), Units::formatHours(b.available), Units::formatDays(b.available, pd),
                              Units::formatHours(b.pending), Units::formatDays(b.pending, pd))};
    if (b.upcoming)
        text << CommandLine::tr("  approved, valid later: %1 h").arg(Units::formatHours(b.upcoming));
    for (const ExpiringLot &e : b.expiring)
        text << CommandLine::tr("  expiring: %1 h from %2, last day %3").arg(Units::formatHours(e.minutes), Names::format(DocKind::Allocation, e.allocation), Units::isoDate(e.toDate));
    for (const Lot &l : b.lots) {
        lots << QJsonObject{{QStringLiteral("allocation"), l.name()},
                            {QStringLiteral("source_timesheet"), l.sourceTimesheet ? QJsonValue(Names::format(DocKind::Timesheet, l.sourceTimesheet)) : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("from_date"), Units::isoDate(l.fromDate)},
                            {QStringLiteral("to_date"), Units::isoDate(l.toDate)},
                            {QStringLiteral("allocated_minutes"), l.allocated},
                            {QStringLiteral("used_minutes"), l.used},
                            {QStringLiteral("expired_minutes"), l.expired},
                            {QStringLiteral("remaining_minutes"), l.remaining},
                            {QStringLiteral("reserved_minutes"), l.reserved},
                            {QStringLiteral("is_expired"), l.isExpired}};
        text << CommandLine::tr("  lot %1  %2..%3  allocated %4  used %5  expired %6  remaining %7%8")
                    .arg(l.name(), Units::isoDate(l.fromDate), Units::isoDate(l.toDate), Units::formatHours(l.allocated),
                         Units::formatHours(l.used), Units::formatHours(l.expired), Units::formatHours(l.remaining),
                         l.isExpired ? CommandLine::tr("  [expired]") : QString());
    }
    c.emit(QJsonObject{{QStringLiteral("employee"), employee},
                     {QStringLiteral("on"), Units::isoDate(on)},
                     {QStringLiteral("available_minutes"), b.available},
                     {QStringLiteral("available_hours"), Units::formatHours(b.available)},
                     {QStringLiteral("available_days"), jsonDays(b.available, pd)},
                     {QStringLiteral("pending_minutes"), b.pending},
                     {QStringLiteral("pending_days"), jsonDays(b.pending, pd)},
                     {QStringLiteral("upcoming_minutes"), b.upcoming},
                     {QStringLiteral("expiring_minutes"), b.expiringMinutes()},
                     {QStringLiteral("expiring"), expiring},
                     {QStringLiteral("lots"), lots}},
         text);
    return CommandLine::Ok;
}

int cmdLedger(CliContext &c)
{
    c.allow({});
    const QString employee = c.word(1, CommandLine::tr("EMPLOYEE"));
    Directory(c.db(), c.clock()).get(employee);
    QJsonArray arr;
    QStringList text;
    for (const LedgerEntry &e : Ledger(c.db(), c.clock()).entries(c.actorOrSystem(), employee)) {
        arr << QJsonObject{{QStringLiteral("date"), Units::isoDate(e.date)},
                           {QStringLiteral("minutes"), e.minutes},
                           {QStringLiteral("transaction_type"), e.transactionType},
                           {QStringLiteral("transaction_name"), e.transactionName},
                           {QStringLiteral("allocation"), Names::format(DocKind::Allocation, e.allocation)},
                           {QStringLiteral("is_expired"), e.isExpired ? 1 : 0}};
        text << QStringLiteral("%1  %2  %3  %4  %5%6")
                    .arg(Units::isoDate(e.date))
                    .arg(Units::formatHours(e.minutes), 8)
                    .arg(e.transactionType, -22)
                    .arg(e.transactionName, -10)
                    .arg(Names::format(DocKind::Allocation, e.allocation), e.isExpired ? QStringLiteral("  expired") : QString());
    }
    c.emit(QJsonObject{{QStringLiteral("employee"), employee}, {QStringLiteral("entries"), arr}}, text);
    return CommandLine::Ok;
}

} // namespace lieu
