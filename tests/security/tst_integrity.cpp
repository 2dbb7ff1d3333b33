// `lieuctl check` and core's Integrity: pass on a sound database, and catch each kind of damage when it
// is planted by a client that goes round Lieu.
#include "Lieuctl.h"

#include "Demo.h"
#include "Directory.h"
#include "Integrity.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Settings.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace lieu;
using lieu::test::CliResult;
using lieu::test::Lieuctl;

namespace {
const QDate kToday(2026, 3, 16);
}

class TestIntegrity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;
    int m_case = 0;

    // A copy of the sound demo database to damage.
    QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("case-%1.sqlite").arg(++m_case));
        QFile::copy(m_base, path);
        return path;
    }

    // Runs SQL on the file as a client that bypasses Lieu (and, with fk off, its foreign keys).
    static void tamper(const QString &path, const QStringList &statements, bool foreignKeys = true)
    {
        const QString name = QStringLiteral("tamper");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(foreignKeys ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF")));
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static IntegrityReport check(const QString &path)
    {
        auto db = Database::open(path);
        return Integrity(*db).run();
    }

    static QString failures(const IntegrityReport &r)
    {
        QStringList out;
        for (const Check &c : r.checks)
            if (c.status == Check::Status::Fail)
                out << c.name + QStringLiteral(": ") + c.detail;
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        auto db = Database::open(m_base);
        db->migrate();
        FixedClock clock(kToday);
        Settings(*db, clock).ensureToilLeaveType();
        Demo::populate(*db, clock);
        // One more state: a cancelled timesheet whose lot was cancelled with it (Tom's undrawn, approved week).
        const qint64 ts = db->scalar(QStringLiteral("SELECT t.id FROM timesheet t JOIN employee e ON e.id = t.employee "
                                                    "WHERE e.user_id = 'tom' AND t.status = 'Approved' ORDER BY t.id DESC LIMIT 1"))
                              .toLongLong();
        Timesheets(*db, clock).cancel(Directory(*db, clock).actorForLogin(QStringLiteral("priya")), ts);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE docstatus = 2")).toInt(), 1);
        QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE is_expired = 1")).toInt() > 0);
        QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM leave_application WHERE status = 'Open'")).toInt() > 0);
        QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM leave_application WHERE status = 'Approved'")).toInt() > 0);
    }

    void soundDatabasePasses()
    {
        const IntegrityReport r = check(copy());
        QVERIFY2(r.ok(), qPrintable(failures(r)));
        QCOMPARE(r.checks.size(), 7);
        for (const Check &c : r.checks)
            QCOMPARE(c.status, Check::Status::Pass);
    }

    void catchesPlantedDamage_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<bool>("foreignKeys");
        QTest::addColumn<QString>("failing");
        QTest::addColumn<QString>("detail");
        const QString someLot = QStringLiteral("(SELECT MIN(id) FROM leave_allocation WHERE docstatus = 1 AND is_expired = 0)");
        QTest::newRow("ledger goes negative")
            << QStringList{QStringLiteral("INSERT INTO leave_ledger_entry (employee, leave_type, allocation, transaction_type, "
                                          "transaction_name, minutes, entry_date, created_at) SELECT employee, leave_type, id, "
                                          "'Timesheet Cancellation', 'TS-99999', -99999, '2026-03-16', 'x' FROM leave_allocation "
                                          "WHERE id = ") + someLot}
            << true << QStringLiteral("Lot ledgers") << QStringLiteral("the balance is negative");
        QTest::newRow("expired lot still holds TOIL")
            << QStringList{QStringLiteral("UPDATE leave_allocation SET is_expired = 1 WHERE id = ") + someLot}
            << true << QStringLiteral("Lot ledgers") << QStringLiteral("is marked expired but still holds");
        QTest::newRow("second allocation entry")
            << QStringList{QStringLiteral("INSERT INTO leave_ledger_entry (employee, leave_type, allocation, transaction_type, "
                                          "transaction_name, minutes, entry_date, created_at) SELECT employee, leave_type, id, "
                                          "'Leave Allocation', 'LAL-x', 60, from_date, 'x' FROM leave_allocation WHERE id = ") + someLot}
            << true << QStringLiteral("Lot ledgers") << QStringLiteral("2 allocation entries");
        QTest::newRow("approved timesheet without its lot")
            << QStringList{QStringLiteral("UPDATE timesheet SET toil_allocation = NULL WHERE id = (SELECT source_timesheet FROM "
                                          "leave_allocation WHERE id = ") + someLot + QStringLiteral(")")}
            << true << QStringLiteral("Timesheets and lots") << QStringLiteral("is Approved with");
        QTest::newRow("cancelled timesheet keeps a live lot")
            << QStringList{QStringLiteral("UPDATE timesheet SET status = 'Cancelled', docstatus = 2, toil_status = 'Cancelled' "
                                          "WHERE id = (SELECT source_timesheet FROM leave_allocation WHERE id = ") + someLot + QStringLiteral(")")}
            << true << QStringLiteral("Timesheets and lots") << QStringLiteral("is still live");
        QTest::newRow("lot without its timesheet")
            << QStringList{QStringLiteral("UPDATE leave_allocation SET source_timesheet = NULL WHERE id = ") + someLot}
            << true << QStringLiteral("Timesheets and lots") << QStringLiteral("has no source timesheet");
        QTest::newRow("open reservation differs from the application")
            << QStringList{QStringLiteral("UPDATE leave_draw SET minutes = minutes - 1 WHERE application = (SELECT MIN(id) FROM "
                                          "leave_application WHERE status = 'Open')")}
            << true << QStringLiteral("Leave applications") << QStringLiteral("but its draws add up to");
        QTest::newRow("approved draw differs from the ledger")
            << QStringList{QStringLiteral("INSERT INTO leave_ledger_entry (employee, leave_type, allocation, transaction_type, "
                                          "transaction_name, minutes, entry_date, created_at) SELECT la.employee, la.leave_type, "
                                          "d.allocation, 'Leave Application', printf('LAP-%05d', la.id), 60, la.from_date, 'x' "
                                          "FROM leave_application la JOIN leave_draw d ON d.application = la.id "
                                          "WHERE la.status = 'Approved' LIMIT 1")}
            << true << QStringLiteral("Leave applications") << QStringLiteral("but the ledger took");
        QTest::newRow("leave entries of no application")
            << QStringList{QStringLiteral("INSERT INTO leave_ledger_entry (employee, leave_type, allocation, transaction_type, "
                                          "transaction_name, minutes, entry_date, created_at) SELECT employee, leave_type, id, "
                                          "'Leave Application', 'LAP-77777', -60, from_date, 'x' FROM leave_allocation WHERE id = ") + someLot}
            << true << QStringLiteral("Leave applications") << QStringLiteral("LAP-77777, which is no leave application");
        QTest::newRow("timesheet total differs from its logs")
            << QStringList{QStringLiteral("UPDATE timesheet SET total_minutes = total_minutes + 1 WHERE id = 1")}
            << true << QStringLiteral("Timesheet totals") << QStringLiteral("TS-00001: total_minutes");
        QTest::newRow("more than a day logged")
            << QStringList{QStringLiteral("INSERT INTO time_log (timesheet, employee, log_date, minutes) SELECT timesheet, employee, "
                                          "log_date, 1440 FROM time_log WHERE id = 1")}
            << true << QStringLiteral("Timesheet totals") << QStringLiteral("more than a day has");
        QTest::newRow("audit log can be deleted")
            << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_delete")}
            << true << QStringLiteral("Append-only tables") << QStringLiteral("nothing refuses DELETE on audit_log");
        QTest::newRow("dangling reference")
            << QStringList{QStringLiteral("INSERT INTO time_log (timesheet, employee, log_date, minutes) VALUES (99999, 'EMP-0003', "
                                          "'2026-01-01', 1)")}
            << false << QStringLiteral("References") << QStringLiteral("time_log row");
    }

    void catchesPlantedDamage()
    {
        QFETCH(QStringList, sql);
        QFETCH(bool, foreignKeys);
        QFETCH(QString, failing);
        QFETCH(QString, detail);
        const QString path = copy();
        tamper(path, sql, foreignKeys);
        const IntegrityReport r = check(path);
        QVERIFY(!r.ok());
        QVERIFY(!r.damaged);
        QStringList failed;
        for (const Check &c : r.checks)
            if (c.status == Check::Status::Fail)
                failed << c.name;
        QVERIFY2(failed.contains(failing), qPrintable(failures(r)));
        for (const Check &c : r.checks)
            if (c.name == failing)
                QVERIFY2(c.detail.contains(detail), qPrintable(c.detail));
        // lieuctl says the same, with exit status 1.
        const auto run = Lieuctl(QStringLiteral(LIEUCTL_PATH), path).run({QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("FAIL  ") + failing + QStringLiteral(": ")), qPrintable(run.out));
    }

    void lieuctlCheckOnSoundAndDamagedFiles()
    {
        const QString sound = copy();
        auto ok = Lieuctl(QStringLiteral(LIEUCTL_PATH), sound).run({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.startsWith(QStringLiteral("{\"checks\":[")) && ok.out.contains(QStringLiteral("\"ok\":true")), qPrintable(ok.out));
        auto refused = Lieuctl(QStringLiteral(LIEUCTL_PATH), sound).run({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("ella")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, QStringLiteral("lieuctl: Only HR checks the database's invariants\n"));
        QCOMPARE(Lieuctl(QStringLiteral(LIEUCTL_PATH), sound).run({QStringLiteral("check"), QStringLiteral("--as"), QStringLiteral("hana")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
