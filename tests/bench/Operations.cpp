#include "Operations.h"

#include "Database.h"
#include "BalanceReports.h"
#include "Error.h"
#include "Importer.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Timesheets.h"
#include "Units.h"
#include "WorkCalendar.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <benchmark/benchmark.h>

#include <memory>

namespace lieu::bench {

namespace {

// A statement prepared once and kept, as hand-written code would.
class Sql
{
public:
    // The hand-written statements are SQLite's (its functions and date arithmetic): on a server they are
    // not prepared and their rows are not run (see addSql).
    Sql(Database &db, const QString &sql) : m_q(db.connection()), m_sql(sql)
    {
        if (db.dialect() != Database::Dialect::SQLite)
            return;
        m_q.setForwardOnly(true);
        if (!m_q.prepare(sql))
            fail();
    }
    QSqlQuery &run(const QVariantList &binds = {})
    {
        for (int i = 0; i < binds.size(); ++i)
            m_q.bindValue(i, binds.at(i));
        if (!m_q.exec())
            fail();
        return m_q;
    }
    // Runs and reads every value of every row; returns the rows.
    qint64 drain(const QVariantList &binds = {})
    {
        QSqlQuery &q = run(binds);
        qint64 rows = 0;
        const int columns = q.record().count();
        while (q.next()) {
            for (int i = 0; i < columns; ++i)
                benchmark::DoNotOptimize(q.value(i));
            ++rows;
        }
        return rows;
    }

private:
    [[noreturn]] void fail() { throw Error::database(m_q.lastError().text() + QStringLiteral(" [") + m_sql.left(100) + u']'); }
    QSqlQuery m_q;
    QString m_sql;
};

void plain(Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromLatin1(sql)))
        throw Error::database(q.lastError().text());
}

QList<QVariantList> rowsOf(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = db.exec(sql, binds);
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

const QString kNow = QStringLiteral("bench");

} // namespace

Facts Operations::prepare()
{
    Facts f;
    m_today = QDate::fromString(m_db.scalar(QStringLiteral("SELECT MAX(due_date) FROM job_run WHERE job = 'expire'")).toString(),
                                Qt::ISODate);
    if (!m_today.isValid())
        throw Error::rule(QStringLiteral("this database has no expiry run: make it with lieuctl generate"));
    m_clock.setToday(m_today);
    f.today = m_today;
    auto count = [this](const char *table) {
        return m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    };
    f.employees = count("employee");
    f.timesheets = count("timesheet");
    f.timeLogs = count("time_log");
    f.lots = count("leave_allocation");
    f.ledgerEntries = count("leave_ledger_entry");
    f.applications = count("leave_application");
    f.auditEntries = count("audit_log");
    f.storeVersion = m_db.dialect() == Database::Dialect::SQLite
                         ? QStringLiteral("SQLite ") + m_db.scalar(QStringLiteral("SELECT sqlite_version()")).toString()
                         : QStringLiteral("server ") + m_db.scalar(QStringLiteral("SELECT VERSION()")).toString();

    for (const QVariantList &r : rowsOf(m_db, QStringLiteral("SELECT id, user_id, reports_to, is_hr FROM employee ORDER BY id"))) {
        const QString id = r.at(0).toString();
        m_actors.insert(id, Actor{id, r.at(1).toString(), r.at(3).toInt() != 0});
        if (!r.at(2).isNull()) {
            m_employees << id;
            m_boss.insert(id, r.at(2).toString());
        }
    }
    const int step = qMax(1, int(m_employees.size() / 500));
    for (int i = 0; i < m_employees.size() && m_sample.size() < 500; i += step)
        m_sample << m_employees.at(i);
    return f;
}

Actor Operations::actorOf(const QString &employee) const
{
    return m_actors.value(employee);
}

void Operations::addSql(const QString &name, int iterations, std::function<double(int)> body)
{
    if (m_db.dialect() == Database::Dialect::SQLite)
        add(name, iterations, std::move(body));
}

