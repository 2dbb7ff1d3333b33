// Damaged or foreign databases: a corrupt file, a read-only file or folder, a full disk, a newer schema,
// a file that is not a Lieu database, an empty file, no file. Each gets a clear message and exit status
// 3 from lieuctl (Error::Database from core), no crash, and not one byte of the file changes.
#include "Lieuctl.h"
#include "Snapshot.h"

#include "Error.h"
#include "Integrity.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace lieu;
using lieu::test::CliResult;
using lieu::test::Lieuctl;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "(unreadable)";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList folder(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void sqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// Commands that read and commands that write.
const QList<QStringList> kCommands = {
    {QStringLiteral("balance"), QStringLiteral("EMP-0003")},
    {QStringLiteral("timesheet"), QStringLiteral("list")},
    {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("5")},
    {QStringLiteral("timesheet"), QStringLiteral("approve"), QStringLiteral("TS-00046"), QStringLiteral("--as"), QStringLiteral("sam")},
    {QStringLiteral("leave"), QStringLiteral("apply"), QStringLiteral("EMP-0003"), QStringLiteral("--from"), QStringLiteral("2026-03-25"),
     QStringLiteral("--to"), QStringLiteral("2026-03-25"), QStringLiteral("--as"), QStringLiteral("ella")},
    {QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("2026-05-01")},
    {QStringLiteral("expire")},
    {QStringLiteral("init")},
};

} // namespace

