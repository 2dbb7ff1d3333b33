#include "Importer.h"

#include "Audit.h"
#include "Clock.h"
#include "Csv.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Names.h"
#include "Permissions.h"
#include "Units.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace lieu::import {

int ImportPlan::logCount() const
{
    int n = 0;
    for (const WeekGroup &w : weeks)
        n += int(w.logs.size());
    return n;
}

qint64 ImportPlan::minutes() const
{
    qint64 m = 0;
    for (const WeekGroup &w : weeks)
        m += w.minutes;
    return m;
}

qint64 ImportPlan::toilMinutes() const
{
    qint64 m = 0;
    for (const WeekGroup &w : weeks)
        m += w.toilMinutes;
    return m;
}

namespace {

QString nameKey(const QString &name)
{
    return name.simplified().toLower();
}

} // namespace

ImportPlan Importer::plan(const Actor &actor, const ReadResult &file)
{
    Permissions(m_db, m_clock)
        .administer(actor, tr("Only HR can import hours from a time tracker (%1 is not HR)").arg(actor.name()))
        .require();

    ImportPlan plan;
    plan.file = file;

    QHash<QString, QList<Employee>> byEmail, byName;
    for (const Employee &e : Directory(m_db, m_clock).list(Actor::system(), true)) {
        byEmail[e.email.trimmed().toLower()] << e;
        byName[nameKey(e.name)] << e;
    }

    const QDate today = m_clock.today();
    QHash<QString, int> unmatchedIndex;
    // (employee, monday) -> rows, in order
    std::map<std::pair<QString, QDate>, QList<const SourceRow *>> groups;
    QHash<QString, QString> names;

    for (const SourceRow &row : file.rows) {
        if (row.date > today)
            throw Error::invalid(csv::location(row.line, row.dateColumn), row.dateText,
                                 tr("line %1, column %2: %3 is in the future (today is %4); only hours already worked "
                                    "can be imported")
                                     .arg(row.line)
                                     .arg(row.dateColumn)
                                     .arg(Units::isoDate(row.date), Units::isoDate(today)));

        const bool byHarvestName = file.layout == Layout::Harvest;
        const QList<Employee> matches = byHarvestName ? byName.value(nameKey(row.firstName + QLatin1Char(' ') + row.lastName))
                                                      : byEmail.value(row.email);
        QString reason;
        if (matches.isEmpty())
            reason = byHarvestName ? tr("no employee has this first and last name") : tr("no employee has this e-mail address");
        else if (matches.size() > 1)
            reason = tr("%1 employees have this name; give one of them a distinct name").arg(matches.size());
        else if (!matches.first().active)
            reason = tr("employee %1 is deactivated").arg(matches.first().id);
        if (!reason.isEmpty()) {
            const QString key = row.person.toLower();
            if (!unmatchedIndex.contains(key)) {
                unmatchedIndex.insert(key, int(plan.unmatched.size()));
                plan.unmatched << UnmatchedPerson{row.person, reason, 0, 0, {}};
            }
            UnmatchedPerson &u = plan.unmatched[unmatchedIndex.value(key)];
            ++u.rows;
            u.minutes += row.minutes;
            u.lines << row.line;
            continue;
        }

        if (m_db.scalar(u"SELECT count(*) FROM time_log WHERE source_key = ?"_s, {row.sourceKey}).toInt() > 0) {
            plan.alreadyImported << row.line;
            continue;
        }
        const Employee &e = matches.first();
        names.insert(e.id, e.name);
        const QDate monday = row.date.addDays(1 - row.date.dayOfWeek());
        groups[{e.id, monday}] << &row;
    }

    Timesheets sheets(m_db, m_clock);
    // Hours per employee and day: what this import adds, checked against what is stored already.
    QHash<QString, QHash<QDate, qint64>> perDay;
    for (const auto &[key, rows] : groups) {
        const auto &[employee, monday] = key;
        WeekGroup w;
        w.employee = employee;
        w.employeeName = names.value(employee);
        w.monday = monday;
        w.sunday = monday.addDays(6);
        QDate first, last;
        for (const SourceRow *r : rows) {
            TimeLog l;
            l.date = r->date;
            l.minutes = r->minutes;
            l.billable = r->billable;
            l.activity = r->activity;
            l.description = r->description;
            l.sourceKey = r->sourceKey;
            w.logs << l;
            w.lines << r->line;
            w.minutes += r->minutes;
            first = first.isValid() ? qMin(first, r->date) : r->date;
            last = last.isValid() ? qMax(last, r->date) : r->date;

            qint64 &day = perDay[employee][r->date];
            if (day == 0)
                day = m_db.scalar(u"SELECT COALESCE(SUM(l.minutes), 0) FROM time_log l JOIN timesheet t ON t.id = l.timesheet "
                                  "WHERE l.employee = ? AND l.log_date = ? AND t.status <> 'Cancelled'"_s,
                                  {employee, Units::isoDate(r->date)})
                          .toLongLong();
            const qint64 stored = day;
            day += r->minutes;
            if (day > 24 * 60)
                throw Error::invalid(csv::location(r->line, r->dateColumn), r->dateText,
                                     tr("line %1: %2 would have %3 hours on %4 (%5 from earlier rows or already in Lieu); "
                                        "at most 24 hours a day")
                                         .arg(r->line)
                                         .arg(employee, Units::formatHours(day), Units::isoDate(r->date),
                                              Units::formatHours(stored)));
        }

        // Join the employee's Draft that covers these days (the one for exactly this week first).
        w.timesheet = m_db.scalar(u"SELECT id FROM timesheet WHERE employee = ? AND status = 'Draft' AND start_date <= ? "
                                  "AND end_date >= ? ORDER BY CASE WHEN start_date = ? AND end_date = ? THEN 0 ELSE 1 END, id "
                                  "LIMIT 1"_s,
                                  {employee, Units::isoDate(first), Units::isoDate(last), Units::isoDate(w.monday),
                                   Units::isoDate(w.sunday)})
                          .toLongLong();
        QList<TimeLog> existing;
        if (w.timesheet)
            existing = sheets.get(Actor::system(), w.timesheet).logs;
        const qint64 before = existing.isEmpty() ? 0 : sheets.calculate(employee, existing).toilMinutes;
        w.toilMinutes = sheets.calculate(employee, existing + w.logs).toilMinutes - before;
        plan.weeks << w;
    }
    return plan;
}