void Operations::registerAll()
{
    balance();
    leaveCheck();
    review();
    charts();
    approveTimesheet();
    leave();
    import();
    expiry();
    coldStart();
}

void Operations::balance()
{
    add(QStringLiteral("balance/core"), 500, [this](int i) {
        const QString &e = m_sample.at(i % m_sample.size());
        return timed([&] { benchmark::DoNotOptimize(Ledger(m_db, m_clock).balance(e, m_today, 30).available); });
    });
    const QString d = Units::isoDate(m_today);
    // The same answer in one statement: every active lot with its sums (available, expiring and upcoming
    // follow from them), and what Open applications hold.
    auto figures = std::make_shared<Sql>(
        m_db, QStringLiteral("SELECT a.id, a.from_date, a.to_date, a.is_expired, a.toil_minutes, "
                             "SUM(CASE WHEN l.transaction_type = 'Leave Application' THEN l.minutes END), "
                             "SUM(CASE WHEN l.is_expired = 1 THEN l.minutes END), SUM(l.minutes), "
                             "(SELECT COALESCE(SUM(minutes), 0) FROM leave_application WHERE employee = ? AND status = 'Open') "
                             "FROM leave_allocation a JOIN leave_ledger_entry l ON l.allocation = a.id "
                             "WHERE a.employee = ? AND a.is_toil_allocation = 1 AND a.docstatus = 1 "
                             "GROUP BY a.id ORDER BY a.to_date, a.id"));
    addSql(QStringLiteral("balance/sql"), 500, [this, figures](int i) {
        const QString &e = m_sample.at(i % m_sample.size());
        return timed([&] { figures->drain({e, e}); });
    });
    m_rows << Row{QStringLiteral("balance of one employee (Ledger::balance: the figures and every lot)"),
                  QStringLiteral("balance/core"), QStringLiteral("balance/sql"), 1, {}, 1.0, 3.0, 0, {}};

    add(QStringLiteral("available/core"), 500, [this](int i) {
        const QString &e = m_sample.at(i % m_sample.size());
        return timed([&] { benchmark::DoNotOptimize(Ledger(m_db, m_clock).availableMinutes(e, m_today)); });
    });
    auto available = std::make_shared<Sql>(
        m_db, QStringLiteral("SELECT COALESCE(SUM(l.minutes), 0) FROM leave_allocation a JOIN leave_ledger_entry l "
                             "ON l.allocation = a.id WHERE a.employee = ? AND a.is_toil_allocation = 1 AND a.docstatus = 1 "
                             "AND a.to_date >= ? AND a.from_date <= ?"));
    addSql(QStringLiteral("available/sql"), 500, [this, available, d](int i) {
        const QString &e = m_sample.at(i % m_sample.size());
        return timed([&] { available->drain({e, d, d}); });
    });
    m_rows << Row{QStringLiteral("available balance only (Ledger::availableMinutes)"), QStringLiteral("available/core"),
                  QStringLiteral("available/sql"), 1, {}, 1.0, 3.0, 0, {}};
}

void Operations::leaveCheck()
{
    WorkCalendar calendar(m_db, m_clock);
    QDate from = m_today.addDays(21);
    while (!calendar.isWorkingDay(from))
        from = from.addDays(1);
    const QDate to = from.addDays(2);
    add(QStringLiteral("quote/core"), 300, [this, from, to](int i) {
        const QString &e = m_sample.at(i % m_sample.size());
        return timed([&] { benchmark::DoNotOptimize(Leaves(m_db, m_clock).quote(e, from, to, {}).available); });
    });
    auto free = std::make_shared<Sql>(
        m_db, QStringLiteral("SELECT (SELECT COALESCE(SUM(l.minutes), 0) FROM leave_allocation a JOIN leave_ledger_entry l "
                             "ON l.allocation = a.id AND l.is_expired = 0 WHERE a.employee = ? AND a.is_toil_allocation = 1 "
                             "AND a.docstatus = 1 AND a.to_date >= ? AND a.from_date <= ?) - (SELECT COALESCE(SUM(d.minutes), 0) "
                             "FROM leave_application la JOIN leave_draw d ON d.application = la.id "
                             "WHERE la.employee = ? AND la.status = 'Open')"));
    addSql(QStringLiteral("quote/sql"), 300, [this, free, from, to](int i) {
        const QString &e = m_sample.at(i % m_sample.size());
        return timed([&] { free->drain({e, Units::isoDate(from), Units::isoDate(to), e}); });
    });
    m_rows << Row{QStringLiteral("balance check of a 3-day leave application (Leaves::quote)"), QStringLiteral("quote/core"),
                  QStringLiteral("quote/sql"), 1, {}, 0, 0, 0, {}};
}

