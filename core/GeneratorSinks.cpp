#include "GeneratorSinks.h"

#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Names.h"
#include "Settings.h"
#include "Units.h"
#include "WorkCalendar.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace lieu::gen {

namespace {

QString stamp(const QDateTime &at)
{
    return at.toString(Qt::ISODateWithMs);
}

// Dates repeat a great deal in a generated history: format each one once.
QString iso(QDate d)
{
    static QHash<qint64, QString> known;
    auto it = known.constFind(d.toJulianDay());
    if (it == known.constEnd())
        it = known.insert(d.toJulianDay(), Units::isoDate(d));
    return *it;
}

// ---------------------------------------------------------------------------------------------------------
// Through the services: slow, and the reference the bulk writer is checked against.

class ServiceSink final : public Sink
{
public:
    explicit ServiceSink(Database &db) : m_db(db), m_clock(QDate(2000, 1, 1)) {}

    void begin() override { m_db.begin(); }
    void commit() override { m_db.commit(); }

    void addEmployee(const QDateTime &at, const Employee &e) override
    {
        m_clock.setNow(at);
        Directory(m_db, m_clock).add(Actor::system(), e);
    }

    void addHoliday(const QDateTime &at, QDate day, const QString &description) override
    {
        m_clock.setNow(at);
        WorkCalendar(m_db, m_clock).addHoliday(Actor::system(), day, description);
    }

    void createAndSend(const QDateTime &at, const Actor &who, const SheetPlan &s) override
    {
        m_clock.setNow(at);
        Timesheets sheets(m_db, m_clock);
        const qint64 id = sheets.create(who, s.employee, s.start, s.end, s.logs);
        expect(id, s.id, "timesheet");
        sheets.send(who, id);
    }

    void approveSheet(const QDateTime &at, const Actor &boss, const SheetPlan &s, const LotPlan &lot) override
    {
        m_clock.setNow(at);
        Timesheets sheets(m_db, m_clock);
        sheets.approve(boss, s.id);
        expect(sheets.get(Actor::system(), s.id).allocation, lot.id, "lot");
    }

    void applyLeave(const QDateTime &at, const Actor &who, const LeavePlan &l) override
    {
        m_clock.setNow(at);
        const qint64 id = Leaves(m_db, m_clock).apply(who, l.employee, l.from, l.to, l.halfDay, l.reason);
        expect(id, l.id, "leave application");
    }

    void approveLeave(const QDateTime &at, const Actor &boss, const LeavePlan &, const LeavePlan &after) override
    {
        m_clock.setNow(at);
        Leaves(m_db, m_clock).approve(boss, after.id);
    }

    void rejectLeave(const QDateTime &at, const Actor &boss, const LeavePlan &l, const QString &reason) override
    {
        m_clock.setNow(at);
        Leaves(m_db, m_clock).reject(boss, l.id, reason);
    }

    void expire(const QDateTime &at, const QList<ExpiryPlan> &lots, const QString &detail) override
    {
        m_clock.setNow(at);
        Jobs jobs(m_db, m_clock);
        const qint64 run = jobs.startRun(Jobs::Expiry, at.date(), QStringLiteral("generate"));
        const ExpiryResult r = jobs.expire();
        expect(r.lots, lots.size(), "expired lots");
        jobs.finishRun(run, true, detail);
    }

private:
    static void expect(qint64 got, qint64 want, const char *what)
    {
        if (got != want)
            throw Error::database(QStringLiteral("generate: core wrote %1 %2 where the simulation expected %3")
                                      .arg(QString::fromLatin1(what))
                                      .arg(got)
                                      .arg(want));
    }

    Database &m_db;
    FixedClock m_clock;
};

// ---------------------------------------------------------------------------------------------------------
// Straight to the tables: the rows the services above write, in the same order (so the ids match).

class Statement
{
public:
    Statement(Database &db, const QString &sql) : m_query(db.connection()), m_sql(sql)
    {
        if (!m_query.prepare(sql))
            fail();
    }
    void run(const QVariantList &binds)
    {
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds.at(i);
            // As Database::exec: a null QString is the empty text, never SQL NULL.
            if (v.typeId() == QMetaType::QString && v.toString().isNull())
                m_query.bindValue(i, QString(QLatin1String("")));
            else
                m_query.bindValue(i, v);
        }
        if (!m_query.exec())
            fail();
    }

private:
    [[noreturn]] void fail()
    {
        throw Error::database(QStringLiteral("generate: %1 [%2]").arg(m_query.lastError().text(), m_sql.left(80)));
    }
    QSqlQuery m_query;
    QString m_sql;
};

