// lieuctl's administrator commands as a real process: migrate, maintenance, backup, restore, grants,
// on whichever back end the suite runs.
#include "Database.h"
#include "DatabaseSpec.h"
#include "Lieuctl.h"
#include "TestDb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lieu;
using lieu::test::CliResult;
using lieu::test::Lieuctl;
using lieu::test::TestDb;

class TestAdminCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrateMaintenanceBackupRestore()
    {
        TestDb t;
        const QString store = t.emptyStore(QStringLiteral("cli"));
        Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), store);
        ctl.setToday(QStringLiteral("2026-01-05"));
        CliResult r = ctl.run({QStringLiteral("--json"), QStringLiteral("migrate")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("previous_version")).toInt(), 0);
        QCOMPARE(r.json().value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
        QVERIFY(r.json().value(QStringLiteral("backup")).isNull());
        QCOMPARE(ctl.run({QStringLiteral("demo")}).exitCode, 0);

        r = ctl.run({QStringLiteral("--json"), QStringLiteral("maintenance"), QStringLiteral("on"), QStringLiteral("--reason"),
                     QStringLiteral("moving house")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("maintenance")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("moving house"));
        QCOMPARE(r.json().value(QStringLiteral("by")).toString(), QStringLiteral("system"));
        r = ctl.run({QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("2026-05-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("maintenance mode: moving house")), qPrintable(r.err));
        QCOMPARE(ctl.run({QStringLiteral("holiday"), QStringLiteral("list")}).exitCode, 0);
        // Backups are taken in maintenance mode.
        const QString file = t.tempPath(QStringLiteral("cli-backup.sqlite"));
        r = ctl.run({QStringLiteral("--json"), QStringLiteral("backup"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(QStringLiteral("rows")).toInt() > 50);
        r = ctl.run({QStringLiteral("backup"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("never overwrites")), qPrintable(r.err));
        r = ctl.run({QStringLiteral("--json"), QStringLiteral("maintenance")});
        QCOMPARE(r.json().value(QStringLiteral("maintenance")).toBool(), true);
        QCOMPARE(ctl.run({QStringLiteral("maintenance"), QStringLiteral("off")}).exitCode, 0);
        QCOMPARE(ctl.run({QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("2026-05-01")}).exitCode, 0);

        // The backup opens with --db, and restores into an empty store with the same balances.
        Lieuctl fromFile(QStringLiteral(LIEUCTL_PATH), file);
        fromFile.setToday(QStringLiteral("2026-01-05"));
        const QJsonObject before = fromFile.run({QStringLiteral("--json"), QStringLiteral("balance"), QStringLiteral("EMP-0003")}).json();
        QVERIFY(before.contains(QStringLiteral("available_minutes")));
        Lieuctl restored(QStringLiteral(LIEUCTL_PATH), t.emptyStore(QStringLiteral("cli_restored")));
        restored.setToday(QStringLiteral("2026-01-05"));
        r = restored.run({QStringLiteral("--json"), QStringLiteral("restore"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json().value(QStringLiteral("rows")).toInt() > 50);
        QCOMPARE(restored.run({QStringLiteral("--json"), QStringLiteral("balance"), QStringLiteral("EMP-0003")}).json(), before);
        // The holiday added after the backup is not in it.
        const QJsonObject holidays = restored.run({QStringLiteral("--json"), QStringLiteral("holiday"), QStringLiteral("list")}).json();
        QCOMPARE(holidays, fromFile.run({QStringLiteral("--json"), QStringLiteral("holiday"), QStringLiteral("list")}).json());
        QVERIFY(!QJsonDocument(holidays).toJson().contains("2026-05-01"));
        QVERIFY(ctl.run({QStringLiteral("--json"), QStringLiteral("holiday"), QStringLiteral("list")}).out.contains(QStringLiteral("2026-05-01")));
    }

    void grantsAreForServers()
    {
        TestDb t;
        Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), t.spec());
        const CliResult r = ctl.run({QStringLiteral("--json"), QStringLiteral("grants"), QStringLiteral("--user"), QStringLiteral("lieu_app"),
                                     QStringLiteral("--host"), QStringLiteral("10.1.%")});
        if (!t.onServer()) {
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(QStringLiteral("MariaDB/MySQL")));
            return;
        }
        QCOMPARE(r.exitCode, 0);
        const QJsonArray grants = r.json().value(QStringLiteral("grants")).toArray();
        QCOMPARE(grants.size(), Database::grantedTables().size());
        const QString db = DatabaseSpec::parse(t.spec()).database;
        QVERIFY(grants.contains(QStringLiteral("GRANT SELECT, INSERT ON `%1`.leave_ledger_entry TO 'lieu_app'@'10.1.%'").arg(db)));
        const CliResult bad = ctl.run({QStringLiteral("grants"), QStringLiteral("--user"), QStringLiteral("x'; DROP USER root; --")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("is not an account name")));
    }

    void aServerPasswordNeverComesFromTheCommandLine()
    {
        Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), QStringLiteral("mysql://lieu_app:secret@127.0.0.1:1/lieu"));
        const CliResult r = ctl.run({QStringLiteral("jobs")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("a password does not belong in the address")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admin_cli.moc"