void Operations::review()
{
    const QList<QVariantList> top = rowsOf(m_db, QStringLiteral("SELECT reports_to, count(*) FROM employee WHERE active = 1 AND "
                                                                "reports_to IS NOT NULL GROUP BY reports_to ORDER BY 2 DESC, 1 LIMIT 1"));
    if (top.isEmpty())
        return;
    const Actor boss = actorOf(top.first().at(0).toString());
    const int reports = top.first().at(1).toInt();
    const QList<Timesheet> sample = Timesheets(m_db, m_clock).awaitingApproval(boss);
    int logs = 0;
    for (const Timesheet &t : sample)
        logs += int(t.logs.size());
    add(QStringLiteral("review/core"), 30, [this, boss](int) {
        return timed([&] { benchmark::DoNotOptimize(Timesheets(m_db, m_clock).awaitingApproval(boss).size()); });
    });
    auto join = std::make_shared<Sql>(
        m_db, QStringLiteral("SELECT t.id, t.employee, e.employee_name, t.start_date, t.end_date, t.status, t.docstatus, "
                             "t.total_minutes, t.total_toil_minutes, t.toil_status, t.toil_calculation_details, t.toil_allocation, "
                             "t.rejection_reason, t.approved_by, t.modified_at, l.id, l.log_date, l.minutes, l.is_billable, "
                             "l.activity, l.description, l.source_key FROM employee e JOIN timesheet t ON t.employee = e.id "
                             "JOIN time_log l ON l.timesheet = t.id WHERE e.reports_to = ? AND t.status = 'Awaiting Approval' "
                             "ORDER BY t.start_date DESC, t.id DESC, l.log_date, l.id"));
    addSql(QStringLiteral("review/sql"), 30, [join, boss](int) { return timed([&] { join->drain({boss.employee}); }); });
    m_rows << Row{QStringLiteral("review window's data (Timesheets::awaitingApproval)"), QStringLiteral("review/core"),
                  QStringLiteral("review/sql"), 1, {}, 100, 0, 0,
                  QStringLiteral("%1 reports, %2 timesheets, %3 logs").arg(reports).arg(sample.size()).arg(logs)};
}

void Operations::charts()
{
    // HR's balance charts over the whole organisation: balances today, twelve months of flows, the expiry
    // weeks ahead (BalanceReports::overview, as the HR page asks for them).
    const Actor hr = Actor::system();
    add(QStringLiteral("charts/core"), 10, [this, hr](int) {
        return timed([&] { benchmark::DoNotOptimize(BalanceReports(m_db, m_clock).overview(hr, {}, m_today).balances.size()); });
    });
    const QString d = Units::isoDate(m_today);
    const QDate firstMonth(m_today.addMonths(-(BalanceReports::DefaultMonths - 1)).year(),
                           m_today.addMonths(-(BalanceReports::DefaultMonths - 1)).month(), 1);
    const QString from = Units::isoDate(firstMonth);
    const QString horizon = Units::isoDate(m_today.addDays(BalanceReports::DefaultExpiryWindowDays - 1));
    auto all = std::make_shared<Sql>(
        m_db, QStringLiteral("SELECT 'balance', a.employee, SUM(l.minutes) FROM leave_allocation a JOIN leave_ledger_entry l "
                             "ON l.allocation = a.id WHERE a.is_toil_allocation = 1 AND a.docstatus = 1 AND a.to_date >= ? "
                             "AND a.from_date <= ? GROUP BY a.employee "
                             "UNION ALL SELECT 'month', substr(l.entry_date, 1, 7) || l.transaction_type, SUM(l.minutes) "
                             "FROM leave_ledger_entry l WHERE l.entry_date >= ? AND l.entry_date <= ? GROUP BY 2 "
                             "UNION ALL SELECT 'week', a.to_date, SUM(l.minutes) FROM leave_allocation a JOIN leave_ledger_entry l "
                             "ON l.allocation = a.id WHERE a.to_date >= ? AND a.to_date <= ? AND a.docstatus = 1 GROUP BY a.to_date"));
    addSql(QStringLiteral("charts/sql"), 10, [all, d, from, horizon](int) {
        return timed([&] { all->drain({d, d, from, d, d, horizon}); });
    });
    m_rows << Row{QStringLiteral("HR chart aggregates over all employees (BalanceReports::overview)"), QStringLiteral("charts/core"),
                  QStringLiteral("charts/sql"), 1, {}, 500, 0, 0, {}};
}

