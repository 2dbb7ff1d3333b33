// The store as an administrator sees it, on whichever back end the suite runs (SQLite, or the
// MariaDB server named by LIEU_TEST_DB): database specs, maintenance mode, a client older than the
// schema, backups and restores, the automatic backup before a migration.
#include "Auth.h"
#include "Backup.h"
#include "Database.h"
#include "DatabaseSpec.h"
#include "Directory.h"
#include "Doctor.h"
#include "Error.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Maintenance.h"
#include "Settings.h"
#include "TestDb.h"
#include "Timesheets.h"
#include "WorkCalendar.h"

#include <QSqlRecord>
#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {

const QDate kToday(2026, 1, 5);

// Every row of every table but the schema history, as sorted text: equal fingerprints, equal data.
QStringList fingerprint(Database &db, bool withSchemaHistory = false)
{
    QStringList out;
    for (const QString &table : Database::grantedTables()) {
        if (table == QLatin1String("schema_version") && !withSchemaHistory)
            continue;
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells << (q.isNull(i) ? QStringLiteral("<null>")
                          : v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                                                            : v.toString());
            }
            rows << table + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
        rows.sort();
        out << rows;
    }
    return out;
}

// A small organisation with a life behind it: lots, leave in every state, an expiry, a holiday, a
// setting, and text outside the Basic Multilingual Plane.
void populate(TestDb &t)
{
    t.addStandardPeople();
    Directory dir(t.db(), t.clock());
    Employee z;
    z.id = QStringLiteral("EMP-Z");
    z.name = QStringLiteral("Zoë Ünïcødé 😀");
    z.email = QStringLiteral("zoe@example.org");
    z.login = QStringLiteral("zoe");
    z.reportsTo = QStringLiteral("EMP-SUP");
    dir.add(Actor::system(), z);
    t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 600);
    t.accrue(QStringLiteral("EMP-B"), QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
    t.accrue(QStringLiteral("EMP-Z"), QDate(2025, 6, 2), QDate(2025, 6, 8), 240); // expired by now
    Leaves leaves(t.db(), t.clock());
    const qint64 approved = leaves.apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 7), QDate(2026, 1, 7), {},
                                         QStringLiteral("Dentist ✓"));
    leaves.approve(t.actor(QStringLiteral("sup")), approved);
    leaves.apply(t.actor(QStringLiteral("b")), QStringLiteral("EMP-B"), QDate(2026, 1, 8), QDate(2026, 1, 8), QDate(2026, 1, 8), {});
    WorkCalendar(t.db(), t.clock()).addHoliday(Actor::system(), QDate(2026, 12, 25), QStringLiteral("Christmas"));
    Settings(t.db(), t.clock()).set(Actor::system(), QStringLiteral("reminder_days"), QStringLiteral("21"));
    Jobs(t.db(), t.clock()).expire();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specsSayWhatIsWrong()
    {
        const DatabaseSpec s = DatabaseSpec::parse(QStringLiteral("mysql://lieu_app@db.example.org:3307/lieu?ssl-ca=/etc/lieu/ca.pem"));
        QVERIFY(s.isServer());
        QCOMPARE(s.user, QStringLiteral("lieu_app"));
        QCOMPARE(s.host, QStringLiteral("db.example.org"));
        QCOMPARE(s.port, 3307);
        QCOMPARE(s.database, QStringLiteral("lieu"));
        QVERIFY(s.ssl);
        QCOMPARE(s.sslCa, QStringLiteral("/etc/lieu/ca.pem"));
        QCOMPARE(DatabaseSpec::parse(s.toString()).toString(), s.toString());
        QVERIFY(s.connectOptions().contains(QStringLiteral("SSL_CA=/etc/lieu/ca.pem")));
        const DatabaseSpec m = DatabaseSpec::parse(QStringLiteral("mariadb://u@h/d"));
        QCOMPARE(m.port, 3306);
        QVERIFY(!m.ssl);
        QCOMPARE(DatabaseSpec::parse(QStringLiteral("/tmp/x.sqlite")).path, QStringLiteral("/tmp/x.sqlite"));

        auto refused = [](const char *spec, const char *field, const char *words) {
            try {
                DatabaseSpec::parse(QString::fromUtf8(spec));
                QFAIL(qPrintable(QStringLiteral("accepted: %1").arg(QString::fromUtf8(spec))));
            } catch (const Error &e) {
                QCOMPARE(e.kind(), Error::Kind::Invalid);
                QCOMPARE(e.field(), QString::fromLatin1(field));
                QVERIFY2(e.message().contains(QString::fromUtf8(words)), qPrintable(e.message()));
            }
        };
        refused("mysql://u:secret@h/d", "database", "password does not belong");
        refused("mysql://h/d", "database.user", "which account");
        refused("mysql://u@h/", "database.name", "not a database name");
        refused("mysql://u@h/d;drop", "database.name", "not a database name");
        refused("mysql://u@h/d?sslca=x", "database.sslca", "unknown option");
        refused("mysql://u@h/d?ssl=maybe", "database.ssl", "must be 1 or 0");
        refused("mysql://u@h/d?ssl-cert=c.pem", "database.ssl-key", "both ssl-cert and ssl-key");
        refused("mysql://u@h/d?driver=QPSQL", "database.driver", "QMARIADB or QMYSQL");
    }

    void bothDialectsHaveTheSameMigrationsAndEveryTableIsGranted()
    {
        QCOMPARE(Database::migrationVersions(Database::Dialect::MySQL), Database::migrationVersions(Database::Dialect::SQLite));
        QCOMPARE(Database::migrationVersions(Database::Dialect::SQLite).last(), Database::latestSchemaVersion());
        TestDb t(kToday);
        QSqlQuery q = t.db().exec(t.db().dialect() == Database::Dialect::SQLite
                                      ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                                      : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        tables.sort();
        QStringList granted = Database::grantedTables();
        granted.sort();
        QCOMPARE(tables, granted);
    }

    void maintenanceMakesEveryClientReadOnly()
    {
        TestDb t(kToday);
        t.addStandardPeople();
        Auth(t.db(), t.clock()).setInitialPassword(QStringLiteral("EMP-A"), QStringLiteral("correct horse battery"));
        const qint64 lot = t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
        Maintenance m(t.db(), t.clock());
        QVERIFY_THROWS_EXCEPTION(Error, m.on(t.actor(QStringLiteral("sup")), QStringLiteral("no")));
        QCOMPARE(t.db().maintenanceReason(), QString());

        m.on(t.actor(QStringLiteral("hr")), QStringLiteral("upgrading to Lieu 0.2"));
        QCOMPARE(t.db().maintenanceReason(), QStringLiteral("upgrading to Lieu 0.2"));
        QVERIFY(t.db().readOnlyReason().contains(QStringLiteral("upgrading to Lieu 0.2")));
        const MaintenanceState s = m.state();
        QVERIFY(s.on);
        QCOMPARE(s.by, QStringLiteral("hr"));
        QCOMPARE(s.since, t.clock().now());

        // Another client (its own connection) is refused, with the reason, and nothing is written.
        auto other = t.db().openAnother();
        const int audits = t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        try {
            Leaves(*other, t.clock()).apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 7), QDate(2026, 1, 7), {}, {});
            QFAIL("a leave was applied for in maintenance mode");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Rule);
            QVERIFY2(e.message().contains(QStringLiteral("maintenance mode: upgrading to Lieu 0.2")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, WorkCalendar(*other, t.clock()).addHoliday(Actor::system(), QDate(2026, 5, 1), {}));
        QVERIFY_THROWS_EXCEPTION(Error, other->exec(QStringLiteral("UPDATE employee SET language = 'de' WHERE id = 'EMP-B'")));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM holiday")).toInt(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT language FROM employee WHERE id = 'EMP-B'")).toString(), QStringLiteral("en"));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audits);
        // Reading goes on, and so does signing in.
        QCOMPARE(Ledger(*other, t.clock()).availableMinutes(QStringLiteral("EMP-A"), kToday), qint64(480));
        QCOMPARE(Auth(*other, t.clock()).signIn(QStringLiteral("a"), QStringLiteral("correct horse battery")).employee, QStringLiteral("EMP-A"));
        QVERIFY(lot > 0);

        m.off(t.actor(QStringLiteral("hr")));
        QCOMPARE(t.db().maintenanceReason(), QString());
        QVERIFY(!m.state().on);
        Leaves(*other, t.clock()).apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 7), QDate(2026, 1, 7), {}, {});
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt(), 1);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('maintenance on', 'maintenance off')")).toInt(), 2);
    }

    void anOlderClientReadsButDoesNotWrite()
    {
        TestDb t(kToday);
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 300);
        // A newer Lieu migrated this database to a schema this program does not know.
        const int future = Database::latestSchemaVersion() + 1;
        {
            const Database::GuardBypass asTheNewerProgram(t.db(), true);
            t.db().exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'future', 'x')"), {future});
            t.db().exec(QStringLiteral("UPDATE settings SET value = '9.4.1' WHERE \"key\" = 'schema_written_by'"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, t.db().requireCurrentSchema());
        t.db().requireReadableSchema();
        QCOMPARE(Ledger(t.db(), t.clock()).availableMinutes(QStringLiteral("EMP-A"), kToday), qint64(300));
        try {
            Leaves(t.db(), t.clock()).apply(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 1, 7), QDate(2026, 1, 7), {}, {});
            QFAIL("an older client wrote to a newer schema");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Database);
            QVERIFY2(e.message().contains(QStringLiteral("install Lieu 9.4.1 or later")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QString::number(future)), qPrintable(e.message()));
        }
        QVERIFY(t.db().readOnlyReason().contains(QStringLiteral("9.4.1")));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt(), 0);
    }

    void twoDesktopsSeeEachOthersWork()
    {
        TestDb t(kToday);
        t.addStandardPeople();
        // Two desktops: two connections to the one store.
        auto employeeDesk = t.db().openAnother();
        auto supervisorDesk = t.db().openAnother();
        Timesheets mine(*employeeDesk, t.clock());
        const qint64 id = mine.create(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4),
                                      {TestDb::log(QDate(2026, 1, 2), 135, false)});
        mine.send(t.actor(QStringLiteral("a")), id);
        Timesheets review(*supervisorDesk, t.clock());
        const QList<Timesheet> waiting = review.awaitingApproval(t.actor(QStringLiteral("sup")));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().id, id);
        review.approve(t.actor(QStringLiteral("sup")), id);
        // After a refresh the employee's desktop shows the approval and the lot.
        QCOMPARE(mine.get(t.actor(QStringLiteral("a")), id).status, Timesheets::Approved);
        QCOMPARE(Ledger(*employeeDesk, t.clock()).availableMinutes(QStringLiteral("EMP-A"), kToday), qint64(135));
        QVERIFY(review.awaitingApproval(t.actor(QStringLiteral("sup"))).isEmpty());
    }

    void doctorReportsMaintenanceAndTheAppendOnlyTriggers()
    {
        TestDb t(kToday);
        auto find = [&](const QString &name) {
            for (const Check &c : Doctor(t.db(), t.clock()).run())
                if (c.name == name)
                    return c;
            return Check{name, Check::Status::Fail, QStringLiteral("missing")};
        };
        QCOMPARE(find(QStringLiteral("Append-only ledger and audit log")).status, Check::Status::Pass);
        QCOMPARE(find(QStringLiteral("Maintenance mode")).status, Check::Status::Pass);
        Maintenance(t.db(), t.clock()).on(Actor::system(), QStringLiteral("restoring"));
        const Check m = find(QStringLiteral("Maintenance mode"));
        QCOMPARE(m.status, Check::Status::Warn);
        QVERIFY(m.detail.contains(QStringLiteral("restoring")));
    }

    void backupAndRestoreRoundTrip()
    {
        TestDb t(kToday);
        populate(t);
        const QStringList before = fingerprint(t.db(), true);
        QVERIFY(before.size() > 40);
        const QString file = t.tempPath(QStringLiteral("backup.sqlite"));
        const Backup::Result saved = Backup(t.db()).save(file);
        QCOMPARE(saved.schemaVersion, Database::latestSchemaVersion());
        QCOMPARE(saved.rows, qint64(before.size()));
        // The backup is a Lieu SQLite database holding exactly the same rows, whatever the source was.
        {
            auto copy = Database::open(file, QString());
            QCOMPARE(copy->dialect(), Database::Dialect::SQLite);
            QCOMPARE(fingerprint(*copy, true), before);
            QCOMPARE(copy->scalar(QStringLiteral("SELECT employee_name FROM employee WHERE id = 'EMP-Z'")).toString(),
                     QStringLiteral("Zoë Ünïcødé 😀"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, Backup(t.db()).save(file)); // never overwrites

        // Restored into an empty store of the same kind: the same data.
        auto fresh = Database::open(t.emptyStore(QStringLiteral("restored")));
        const Backup::Result restored = Backup(*fresh).restore(file);
        QCOMPARE(restored.rows, qint64(before.size() - Database::latestSchemaVersion()));
        QCOMPARE(fingerprint(*fresh), fingerprint(t.db()));
        QCOMPARE(fresh->schemaVersion(), Database::latestSchemaVersion());
        // Still append-only after a restore.
        QVERIFY_THROWS_EXCEPTION(Error, fresh->exec(QStringLiteral("DELETE FROM leave_ledger_entry")));
        QVERIFY_THROWS_EXCEPTION(Error, fresh->exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
        // And it works: balances as before, new actions go on from there.
        QCOMPARE(Ledger(*fresh, t.clock()).availableMinutes(QStringLiteral("EMP-A"), kToday), qint64(120));
        QCOMPARE(Ledger(*fresh, t.clock()).pendingMinutes(QStringLiteral("EMP-B")), qint64(240));
        Leaves(*fresh, t.clock()).apply(t.actor(QStringLiteral("b")), QStringLiteral("EMP-B"), QDate(2026, 1, 9), QDate(2026, 1, 9),
                                        QDate(2026, 1, 9), {});
        QCOMPARE(fresh->scalar(QStringLiteral("SELECT MAX(id) FROM leave_application")).toInt(), 3);
    }

    void restoreReplacesAnSQLiteStoreButNeedsAnEmptyServerDatabase()
    {
        TestDb t(kToday);
        populate(t);
        const QString file = t.tempPath(QStringLiteral("before.sqlite"));
        Backup(t.db()).save(file);
        const QStringList saved = fingerprint(t.db());
        // Work done after the backup.
        WorkCalendar(t.db(), t.clock()).addHoliday(Actor::system(), QDate(2026, 5, 1), QStringLiteral("May Day"));
        Leaves(t.db(), t.clock()).apply(t.actor(QStringLiteral("b")), QStringLiteral("EMP-B"), QDate(2026, 1, 9), QDate(2026, 1, 9),
                                        QDate(2026, 1, 9), {});
        const QStringList later = fingerprint(t.db());
        if (t.onServer()) {
            try {
                Backup(t.db()).restore(file);
                QFAIL("a restore over live server data was accepted");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), Error::Kind::Rule);
                QVERIFY2(e.message().contains(QStringLiteral("restore into a new, empty database")), qPrintable(e.message()));
            }
            QCOMPARE(fingerprint(t.db()), later);
            return;
        }
        const Backup::Result r = Backup(t.db()).restore(file);
        QCOMPARE(fingerprint(t.db()), saved);
        // What the store held is kept in an automatic backup.
        QVERIFY(QFileInfo::exists(r.safetyBackup));
        auto previous = Database::open(r.safetyBackup, QString());
        QCOMPARE(fingerprint(*previous), later);
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("DELETE FROM leave_ledger_entry")));
    }

    void restoreRefusesWhatIsNotALieuBackup()
    {
        TestDb t(kToday);
        populate(t);
        const QStringList before = fingerprint(t.db());
        const QString text = t.tempPath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a backup");
        }
        QVERIFY_THROWS_EXCEPTION(Error, Backup(t.db()).restore(text));
        QVERIFY_THROWS_EXCEPTION(Error, Backup(t.db()).restore(t.tempPath(QStringLiteral("missing.sqlite"))));
        const QString foreign = t.tempPath(QStringLiteral("foreign.sqlite"));
        Database::open(foreign, QString())->exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY)"));
        try {
            Backup(t.db()).restore(foreign);
            QFAIL("a foreign database was restored");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("not a Lieu backup")), qPrintable(e.message()));
        }
        QCOMPARE(fingerprint(t.db()), before);
    }

    void anOlderBackupIsBroughtToThisSchema()
    {
        TestDb t(kToday);
        // A store at schema version 1, as the first release left it.
        const QString oldSpec = t.emptyStore(QStringLiteral("v1"));
        {
            auto old = Database::open(oldSpec);
            old->migrateTo(1);
            QCOMPARE(old->schemaVersion(), 1);
            Settings(*old, t.clock()).ensureToilLeaveType();
            Employee e;
            e.id = QStringLiteral("EMP-OLD");
            e.name = QStringLiteral("Olive Oldtimer");
            e.email = QStringLiteral("olive@example.org");
            Directory(*old, t.clock()).add(Actor::system(), e);
            // Its upgrade backs it up first, at version 1.
            old->migrate();
            QCOMPARE(old->schemaVersion(), Database::latestSchemaVersion());
            const QString automatic = old->lastAutomaticBackup();
            QVERIFY2(QFileInfo::exists(automatic), qPrintable(automatic));
            QVERIFY(automatic.startsWith(Backup::automaticDirectory(*old)));
            auto copy = Database::open(automatic, QString());
            QCOMPARE(copy->schemaVersion(), 1);
            QCOMPARE(copy->scalar(QStringLiteral("SELECT employee_name FROM employee WHERE id = 'EMP-OLD'")).toString(),
                     QStringLiteral("Olive Oldtimer"));
            // Restoring that version-1 backup into an empty store gives a current one with the same data.
            auto target = Database::open(t.emptyStore(QStringLiteral("fromv1")));
            const Backup::Result r = Backup(*target).restore(automatic);
            QCOMPARE(r.schemaVersion, Database::latestSchemaVersion());
            QCOMPARE(target->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(target->scalar(QStringLiteral("SELECT employee_name FROM employee WHERE id = 'EMP-OLD'")).toString(),
                     QStringLiteral("Olive Oldtimer"));
            QCOMPARE(target->maintenanceReason(), QString());
            // The file itself is left as it was.
            QCOMPARE(Database::open(automatic, QString())->schemaVersion(), 1);
        }
        // A new store is not backed up (there is nothing to keep).
        auto brandNew = Database::open(t.emptyStore(QStringLiteral("new")));
        brandNew->migrate();
        QCOMPARE(brandNew->lastAutomaticBackup(), QString());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
