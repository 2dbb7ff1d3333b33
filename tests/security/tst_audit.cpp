// The audit log: append-only in the database itself; every state change there with who, when and
// before/after; HR reads it and exports it as CSV that a spreadsheet cannot turn into formulas.
#include "Lieuctl.h"

#include "Audit.h"
#include "Auth.h"
#include "Directory.h"
#include "Error.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Settings.h"
#include "TestDb.h"
#include "Timesheets.h"
#include "WorkCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace lieu;
using lieu::test::CliResult;
using lieu::test::Lieuctl;
using lieu::test::TestDb;

namespace {

struct Expect
{
    QString actor;
    QString action;
    QString doctype;
    QString docname;
    QString beforeHas; // empty: `before` must be empty
    QString afterHas;  // empty: `after` must be empty
};

TimeLog log(QDate d, qint64 minutes)
{
    return TestDb::log(d, minutes, false);
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

    qint64 m_seen = 0;

    // The rows written since the last call are exactly `expected`, in order, stamped with the clock's now.
    void expect(TestDb &t, const QList<Expect> &expected)
    {
        QSqlQuery q = t.db().exec(QStringLiteral("SELECT id, at, actor, action, doctype, docname, \"before\", \"after\" FROM audit_log "
                                                 "WHERE id > ? ORDER BY id"),
                                  {m_seen});
        QStringList got;
        int i = 0;
        while (q.next()) {
            m_seen = q.value(0).toLongLong();
            const QString row = QStringLiteral("%1 %2 %3 %4 | %5 | %6")
                                    .arg(q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                         q.value(5).toString(), q.value(6).toString(), q.value(7).toString());
            got << row;
            if (i >= expected.size()) {
                ++i;
                continue;
            }
            const Expect &e = expected.at(i++);
            QCOMPARE(q.value(1).toString(), t.clock().now().toString(Qt::ISODateWithMs));
            QCOMPARE(q.value(2).toString(), e.actor);
            QCOMPARE(q.value(3).toString(), e.action);
            QCOMPARE(q.value(4).toString(), e.doctype);
            QCOMPARE(q.value(5).toString(), e.docname);
            const QString before = q.value(6).toString(), after = q.value(7).toString();
            QVERIFY2(e.beforeHas.isEmpty() ? before.isEmpty() : before.contains(e.beforeHas), qPrintable(row));
            QVERIFY2(e.afterHas.isEmpty() ? after.isEmpty() : after.contains(e.afterHas), qPrintable(row));
        }
        QVERIFY2(i == expected.size(), qPrintable(got.join(QLatin1Char('\n'))));
        t.clock().advanceSecs(60); // the next step happens a minute later
    }

private Q_SLOTS:
    void appendOnlyForEveryClient()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 120);
        for (const char *sql : {"UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log",
                                "UPDATE leave_ledger_entry SET minutes = 9999", "DELETE FROM leave_ledger_entry"}) {
            try {
                t.db().exec(QString::fromLatin1(sql));
                QFAIL(sql);
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QStringLiteral("append-only")), qPrintable(e.message()));
            }
        }
        // A client that bypasses Lieu entirely meets the same triggers (on a server, tst_server checks the
        // application account's grants and the triggers through another connection).
        if (t.db().dialect() == Database::Dialect::SQLite) {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(t.path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE leave_ledger_entry SET minutes = -minutes")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() >= 8);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT SUM(minutes) FROM leave_ledger_entry")).toInt(), 120);
    }

    // Walk every action core offers and read what each wrote to the log.
    void everyStateChangeIsRecorded()
    {
        TestDb t;
        t.addStandardPeople();
        m_seen = t.db().scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
        const Actor a = t.actor(QStringLiteral("a")), sup = t.actor(QStringLiteral("sup")), hr = t.actor(QStringLiteral("hr"));
        const QString A = QStringLiteral("EMP-A");
        Timesheets sheets(t.db(), t.clock());
        Leaves leaves(t.db(), t.clock());

        const qint64 ts = sheets.create(a, A, QDate(2025, 12, 29), QDate(2026, 1, 4), {log(QDate(2026, 1, 2), 180)});
        expect(t, {{QStringLiteral("a"), QStringLiteral("create"), QStringLiteral("Timesheet"), QStringLiteral("TS-00001"), {}, QStringLiteral("\"toil_status\":\"Pending Accrual\"")}});
        sheets.setLogs(a, ts, {log(QDate(2026, 1, 2), 240)});
        expect(t, {{QStringLiteral("a"), QStringLiteral("save"), QStringLiteral("Timesheet"), QStringLiteral("TS-00001"), QStringLiteral("\"total_minutes\":180"), QStringLiteral("\"total_minutes\":240")}});
        sheets.addLogs(a, ts, {log(QDate(2026, 1, 3), 60)});
        expect(t, {{QStringLiteral("a"), QStringLiteral("save"), QStringLiteral("Timesheet"), QStringLiteral("TS-00001"), QStringLiteral("\"total_toil_minutes\":240"), QStringLiteral("\"total_toil_minutes\":300")}});
        sheets.send(a, ts);
        expect(t, {{QStringLiteral("a"), QStringLiteral("send"), QStringLiteral("Timesheet"), QStringLiteral("TS-00001"), QStringLiteral("\"status\":\"Draft\""), QStringLiteral("\"status\":\"Awaiting Approval\"")}});
        sheets.reject(sup, ts, QStringLiteral("Saturday is billable"));
        expect(t, {{QStringLiteral("sup"), QStringLiteral("reject"), QStringLiteral("Timesheet"), QStringLiteral("TS-00001"), QStringLiteral("Awaiting Approval"), QStringLiteral("\"rejection_reason\":\"Saturday is billable\"")}});
        sheets.send(a, ts);
        expect(t, {{QStringLiteral("a"), QStringLiteral("send"), QStringLiteral("Timesheet"), QStringLiteral("TS-00001"), QStringLiteral("\"status\":\"Rejected\""), QStringLiteral("Awaiting Approval")}});
        sheets.approve(sup, ts);
        expect(t, {{QStringLiteral("sup"), QStringLiteral("create"), QStringLiteral("Leave Allocation"), QStringLiteral("LAL-00001"), {}, QStringLiteral("\"toil_minutes\":300")},
                   {QStringLiteral("sup"), QStringLiteral("approve"), QStringLiteral("Timesheet"), QStringLiteral("TS-00001"), QStringLiteral("\"toil_status\":\"Pending Accrual\""), QStringLiteral("\"toil_allocation\":\"LAL-00001\"")}});

        const qint64 la1 = leaves.apply(a, A, QDate(2026, 1, 7), QDate(2026, 1, 7), QDate(2026, 1, 7), QStringLiteral("Dentist"));
        expect(t, {{QStringLiteral("a"), QStringLiteral("create"), QStringLiteral("Leave Application"), QStringLiteral("LAP-00001"), {}, QStringLiteral("\"minutes\":240")}});
        leaves.reject(sup, la1, QStringLiteral("Release day"));
        expect(t, {{QStringLiteral("sup"), QStringLiteral("reject"), QStringLiteral("Leave Application"), QStringLiteral("LAP-00001"), QStringLiteral("\"status\":\"Open\""), QStringLiteral("\"status\":\"Rejected\"")}});
        const qint64 la2 = leaves.apply(a, A, QDate(2026, 1, 8), QDate(2026, 1, 8), QDate(2026, 1, 8), {});
        leaves.approve(sup, la2);
        expect(t, {{QStringLiteral("a"), QStringLiteral("create"), QStringLiteral("Leave Application"), QStringLiteral("LAP-00002"), {}, QStringLiteral("Open")},
                   {QStringLiteral("sup"), QStringLiteral("approve"), QStringLiteral("Leave Application"), QStringLiteral("LAP-00002"), QStringLiteral("\"status\":\"Open\""), QStringLiteral("\"status\":\"Approved\"")}});
        leaves.cancel(hr, la2);
        expect(t, {{QStringLiteral("hr"), QStringLiteral("cancel"), QStringLiteral("Leave Application"), QStringLiteral("LAP-00002"), QStringLiteral("\"status\":\"Approved\""), QStringLiteral("\"status\":\"Cancelled\"")}});
        const qint64 la3 = leaves.apply(a, A, QDate(2026, 1, 9), QDate(2026, 1, 9), QDate(2026, 1, 9), {});
        leaves.cancel(a, la3);
        expect(t, {{QStringLiteral("a"), QStringLiteral("create"), QStringLiteral("Leave Application"), QStringLiteral("LAP-00003"), {}, QStringLiteral("\"minutes\":240")},
                   {QStringLiteral("a"), QStringLiteral("cancel"), QStringLiteral("Leave Application"), QStringLiteral("LAP-00003"), QStringLiteral("Open"), QStringLiteral("Cancelled")}});
        sheets.cancel(hr, ts);
        expect(t, {{QStringLiteral("hr"), QStringLiteral("cancel"), QStringLiteral("Leave Allocation"), QStringLiteral("LAL-00001"), QStringLiteral("\"remaining_minutes\":300"), QStringLiteral("\"docstatus\":2")},
                   {QStringLiteral("hr"), QStringLiteral("cancel"), QStringLiteral("Timesheet"), QStringLiteral("TS-00001"), QStringLiteral("Approved"), QStringLiteral("\"toil_status\":\"Cancelled\"")}});
        const qint64 ts2 = sheets.create(a, A, QDate(2025, 12, 22), QDate(2025, 12, 28), {});
        sheets.cancel(a, ts2);
        expect(t, {{QStringLiteral("a"), QStringLiteral("create"), QStringLiteral("Timesheet"), QStringLiteral("TS-00002"), {}, QStringLiteral("\"logs\":0")},
                   {QStringLiteral("a"), QStringLiteral("cancel"), QStringLiteral("Timesheet"), QStringLiteral("TS-00002"), QStringLiteral("Draft"), QStringLiteral("Cancelled")}});

        Directory dir(t.db(), t.clock());
        Employee e;
        e.id = QStringLiteral("EMP-N");
        e.name = QStringLiteral("Nia New");
        e.email = QStringLiteral("nia@example.org");
        e.reportsTo = QStringLiteral("EMP-SUP");
        dir.add(hr, e);
        expect(t, {{QStringLiteral("hr"), QStringLiteral("create"), QStringLiteral("Employee"), QStringLiteral("EMP-N"), {}, QStringLiteral("\"employee_name\":\"Nia New\"")}});
        e.email = QStringLiteral("nia.new@example.org");
        dir.update(hr, e);
        expect(t, {{QStringLiteral("hr"), QStringLiteral("save"), QStringLiteral("Employee"), QStringLiteral("EMP-N"), QStringLiteral("\"email\":\"nia@example.org\""), QStringLiteral("\"email\":\"nia.new@example.org\"")}});
        dir.setActive(hr, QStringLiteral("EMP-N"), false);
        expect(t, {{QStringLiteral("hr"), QStringLiteral("save"), QStringLiteral("Employee"), QStringLiteral("EMP-N"), QStringLiteral("\"active\":true"), QStringLiteral("\"active\":false")}});

        WorkCalendar cal(t.db(), t.clock());
        cal.addHoliday(hr, QDate(2026, 4, 3), QStringLiteral("Good Friday"));
        expect(t, {{QStringLiteral("hr"), QStringLiteral("create"), QStringLiteral("Holiday"), QStringLiteral("2026-04-03"), {}, QStringLiteral("Good Friday")}});
        cal.removeHoliday(hr, QDate(2026, 4, 3));
        expect(t, {{QStringLiteral("hr"), QStringLiteral("delete"), QStringLiteral("Holiday"), QStringLiteral("2026-04-03"), QStringLiteral("Good Friday"), {}}});
        Settings(t.db(), t.clock()).set(hr, QString::fromLatin1(Settings::ReminderDays), QStringLiteral("14"));
        expect(t, {{QStringLiteral("hr"), QStringLiteral("settings change"), QStringLiteral("Settings"), QStringLiteral("reminder_days"), QStringLiteral("{\"value\":\"30\"}"), QStringLiteral("{\"value\":\"14\"}")}});
        LeaveTypeSettings type;
        type.expiryDays = 90;
        Settings(t.db(), t.clock()).setToilLeaveType(hr, type);
        expect(t, {{QStringLiteral("hr"), QStringLiteral("settings change"), QStringLiteral("Leave Type"), QStringLiteral("Time Off in Lieu"), QStringLiteral(":180"), QStringLiteral(":90")}});

        // Expiry and reminders: a lot of B's that lasts 90 days from 2026-01-05.
        t.accrue(QStringLiteral("EMP-B"), QDate(2025, 12, 29), QDate(2026, 1, 4), 90);
        expect(t, {{QStringLiteral("b"), QStringLiteral("create"), QStringLiteral("Timesheet"), QStringLiteral("TS-00003"), {}, QStringLiteral("Pending")},
                   {QStringLiteral("b"), QStringLiteral("send"), QStringLiteral("Timesheet"), QStringLiteral("TS-00003"), QStringLiteral("Draft"), QStringLiteral("Awaiting")},
                   {QStringLiteral("sup"), QStringLiteral("create"), QStringLiteral("Leave Allocation"), QStringLiteral("LAL-00002"), {}, QStringLiteral("\"to_date\":\"2026-04-04\"")},
                   {QStringLiteral("sup"), QStringLiteral("approve"), QStringLiteral("Timesheet"), QStringLiteral("TS-00003"), QStringLiteral("Awaiting"), QStringLiteral("Accrued")}});
        t.clock().setToday(QDate(2026, 3, 30));
        QCOMPARE(Jobs(t.db(), t.clock()).remind().queued, 1);
        expect(t, {{QStringLiteral("system"), QStringLiteral("remind"), QStringLiteral("Employee"), QStringLiteral("EMP-B"), {}, QStringLiteral("\"expiring_minutes\":90")}});
        t.clock().setToday(QDate(2026, 4, 5));
        QCOMPARE(Jobs(t.db(), t.clock()).expire().lots, 1);
        expect(t, {{QStringLiteral("system"), QStringLiteral("expire"), QStringLiteral("Leave Allocation"), QStringLiteral("LAL-00002"), QStringLiteral("\"remaining_minutes\":90"), QStringLiteral("\"is_expired\":1")}});

        Auth auth(t.db(), t.clock());
        auth.resetPassword(hr, A, QStringLiteral("First-Secret-1"));
        expect(t, {{QStringLiteral("hr"), QStringLiteral("password reset"), QStringLiteral("Employee"), A, QStringLiteral("\"failed_logins\":0"), QStringLiteral("\"password\":\"reset\"")}});
        auth.changePassword(a, QStringLiteral("First-Secret-1"), QStringLiteral("Second-Secret-2"));
        expect(t, {{QStringLiteral("a"), QStringLiteral("password change"), QStringLiteral("Employee"), A, {}, QStringLiteral("\"password\":\"changed\"")}});
        QVERIFY_THROWS_EXCEPTION(Error, auth.signIn(QStringLiteral("a"), QStringLiteral("First-Secret-1")));
        expect(t, {{QStringLiteral("a"), QStringLiteral("sign-in failed"), QStringLiteral("Employee"), A, QStringLiteral("\"failed_logins\":0"), QStringLiteral("\"failed_logins\":1")}});

        QTemporaryDir out;
        const int rows = Audit(t.db(), t.clock()).exportCsv(hr, {}, out.filePath(QStringLiteral("log.csv")));
        expect(t, {{QStringLiteral("hr"), QStringLiteral("export"), QStringLiteral("Audit Log"), QStringLiteral("log.csv"), {}, QStringLiteral("{\"rows\":%1}").arg(rows)}});
        QCOMPARE(rows, t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() - 1);
        // A refusal writes nothing.
        QVERIFY_THROWS_EXCEPTION(Error, sheets.approve(a, ts));
        QVERIFY_THROWS_EXCEPTION(Error, Settings(t.db(), t.clock()).set(a, QString::fromLatin1(Settings::ReminderDays), QStringLiteral("3")));
        expect(t, {});
    }

    // HR reads and exports the log through lieuctl; others are refused; an export never overwrites by accident.
    void viewAndExportThroughLieuctl()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lieu.sqlite"));
        const Lieuctl cli(QStringLiteral(LIEUCTL_PATH), db);
        auto run = [&](const QStringList &args) { return cli.run(args); };
        QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        const int total = Database::open(db)->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

        auto view = run({QStringLiteral("audit"), QStringLiteral("--as"), QStringLiteral("hana"), QStringLiteral("--json"),
                         QStringLiteral("--doc"), QStringLiteral("TS-00001")});
        QCOMPARE(view.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(view.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3); // create, send, approve
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("approve"));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("sam"));
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("create"));

        auto refused = run({QStringLiteral("audit"), QStringLiteral("--as"), QStringLiteral("ella")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, QStringLiteral("lieuctl: Only HR can read the audit log\n"));
        QVERIFY(refused.out.isEmpty());
        auto badLimit = run({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("lots")});
        QCOMPARE(badLimit.exitCode, 1);
        QCOMPARE(badLimit.err, QStringLiteral("lieuctl: limit: \"lots\" must be a whole number from 1 to 1000000\n"));

        // The export's own file name is user text that lands in the log: the next export must defuse it.
        const QString evil = dir.filePath(QStringLiteral("=1+2.csv"));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--export"), evil, QStringLiteral("--as"), QStringLiteral("hana")}).exitCode, 0);
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        auto exported = run({QStringLiteral("audit"), QStringLiteral("--export"), path, QStringLiteral("--json")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(exported.out.toUtf8()).object().value(QStringLiteral("rows")).toInt(), total + 1);
        QFile f(path);
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,at,actor,action,doctype,docname,before,after\r\n"));
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), total + 2); // header, the demo's rows, the first export
        QVERIFY2(lines.last().contains(",hana,export,Audit Log,'=1+2.csv,,\"{\"\"rows\"\":"), lines.last().constData());
        QVERIFY(lines.at(1).startsWith("1,"));

        // Again without --force: refused, the file untouched, nothing logged.
        auto again = run({QStringLiteral("audit"), QStringLiteral("--export"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        QCOMPARE(Database::open(db)->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), total + 2);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--export"), path, QStringLiteral("--force")}).exitCode, 0);
        auto ella = run({QStringLiteral("audit"), QStringLiteral("--export"), dir.filePath(QStringLiteral("mine.csv")), QStringLiteral("--as"), QStringLiteral("ella")});
        QCOMPARE(ella.exitCode, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("mine.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
