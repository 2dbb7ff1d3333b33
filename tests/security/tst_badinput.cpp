// Bad input everywhere a user or a file can type it, through lieuctl and through core: dates that do not
// exist, hours that are negative, zero, over 24 or not numbers, text that looks like SQL, very long text,
// control characters, invalid UTF-8. Each gets a message naming the field and the value, the documented
// exit status, and the database (audit log included) is left exactly as it was.
#include "Lieuctl.h"
#include "Snapshot.h"

#include "Demo.h"
#include "Directory.h"
#include "Error.h"
#include "Leaves.h"
#include "Settings.h"
#include "TestDb.h"
#include "Timesheets.h"
#include "WorkCalendar.h"

#include <QtTest>

#include <functional>

using namespace lieu;
using lieu::test::contentDigest;
using lieu::test::CliResult;
using lieu::test::Lieuctl;
using lieu::test::TestDb;

namespace {
const QString kToday = QStringLiteral("2026-03-16");

QByteArray bytes(const char *s)
{
    return QByteArray(s);
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliResult run(const QStringList &args, const QByteArray &input = {})
    {
        Lieuctl cli(QStringLiteral(LIEUCTL_PATH), m_db);
        cli.setToday(kToday);
        return cli.run(args, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("lieu.sqlite"));
        QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
    }

    void throughLieuctl_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("message"); // what standard error must say (the field and the value)

        const QString ella = QStringLiteral("ella");
        auto ts = [&](const QString &log) {
            return QStringList{QStringLiteral("timesheet"), QStringLiteral("create"), QStringLiteral("EMP-0003"), QStringLiteral("--from"),
                               QStringLiteral("2026-03-09"), QStringLiteral("--to"), QStringLiteral("2026-03-15"), QStringLiteral("--log"), log,
                               QStringLiteral("--as"), ella};
        };
        auto apply = [&](const QString &from, const QString &to, const QString &reason) {
            return QStringList{QStringLiteral("leave"), QStringLiteral("apply"), QStringLiteral("EMP-0003"), QStringLiteral("--from"), from,
                               QStringLiteral("--to"), to, QStringLiteral("--reason"), reason, QStringLiteral("--as"), ella};
        };
        auto addEmployee = [](const QString &id, const QString &name, const QString &email, const QStringList &more = {}) {
            return QStringList{QStringLiteral("employee"), QStringLiteral("add"), id, QStringLiteral("--name"), name,
                               QStringLiteral("--email"), email} + more;
        };
        const QString longText(5000, QLatin1Char('x'));
        const QString hugeDate(100000, QLatin1Char('9'));

        // Dates that do not exist or are not dates.
        QTest::newRow("30 February") << apply(QStringLiteral("2026-02-30"), QStringLiteral("2026-03-02"), {}) << QByteArray() << 1
                                     << QStringLiteral("from: \"2026-02-30\" is not a date that exists (write YYYY-MM-DD)");
        QTest::newRow("month 13") << apply(QStringLiteral("2026-03-18"), QStringLiteral("2026-13-01"), {}) << QByteArray() << 1
                                  << QStringLiteral("to: \"2026-13-01\" is not a date that exists");
        QTest::newRow("day first") << apply(QStringLiteral("18/03/2026"), QStringLiteral("2026-03-18"), {}) << QByteArray() << 1
                                   << QStringLiteral("from: \"18/03/2026\" is not a date that exists");
        QTest::newRow("29 February 2026") << QStringList{QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("2026-02-29")} << QByteArray() << 1
                                          << QStringLiteral("holiday_date: \"2026-02-29\" is not a date that exists");
        QTest::newRow("log on 31 April") << ts(QStringLiteral("2026-04-31,2,non-billable")) << QByteArray() << 1
                                         << QStringLiteral("log[1].date: \"2026-04-31\" is not a date that exists");
        QTest::newRow("today that does not exist") << QStringList{QStringLiteral("--today"), QStringLiteral("2026-02-31"), QStringLiteral("balance"), QStringLiteral("EMP-0003")}
                                                   << QByteArray() << 1 << QStringLiteral("today: \"2026-02-31\" is not a date that exists");
        QTest::newRow("100 kB date") << apply(hugeDate, QStringLiteral("2026-03-18"), {}) << QByteArray() << 1
                                     << QStringLiteral("from: \"") + QString(60, QLatin1Char('9')) + QStringLiteral("...\" is not a date that exists");
        QTest::newRow("end before start") << apply(QStringLiteral("2026-03-20"), QStringLiteral("2026-03-18"), {}) << QByteArray() << 1
                                          << QStringLiteral("to_date: 2026-03-18 is before from_date 2026-03-20");
        QTest::newRow("half day outside") << (apply(QStringLiteral("2026-03-18"), QStringLiteral("2026-03-18"), {}) << QStringLiteral("--half-day") << QStringLiteral("2026-03-19"))
                                          << QByteArray() << 1 << QStringLiteral("half_day_date: 2026-03-19 is not between 2026-03-18 and 2026-03-18");
        QStringList future = ts(QStringLiteral("2026-03-17,2,non-billable"));
        future[6] = QStringLiteral("2026-03-22");
        QTest::newRow("log in the future") << future << QByteArray() << 1
                                           << QStringLiteral("time log 1: date 2026-03-17 is in the future (today is 2026-03-16)");

        // Hours.
        QTest::newRow("negative hours") << ts(QStringLiteral("2026-03-10,-3,non-billable")) << QByteArray() << 1
                                        << QStringLiteral("log[1].hours: \"-3\" is not an amount of hours");
        QTest::newRow("zero hours") << ts(QStringLiteral("2026-03-10,0,non-billable")) << QByteArray() << 1
                                    << QStringLiteral("time log 1 (2026-03-10): hours must be more than zero, not 0:00");
        QTest::newRow("25 hours") << ts(QStringLiteral("2026-03-10,25,non-billable")) << QByteArray() << 1
                                  << QStringLiteral("time log 1 (2026-03-10): 25:00 hours is more than a day has");
        QTest::newRow("24:30") << ts(QStringLiteral("2026-03-10,24:30,non-billable")) << QByteArray() << 1
                               << QStringLiteral("24:30 hours is more than a day has");
        QTest::newRow("hours in words") << ts(QStringLiteral("2026-03-10,seven,non-billable")) << QByteArray() << 1
                                        << QStringLiteral("log[1].hours: \"seven\" is not an amount of hours (write 7.5, 7:30 or 07:30:00)");
        QTest::newRow("hours as exponent") << ts(QStringLiteral("2026-03-10,1e3,non-billable")) << QByteArray() << 1
                                           << QStringLiteral("log[1].hours: \"1e3\" is not an amount of hours");
        QTest::newRow("over a day in two sheets") << ts(QStringLiteral("2026-03-10,20,non-billable")) << QByteArray() << 1
                                                  << QStringLiteral("hours logged on one day");
        QTest::newRow("billable is neither") << ts(QStringLiteral("2026-03-10,2,maybe")) << QByteArray() << 1
                                             << QStringLiteral("log[1].is_billable: \"maybe\" must be billable or non-billable");
        QTest::newRow("hours per day 25") << addEmployee(QStringLiteral("EMP-0100"), QStringLiteral("Val Id"), QStringLiteral("val@example.org"),
                                                         {QStringLiteral("--hours-per-day"), QStringLiteral("25")})
                                          << QByteArray() << 1 << QStringLiteral("hours_per_day: 25:00 must be from 0 to 24 hours");

        // Text that looks like SQL, where a structured value belongs.
        QTest::newRow("SQL as employee id") << addEmployee(QStringLiteral("EMP'; DROP TABLE employee;--"), QStringLiteral("X"), QStringLiteral("x@example.org"))
                                            << QByteArray() << 1 << QStringLiteral("id: \"EMP'; DROP TABLE employee;--\" is not an employee id");
        QTest::newRow("SQL as document name") << QStringList{QStringLiteral("timesheet"), QStringLiteral("approve"), QStringLiteral("1 OR 1=1"), QStringLiteral("--as"), QStringLiteral("sam")}
                                              << QByteArray() << 1 << QStringLiteral("timesheet: \"1 OR 1=1\" is not a document name like TS-00001");
        QTest::newRow("SQL as login") << QStringList{QStringLiteral("balance"), QStringLiteral("EMP-0003"), QStringLiteral("--as"), QStringLiteral("' OR '1'='1")}
                                      << QByteArray() << 1 << QStringLiteral("No employee has the login \"' OR '1'='1\"");
        QTest::newRow("SQL as language") << addEmployee(QStringLiteral("EMP-0101"), QStringLiteral("Lang"), QStringLiteral("l@example.org"),
                                                        {QStringLiteral("--language"), QStringLiteral("en'); --")})
                                         << QByteArray() << 1 << QStringLiteral("language: \"en'); --\" is not a language code");
        QTest::newRow("SQL as setting value") << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("minutes_per_toil_day"), QStringLiteral("480; DELETE FROM settings")}
                                              << QByteArray() << 1 << QStringLiteral("minutes_per_toil_day: \"480; DELETE FROM settings\" must be a whole number from 1 to 1440");
        QTest::newRow("SQL as setting key") << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("x' OR '1"), QStringLiteral("1")}
                                            << QByteArray() << 1 << QStringLiteral("setting: \"x' OR '1\" is not a Lieu setting");

        // Very long text.
        QTest::newRow("5000-character reason") << apply(QStringLiteral("2026-03-18"), QStringLiteral("2026-03-18"), longText) << QByteArray() << 1
                                               << QStringLiteral("reason: \"") + QString(60, QLatin1Char('x')) + QStringLiteral("...\" cannot be stored: at most 1000 characters (this has 5000)");
        QTest::newRow("300-character name") << addEmployee(QStringLiteral("EMP-0102"), QString(300, QLatin1Char('n')), QStringLiteral("n@example.org"))
                                            << QByteArray() << 1 << QStringLiteral("employee_name: \"nnnn");
        QTest::newRow("long activity") << ts(QStringLiteral("2026-03-10,2,non-billable,") + QString(200, QLatin1Char('a'))) << QByteArray() << 1
                                       << QStringLiteral("time_logs[1].activity: \"aaaa");
        QTest::newRow("long holiday name") << QStringList{QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("2026-05-01"), QStringLiteral("--name"), QString(201, QLatin1Char('h'))}
                                           << QByteArray() << 1 << QStringLiteral("description: \"hhhh");
        QTest::newRow("long organisation name") << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("organisation_name"), QString(201, QLatin1Char('o'))}
                                                << QByteArray() << 1 << QStringLiteral("at most 200 characters (this has 201)");

        // Control characters: refused, and shown escaped rather than sent to the terminal.
        QTest::newRow("escape in reason") << apply(QStringLiteral("2026-03-18"), QStringLiteral("2026-03-18"), QStringLiteral("ok\x1b[31mred")) << QByteArray() << 1
                                          << QStringLiteral("reason: \"ok\\u001b[31mred\" cannot be stored: character 3 is the control character U+001b");
        QTest::newRow("bell in activity") << ts(QStringLiteral("2026-03-10,2,non-billable,Ring\x07")) << QByteArray() << 1
                                          << QStringLiteral("log: \"2026-03-10,2,non-billable,Ring\\u0007\" cannot be stored: character 31 is the control character U+0007");
        QTest::newRow("escape in a name") << addEmployee(QStringLiteral("EMP-0103"), QStringLiteral("Bad\x1bName"), QStringLiteral("b@example.org"))
                                          << QByteArray() << 1 << QStringLiteral("\"Bad\\u001bName\"");
        QTest::newRow("newline in an email") << addEmployee(QStringLiteral("EMP-0104"), QStringLiteral("Eve"), QStringLiteral("eve@example.org\nBcc: x@y.z"))
                                             << QByteArray() << 1 << QStringLiteral("email: \"eve@example.org\\u000aBcc: x@y.z\" cannot be stored");
        QTest::newRow("escape in an option name") << QStringList{QStringLiteral("balance"), QStringLiteral("EMP-0003"), QStringLiteral("--\x1b]0;x")}
                                                  << QByteArray() << 1 << QStringLiteral("option name: \"\\u001b]0;x\" cannot be stored");

        // Invalid UTF-8: arguments arrive with U+FFFD where the bytes could not be read.
        QTest::newRow("latin-1 reason") << apply(QStringLiteral("2026-03-18"), QStringLiteral("2026-03-18"), QString::fromUtf8(bytes("caf\xe9")))
                                        << QByteArray() << 1 << QStringLiteral("reason: \"caf\\ufffd\" cannot be stored: it is not valid UTF-8 text");
        QTest::newRow("broken employee id") << QStringList{QStringLiteral("balance"), QString::fromUtf8(bytes("EMP-\xff\xfe"))}
                                            << QByteArray() << 1 << QStringLiteral("argument 2: \"EMP-\\ufffd\\ufffd\" cannot be stored");
        QTest::newRow("broken password on stdin") << QStringList{QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("EMP-0003")}
                                                  << bytes("Passw\xf6rd-long\n") << 1
                                                  << QStringLiteral("password: it is not valid UTF-8 text (character 6 is U+FFFD");

        // Numbers in options.
        QTest::newRow("limit in words") << QStringList{QStringLiteral("timesheet"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("all")}
                                        << QByteArray() << 1 << QStringLiteral("limit: \"all\" must be a whole number from 1 to 100000");
        QTest::newRow("negative reminder days") << QStringList{QStringLiteral("remind"), QStringLiteral("--days"), QStringLiteral("-1")}
                                                << QByteArray() << 1 << QStringLiteral("days: \"-1\" must be a whole number from 1 to 366");
        QTest::newRow("expiry days zero") << QStringList{QStringLiteral("leave-type"), QStringLiteral("set"), QStringLiteral("--expiry-days"), QStringLiteral("0")}
                                          << QByteArray() << 1 << QStringLiteral("expire_carry_forwarded_leaves_after_days: 0 must be from 1 to 3660 days");
        QTest::newRow("weekend day 8") << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("weekend_days"), QStringLiteral("6,8")}
                                       << QByteArray() << 1 << QStringLiteral("weekend_days: \"6,8\" must list weekdays 1 (Monday) to 7 (Sunday)");

        // Files: a tracker import is refused whole, naming the line, the column and the value.
        auto importing = [&](const char *name, const QByteArray &row) {
            const QString path = m_dir.filePath(QLatin1String(name) + QStringLiteral(".csv"));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write("date,hours,billable,activity,description,email\n"
                    "2026-03-03,1,no,Work,fine,ella@demo.lieu.invalid\n" + row + "\n");
            return QStringList{QStringLiteral("import"), path};
        };
        QTest::newRow("file: 30 February") << importing("feb30", "2026-02-30,2,no,Work,x,ella@demo.lieu.invalid") << QByteArray() << 1
                                           << QStringLiteral("line 3, column 1 (date): \"2026-02-30\" is not a date that exists");
        QTest::newRow("file: negative hours") << importing("negative", "2026-03-02,-2,no,Work,x,ella@demo.lieu.invalid") << QByteArray() << 1
                                              << QStringLiteral("line 3, column 2 (hours): \"-2\" is not an amount of hours");
        QTest::newRow("file: 25 hours") << importing("day", "2026-03-02,25,no,Work,x,ella@demo.lieu.invalid") << QByteArray() << 1
                                        << QStringLiteral("line 3, column 2 (hours): 25:00 hours is more than a day has");
        QTest::newRow("file: hours in words") << importing("words", "2026-03-02,seven,no,Work,x,ella@demo.lieu.invalid") << QByteArray() << 1
                                              << QStringLiteral("line 3, column 2 (hours): \"seven\" is not an amount of hours");
        QTest::newRow("file: escape in description") << importing("escape", "2026-03-02,2,no,Work,ok\x1b[2Jgone,ella@demo.lieu.invalid") << QByteArray() << 1
                                                     << QStringLiteral("line 3, column 5 (description): the description \"ok\\u001b[2Jgone\" cannot be stored: "
                                                                       "character 3 is the control character U+001b");
        QTest::newRow("file: SQL as e-mail") << importing("sql", "2026-03-02,2,no,Work,x,ella'); DROP TABLE employee;--@demo.lieu.invalid") << QByteArray() << 1
                                             << QStringLiteral("line 3, column 6 (email): \"ella'); DROP TABLE employee;--@demo.lieu.invalid\" is not an e-mail address");
        QTest::newRow("file: long activity") << importing("long", "2026-03-02,2,no," + QByteArray(200, 'a') + ",x,ella@demo.lieu.invalid") << QByteArray() << 1
                                             << QStringLiteral("cannot be stored: at most 140 characters (this has 200)");

        // A command line that cannot be understood: exit status 2.
        QTest::newRow("unknown option") << QStringList{QStringLiteral("balance"), QStringLiteral("EMP-0003"), QStringLiteral("--colour"), QStringLiteral("red")}
                                        << QByteArray() << 2 << QStringLiteral("--colour does not apply to \"balance EMP-0003\"");
        QTest::newRow("option without value") << QStringList{QStringLiteral("leave"), QStringLiteral("apply"), QStringLiteral("EMP-0003"), QStringLiteral("--from")}
                                              << QByteArray() << 2 << QStringLiteral("--from needs a value");
        QTest::newRow("missing reason") << QStringList{QStringLiteral("timesheet"), QStringLiteral("reject"), QStringLiteral("TS-00046"), QStringLiteral("--as"), QStringLiteral("sam")}
                                        << QByteArray() << 2 << QStringLiteral("--reason is required");
        QTest::newRow("empty rejection reason") << QStringList{QStringLiteral("timesheet"), QStringLiteral("reject"), QStringLiteral("TS-00046"), QStringLiteral("--as"), QStringLiteral("sam"), QStringLiteral("--reason"), QStringLiteral("  ")}
                                                << QByteArray() << 1 << QStringLiteral("reason: say why the timesheet is rejected");
    }

    void throughLieuctl()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exit);
        QFETCH(QString, message);
        const QByteArray before = contentDigest(m_db);
        const auto r = run(args, input);
        QVERIFY2(r.exitCode == exit, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.all())));
        QVERIFY2(r.err.startsWith(QStringLiteral("lieuctl: ")) && r.err.contains(message), qPrintable(r.err.left(400)));
        QVERIFY2(r.err.size() < 600, "the message repeats the whole value");
        for (QChar ch : r.err)
            QVERIFY2(ch == QLatin1Char('\n') || ch.category() != QChar::Other_Control, "a control character reached the terminal");
        QVERIFY(r.out.isEmpty());
        QCOMPARE(contentDigest(m_db), before);
    }

    // Bytes that are not UTF-8, as a shell passes them (QProcess would re-encode a QString).
    void invalidUtf8Bytes()
    {
        const QByteArray before = contentDigest(m_db);
        QProcess p;
        p.setProcessEnvironment(lieu::test::Lieuctl::environment());
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("exec \"$0\" --db \"$1\" --today 2026-03-16 leave apply EMP-0003 --from 2026-03-18 --to 2026-03-18 "
                                "--as ella --reason \"$(printf 'caf\\351 cr\\350me')\""),
                 QStringLiteral(LIEUCTL_PATH), m_db});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
                 QStringLiteral("lieuctl: reason: \"caf\\ufffd cr\\ufffdme\" cannot be stored: it is not valid UTF-8 text (character 4 "
                                "is U+FFFD, the mark of a wrong encoding)\n"));
        QCOMPARE(contentDigest(m_db), before);
    }

    // Text planted in the database by a client that bypasses Lieu reaches the terminal escaped.
    void plantedEscapesAreShownEscaped()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("planted.sqlite"));
        QFile::copy(m_db, db);
        {
            auto h = Database::open(db);
            h->exec(QStringLiteral("UPDATE timesheet SET rejection_reason = ? WHERE id = 50"), {QStringLiteral("no\x1b]0;owned\x07")});
        }
        const auto r = Lieuctl(QStringLiteral(LIEUCTL_PATH), db).run({QStringLiteral("timesheet"), QStringLiteral("show"), QStringLiteral("TS-00050")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("rejected: no\\u001b]0;owned\\u0007")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QChar(0x1b)));
    }

    // With --json the refusal is a JSON object on standard output as well.
    void jsonErrors()
    {
        const QByteArray before = contentDigest(m_db);
        const auto r = run({QStringLiteral("leave"), QStringLiteral("apply"), QStringLiteral("EMP-0003"), QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                            QStringLiteral("--to"), QStringLiteral("2026-03-02"), QStringLiteral("--as"), QStringLiteral("ella"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QStringLiteral("{\"error\":\"from: \\\"2026-02-30\\\" is not a date that exists (write YYYY-MM-DD)\"}\n"));
        QCOMPARE(contentDigest(m_db), before);
    }

    // Free text may look like SQL: it is stored as typed and harms nothing.
    void sqlLookingTextIsJustText()
    {
        const QString reason = QStringLiteral("x'); DROP TABLE leave_application; -- \"quoted\" %_ \\ \u00e9\u4e2d");
        const int apps = Database::open(m_db)->scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt();
        const auto r = run({QStringLiteral("leave"), QStringLiteral("apply"), QStringLiteral("EMP-0003"), QStringLiteral("--from"), QStringLiteral("2026-03-18"),
                            QStringLiteral("--to"), QStringLiteral("2026-03-18"), QStringLiteral("--reason"), reason, QStringLiteral("--as"), QStringLiteral("ella"),
                            QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        auto db = Database::open(m_db);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt(), apps + 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT reason FROM leave_application ORDER BY id DESC LIMIT 1")).toString(), reason);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // The same refusals from core's own API, which the desktop app calls.
    void throughCore()
    {
        TestDb t(QDate(2026, 3, 16));
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), QDate(2026, 3, 2), QDate(2026, 3, 8), 480);
        const Actor a = t.actor(QStringLiteral("a")), hr = t.actor(QStringLiteral("hr"));
        Timesheets sheets(t.db(), t.clock());
        const qint64 draft = sheets.create(a, a.employee, QDate(2026, 3, 9), QDate(2026, 3, 15), {TestDb::log(QDate(2026, 3, 9), 60, false)});
        auto refuse = [&](const char *what, const QString &field, const QString &value, const std::function<void()> &action) {
            const QByteArray before = contentDigest(t.db());
            try {
                action();
                QFAIL(what);
            } catch (const Error &e) {
                QVERIFY2(e.kind() == Error::Kind::Invalid, qPrintable(QLatin1String(what) + QStringLiteral(": ") + e.message()));
                QCOMPARE(e.field(), field);
                QCOMPARE(e.value(), value);
                QVERIFY2(e.message().startsWith(field.section(QLatin1Char('.'), 0, 0)) || e.message().startsWith(QStringLiteral("time log")),
                         qPrintable(e.message()));
            }
            QCOMPARE(contentDigest(t.db()), before);
        };
        auto logs = [](QDate d, qint64 minutes, const QString &activity = QStringLiteral("Work"), const QString &description = {}) {
            TimeLog l = TestDb::log(d, minutes, false, activity);
            l.description = description;
            return QList<TimeLog>{l};
        };
        refuse("no date", QStringLiteral("time_logs[1].date"), {}, [&] { sheets.setLogs(a, draft, logs(QDate(), 60)); });
        refuse("negative", QStringLiteral("time_logs[1].hours"), QStringLiteral("-1:00"), [&] { sheets.setLogs(a, draft, logs(QDate(2026, 3, 10), -60)); });
        refuse("zero", QStringLiteral("time_logs[1].hours"), QStringLiteral("0:00"), [&] { sheets.setLogs(a, draft, logs(QDate(2026, 3, 10), 0)); });
        refuse("over a day", QStringLiteral("time_logs[1].hours"), QStringLiteral("24:01"), [&] { sheets.setLogs(a, draft, logs(QDate(2026, 3, 10), 1441)); });
        refuse("outside the period", QStringLiteral("time_logs[1].date"), QStringLiteral("2026-03-01"), [&] { sheets.setLogs(a, draft, logs(QDate(2026, 3, 1), 60)); });
        refuse("long activity", QStringLiteral("time_logs[1].activity"), QString(141, QLatin1Char('a')), [&] { sheets.setLogs(a, draft, logs(QDate(2026, 3, 10), 60, QString(141, QLatin1Char('a')))); });
        const QString surrogate = QStringLiteral("half ") + QChar(0xD800);
        refuse("lone surrogate", QStringLiteral("time_logs[1].description"), surrogate, [&] { sheets.setLogs(a, draft, logs(QDate(2026, 3, 10), 60, QStringLiteral("Work"), surrogate)); });
        refuse("addLogs too", QStringLiteral("time_logs[2].hours"), QStringLiteral("0:00"), [&] { sheets.addLogs(hr, draft, logs(QDate(2026, 3, 10), 0)); });
        refuse("period backwards", QStringLiteral("end_date"), QStringLiteral("2026-03-01"), [&] { sheets.create(a, a.employee, QDate(2026, 3, 9), QDate(2026, 3, 1), {}); });
        refuse("reject without reason", QStringLiteral("reason"), QStringLiteral(" "), [&] { sheets.reject(hr, draft, QStringLiteral(" ")); });
        Leaves leaves(t.db(), t.clock());
        refuse("no from date", QStringLiteral("from_date"), {}, [&] { leaves.apply(a, a.employee, QDate(), QDate(2026, 3, 18), {}, {}); });
        refuse("control character reason", QStringLiteral("reason"), QStringLiteral("a\x01"), [&] { leaves.apply(a, a.employee, QDate(2026, 3, 18), QDate(2026, 3, 18), {}, QStringLiteral("a\x01")); });
        refuse("replacement character", QStringLiteral("reason"), QStringLiteral("caf\uFFFD"), [&] { leaves.apply(a, a.employee, QDate(2026, 3, 18), QDate(2026, 3, 18), {}, QStringLiteral("caf\uFFFD")); });
        refuse("half day on a weekend", QStringLiteral("half_day_date"), QStringLiteral("2026-03-21"), [&] { leaves.apply(a, a.employee, QDate(2026, 3, 20), QDate(2026, 3, 23), QDate(2026, 3, 21), {}); });
        Directory dir(t.db(), t.clock());
        Employee e;
        e.id = QStringLiteral("EMP-Z");
        e.name = QStringLiteral("Zed");
        e.email = QStringLiteral("zed@example.org");
        e.contractedMinutesPerDay = -1;
        refuse("negative contract", QStringLiteral("hours_per_day"), QStringLiteral("-1"), [&] { dir.add(hr, e); });
        e.contractedMinutesPerDay = 480;
        e.reportsTo = QStringLiteral("EMP-NOBODY");
        refuse("unknown supervisor", QStringLiteral("reports_to"), QStringLiteral("EMP-NOBODY"), [&] { dir.add(hr, e); });
        e.reportsTo = QStringLiteral("EMP-A");
        e.login = QStringLiteral("a");
        refuse("login taken", QStringLiteral("user_id"), QStringLiteral("a"), [&] { dir.add(hr, e); });
        WorkCalendar cal(t.db(), t.clock());
        refuse("no holiday date", QStringLiteral("holiday_date"), {}, [&] { cal.addHoliday(hr, QDate(), QStringLiteral("x")); });
        refuse("tab in holiday name", QStringLiteral("description"), QStringLiteral("May\tDay"), [&] { cal.addHoliday(hr, QDate(2026, 5, 1), QStringLiteral("May\tDay")); });
        Settings settings(t.db(), t.clock());
        refuse("policy", QStringLiteral("accrual_policy"), QStringLiteral("double"), [&] { settings.set(hr, QString::fromLatin1(Settings::AccrualPolicy), QStringLiteral("double")); });
        refuse("multiplier", QStringLiteral("weekend_multiplier_percent"), QStringLiteral("99"), [&] { settings.set(hr, QString::fromLatin1(Settings::WeekendMultiplierPercent), QStringLiteral("99")); });
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