ImportPlan Importer::preview(const Actor &actor, const QByteArray &bytes, const ReadOptions &options)
{
    return plan(actor, TrackerFile::read(bytes, options));
}

ImportPlan Importer::run(const Actor &actor, const QByteArray &bytes, const ReadOptions &options, const QString &fileName)
{
    const ReadResult file = TrackerFile::read(bytes, options);
    Transaction tx(m_db);
    ImportPlan p = plan(actor, file);
    Timesheets sheets(m_db, m_clock);
    QJsonArray touched;
    for (const WeekGroup &w : std::as_const(p.weeks)) {
        if (w.timesheet) {
            const int added = sheets.addLogs(actor, w.timesheet, w.logs);
            if (added != w.logs.size())
                throw Error::database(tr("Timesheet %1 took %2 of %3 imported logs")
                                          .arg(Names::format(DocKind::Timesheet, w.timesheet))
                                          .arg(added)
                                          .arg(w.logs.size()));
            p.extended << w.timesheet;
            touched << Names::format(DocKind::Timesheet, w.timesheet);
        } else {
            const qint64 id = sheets.create(actor, w.employee, w.monday, w.sunday, w.logs);
            p.created << id;
            touched << Names::format(DocKind::Timesheet, id);
        }
    }
    Audit(m_db, m_clock)
        .record(actor, u"import"_s, u"Time Import"_s, fileName, {},
                QJsonObject{{u"layout"_s, layoutName(file.layout)},
                            {u"rows"_s, file.records},
                            {u"logs_added"_s, p.logCount()},
                            {u"minutes"_s, p.minutes()},
                            {u"already_imported"_s, int(p.alreadyImported.size())},
                            {u"unmatched_rows"_s, [&p] {
                                 int n = 0;
                                 for (const UnmatchedPerson &u : std::as_const(p.unmatched))
                                     n += u.rows;
                                 return n;
                             }()},
                            {u"timesheets"_s, touched}});
    tx.commit();
    return p;
}

} // namespace lieu::import