QJsonObject sheetState(const QString &status, int docstatus, qint64 toil, const QString &toilStatus, qint64 allocation)
{
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("docstatus"), docstatus},
                       {QStringLiteral("total_toil_minutes"), toil},
                       {QStringLiteral("toil_status"), toilStatus},
                       {QStringLiteral("toil_allocation"), allocation ? Names::format(DocKind::Allocation, allocation) : QString()}};
}

QJsonObject leaveState(const LeavePlan &l, const QString &status, int docstatus)
{
    const QString days = l.halfDays % 2 ? QStringLiteral("%1.5").arg(l.halfDays / 2) : QString::number(l.halfDays / 2);
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("docstatus"), docstatus},
                       {QStringLiteral("from_date"), iso(l.from)},
                       {QStringLiteral("to_date"), iso(l.to)},
                       {QStringLiteral("total_leave_days"), days},
                       {QStringLiteral("minutes"), l.minutes}};
}

QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString(QLatin1String("")) : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? Database::null() : QVariant(s);
}

class BulkSink final : public Sink
{
public:
    explicit BulkSink(Database &db)
        : m_db(db),
          m_employee(db, QStringLiteral("INSERT INTO employee (id, employee_name, email, user_id, reports_to, is_hr, active, "
                                        "date_of_joining, relieving_date, contracted_minutes_per_day, language) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
          m_holiday(db, QStringLiteral("INSERT INTO holiday (holiday_date, description) VALUES (?, ?)")),
          m_audit(db, QStringLiteral("INSERT INTO audit_log (at, actor, action, doctype, docname, \"before\", \"after\") "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)")),
          m_sheet(db, QStringLiteral("INSERT INTO timesheet (id, employee, start_date, end_date, status, docstatus, "
                                     "total_minutes, total_toil_minutes, toil_status, toil_calculation_details, "
                                     "rejection_reason, created_by, created_at, modified_at) "
                                     "VALUES (?, ?, ?, ?, 'Awaiting Approval', 0, ?, ?, ?, ?, '', ?, ?, ?)")),
          m_log(db, QStringLiteral("INSERT INTO time_log (timesheet, employee, log_date, minutes, is_billable, activity, "
                                   "description, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")),
          m_approveSheet(db, QStringLiteral("UPDATE timesheet SET status = 'Approved', docstatus = 1, toil_status = ?, "
                                            "toil_allocation = ?, approved_by = ?, modified_at = ? WHERE id = ?")),
          m_lot(db, QStringLiteral("INSERT INTO leave_allocation (id, employee, leave_type, from_date, to_date, toil_minutes, "
                                   "is_toil_allocation, source_timesheet, docstatus, is_expired, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, 1, ?, 1, 0, ?)")),
          m_entry(db, QStringLiteral("INSERT INTO leave_ledger_entry (employee, leave_type, allocation, transaction_type, "
                                     "transaction_name, minutes, entry_date, is_expired, docstatus, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")),
          m_application(db, QStringLiteral("INSERT INTO leave_application (id, employee, leave_type, from_date, to_date, "
                                           "half_day_date, reason, status, docstatus, half_days, minutes, created_by, "
                                           "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'Open', 0, ?, ?, ?, ?, ?)")),
          m_draw(db, QStringLiteral("INSERT INTO leave_draw (application, allocation, minutes, first_date) VALUES (?, ?, ?, ?)")),
          m_dropDraws(db, QStringLiteral("DELETE FROM leave_draw WHERE application = ?")),
          m_approveLeave(db, QStringLiteral("UPDATE leave_application SET status = 'Approved', docstatus = 1, half_days = ?, "
                                            "minutes = ?, approved_by = ?, modified_at = ? WHERE id = ?")),
          m_rejectLeave(db, QStringLiteral("UPDATE leave_application SET status = 'Rejected', docstatus = 1, "
                                           "rejection_reason = ?, modified_at = ? WHERE id = ?")),
          m_expireLot(db, QStringLiteral("UPDATE leave_allocation SET is_expired = 1 WHERE id = ?")),
          m_jobRun(db, QStringLiteral("INSERT INTO job_run (job, due_date, started_at, finished_at, result, detail, error, "
                                      "runner) VALUES (?, ?, ?, ?, 'Success', ?, '', ?)"))
    {
        // Every row refers to rows written before it (the services prove it on the same history), so the
        // per-row foreign key look-ups are skipped; a large page cache keeps the indexes in memory.
        QSqlQuery q(db.connection());
        if (db.dialect() == Database::Dialect::SQLite) {
            q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            q.exec(QStringLiteral("PRAGMA cache_size = -1048576"));
        } else {
            q.exec(QStringLiteral("SET SESSION foreign_key_checks = 0"));
        }
    }
    ~BulkSink() override
    {
        QSqlQuery q(m_db.connection());
        if (m_db.dialect() == Database::Dialect::SQLite) {
            q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
        } else {
            q.exec(QStringLiteral("SET SESSION foreign_key_checks = 1"));
        }
    }

    void begin() override { m_db.begin(); }
    void commit() override { m_db.commit(); }

    void addEmployee(const QDateTime &at, const Employee &e) override
    {
        m_employee.run({e.id, e.name, e.email, orNull(e.login), orNull(e.reportsTo), e.hr ? 1 : 0, e.active ? 1 : 0,
                        e.dateOfJoining.isValid() ? QVariant(iso(e.dateOfJoining)) : Database::null(),
                        Database::null(), e.contractedMinutesPerDay, e.language});
        audit(at, QStringLiteral("system"), QStringLiteral("create"), QStringLiteral("Employee"), e.id, {},
              Directory::auditFields(e));
    }

    void addHoliday(const QDateTime &at, QDate day, const QString &description) override
    {
        m_holiday.run({iso(day), description});
        audit(at, QStringLiteral("system"), QStringLiteral("create"), QStringLiteral("Holiday"), iso(day), {},
              QJsonObject{{QStringLiteral("description"), description}});
    }

    void createAndSend(const QDateTime &at, const Actor &who, const SheetPlan &s) override
    {
        const QString now = stamp(at);
        const qint64 toil = s.accrual.toilMinutes;
        const QString pending = toil > 0 ? QStringLiteral("Pending Accrual") : QStringLiteral("Not Applicable");
        m_sheet.run({s.id, s.employee, iso(s.start), iso(s.end), s.totalMinutes, toil, pending,
                     s.accrual.details, who.name(), now, now});
        for (const TimeLog &l : s.logs)
            m_log.run({s.id, s.employee, iso(l.date), l.minutes, l.billable ? 1 : 0, l.activity, l.description});
        const QString name = Names::format(DocKind::Timesheet, s.id);
        QJsonObject created = sheetState(Timesheets::Draft, 0, toil, pending, 0);
        created.insert(QStringLiteral("start_date"), iso(s.start));
        created.insert(QStringLiteral("end_date"), iso(s.end));
        created.insert(QStringLiteral("logs"), int(s.logs.size()));
        audit(at, who.name(), QStringLiteral("create"), QStringLiteral("Timesheet"), name, {}, created);
        audit(at, who.name(), QStringLiteral("send"), QStringLiteral("Timesheet"), name,
              sheetState(Timesheets::Draft, 0, toil, pending, 0), sheetState(Timesheets::AwaitingApproval, 0, toil, pending, 0));
    }

    void approveSheet(const QDateTime &at, const Actor &boss, const SheetPlan &s, const LotPlan &lot) override
    {
        const QString now = stamp(at);
        const QString name = Names::format(DocKind::Timesheet, s.id);
        const qint64 toil = lot.minutes;
        if (lot.id) {
            const QString lotName = Names::format(DocKind::Allocation, lot.id);
            m_lot.run({lot.id, s.employee, kToilLeaveType, iso(lot.from), iso(lot.to), lot.minutes,
                       s.id, now});
            m_entry.run({s.employee, kToilLeaveType, lot.id, Ledger::TypeAllocation, lotName, lot.minutes,
                         iso(lot.from), 0, now});
            audit(at, boss.name(), QStringLiteral("create"), QStringLiteral("Leave Allocation"), lotName, {},
                  QJsonObject{{QStringLiteral("toil_minutes"), lot.minutes},
                              {QStringLiteral("from_date"), iso(lot.from)},
                              {QStringLiteral("to_date"), iso(lot.to)},
                              {QStringLiteral("source_timesheet"), name}});
        }
        const QString status = toil > 0 ? QStringLiteral("Accrued") : QStringLiteral("Not Applicable");
        m_approveSheet.run({status, lot.id ? QVariant(lot.id) : Database::null(), boss.employee, now, s.id});
        const QString pending = s.accrual.toilMinutes > 0 ? QStringLiteral("Pending Accrual") : QStringLiteral("Not Applicable");
        audit(at, boss.name(), QStringLiteral("approve"), QStringLiteral("Timesheet"), name,
              sheetState(Timesheets::AwaitingApproval, 0, s.accrual.toilMinutes, pending, 0),
              sheetState(Timesheets::Approved, 1, toil, status, lot.id));
    }

    void applyLeave(const QDateTime &at, const Actor &who, const LeavePlan &l) override
    {
        const QString now = stamp(at);
        m_application.run({l.id, l.employee, kToilLeaveType, iso(l.from), iso(l.to),
                           l.halfDay.isValid() ? QVariant(iso(l.halfDay)) : Database::null(), l.reason,
                           l.halfDays, l.minutes, who.name(), now, now});
        for (const Draw &d : l.draws)
            m_draw.run({l.id, d.allocation, d.minutes, iso(d.firstDate)});
        audit(at, who.name(), QStringLiteral("create"), QStringLiteral("Leave Application"),
              Names::format(DocKind::Application, l.id), {}, leaveState(l, Leaves::Open, 0));
    }

    void approveLeave(const QDateTime &at, const Actor &boss, const LeavePlan &before, const LeavePlan &after) override
    {
        const QString now = stamp(at);
        const QString name = Names::format(DocKind::Application, after.id);
        m_dropDraws.run({after.id});
        for (const Draw &d : after.draws) {
            m_draw.run({after.id, d.allocation, d.minutes, iso(d.firstDate)});
            m_entry.run({after.employee, kToilLeaveType, d.allocation, Ledger::TypeApplication, name, -d.minutes,
                         iso(d.firstDate), 0, now});
        }
        m_approveLeave.run({after.halfDays, after.minutes, boss.employee, now, after.id});
        audit(at, boss.name(), QStringLiteral("approve"), QStringLiteral("Leave Application"), name,
              leaveState(before, Leaves::Open, 0), leaveState(after, Leaves::Approved, 1));
    }

    void rejectLeave(const QDateTime &at, const Actor &boss, const LeavePlan &l, const QString &reason) override
    {
        m_rejectLeave.run({reason, stamp(at), l.id});
        QJsonObject after = leaveState(l, Leaves::Rejected, 1);
        after.insert(QStringLiteral("rejection_reason"), reason);
        audit(at, boss.name(), QStringLiteral("reject"), QStringLiteral("Leave Application"),
              Names::format(DocKind::Application, l.id), leaveState(l, Leaves::Open, 0), after);
    }

    void expire(const QDateTime &at, const QList<ExpiryPlan> &lots, const QString &detail) override
    {
        const QString now = stamp(at);
        for (const ExpiryPlan &e : lots) {
            const QString lotName = Names::format(DocKind::Allocation, e.lot);
            if (e.remaining > 0)
                m_entry.run({e.employee, kToilLeaveType, e.lot, Ledger::TypeExpiry, lotName, -e.remaining,
                             iso(e.to), 1, now});
            m_expireLot.run({e.lot});
            audit(at, QStringLiteral("system"), QStringLiteral("expire"), QStringLiteral("Leave Allocation"), lotName,
                  QJsonObject{{QStringLiteral("remaining_minutes"), e.remaining}, {QStringLiteral("is_expired"), 0}},
                  QJsonObject{{QStringLiteral("remaining_minutes"), qMin<qint64>(e.remaining, 0)},
                              {QStringLiteral("is_expired"), 1},
                              {QStringLiteral("to_date"), iso(e.to)}});
        }
        m_jobRun.run({Jobs::Expiry, iso(at.date()), now, now, detail, QStringLiteral("generate")});
    }

private:
    void audit(const QDateTime &at, const QString &actor, const QString &action, const QString &doctype,
               const QString &docname, const QJsonObject &before, const QJsonObject &after)
    {
        m_audit.run({stamp(at), actor, action, doctype, docname, compact(before), compact(after)});
    }

    Database &m_db;
    Statement m_employee, m_holiday, m_audit, m_sheet, m_log, m_approveSheet, m_lot, m_entry, m_application, m_draw,
        m_dropDraws, m_approveLeave, m_rejectLeave, m_expireLot, m_jobRun;
};

} // namespace

std::unique_ptr<Sink> makeBulkSink(Database &db)
{
    return std::make_unique<BulkSink>(db);
}

std::unique_ptr<Sink> makeServiceSink(Database &db)
{
    return std::make_unique<ServiceSink>(db);
}

} // namespace lieu::gen