void Operations::approveTimesheet()
{
    const QList<QVariantList> waiting = rowsOf(m_db, QStringLiteral("SELECT id, employee FROM timesheet WHERE status = "
                                                                    "'Awaiting Approval' ORDER BY id"));
    const int n = int(qMin<qsizetype>(200, waiting.size() / 2));
    if (n == 0)
        return;
    add(QStringLiteral("approve-timesheet/core"), n, [this, waiting](int i) {
        const qint64 id = waiting.at(i).at(0).toLongLong();
        const Actor boss = actorOf(m_boss.value(waiting.at(i).at(1).toString()));
        return timed([&] { Timesheets(m_db, m_clock).approve(boss, id); });
    });
    auto lot = std::make_shared<Sql>(
        m_db, QStringLiteral("INSERT INTO leave_allocation (employee, leave_type, from_date, to_date, toil_minutes, "
                             "is_toil_allocation, source_timesheet, docstatus, is_expired, created_at) SELECT employee, "
                             "'Time Off in Lieu', date(end_date, '+1 day'), date(end_date, '+180 days'), total_toil_minutes, 1, id, "
                             "1, 0, ? FROM timesheet WHERE id = ? AND total_toil_minutes > 0"));
    auto entry = std::make_shared<Sql>(
        m_db, QStringLiteral("INSERT INTO leave_ledger_entry (employee, leave_type, allocation, transaction_type, "
                             "transaction_name, minutes, entry_date, is_expired, docstatus, created_at) SELECT employee, "
                             "leave_type, id, 'Leave Allocation', printf('LAL-%05d', id), toil_minutes, from_date, 0, 1, "
                             "created_at FROM leave_allocation WHERE source_timesheet = ?"));
    auto sheet = std::make_shared<Sql>(
        m_db, QStringLiteral("UPDATE timesheet SET status = 'Approved', docstatus = 1, toil_status = CASE WHEN "
                             "total_toil_minutes > 0 THEN 'Accrued' ELSE 'Not Applicable' END, toil_allocation = "
                             "(SELECT id FROM leave_allocation WHERE source_timesheet = ?), approved_by = ?, modified_at = ? "
                             "WHERE id = ?"));
    addSql(QStringLiteral("approve-timesheet/sql"), n, [this, waiting, n, lot, entry, sheet](int i) {
        const qint64 id = waiting.at(n + i).at(0).toLongLong();
        const QString boss = m_boss.value(waiting.at(n + i).at(1).toString());
        return timed([&] {
            plain(m_db, "BEGIN IMMEDIATE");
            lot->run({kNow, id});
            entry->run({id});
            sheet->run({id, boss, kNow, id});
            plain(m_db, "COMMIT");
        });
    });
    m_rows << Row{QStringLiteral("approve a timesheet (Timesheets::approve)"), QStringLiteral("approve-timesheet/core"),
                  QStringLiteral("approve-timesheet/sql"), 1, {}, 0, 0, 0, {}};
}

