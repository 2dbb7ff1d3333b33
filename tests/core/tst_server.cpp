// What only a shared server has: its two Qt drivers, the session Lieu sets up, TLS, a connection that
// drops, locks held by another client, and the application account's privileges. These run in the
// MariaDB pass of tests/run.sh (LIEU_TEST_DB set); on SQLite there is no server to test.
#include "Backup.h"
#include "Database.h"
#include "Directory.h"
#include "Doctor.h"
#include "Error.h"
#include "JobRunner.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Maintenance.h"
#include "Settings.h"
#include "TestDb.h"
#include "Timesheets.h"
#include "WorkCalendar.h"

#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {
const QDate kToday(2026, 1, 5);

QString withQuery(const QString &spec, const QString &query)
{
    return spec + (spec.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + query;
}

// Ends `victim`'s server session from another connection, as a dropped network or a restarted server would.
void killSession(Database &victim)
{
    const qint64 id = victim.scalar(QStringLiteral("SELECT CONNECTION_ID()")).toLongLong();
    auto other = victim.openAnother();
    other->exec(QStringLiteral("KILL CONNECTION %1").arg(id));
}

int holidays(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM holiday")).toInt();
}
} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (qEnvironmentVariable("LIEU_TEST_DB").isEmpty())
            QSKIP("needs the MariaDB server of tests/run.sh (LIEU_TEST_DB)");
    }

    void bothDriversAndTheSessionLieuSetsUp()
    {
        TestDb t(kToday);
        for (const char *driver : {"QMARIADB", "QMYSQL"}) {
            auto db = Database::open(withQuery(t.spec(), QStringLiteral("driver=") + QString::fromLatin1(driver)));
            QCOMPARE(db->connection().driverName(), QString::fromLatin1(driver));
            QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(db->scalar(QStringLiteral("SELECT @@SESSION.tx_isolation")).toString(), QStringLiteral("READ-COMMITTED"));
            const QString mode = db->scalar(QStringLiteral("SELECT @@SESSION.sql_mode")).toString();
            for (const char *flag : {"STRICT_ALL_TABLES", "ANSI_QUOTES", "PIPES_AS_CONCAT", "ONLY_FULL_GROUP_BY", "NO_ZERO_DATE"})
                QVERIFY2(mode.contains(QString::fromLatin1(flag)), qPrintable(mode));
            QCOMPARE(db->scalar(QStringLiteral("SELECT @@SESSION.character_set_connection")).toString(), QStringLiteral("utf8mb4"));
            QCOMPARE(db->scalar(QStringLiteral("SELECT @@SESSION.time_zone")).toString(), QStringLiteral("+00:00"));
        }
        // Every table is InnoDB in utf8mb4 with the binary collation.
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                                              "AND (engine <> 'InnoDB' OR table_collation <> 'utf8mb4_bin')")).toInt(), 0);
    }

    void strictModeRefusesWhatWouldBeMangled()
    {
        TestDb t(kToday);
        t.addStandardPeople();
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("INSERT INTO holiday (holiday_date, description) VALUES ('2026-02-30', 'x')")));
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("INSERT INTO holiday (holiday_date, description) VALUES (?, ?)"),
                                                    {QStringLiteral("2026-03-01"), QString(300, QLatin1Char('x'))}));
        QCOMPARE(holidays(t.db()), 0);
        // Case matters, as on SQLite: these are two different logins.
        QVERIFY(!Directory(t.db(), t.clock()).findByLogin(QStringLiteral("SUP")));
        QVERIFY(Directory(t.db(), t.clock()).findByLogin(QStringLiteral("sup")));
    }

    void tlsWhenConfigured()
    {
        const QString ca = qEnvironmentVariable("LIEU_TEST_TLS_CA");
        const QString other = qEnvironmentVariable("LIEU_TEST_TLS_OTHER_CA");
        QVERIFY2(!ca.isEmpty() && !other.isEmpty(), "tests/run.sh gives the server TLS and sets LIEU_TEST_TLS_CA");
        TestDb t(kToday);
        auto db = Database::open(withQuery(t.spec(), QStringLiteral("ssl-ca=") + ca));
        QSqlQuery q = db->exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
        QVERIFY(q.next());
        QVERIFY2(!q.value(1).toString().isEmpty(), "the connection is not encrypted");
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        // A server whose certificate the named authority did not sign is refused.
        try {
            Database::open(withQuery(t.spec(), QStringLiteral("ssl-ca=") + other));
            QFAIL("a server certificate from an untrusted authority was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("Cannot connect")), qPrintable(e.message()));
        }
    }

    void aDroppedConnectionIsReopened()
    {
        TestDb t(kToday);
        t.addStandardPeople();
        killSession(t.db());
        // A read outside a transaction simply goes to a fresh connection.
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt(), 6);
        QVERIFY(!t.db().connectionLost());
        killSession(t.db());
        QVERIFY(t.db().ping());
        QVERIFY(!t.db().connectionLost());
        QCOMPARE(Ledger(t.db(), t.clock()).availableMinutes(QStringLiteral("EMP-A"), kToday), qint64(0));
    }

    void anActionCutOffMidWayLeavesNothing()
    {
        TestDb t(kToday);
        t.addStandardPeople();
        t.db().begin();
        t.db().exec(QStringLiteral("INSERT INTO holiday (holiday_date, description) VALUES ('2026-05-01', 'May Day')"));
        killSession(t.db());
        try {
            t.db().exec(QStringLiteral("INSERT INTO holiday (holiday_date, description) VALUES ('2026-05-25', 'Whit Monday')"));
            QFAIL("a statement ran on a connection that was gone");
        } catch (const Error &e) {
            QVERIFY(e.transient());
            QVERIFY2(e.message().contains(QStringLiteral("connection to the database server was lost")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("nothing of this action was saved")), qPrintable(e.message()));
        }
        // Inside the broken transaction nothing more runs, not even on a new connection.
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("SELECT 1")));
        t.db().rollback();
        QCOMPARE(holidays(t.db()), 0);
        // Then everything works again.
        WorkCalendar(t.db(), t.clock()).addHoliday(Actor::system(), QDate(2026, 5, 1), QStringLiteral("May Day"));
        QCOMPARE(holidays(t.db()), 1);
    }

    void aRetriedActionIsWrittenOnce()
    {
        TestDb t(kToday);
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
        int attempts = 0;
        Leaves leaves(t.db(), t.clock());
        // The first attempt loses its connection between two of its statements.
        const qint64 id = t.db().retry([&] {
            ++attempts;
            Transaction tx(t.db());
            const qint64 applied = leaves.apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 7),
                                                QDate(2026, 1, 7), {}, QStringLiteral("once"));
            if (attempts == 1)
                killSession(t.db());
            WorkCalendar(t.db(), t.clock()).addHoliday(Actor::system(), QDate(2026, 5, 1), QStringLiteral("May Day"));
            tx.commit();
            return applied;
        });
        QCOMPARE(attempts, 2);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt(), 1);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_draw")).toInt(), 1);
        QCOMPARE(holidays(t.db()), 1);
        QCOMPARE(Ledger(t.db(), t.clock()).pendingMinutes(QStringLiteral("EMP-A")), qint64(480));
        QCOMPARE(leaves.get(Actor::system(), id).reason, QStringLiteral("once"));
    }

    void aLockHeldTooLongIsReportedAndNothingIsWritten()
    {
        TestDb t(kToday);
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
        auto holder = t.db().openAnother();
        holder->begin();
        QVERIFY(holder->lockRow(QStringLiteral("employee"), QStringLiteral("id"), QStringLiteral("EMP-A")));
        auto waiter = t.db().openAnother();
        waiter->exec(QStringLiteral("SET SESSION innodb_lock_wait_timeout = 1"));
        try {
            Leaves(*waiter, t.clock()).apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 7), QDate(2026, 1, 7), {}, {});
            QFAIL("the lock was not waited for");
        } catch (const Error &e) {
            QVERIFY(e.transient());
            QVERIFY2(e.message().contains(QStringLiteral("held the records this action needs for too long")), qPrintable(e.message()));
        }
        holder->rollback();
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt(), 0);
        // Once the lock is gone the same action passes.
        Leaves(*waiter, t.clock()).apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 7), QDate(2026, 1, 7), {}, {});
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt(), 1);
    }

    void theApplicationAccountHasWhatItNeedsAndNoMore()
    {
        TestDb t(kToday);
        auto app = Database::open(t.appSpec(), t.appPassword());
        QCOMPARE(app->spec().user, qEnvironmentVariable("LIEU_TEST_APP_USER"));
        // A whole TOIL life through the application's account.
        Directory dir(*app, t.clock());
        auto add = [&](const char *id, const char *login, const char *reportsTo, bool hr) {
            Employee e;
            e.id = QString::fromLatin1(id);
            e.name = QString::fromLatin1(login);
            e.login = QString::fromLatin1(login);
            e.email = e.login + QStringLiteral("@example.org");
            e.reportsTo = reportsTo ? QString::fromLatin1(reportsTo) : QString();
            e.hr = hr;
            dir.add(Actor::system(), e);
        };
        add("EMP-HR", "hr", nullptr, true);
        add("EMP-SUP", "sup", "EMP-HR", false);
        add("EMP-A", "a", "EMP-SUP", false);
        const Actor a = dir.actorForLogin(QStringLiteral("a"));
        const Actor sup = dir.actorForLogin(QStringLiteral("sup"));
        const Actor hr = dir.actorForLogin(QStringLiteral("hr"));
        Timesheets sheets(*app, t.clock());
        const qint64 ts = sheets.create(a, QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4),
                                        {TestDb::log(QDate(2026, 1, 3), 600, false)});
        sheets.send(a, ts);
        sheets.approve(sup, ts);
        Leaves leaves(*app, t.clock());
        const qint64 la = leaves.apply(a, QStringLiteral("EMP-A"), QDate(2026, 1, 7), QDate(2026, 1, 7), {}, {});
        leaves.approve(sup, la);
        WorkCalendar(*app, t.clock()).addHoliday(hr, QDate(2026, 5, 1), QStringLiteral("May Day"));
        WorkCalendar(*app, t.clock()).removeHoliday(hr, QDate(2026, 5, 1));
        Settings(*app, t.clock()).set(hr, QStringLiteral("reminder_days"), QStringLiteral("200"));
        Jobs jobs(*app, t.clock());
        JobRunner runner(*app, t.clock(), QStringLiteral("app"));
        QVERIFY(runner.runOnce(Jobs::Reminders, kToday, [&] { return QString::number(jobs.remind().queued); }).ran);
        t.clock().setToday(QDate(2026, 8, 1));
        QVERIFY(runner.runOnce(Jobs::Expiry, t.clock().today(), [&] { return QString::number(jobs.expire().lots); }).ran);
        Maintenance(*app, t.clock()).on(hr, QStringLiteral("backup"));
        Backup(*app).save(t.tempPath(QStringLiteral("by-app.sqlite")));
        Maintenance(*app, t.clock()).off(hr);
        QCOMPARE(Ledger(*app, t.clock()).entries(QStringLiteral("EMP-A")).size(), 3); // +10 h, -8 h, -2 h expired
        QCOMPARE(app->scalar(QStringLiteral("SELECT count(*) FROM email_queue")).toInt(), 1);

        // History cannot be rewritten and the schema cannot be touched.
        for (const char *sql : {"UPDATE leave_ledger_entry SET minutes = 1", "DELETE FROM leave_ledger_entry",
                                "DELETE FROM audit_log", "UPDATE audit_log SET actor = 'x'", "DROP TRIGGER audit_log_no_update",
                                "DELETE FROM leave_allocation", "CREATE TABLE spare (id INT)", "ALTER TABLE employee ADD COLUMN x INT",
                                "DROP TABLE holiday", "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'x', 'x')"}) {
            try {
                app->exec(QString::fromLatin1(sql));
                QFAIL(sql);
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QStringLiteral("denied")), qPrintable(QString::fromLatin1(sql) + QStringLiteral(": ") + e.message()));
            }
        }
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_ledger_entry")).toInt(), 3);
        // doctor: the owner sees the four triggers. MariaDB shows them to the application's account too;
        // a server that hides them from it (MySQL without TRIGGER) gets a warning that says why, never a failure.
        for (const Check &c : Doctor(t.db(), t.clock()).run())
            if (c.name == QLatin1String("Append-only ledger and audit log"))
                QCOMPARE(c.status, Check::Status::Pass);
        bool told = false;
        for (const Check &c : Doctor(*app, t.clock()).run())
            if (c.name == QLatin1String("Append-only ledger and audit log")) {
                told = c.status == Check::Status::Pass ||
                       (c.status == Check::Status::Warn && c.detail.contains(QStringLiteral("cannot see the triggers")));
            }
        QVERIFY(told);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
