#include "Database.h"
#include "Error.h"
#include "Ledger.h"
#include "TestDb.h"

#include <QSqlQuery>
#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesToLatest()
    {
        TestDb t;
        QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        // idempotent
        t.db().migrate();
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), Database::latestSchemaVersion());
        const bool sqlite = t.db().dialect() == Database::Dialect::SQLite;
        if (sqlite) {
            QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        }
        for (const char *index : {"idx_leave_ledger_toil", "idx_leave_allocation_toil", "idx_timesheet_toil"})
            QCOMPARE(t.db().scalar(sqlite ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?")
                                          : QStringLiteral("SELECT count(DISTINCT index_name) FROM information_schema.statistics "
                                                           "WHERE table_schema = DATABASE() AND index_name = ?"),
                                   {QString::fromLatin1(index)}).toInt(), 1);
    }

    void refusesNewerSchemaUntouched()
    {
        TestDb t;
        t.db().exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 'x')"));
        try {
            t.db().migrate();
            QFAIL("a newer schema was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Database);
            QVERIFY2(e.message().contains(QStringLiteral("999")), qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("newer")));
        }
        QCOMPARE(t.db().schemaVersion(), 999);
        QVERIFY_THROWS_EXCEPTION(Error, t.db().requireCurrentSchema());
    }

    void refusesForeignFiles()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database at all, just some text that is long enough\n");
        }
        try {
            Database::open(text);
            QFAIL("a text file was opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("not a Lieu database")), qPrintable(e.message()));
        }
        QFile f(text);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("this is not a database"));

        // An SQLite database of another program.
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = Database::open(other);
            db->exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"));
        }
        auto db = Database::open(other);
        try {
            db->migrate();
            QFAIL("a foreign database was migrated");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("not a Lieu database")), qPrintable(e.message()));
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'employee'")).toInt(), 0);
    }

    void balanceQueryUsesIndexes()
    {
        TestDb t;
        // The exact statement Ledger::availableMinutes runs.
        if (t.db().dialect() == Database::Dialect::MySQL) {
            QSqlQuery q = t.db().exec(QStringLiteral(
                "EXPLAIN SELECT COALESCE(SUM(l.minutes), 0) FROM leave_allocation a "
                "JOIN leave_ledger_entry l ON l.allocation = a.id "
                "WHERE a.employee = ? AND a.is_toil_allocation = 1 AND a.docstatus = 1 AND a.to_date >= ? AND a.from_date <= ?"),
                {QStringLiteral("EMP-1"), QStringLiteral("2026-01-01"), QStringLiteral("2026-01-01")});
            QStringList keys;
            while (q.next())
                keys << q.value(2).toString() + QLatin1Char(':') + q.value(5).toString();
            QCOMPARE(keys, (QStringList{QStringLiteral("a:idx_leave_allocation_toil"), QStringLiteral("l:idx_leave_ledger_toil")}));
            return;
        }
        QSqlQuery q = t.db().exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT COALESCE(SUM(l.minutes), 0) FROM leave_allocation a "
            "JOIN leave_ledger_entry l ON l.allocation = a.id "
            "WHERE a.employee = ? AND a.is_toil_allocation = 1 AND a.docstatus = 1 AND a.to_date >= ? AND a.from_date <= ?"),
            {QStringLiteral("EMP-1"), QStringLiteral("2026-01-01"), QStringLiteral("2026-01-01")});
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("idx_leave_allocation_toil")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("idx_leave_ledger_toil")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SCAN")), qPrintable(text));
    }

    void ledgerIsAppendOnly()
    {
        TestDb t;
        t.addStandardPeople();
        const qint64 lot = t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 120);
        QVERIFY(lot > 0);
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("UPDATE leave_ledger_entry SET minutes = 9999")));
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("DELETE FROM leave_ledger_entry")));
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(Ledger(t.db(), t.clock()).availableMinutes(QStringLiteral("EMP-A"), QDate(2026, 1, 5)), qint64(120));
    }

    void failedActionLeavesNothing()
    {
        TestDb t;
        t.addStandardPeople();
        const int before = t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        // second log makes the day 25 hours: the whole create is refused, nothing written
        QVERIFY_THROWS_EXCEPTION(Error, t.timesheet(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4),
                                                    {TestDb::log(QDate(2025, 12, 30), 20 * 60, true),
                                                     TestDb::log(QDate(2025, 12, 30), 5 * 60, false)}));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM timesheet")).toInt(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM time_log")).toInt(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