void Operations::leave()
{
    // Approving: the applications the history left Open, oldest first.
    const QList<QVariantList> open = rowsOf(m_db, QStringLiteral("SELECT id, employee FROM leave_application "
                                                                 "WHERE status = 'Open' ORDER BY id"));
    const int n = int(qMin<qsizetype>(100, open.size() / 2));
    if (n > 0) {
        add(QStringLiteral("approve-leave/core"), n, [this, open](int i) {
            const qint64 id = open.at(i).at(0).toLongLong();
            const Actor boss = actorOf(m_boss.value(open.at(i).at(1).toString()));
            return timed([&] { Leaves(m_db, m_clock).approve(boss, id); });
        });
        auto entries = std::make_shared<Sql>(
            m_db, QStringLiteral("INSERT INTO leave_ledger_entry (employee, leave_type, allocation, transaction_type, "
                                 "transaction_name, minutes, entry_date, is_expired, docstatus, created_at) SELECT la.employee, "
                                 "la.leave_type, d.allocation, 'Leave Application', printf('LAP-%05d', la.id), -d.minutes, "
                                 "d.first_date, 0, 1, ? FROM leave_draw d JOIN leave_application la ON la.id = d.application "
                                 "WHERE d.application = ?"));
        auto status = std::make_shared<Sql>(
            m_db, QStringLiteral("UPDATE leave_application SET status = 'Approved', docstatus = 1, approved_by = ?, "
                                 "modified_at = ? WHERE id = ?"));
        addSql(QStringLiteral("approve-leave/sql"), n, [this, open, n, entries, status](int i) {
            const qint64 id = open.at(n + i).at(0).toLongLong();
            const QString boss = m_boss.value(open.at(n + i).at(1).toString());
            return timed([&] {
                plain(m_db, "BEGIN IMMEDIATE");
                entries->run({kNow, id});
                status->run({boss, kNow, id});
                plain(m_db, "COMMIT");
            });
        });
        m_rows << Row{QStringLiteral("approve a leave application (Leaves::approve)"), QStringLiteral("approve-leave/core"),
                      QStringLiteral("approve-leave/sql"), 1, {}, 10, 0, 0, {}};
    }

    // Applying: one day six weeks ahead (past anything the history booked), for people who have the TOIL.
    WorkCalendar calendar(m_db, m_clock);
    QDate day = m_today.addDays(42);
    while (!calendar.isWorkingDay(day))
        day = day.addDays(1);
    QStringList able;
    for (const QString &e : std::as_const(m_employees)) {
        if (Leaves(m_db, m_clock).quote(e, day, day, {}).plan.shortfall() == 0)
            able << e;
        if (able.size() >= 200)
            break;
    }
    const int m = int(able.size() / 2);
    if (m == 0)
        return;
    add(QStringLiteral("apply-leave/core"), m, [this, able, day](int i) {
        const QString &e = able.at(i);
        const Actor who = actorOf(e);
        return timed([&] { Leaves(m_db, m_clock).apply(who, e, day, day, {}, QStringLiteral("Benchmark")); });
    });
    auto application = std::make_shared<Sql>(
        m_db, QStringLiteral("INSERT INTO leave_application (employee, leave_type, from_date, to_date, reason, status, docstatus, "
                             "half_days, minutes, created_by, created_at, modified_at) VALUES (?, 'Time Off in Lieu', ?, ?, "
                             "'Benchmark', 'Open', 0, 2, 480, ?, ?, ?)"));
    auto draw = std::make_shared<Sql>(
        m_db, QStringLiteral("INSERT INTO leave_draw (application, allocation, minutes, first_date) SELECT ?, a.id, 480, ? "
                             "FROM leave_allocation a WHERE a.employee = ? AND a.is_toil_allocation = 1 AND a.docstatus = 1 "
                             "AND a.from_date <= ? AND a.to_date >= ? ORDER BY a.to_date, a.id LIMIT 1"));
    addSql(QStringLiteral("apply-leave/sql"), m, [this, able, m, day, application, draw](int i) {
        const QString &e = able.at(m + i);
        const QString d = Units::isoDate(day);
        return timed([&] {
            plain(m_db, "BEGIN IMMEDIATE");
            QSqlQuery &q = application->run({e, d, d, actorOf(e).login, kNow, kNow});
            draw->run({q.lastInsertId(), d, e, d, d});
            plain(m_db, "COMMIT");
        });
    });
    m_rows << Row{QStringLiteral("apply for one day of leave (Leaves::apply)"), QStringLiteral("apply-leave/core"),
                  QStringLiteral("apply-leave/sql"), 1, {}, 0, 0, 0, {}};
}

