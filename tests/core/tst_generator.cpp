// The generator's fast writer leaves exactly the rows the services leave for the same history, the
// result keeps the ledger's invariants, and the services go on working on it.
#include "TestDb.h"

#include "Directory.h"
#include "Error.h"
#include "Generator.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Timesheets.h"

#include <QSqlRecord>
#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {

const QDate kToday(2026, 1, 7); // a Wednesday: the last Monday's work is sent, today's expiry has run

GeneratorOptions options(GeneratorOptions::Mode mode, quint64 seed = 7)
{
    GeneratorOptions o;
    o.employees = 24;
    o.weeks = 30; // longer than a lot lives (180 days), so lots expire along the way
    o.seed = seed;
    o.mode = mode;
    return o;
}

// Every row of every table the generator touches, as text, in key order.
QStringList dump(Database &db)
{
    const QList<std::pair<const char *, const char *>> tables = {
        {"employee", "id"},
        {"holiday", "holiday_date"},
        {"settings", "\"key\""},
        {"leave_type", "name"},
        {"timesheet", "id"},
        {"time_log", "id"},
        {"leave_allocation", "id"},
        {"leave_application", "id"},
        {"leave_draw", "application, allocation"},
        {"leave_ledger_entry", "id"},
        {"audit_log", "id"},
        {"job_run", "id"},
        {"email_queue", "id"},
        {"toil_reminder", "allocation"}};
    QStringList rows;
    for (const auto &[table, order] : tables) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(table), QLatin1String(order)));
        while (q.next()) {
            QStringList cells{QString::fromLatin1(table)};
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

qint64 count(Database &db, const QByteArray &sql)
{
    return db.scalar(QString::fromLatin1(sql)).toLongLong();
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkWritesWhatTheServicesWrite()
    {
        TestDb bulk(kToday), services(kToday);
        const GeneratorReport rb = Generator::run(bulk.db(), bulk.clock(), options(GeneratorOptions::Mode::Bulk));
        const GeneratorReport rs = Generator::run(services.db(), services.clock(), options(GeneratorOptions::Mode::Services));
        QCOMPARE(rb.timesheets, rs.timesheets);

        // The history has every kind of row the benchmark relies on.
        Database &db = bulk.db();
        QCOMPARE(rb.employees, 24);
        QCOMPARE(qint64(rb.largestTeam), count(db, "SELECT MAX(n) FROM (SELECT count(*) AS n FROM employee GROUP BY reports_to) AS teams"));
        QCOMPARE(count(db, "SELECT count(*) FROM employee WHERE reports_to IS NULL"), 1);
        QVERIFY(count(db, "SELECT count(*) FROM timesheet WHERE status = 'Approved'") > 600);
        QCOMPARE(count(db, "SELECT count(*) FROM timesheet WHERE status = 'Awaiting Approval'"),
                 count(db, "SELECT count(*) FROM timesheet WHERE start_date = '2025-12-29'"));
        QVERIFY(count(db, "SELECT count(*) FROM timesheet WHERE toil_status = 'Not Applicable'") > 0);
        QVERIFY(count(db, "SELECT count(*) FROM leave_allocation WHERE is_expired = 1") > 20);
        QVERIFY(count(db, "SELECT count(*) FROM leave_ledger_entry WHERE transaction_type = 'Expiry'") >= 10);
        QVERIFY(count(db, "SELECT count(*) FROM leave_application WHERE status = 'Approved'") > 5);
        QVERIFY(count(db, "SELECT count(*) FROM leave_application WHERE status = 'Open'") > 0);
        QVERIFY(count(db, "SELECT count(*) FROM leave_ledger_entry WHERE transaction_type = 'Leave Application'") > 5);
        QVERIFY(count(db, "SELECT count(*) FROM holiday") >= 10);
        QCOMPARE(count(db, "SELECT count(*) FROM job_run WHERE job = 'expire' AND result = 'Success'"), 31);

        const QStringList a = dump(bulk.db()), b = dump(services.db());
        for (int i = 0; i < qMin(a.size(), b.size()); ++i)
            if (a.at(i) != b.at(i))
                QFAIL(qPrintable(QStringLiteral("row %1 differs:\n bulk:     %2\n services: %3").arg(i).arg(a.at(i), b.at(i))));
        QCOMPARE(a.size(), b.size());
    }

    void sameSeedSameDatabase()
    {
        TestDb one(kToday), two(kToday), other(kToday);
        Generator::run(one.db(), one.clock(), options(GeneratorOptions::Mode::Bulk, 11));
        Generator::run(two.db(), two.clock(), options(GeneratorOptions::Mode::Bulk, 11));
        Generator::run(other.db(), other.clock(), options(GeneratorOptions::Mode::Bulk, 12));
        QCOMPARE(dump(one.db()), dump(two.db()));
        QVERIFY(dump(one.db()) != dump(other.db()));
    }

    void ledgerInvariantsHold()
    {
        TestDb t(kToday);
        Database &db = t.db();
        Generator::run(db, t.clock(), options(GeneratorOptions::Mode::Bulk));
        // Every lot starts with one allocation entry of its size and never goes below zero.
        QCOMPARE(count(db, "SELECT count(*) FROM leave_allocation a WHERE (SELECT SUM(minutes) FROM leave_ledger_entry l "
                           "WHERE l.allocation = a.id AND l.transaction_type = 'Leave Allocation') <> a.toil_minutes"),
                 0);
        QCOMPARE(count(db, "SELECT count(*) FROM leave_allocation a WHERE (SELECT SUM(minutes) FROM leave_ledger_entry l "
                           "WHERE l.allocation = a.id) < 0"),
                 0);
        // An expired lot has nothing left; a lot past its last day is expired.
        QCOMPARE(count(db, "SELECT count(*) FROM leave_allocation a WHERE is_expired = 1 AND (SELECT SUM(minutes) "
                           "FROM leave_ledger_entry l WHERE l.allocation = a.id) <> 0"),
                 0);
        QCOMPARE(count(db, "SELECT count(*) FROM leave_allocation WHERE is_expired = 0 AND to_date < '2026-01-07'"), 0);
        // An approved application drew exactly its minutes, as its draws say; an Open one holds them.
        const QByteArray name = db.dialect() == Database::Dialect::SQLite ? "printf('LAP-%05d', la.id)"
                                                                          : "CONCAT('LAP-', LPAD(la.id, 5, '0'))";
        QCOMPARE(count(db, "SELECT count(*) FROM leave_application la WHERE status = 'Approved' AND -la.minutes <> "
                           "(SELECT SUM(minutes) FROM leave_ledger_entry l WHERE l.transaction_name = " + name + ")"),
                 0);
        QCOMPARE(count(db, "SELECT count(*) FROM leave_application la WHERE status IN ('Approved', 'Open') AND la.minutes <> "
                           "(SELECT SUM(minutes) FROM leave_draw d WHERE d.application = la.id)"),
                 0);
        // Each approved timesheet with TOIL has its lot of the same size.
        QCOMPARE(count(db, "SELECT count(*) FROM timesheet t LEFT JOIN leave_allocation a ON a.id = t.toil_allocation "
                           "WHERE t.status = 'Approved' AND t.total_toil_minutes > 0 AND "
                           "(a.id IS NULL OR a.toil_minutes <> t.total_toil_minutes OR a.source_timesheet <> t.id)"),
                 0);
        // Everybody's balance is the ledger's sum over the lots valid today.
        Ledger ledger(db, t.clock());
        QSqlQuery q = db.exec(QStringLiteral("SELECT e.id, (SELECT COALESCE(SUM(l.minutes), 0) FROM leave_allocation a "
                                             "JOIN leave_ledger_entry l ON l.allocation = a.id WHERE a.employee = e.id "
                                             "AND a.from_date <= '2026-01-07' AND a.to_date >= '2026-01-07') FROM employee e"));
        int withBalance = 0;
        while (q.next()) {
            const Balance b = ledger.balance(q.value(0).toString(), kToday, 30);
            QCOMPARE(b.available, q.value(1).toLongLong());
            withBalance += b.available > 0;
        }
        QVERIFY(withBalance > 15);
    }

    void servicesWorkOnTheResult()
    {
        TestDb t(kToday);
        Database &db = t.db();
        Generator::run(db, t.clock(), options(GeneratorOptions::Mode::Bulk));
        const Actor boss = t.actor(QStringLiteral("emp00001"));
        Timesheets sheets(db, t.clock());
        const QList<Timesheet> waiting = sheets.awaitingApproval(boss);
        QCOMPARE(qint64(waiting.size()), count(db, "SELECT count(*) FROM employee WHERE reports_to = 'EMP-00001'"));
        const Timesheet first = waiting.first();
        QVERIFY(!first.logs.isEmpty());
        sheets.approve(boss, first.id);
        const Timesheet approved = sheets.get(boss, first.id);
        QCOMPARE(approved.status, Timesheets::Approved);
        if (approved.toilMinutes > 0)
            QCOMPARE(Ledger(db, t.clock()).lot(approved.allocation).remaining, approved.toilMinutes);

        Leaves leaves(db, t.clock());
        Leaves::Filter f;
        f.awaitingActor = true;
        const QList<LeaveApplication> open = leaves.list(boss, f);
        QVERIFY(!open.isEmpty());
        LeaveApplication la;
        for (const LeaveApplication &a : open)
            if (a.fromDate == a.toDate)
                la = a;
        QVERIFY(la.id > 0);
        const qint64 before = Ledger(db, t.clock()).availableMinutes(la.employee, la.fromDate);
        leaves.approve(boss, la.id);
        QCOMPARE(leaves.get(boss, la.id).status, Leaves::Approved);
        QCOMPARE(Ledger(db, t.clock()).availableMinutes(la.employee, la.fromDate), before - la.minutes);

        // A year on, every lot has expired, the one just made too, and the ledger sums to nothing.
        FixedClock later(kToday.addDays(365));
        const ExpiryResult r = Jobs(db, later).expire();
        QVERIFY(r.lots > 0);
        QCOMPARE(count(db, "SELECT count(*) FROM leave_allocation WHERE is_expired = 0"), 0);
        QCOMPARE(count(db, "SELECT COALESCE(SUM(minutes), 0) FROM leave_ledger_entry"), 0);
    }

    void refusesWhatItCannotDo()
    {
        TestDb t(kToday);
        t.addStandardPeople();
        try {
            Generator::run(t.db(), t.clock(), options(GeneratorOptions::Mode::Bulk));
            QFAIL("generated over existing employees");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Rule);
        }
        TestDb empty(kToday);
        GeneratorOptions o = options(GeneratorOptions::Mode::Bulk);
        o.employees = 1;
        try {
            Generator::run(empty.db(), empty.clock(), o);
            QFAIL("generated one employee");
        } catch (const Error &e) {
            QCOMPARE(e.field(), QStringLiteral("employees"));
            QCOMPARE(e.value(), QStringLiteral("1"));
        }
        QCOMPARE(count(empty.db(), "SELECT count(*) FROM employee"), 0);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