class TestDamaged : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo; // a sound Lieu database, cleanly closed

    QString copyDemo(const QString &name)
    {
        const QString sub = m_dir.filePath(name);
        QDir().mkpath(sub);
        const QString path = sub + QStringLiteral("/lieu.sqlite");
        QFile::copy(m_demo, path);
        return path;
    }

    static CliResult run(const QString &db, const QStringList &args, const std::function<void(QProcess &)> &prepare = {})
    {
        Lieuctl cli(QStringLiteral(LIEUCTL_PATH), db);
        cli.setToday(QStringLiteral("2026-03-16"));
        return cli.run(args, {}, prepare);
    }

    // Every command: exit 3 with `message`, and the file and its folder exactly as before.
    void refuseAll(const QString &db, const QString &message, const QList<QStringList> &commands = kCommands,
                   const std::function<void(QProcess &)> &prepare = {})
    {
        const QString dir = QFileInfo(db).absolutePath();
        const QByteArray before = fileDigest(db);
        const QStringList files = folder(dir);
        for (const QStringList &cmd : commands) {
            const CliResult r = run(db, cmd, prepare);
            const QString what = cmd.join(QLatin1Char(' ')) + QStringLiteral(": exit %1: ").arg(r.exitCode) + r.all();
            QVERIFY2(r.exitCode == 3, qPrintable(what));
            QVERIFY2(r.err.startsWith(QStringLiteral("lieuctl: ")) && r.err.contains(message), qPrintable(what));
            QVERIFY2(r.out.isEmpty(), qPrintable(what));
            QCOMPARE(fileDigest(db), before);
            // A reader that may not write cannot tidy SQLite's shared-memory index away; its log stays empty.
            QStringList now = folder(dir);
            now.removeAll(QFileInfo(db).fileName() + QStringLiteral("-shm"));
            if (now.removeAll(QFileInfo(db).fileName() + QStringLiteral("-wal")))
                QCOMPARE(QFileInfo(db + QStringLiteral("-wal")).size(), 0);
            QCOMPARE(now, files);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup);
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(run(m_demo, {QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(run(m_demo, {QStringLiteral("demo")}).exitCode, 0);
        QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal")));
    }

    // Every page but the first (the schema) overwritten: whatever a command reads is damaged.
    void corruptEverywhere()
    {
        const QString db = copyDemo(QStringLiteral("corrupt-all"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 16 * 4096);
            f.seek(4096);
            f.write(QByteArray(int(size - 4096), '\xA5'));
        }
        refuseAll(db, QStringLiteral("is damaged (database disk image is malformed): restore it from a backup"));
        const CliResult check = run(db, {QStringLiteral("check")});
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.err.contains(QStringLiteral("is damaged")), qPrintable(check.all()));
        // Core says the same.
        try {
            auto handle = Database::open(db);
            handle->requireCurrentSchema();
            QFAIL("a damaged database was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Database);
            QVERIFY2(e.message().contains(QStringLiteral("is damaged")), qPrintable(e.message()));
        }
    }

    // A few pages in the middle: reads may still work, but nothing crashes, nothing is written, and check fails.
    void corruptInTheMiddle()
    {
        const QString db = copyDemo(QStringLiteral("corrupt-middle"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 pages = f.size() / 4096;
            for (qint64 p = pages / 2 - 2; p < pages / 2 + 2; ++p) {
                f.seek(p * 4096);
                f.write(QByteArray(4096, char(p * 37)));
            }
        }
        const QByteArray before = fileDigest(db);
        for (const QStringList &cmd : {QStringList{QStringLiteral("balance"), QStringLiteral("EMP-0003")}, QStringList{QStringLiteral("audit")},
                                       QStringList{QStringLiteral("employee"), QStringLiteral("list")}, QStringList{QStringLiteral("ledger"), QStringLiteral("EMP-0004")}}) {
            const CliResult r = run(db, cmd);
            QVERIFY2(r.exitCode == 0 || (r.exitCode == 3 && r.err.contains(QStringLiteral("is damaged"))), qPrintable(r.all()));
            QCOMPARE(fileDigest(db), before);
        }
        const CliResult check = run(db, {QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.out.contains(QStringLiteral("\"damaged\":true")) || check.err.contains(QStringLiteral("is damaged")), qPrintable(check.all()));
        QCOMPARE(fileDigest(db), before);
    }

    void newerSchema()
    {
        const QString db = copyDemo(QStringLiteral("newer"));
        sqlite(db, {QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (99, '0099_future', '2030-01-01')")});
        // A newer schema can still be read (a desktop on a shared server keeps working while it waits for its
        // upgrade); every write is refused, names the schema and changes nothing.
        const QByteArray before = fileDigest(db);
        for (const QStringList &read : kCommands.mid(0, 3)) {
            const CliResult r = run(db, read);
            QVERIFY2(r.exitCode == 0, qPrintable(read.join(QLatin1Char(' ')) + QLatin1String(": ") + r.all()));
        }
        QCOMPARE(fileDigest(db), before);
        refuseAll(db, QStringLiteral("has schema version 99, newer than this"), kCommands.mid(3));
    }

    void foreignSqliteFile()
    {
        const QString dir = m_dir.filePath(QStringLiteral("foreign"));
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/photos.db");
        sqlite(db, {QStringLiteral("CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT)"),
                    QStringLiteral("INSERT INTO photo (path) VALUES ('holiday.jpg')")});
        refuseAll(db, QStringLiteral("is not a Lieu database; nothing was changed"));
    }

    void notADatabase()
    {
        const QString dir = m_dir.filePath(QStringLiteral("text"));
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/notes.txt");
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear diary, today I logged eight hours.\n");
        f.close();
        refuseAll(db, QStringLiteral("is not a Lieu database (it is not an SQLite file); nothing was changed"));
    }

    void emptyFile()
    {
        const QString dir = m_dir.filePath(QStringLiteral("empty"));
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/lieu.sqlite");
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        refuseAll(db, QStringLiteral("is an empty file (0 bytes), not a Lieu database"));
        QCOMPARE(QFileInfo(db).size(), 0);
    }

    void noFileAtAll()
    {
        const QString dir = m_dir.filePath(QStringLiteral("missing"));
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/nothing-here.sqlite");
        QList<QStringList> commands = kCommands;
        commands.removeLast(); // init creates a new database: that is what it is for
        refuseAll(db, QStringLiteral("There is no database at"), commands);
        QVERIFY(!QFile::exists(db));
        const CliResult folderAsDb = run(dir, {QStringLiteral("balance"), QStringLiteral("EMP-0003")});
        QCOMPARE(folderAsDb.exitCode, 3);
        QVERIFY2(folderAsDb.err.contains(QStringLiteral("is not a file")), qPrintable(folderAsDb.err));
    }

    // A full disk, as SQLite sees one: core with max_page_count lowered to what the file has.
    void fullDiskInCore()
    {
        lieu::test::TestDb t(QDate(2026, 3, 16));
        if (t.db().dialect() != Database::Dialect::SQLite)
            QSKIP("a full disk is simulated with SQLite's max_page_count");
        t.addStandardPeople();
        const QByteArray before = lieu::test::contentDigest(t.db());
        const int pages = t.db().scalar(QStringLiteral("PRAGMA page_count")).toInt();
        t.db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
        QList<TimeLog> logs;
        for (int d = 0; d < 7; ++d) {
            TimeLog l = lieu::test::TestDb::log(QDate(2026, 3, 9).addDays(d), 60, false);
            l.description = QString(2000, QLatin1Char('d'));
            logs << l;
        }
        try {
            Timesheets(t.db(), t.clock()).create(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 3, 9), QDate(2026, 3, 15), logs);
            QFAIL("wrote past the end of the disk");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Database);
            QVERIFY2(e.message().contains(QStringLiteral("is full (database or disk is full): free some space and try again; nothing was changed")),
                     qPrintable(e.message()));
        }
        QCOMPARE(lieu::test::contentDigest(t.db()), before);
        t.db().exec(QStringLiteral("PRAGMA max_page_count = 1000000"));
        Timesheets(t.db(), t.clock()).create(t.actor(QStringLiteral("a")), QStringLiteral("EMP-A"), QDate(2026, 3, 9), QDate(2026, 3, 15), logs);
        QVERIFY(Integrity(t.db()).run().ok());
    }

    // A full disk for lieuctl, for real: a tmpfs just bigger than the database, mounted in a mount
    // namespace of its own (needs unshare and the right to mount; skipped where the system forbids it).
    void fullDiskForLieuctl()
    {
        if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
            QSKIP("needs root and unshare to mount a small file system");
        const QString mountPoint = m_dir.filePath(QStringLiteral("small-disk"));
        QDir().mkpath(mountPoint);
        // A new, initialised database: filling it with the demo organisation is one big transaction.
        const QString fresh = m_dir.filePath(QStringLiteral("small-disk-source.sqlite"));
        QCOMPARE(run(fresh, {QStringLiteral("init")}).exitCode, 0);
        const qint64 room = (QFileInfo(fresh).size() / 4096 + 24) * 4096; // the database, SQLite's index and a few pages
        const QString script = QStringLiteral(
            "mount -t tmpfs -o size=%1 tmpfs \"$1\" || exit 97\n"
            "cp \"$2\" \"$1/lieu.sqlite\" || exit 98\n"
            "before=$(sha256sum < \"$1/lieu.sqlite\")\n"
            "\"$0\" --db \"$1/lieu.sqlite\" --today 2026-03-16 demo\n"
            "echo \"exit=$?\"\n"
            "\"$0\" --db \"$1/lieu.sqlite\" --today 2026-03-16 settings list >/dev/null\n"
            "echo \"read=$?\"\n"
            "[ \"$before\" = \"$(sha256sum < \"$1/lieu.sqlite\")\" ] && echo unchanged\n"
            "ls \"$1\"\n").arg(room);
        QProcess p;
        p.setProcessEnvironment(lieu::test::Lieuctl::environment());
        p.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                                            QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral(LIEUCTL_PATH), mountPoint, fresh});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() == 97 || (p.exitCode() != 0 && err.contains(QStringLiteral("unshare"))))
            QSKIP(qPrintable(QStringLiteral("this system does not allow mounting a small file system: ") + err));
        QVERIFY2(out.contains(QStringLiteral("exit=3\n")), qPrintable(out + err));
        QVERIFY2(err.contains(QStringLiteral("is full (database or disk is full): free some space and try again; nothing was changed")),
                 qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("read=0\n")), qPrintable(out + err)); // reading needs no room
        QVERIFY2(out.contains(QStringLiteral("unchanged\n")), qPrintable(out));
        QVERIFY2(out.endsWith(QStringLiteral("unchanged\nlieu.sqlite\n")), qPrintable(out)); // no log or index left behind
        QVERIFY(folder(mountPoint).isEmpty()); // the mount lived and died with its namespace
    }

    // A file that may not grow past 32 KiB (RLIMIT_FSIZE): the kernel refuses the write-ahead log's
    // growth, which SQLite reports as an I/O error; the message says what may be wrong.
    void fileSizeLimitForLieuctl()
    {
        auto limit = [](QProcess &p) {
            p.setChildProcessModifier([] {
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit small{32768, 32768};
                ::setrlimit(RLIMIT_FSIZE, &small);
            });
        };
        const QString refused = QStringLiteral("refused to read or write (disk I/O error): it may be full, failing or over a size limit; "
                                               "nothing was changed");
        // A month of logs with long descriptions, created by the administrator for Omar: a dozen pages.
        const QString db = copyDemo(QStringLiteral("limited"));
        QStringList big{QStringLiteral("timesheet"), QStringLiteral("create"), QStringLiteral("EMP-0004"), QStringLiteral("--from"),
                        QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-30")};
        for (int d = 1; d <= 30; ++d)
            big << QStringLiteral("--log") << QStringLiteral("2026-01-%1,1,non-billable,Night shift,%2").arg(d, 2, 10, QLatin1Char('0')).arg(QString(1900, QLatin1Char('d')));
        refuseAll(db, refused, {big}, limit);
        QCOMPARE(run(db, {QStringLiteral("balance"), QStringLiteral("EMP-0003")}, limit).exitCode, 0);
        QCOMPARE(run(db, big).exitCode, 0); // without the limit, it works

        const QString dir = m_dir.filePath(QStringLiteral("limited-new"));
        QDir().mkpath(dir);
        const QString fresh = dir + QStringLiteral("/lieu.sqlite");
        QCOMPARE(run(fresh, {QStringLiteral("init")}).exitCode, 0);
        refuseAll(fresh, refused, {{QStringLiteral("demo")}}, limit);

        // The expiry job keeps its own record of the failed run (that is what the record is for); the
        // ledger and everything else stay as they were.
        const QString jobs = copyDemo(QStringLiteral("limited-expire"));
        auto withoutJobRuns = [&] {
            auto handle = Database::open(jobs);
            QSqlQuery q = handle->exec(QStringLiteral("SELECT count(*), COALESCE(SUM(minutes), 0) FROM leave_ledger_entry"));
            q.next();
            return QStringLiteral("%1/%2/%3/%4")
                .arg(q.value(0).toLongLong())
                .arg(q.value(1).toLongLong())
                .arg(handle->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong())
                .arg(handle->scalar(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE is_expired = 1")).toLongLong());
        };
        const QString before = withoutJobRuns();
        const CliResult expire = run(jobs, {QStringLiteral("expire"), QStringLiteral("--today"), QStringLiteral("2028-03-16")}, limit);
        QCOMPARE(expire.exitCode, 3);
        QVERIFY2(expire.err.contains(refused), qPrintable(expire.err));
        QCOMPARE(withoutJobRuns(), before);
        auto handle = Database::open(jobs);
        QSqlQuery last = handle->exec(QStringLiteral("SELECT job, result, error FROM job_run ORDER BY id DESC LIMIT 1"));
        QVERIFY(last.next());
        QCOMPARE(last.value(0).toString(), QStringLiteral("expire"));
        QCOMPARE(last.value(1).toString(), QStringLiteral("Error"));
        QVERIFY2(last.value(2).toString().contains(refused), qPrintable(last.value(2).toString()));
    }

    // Read-only, as a user who may not write (the test drops to "nobody" when it runs as root, who may).
    void readOnlyFileAndFolder()
    {
        const bool root = ::geteuid() == 0;
        if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: cannot act as a user without write access");
        auto asNobody = [root](QProcess &p) {
            if (!root)
                return;
            const QString program = p.program();
            p.setProgram(QStandardPaths::findExecutable(QStringLiteral("setpriv")));
            p.setArguments(QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), program} +
                           p.arguments());
        };
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                         QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
                         QFileDevice::ExeOther;
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto readOnlyDir = readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

        // The file read-only in a folder anyone may write to: reads work, writes are refused.
        const QString file = copyDemo(QStringLiteral("ro-file"));
        QFile::setPermissions(QFileInfo(file).absolutePath(), all);
        QFile::setPermissions(file, readOnly);
        const QList<QStringList> writes = {kCommands.at(3), kCommands.at(4), kCommands.at(5), kCommands.at(6)};
        refuseAll(file, QStringLiteral("is read-only (attempt to write a readonly database): Lieu needs to write to the file and to its folder; "
                                       "nothing was changed"),
                  writes, asNobody);
        const CliResult read = run(file, {QStringLiteral("balance"), QStringLiteral("EMP-0003")}, asNobody);
        QVERIFY2(read.exitCode == 0 && read.out.startsWith(QStringLiteral("EMP-0003 on 2026-03-16: available")), qPrintable(read.all()));
        // init on a read-only database that is already current has nothing to do, and says so.
        const CliResult init = run(file, {QStringLiteral("init")}, asNobody);
        QVERIFY2(init.exitCode == 0 && init.out.contains(QStringLiteral("is at schema version")), qPrintable(init.all()));

        // The folder read-only: SQLite cannot make its write-ahead log or its index, so even reading is refused.
        const QString inFolder = copyDemo(QStringLiteral("ro-folder"));
        QFile::setPermissions(inFolder, all);
        QFile::setPermissions(QFileInfo(inFolder).absolutePath(), readOnlyDir);
        refuseAll(inFolder, QStringLiteral("is read-only (attempt to write a readonly database): Lieu needs to write to the file and to its folder"),
                  kCommands, asNobody);
        QFile::setPermissions(QFileInfo(inFolder).absolutePath(), all);
    }
};

QTEST_GUILESS_MAIN(TestDamaged)
#include "tst_damaged.moc"