void Operations::import()
{
    // 100,000 rows: ten half-hour non-billable logs per employee and week, weeks going back from the
    // last one; core's rows first, then as many again by hand into the weeks before.
    // LIEU_BENCH_IMPORT_ROWS makes it smaller (for profiling).
    const int kRows = qEnvironmentVariableIsSet("LIEU_BENCH_IMPORT_ROWS") ? qEnvironmentVariableIntValue("LIEU_BENCH_IMPORT_ROWS")
                                                                         : 100000;
    constexpr int kPerWeek = 10;
    struct Group
    {
        QString employee;
        QDate monday;
        QList<TimeLog> logs;
    };
    auto groups = [this](int weekOffset, int rows) {
        QList<Group> out;
        const QDate lastMonday = m_today.addDays(1 - m_today.dayOfWeek()).addDays(-7);
        for (int w = weekOffset; rows > 0; ++w) {
            const QDate monday = lastMonday.addDays(-7 * w);
            for (const QString &e : std::as_const(m_employees)) {
                Group g{e, monday, {}};
                for (int k = 0; k < kPerWeek && rows > 0; ++k, --rows)
                    g.logs << TimeLog{0, monday.addDays(k / 2), 30, false, QStringLiteral("Imported"), QStringLiteral("Tracker row"),
                                      QStringLiteral("bench-%1-%2-%3").arg(e, Units::isoDate(monday)).arg(k)};
                out << g;
                if (rows == 0)
                    break;
            }
        }
        return out;
    };
    const int weeks = int((kRows / kPerWeek + m_employees.size() - 1) / qMax<qsizetype>(1, m_employees.size()));
    const QList<Group> mine = groups(0, kRows), theirs = groups(weeks, kRows);
    // Core's way is the importer, fed a generic tracker CSV of those rows.
    QHash<QString, QString> email;
    for (const QVariantList &r : rowsOf(m_db, QStringLiteral("SELECT id, email FROM employee")))
        email.insert(r.at(0).toString(), r.at(1).toString());
    QByteArray csv = "date,hours,billable,activity,description,email\n";
    for (const Group &g : mine)
        for (const TimeLog &l : g.logs)
            csv += Units::isoDate(l.date).toLatin1() + ",0:30,no," + l.activity.toUtf8() + ',' + l.description.toUtf8() + ',' +
                   email.value(g.employee).toUtf8() + '\n';
    add(QStringLiteral("import/core"), 1, [this, csv, kRows](int) {
        import::ReadOptions options;
        options.layout = import::Layout::Generic;
        return timed([&] {
            const import::ImportPlan plan = import::Importer(m_db, m_clock).run(Actor::system(), csv, options, QStringLiteral("bench.csv"));
            if (plan.logCount() != kRows)
                throw Error::rule(QStringLiteral("the import added %1 rows, not %2").arg(plan.logCount()).arg(kRows));
        });
    });
    auto sheet = std::make_shared<Sql>(
        m_db, QStringLiteral("INSERT INTO timesheet (employee, start_date, end_date, status, docstatus, total_minutes, "
                             "total_toil_minutes, toil_status, created_by, created_at, modified_at) VALUES (?, ?, ?, 'Draft', 0, "
                             "?, ?, 'Pending Accrual', 'system', ?, ?)"));
    auto log = std::make_shared<Sql>(
        m_db, QStringLiteral("INSERT INTO time_log (timesheet, employee, log_date, minutes, is_billable, activity, description, "
                             "source_key) VALUES (?, ?, ?, ?, 0, ?, ?, ?)"));
    addSql(QStringLiteral("import/sql"), 1, [this, theirs, sheet, log](int) {
        return timed([&] {
            plain(m_db, "BEGIN IMMEDIATE");
            for (const Group &g : theirs) {
                qint64 total = 0;
                for (const TimeLog &l : g.logs)
                    total += l.minutes;
                QSqlQuery &q = sheet->run({g.employee, Units::isoDate(g.monday), Units::isoDate(g.monday.addDays(6)), total,
                                           total, kNow, kNow});
                const qint64 id = q.lastInsertId().toLongLong();
                for (const TimeLog &l : g.logs)
                    log->run({id, g.employee, Units::isoDate(l.date), l.minutes, l.activity, l.description, l.sourceKey});
            }
            plain(m_db, "COMMIT");
        });
    });
    m_rows << Row{QStringLiteral("import %1 time-log rows (import::Importer::run, a generic CSV)").arg(kRows),
                  QStringLiteral("import/core"), QStringLiteral("import/sql"), double(kRows), QStringLiteral("row"), 5000, 0, 0,
                  QStringLiteral("%1 timesheets").arg(mine.size())};
}

