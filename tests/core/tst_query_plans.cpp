// The hot operations never read a large table whole: every statement they run is explained with
// EXPLAIN QUERY PLAN, and a full SCAN of a table that grows with the organisation fails the test.
// SQLite plans without statistics (Lieu never runs ANALYZE) assume every table is large, so the plans
// seen on this small generated organisation are the plans of a large one.
#include "TestDb.h"

#include "BalanceReports.h"
#include "Generator.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Timesheets.h"
#include "WorkCalendar.h"

#include <QRegularExpression>
#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {

const QDate kToday(2026, 1, 7);
const QStringList kLargeTables = {QStringLiteral("employee"),         QStringLiteral("timesheet"),
                                  QStringLiteral("time_log"),         QStringLiteral("leave_allocation"),
                                  QStringLiteral("leave_ledger_entry"), QStringLiteral("leave_application"),
                                  QStringLiteral("leave_draw"),       QStringLiteral("audit_log")};

// alias -> table, from the FROM, JOIN, UPDATE, INTO clauses of a statement.
QHash<QString, QString> aliases(const QString &sql)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(?!WHERE|ON|JOIN|LEFT|INNER|SET|GROUP|ORDER|"
                       "LIMIT|VALUES|USING|AND|SELECT)(\\w+))?"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> out;
    for (auto it = re.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(1));
        if (!m.captured(2).isEmpty())
            out.insert(m.captured(2), m.captured(1));
    }
    return out;
}

struct Recorder
{
    QStringList statements;
    explicit Recorder(Database &db) : m_db(db)
    {
        m_db.setTrace([this](const QString &sql) {
            if (!statements.contains(sql))
                statements << sql;
        });
    }
    ~Recorder() { m_db.setTrace({}); }
    Database &m_db;
};

// The plan lines of `sql` that read a large table whole; empty when every large table is searched.
QStringList fullScans(Database &db, const QString &sql, const QStringList &allowed = {})
{
    const QString head = sql.trimmed().left(6).toUpper();
    if (head != QLatin1String("SELECT") && head != QLatin1String("INSERT") && head != QLatin1String("UPDATE") &&
        head != QLatin1String("DELETE"))
        return {};
    const QHash<QString, QString> tables = aliases(sql);
    QStringList bad;
    const QVariantList nulls(sql.count(QLatin1Char('?')), Database::null());
    db.forEach(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, nulls, [&](const QSqlQuery &q) {
        const QString detail = q.value(3).toString();
        static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
        const auto m = scan.match(detail);
        const QString table = tables.value(m.captured(1), m.captured(1));
        if (m.hasMatch() && kLargeTables.contains(table) && !allowed.contains(table))
            bad << detail;
    });
    return bad;
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_t;

    void check(const Recorder &r, const char *what, const QStringList &allowed = {})
    {
        m_t->db().setTrace({}); // the EXPLAINs below are not the operation's
        const QStringList statements = r.statements;
        QVERIFY2(!statements.isEmpty(), what);
        for (const QString &sql : statements) {
            const QStringList bad = fullScans(m_t->db(), sql, allowed);
            QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1: %2\n  in: %3")
                                                   .arg(QString::fromLatin1(what), bad.join(QStringLiteral("; ")), sql.simplified())));
        }
    }

    QString boss() const
    {
        return m_t->db()
            .scalar(QStringLiteral("SELECT reports_to FROM employee WHERE reports_to IS NOT NULL GROUP BY reports_to "
                                   "ORDER BY count(*) DESC LIMIT 1"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<TestDb>(kToday);
        if (m_t->db().dialect() != Database::Dialect::SQLite)
            QSKIP("the plans are read with SQLite's EXPLAIN QUERY PLAN; the server's plans are not checked yet");
        GeneratorOptions o;
        o.employees = 60;
        o.weeks = 30;
        Generator::run(m_t->db(), m_t->clock(), o);
    }

    void theCheckItselfSeesAScan()
    {
        QVERIFY(!fullScans(m_t->db(), QStringLiteral("SELECT SUM(minutes) FROM leave_ledger_entry WHERE transaction_type = 'Expiry'"))
                     .isEmpty());
        QVERIFY(!fullScans(m_t->db(), QStringLiteral("SELECT count(*) FROM timesheet t WHERE t.total_minutes > 0")).isEmpty());
        QVERIFY(fullScans(m_t->db(), QStringLiteral("SELECT count(*) FROM timesheet t WHERE t.id = 3")).isEmpty());
    }

    void balance()
    {
        Recorder r(m_t->db());
        const Balance b = Ledger(m_t->db(), m_t->clock()).balance(QStringLiteral("EMP-00030"), kToday, 30);
        QVERIFY(!b.lots.isEmpty());
        check(r, "balance");
    }

    void leaveCheck()
    {
        Recorder r(m_t->db());
        const LeaveQuote q = Leaves(m_t->db(), m_t->clock()).quote(QStringLiteral("EMP-00030"), kToday.addDays(20),
                                                                   kToday.addDays(22), {});
        QVERIFY(q.minutes > 0);
        check(r, "leave check");
    }

    void review()
    {
        const Actor a = m_t->actor(m_t->db().scalar(QStringLiteral("SELECT user_id FROM employee WHERE id = ?"), {boss()}).toString());
        Recorder r(m_t->db());
        QVERIFY(!Timesheets(m_t->db(), m_t->clock()).awaitingApproval(a).isEmpty());
        check(r, "review");
    }

    void charts()
    {
        Recorder r(m_t->db());
        const ReportOverview o = BalanceReports(m_t->db(), m_t->clock()).overview(Actor::system(), {}, kToday);
        QVERIFY(!o.balances.isEmpty());
        // One row per employee is the answer here, so reading the employee table whole is fine.
        check(r, "HR charts", {QStringLiteral("employee")});
    }

    void approvals()
    {
        const qint64 sheet = m_t->db()
                                 .scalar(QStringLiteral("SELECT t.id FROM timesheet t JOIN employee e ON e.id = t.employee "
                                                        "WHERE t.status = 'Awaiting Approval' AND e.reports_to = ? ORDER BY t.id LIMIT 1"),
                                         {boss()})
                                 .toLongLong();
        const qint64 leave = m_t->db()
                                 .scalar(QStringLiteral("SELECT la.id FROM leave_application la JOIN employee e ON e.id = la.employee "
                                                        "WHERE la.status = 'Open' AND e.reports_to = ? ORDER BY la.id LIMIT 1"),
                                         {boss()})
                                 .toLongLong();
        QVERIFY(sheet > 0 && leave > 0);
        const Actor a = m_t->actor(m_t->db().scalar(QStringLiteral("SELECT user_id FROM employee WHERE id = ?"), {boss()}).toString());
        Recorder r(m_t->db());
        Timesheets(m_t->db(), m_t->clock()).approve(a, sheet);
        Leaves(m_t->db(), m_t->clock()).approve(a, leave);
        check(r, "approvals");
    }

    void expiry()
    {
        FixedClock later(kToday.addDays(60));
        Recorder r(m_t->db());
        QVERIFY(Jobs(m_t->db(), later).expire().lots > 0);
        check(r, "expiry");
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_query_plans.moc"
