// Sign-in: argon2id hashes, the lock and its growing delay (exact seconds on a fixed clock), the
// employee's own change, HR's reset; and no password or hash in the audit log, in lieuctl's output,
// in an export or in an error message.
#include "Lieuctl.h"

#include "Audit.h"
#include "Auth.h"
#include "Directory.h"
#include "Error.h"
#include "TestDb.h"

#include <QtTest>

using namespace lieu;
using lieu::test::CliResult;
using lieu::test::Lieuctl;
using lieu::test::TestDb;

namespace {
const QString kPassword = QStringLiteral("Correct-Horse-7");
const QString kWrong = QStringLiteral("wrong-password-1");

QString lockedUntil(TestDb &t, const QString &id)
{
    return t.db().scalar(QStringLiteral("SELECT locked_until FROM employee WHERE id = ?"), {id}).toString();
}
int failures(TestDb &t, const QString &id)
{
    return t.db().scalar(QStringLiteral("SELECT failed_logins FROM employee WHERE id = ?"), {id}).toInt();
}
// The message of the refusal, or an empty string when the sign-in worked.
QString trySignIn(TestDb &t, const QString &login, const QString &password)
{
    try {
        Auth(t.db(), t.clock()).signIn(login, password);
        return {};
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Permission)
            return QStringLiteral("[kind] ") + e.message();
        return e.message();
    }
}
} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesAreSaltedArgon2id()
    {
        const QString h1 = Auth::hash(kPassword);
        const QString h2 = Auth::hash(kPassword);
        QVERIFY2(h1.startsWith(QStringLiteral("$argon2id$")), qPrintable(h1));
        QVERIFY(h1 != h2); // a fresh salt each time
        QVERIFY(Auth::verify(h1, kPassword));
        QVERIFY(Auth::verify(h2, kPassword));
        QVERIFY(!Auth::verify(h1, kWrong));
        QVERIFY(!Auth::verify(QString(), kPassword));
        QVERIFY(!Auth::verify(QStringLiteral("not a hash"), kPassword));
    }

    void lockGrowsExactly()
    {
        TestDb t;
        t.addStandardPeople();
        Auth(t.db(), t.clock()).setInitialPassword(QStringLiteral("EMP-A"), kPassword);
        const QDateTime start = t.clock().now();
        // The first four failures cost nothing but the failure.
        for (int i = 1; i < Auth::FreeAttempts; ++i) {
            QCOMPARE(trySignIn(t, QStringLiteral("a"), kWrong), QStringLiteral("The login or the password is wrong"));
            QCOMPARE(failures(t, QStringLiteral("EMP-A")), i);
            QCOMPARE(lockedUntil(t, QStringLiteral("EMP-A")), QString());
        }
        // From the fifth on, each failure locks: 30 s, doubling, at most an hour.
        const qint64 expected[] = {30, 60, 120, 240, 480, 960, 1920, 3600, 3600};
        int count = Auth::FreeAttempts - 1;
        for (qint64 lock : expected) {
            ++count;
            const QDateTime failedAt = t.clock().now();
            QCOMPARE(trySignIn(t, QStringLiteral("a"), kWrong), QStringLiteral("The login or the password is wrong"));
            QCOMPARE(Auth::lockSeconds(count), lock);
            QCOMPARE(failures(t, QStringLiteral("EMP-A")), count);
            QCOMPARE(lockedUntil(t, QStringLiteral("EMP-A")), failedAt.addSecs(lock).toString(Qt::ISODateWithMs));
            // One second before the end, even the right password is refused, and the refusal is not a failure.
            t.clock().advanceSecs(lock - 1);
            const QString refused = trySignIn(t, QStringLiteral("a"), kPassword);
            QVERIFY2(refused.startsWith(QStringLiteral("Too many failed sign-ins: the account \"a\" is locked for 1 more")),
                     qPrintable(refused));
            QCOMPARE(failures(t, QStringLiteral("EMP-A")), count);
            t.clock().advanceSecs(1);
        }
        QCOMPARE(start.secsTo(t.clock().now()), qint64(30 + 60 + 120 + 240 + 480 + 960 + 1920 + 3600 + 3600));
        // Right on time the right password works and clears the count.
        QCOMPARE(trySignIn(t, QStringLiteral("a"), kPassword), QString());
        QCOMPARE(failures(t, QStringLiteral("EMP-A")), 0);
        QCOMPARE(lockedUntil(t, QStringLiteral("EMP-A")), QString());
        // Each failure is audited with the count, never with the password.
        const auto rows = Audit(t.db(), t.clock()).list(Actor::system(), {QStringLiteral("Employee"), QStringLiteral("EMP-A"), {}, QStringLiteral("sign-in failed"), {}, {}, 0});
        QCOMPARE(rows.size(), Auth::FreeAttempts - 1 + 9);
        QCOMPARE(rows.first().after, QStringLiteral("{\"failed_logins\":13,\"locked_until\":\"%1\"}")
                                         .arg(t.clock().now().toString(Qt::ISODateWithMs)));
    }

    void unknownLoginsAndDeactivatedUsers()
    {
        TestDb t;
        t.addStandardPeople();
        Auth(t.db(), t.clock()).setInitialPassword(QStringLiteral("EMP-B"), kPassword);
        const qint64 audit = t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        QCOMPARE(trySignIn(t, QStringLiteral("nobody"), kPassword), QStringLiteral("The login or the password is wrong"));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), audit);
        Directory(t.db(), t.clock()).setActive(Actor::system(), QStringLiteral("EMP-B"), false);
        QCOMPARE(trySignIn(t, QStringLiteral("b"), kPassword), QStringLiteral("The user \"b\" (EMP-B) is deactivated"));
        QCOMPARE(trySignIn(t, QStringLiteral("b"), kWrong), QStringLiteral("The login or the password is wrong"));
    }

    void changeNeedsTheCurrentPassword()
    {
        TestDb t;
        t.addStandardPeople();
        Auth auth(t.db(), t.clock());
        auth.setInitialPassword(QStringLiteral("EMP-A"), kPassword);
        const Actor a = t.actor(QStringLiteral("a"));
        try {
            auth.changePassword(a, kWrong, QStringLiteral("Another-Secret-9"));
            QFAIL("changed without the current password");
        } catch (const Error &e) {
            QCOMPARE(e.message(), QStringLiteral("The current password is wrong"));
        }
        QCOMPARE(failures(t, QStringLiteral("EMP-A")), 1); // counts like a failed sign-in
        try {
            auth.changePassword(a, kPassword, QStringLiteral("short"));
            QFAIL("a short password was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), QStringLiteral("password"));
            QCOMPARE(e.value(), QStringLiteral("(hidden)"));
            QCOMPARE(e.message(), QStringLiteral("password: use at least 8 characters"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, auth.changePassword(a, kPassword, kPassword));
        QVERIFY_THROWS_EXCEPTION(Error, auth.changePassword(Actor::system(), kPassword, QStringLiteral("Another-Secret-9")));
        auth.changePassword(a, kPassword, QStringLiteral("Another-Secret-9"));
        QCOMPARE(trySignIn(t, QStringLiteral("a"), kPassword), QStringLiteral("The login or the password is wrong"));
        QCOMPARE(trySignIn(t, QStringLiteral("a"), QStringLiteral("Another-Secret-9")), QString());
        const auto rows = Audit(t.db(), t.clock()).list(Actor::system(), {{}, QStringLiteral("EMP-A"), {}, QStringLiteral("password change"), {}, {}, 0});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().actor, QStringLiteral("a"));
        QCOMPARE(rows.first().after, QStringLiteral("{\"password\":\"changed\"}"));
    }

    void hrResetUnlocks()
    {
        TestDb t;
        t.addStandardPeople();
        Auth auth(t.db(), t.clock());
        auth.setInitialPassword(QStringLiteral("EMP-A"), kPassword);
        for (int i = 0; i < Auth::FreeAttempts; ++i)
            trySignIn(t, QStringLiteral("a"), kWrong);
        QVERIFY(!lockedUntil(t, QStringLiteral("EMP-A")).isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, auth.resetPassword(t.actor(QStringLiteral("sup")), QStringLiteral("EMP-A"), QStringLiteral("Reset-Secret-3")));
        QVERIFY_THROWS_EXCEPTION(Error, auth.resetPassword(t.actor(QStringLiteral("hr")), QStringLiteral("EMP-HR"), QStringLiteral("Reset-Secret-3")));
        auth.resetPassword(t.actor(QStringLiteral("hr")), QStringLiteral("EMP-A"), QStringLiteral("Reset-Secret-3"));
        QCOMPARE(failures(t, QStringLiteral("EMP-A")), 0);
        QCOMPARE(lockedUntil(t, QStringLiteral("EMP-A")), QString());
        QCOMPARE(trySignIn(t, QStringLiteral("a"), QStringLiteral("Reset-Secret-3")), QString());
        const auto rows = Audit(t.db(), t.clock()).list(Actor::system(), {{}, QStringLiteral("EMP-A"), {}, QStringLiteral("password reset"), {}, {}, 0});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().actor, QStringLiteral("hr"));
        QVERIFY2(rows.first().before.contains(QStringLiteral("\"failed_logins\":5")), qPrintable(rows.first().before));
    }

    // Through the real command line: set, change and fail passwords, then look everywhere for them.
    void secretsAppearNowhere()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lieu.sqlite"));
        const QString exportPath = dir.filePath(QStringLiteral("audit.csv"));
        const Lieuctl cli(QStringLiteral(LIEUCTL_PATH), db);
        auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            return cli.run(args + QStringList{QStringLiteral("--json")}, input);
        };
        QString seen;
        auto keep = [&](const lieu::test::CliResult &r, int code) {
            seen += r.all();
            QVERIFY2(r.exitCode == code, qPrintable(QStringLiteral("exit %1, wanted %2: %3").arg(r.exitCode).arg(code).arg(r.all())));
        };
        keep(run({QStringLiteral("init")}), 0);
        keep(run({QStringLiteral("demo")}), 0);
        const QString hana = QStringLiteral("Hana-Secret-11"), ella = QStringLiteral("Ella-Secret-22"), ella2 = QStringLiteral("Ella-Secret-33");
        keep(run({QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("EMP-0001")}, hana.toUtf8() + "\n"), 0);
        keep(run({QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("EMP-0003"), QStringLiteral("--as"), QStringLiteral("hana")}, ella.toUtf8() + "\n"), 0);
        // Refusals, with the secrets on standard input: wrong current, too short, someone else's reset.
        keep(run({QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--as"), QStringLiteral("ella")}, "Wrong-Current-44\n" + ella2.toUtf8() + "\n"), 1);
        keep(run({QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--as"), QStringLiteral("ella")}, ella.toUtf8() + "\nshort7\n"), 1);
        keep(run({QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("EMP-0004"), QStringLiteral("--as"), QStringLiteral("ella")}, "Stolen-Secret-55\n"), 1);
        keep(run({QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--as"), QStringLiteral("ella")}, ella.toUtf8() + "\n" + ella2.toUtf8() + "\n"), 0);
        keep(run({QStringLiteral("employee"), QStringLiteral("list")}), 0);
        keep(run({QStringLiteral("whoami"), QStringLiteral("--as"), QStringLiteral("ella")}), 0);
        keep(run({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("100000")}), 0);
        keep(run({QStringLiteral("audit"), QStringLiteral("--export"), exportPath}), 0);
        keep(run({QStringLiteral("doctor")}), 0);
        keep(run({QStringLiteral("check")}), 0);
        // Every export, as HR sees them.
        QStringList files{exportPath};
        for (const char *kind : {"balances", "ledger", "timesheets", "logs"}) {
            files << dir.filePath(QLatin1String(kind) + QStringLiteral(".csv"));
            keep(run({QStringLiteral("export"), QLatin1String(kind), files.last(), QStringLiteral("--as"), QStringLiteral("hana")}), 0);
        }
        files << dir.filePath(QStringLiteral("ella.ics"));
        keep(run({QStringLiteral("export"), QStringLiteral("ical"), QStringLiteral("--employee"), QStringLiteral("EMP-0003"), files.last()}), 0);
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray content = f.readAll();
            QVERIFY2(content.size() > 100, qPrintable(file));
            seen += QString::fromUtf8(content);
        }

        auto dbh = Database::open(db);
        QStringList hashes;
        QSqlQuery h = dbh->exec(QStringLiteral("SELECT password_hash FROM employee WHERE password_hash IS NOT NULL"));
        while (h.next())
            hashes << h.value(0).toString();
        QCOMPARE(hashes.size(), 8);
        QVERIFY(Auth::verify(dbh->scalar(QStringLiteral("SELECT password_hash FROM employee WHERE id = 'EMP-0003'")).toString(), ella2));
        QSqlQuery a = dbh->exec(QStringLiteral("SELECT at, actor, action, doctype, docname, \"before\", \"after\" FROM audit_log"));
        int rows = 0;
        while (a.next()) {
            ++rows;
            for (int i = 0; i < 7; ++i)
                seen += a.value(i).toString() + QLatin1Char('\n');
        }
        QVERIFY(rows > 100);
        QVERIFY(seen.contains(QStringLiteral("password reset")));
        QVERIFY(seen.contains(QStringLiteral("The current password is wrong")));
        QVERIFY(seen.contains(QStringLiteral("password: use at least 8 characters")));
        const QStringList secrets{hana, ella, ella2, QStringLiteral("Wrong-Current-44"), QStringLiteral("short7"),
                                  QStringLiteral("Stolen-Secret-55"), QStringLiteral("$argon2")};
        for (const QString &s : secrets)
            QVERIFY2(!seen.contains(s), qPrintable(QStringLiteral("\"%1\" was shown").arg(s)));
        for (const QString &hash : std::as_const(hashes))
            QVERIFY2(!seen.contains(hash.mid(30)), "a password hash was shown");
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