void Operations::expiry()
{
    // Two windows of due lots of (about) the same size: core expires the first, the hand-written
    // statements the second. 100,000 lots each where the database has them.
    const qint64 live = m_db.scalar(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE is_expired = 0 AND docstatus = 1"))
                            .toLongLong();
    const qint64 want = qMin<qint64>(100000, live / 2);
    if (want == 0)
        return;
    auto dayAfterNth = [this](qint64 offset) {
        const QDate last = QDate::fromString(m_db.scalar(QStringLiteral("SELECT to_date FROM leave_allocation WHERE is_expired = 0 "
                                                                        "AND docstatus = 1 ORDER BY to_date, id LIMIT 1 OFFSET ?"),
                                                         {offset})
                                                 .toString(),
                                             Qt::ISODate);
        return last.addDays(1);
    };
    auto dueBefore = [this](QDate d) {
        return m_db.scalar(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE is_expired = 0 AND docstatus = 1 AND to_date < ?"),
                           {Units::isoDate(d)})
            .toLongLong();
    };
    const QDate a = dayAfterNth(want - 1);
    const qint64 dueA = dueBefore(a);
    const QDate b = dayAfterNth(qMin(live - 1, dueA + want - 1));
    const qint64 dueB = dueBefore(b) - dueA;
    add(QStringLiteral("expiry/core"), 1, [this, a](int) {
        FixedClock later(a, QTime(2, 0));
        return timed([&] { Jobs(m_db, later).expire(); });
    });
    auto entries = std::make_shared<Sql>(
        m_db, QStringLiteral("INSERT INTO leave_ledger_entry (employee, leave_type, allocation, transaction_type, transaction_name, "
                             "minutes, entry_date, is_expired, docstatus, created_at) SELECT employee, leave_type, id, 'Expiry', "
                             "printf('LAL-%05d', id), -remaining, to_date, 1, 1, ? FROM (SELECT a.*, (SELECT SUM(l.minutes) FROM "
                             "leave_ledger_entry l WHERE l.allocation = a.id) AS remaining FROM leave_allocation a "
                             "WHERE a.is_expired = 0 AND a.docstatus = 1 AND a.to_date < ?) WHERE remaining > 0"));
    auto audit = std::make_shared<Sql>(
        m_db, QStringLiteral("INSERT INTO audit_log (at, actor, action, doctype, docname, \"before\", \"after\") SELECT ?, 'system', "
                             "'expire', 'Leave Allocation', printf('LAL-%05d', id), json_object('is_expired', 0, "
                             "'remaining_minutes', remaining), json_object('is_expired', 1, 'remaining_minutes', min(remaining, 0), "
                             "'to_date', to_date) FROM (SELECT a.*, (SELECT SUM(l.minutes) FROM leave_ledger_entry l "
                             "WHERE l.allocation = a.id AND l.transaction_type <> 'Expiry') AS remaining FROM leave_allocation a "
                             "WHERE a.is_expired = 0 AND a.docstatus = 1 AND a.to_date < ?)"));
    auto mark = std::make_shared<Sql>(
        m_db, QStringLiteral("UPDATE leave_allocation SET is_expired = 1 WHERE is_expired = 0 AND docstatus = 1 AND to_date < ?"));
    addSql(QStringLiteral("expiry/sql"), 1, [this, b, entries, audit, mark](int) {
        const QString d = Units::isoDate(b);
        return timed([&] {
            plain(m_db, "BEGIN IMMEDIATE");
            entries->run({kNow, d});
            audit->run({kNow, d});
            mark->run({d});
            plain(m_db, "COMMIT");
        });
    });
    Row r{QStringLiteral("daily expiry over the due lots (Jobs::expire)"), QStringLiteral("expiry/core"),
          QStringLiteral("expiry/sql"), double(dueA), QStringLiteral("lot"), 0, 0, 100,
          m_db.dialect() == Database::Dialect::SQLite ? QStringLiteral("%1 lots due; the SQL row expired %2").arg(dueA).arg(dueB)
                                                      : QStringLiteral("%1 lots due").arg(dueA)};
    r.sqlItems = double(dueB);
    m_rows << r;
}

void Operations::coldStart()
{
    // The desktop app from its start until the main window (HR signed in, as the first screen shows it)
    // is drawn and saved; /usr/bin/time gives the elapsed time and the largest resident set.
    if (m_appPath.isEmpty() || !QFileInfo::exists(QStringLiteral("/usr/bin/time"))) {
        m_rows << Row{QStringLiteral("app cold start to a usable window"), QStringLiteral("start/core"), {}, 1, {}, 1000, 0, 0,
                      QStringLiteral("no desktop app or no /usr/bin/time")};
        return;
    }
    auto rss = std::make_shared<qint64>(0);
    add(QStringLiteral("start/core"), 5, [this, rss](int) {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        const QString png = QDir::temp().filePath(QStringLiteral("lieu-bench-start.png"));
        p.start(QStringLiteral("/usr/bin/time"),
                {QStringLiteral("-f"), QStringLiteral("LIEU-BENCH %e %M"), m_appPath, QStringLiteral("--db"), m_dbPath,
                 QStringLiteral("--today"), Units::isoDate(m_today), QStringLiteral("--screenshot"), png});
        p.waitForFinished(120000);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const qsizetype at = err.lastIndexOf(QStringLiteral("LIEU-BENCH "));
        if (p.exitCode() != 0 || at < 0)
            throw Error::rule(QStringLiteral("lieu --screenshot failed: ") + err.right(300));
        const QStringList f = err.mid(at).simplified().split(u' ');
        *rss = qMax(*rss, f.value(2).toLongLong());
        QFile::remove(png);
        return f.value(1).toDouble();
    });
    m_startRss = rss;
    m_rows << Row{QStringLiteral("app cold start to a usable window (lieu --screenshot, HR signed in)"), QStringLiteral("start/core"),
                  {}, 1, {}, 1000, 0, 0, {}};
}

} // namespace lieu::bench

namespace lieu::bench {

QList<Row> Operations::rows() const
{
    QList<Row> out = m_rows;
    if (m_startRss && *m_startRss > 0)
        for (Row &r : out)
            if (r.core == QLatin1String("start/core")) {
                const double mb = double(*m_startRss) / 1024.0;
                r.note = QStringLiteral("largest resident set %1 MB of the 150 MB allowed%2")
                             .arg(QString::number(mb, 'f', 0), mb < 150 ? QString() : QStringLiteral(": **NOT MET**"));
            }
    return out;
}

} // namespace lieu::bench
