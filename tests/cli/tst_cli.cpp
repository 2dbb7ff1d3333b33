// End to end: the built lieuctl binary drives a whole TOIL life, with the dates set by --today.
#include "Lieuctl.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using lieu::test::CliResult;
using lieu::test::Lieuctl;

namespace {
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Lieuctl fresh(const QString &name)
    {
        Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), m_dir.filePath(name));
        const CliResult r = ctl.run({QStringLiteral("init")});
        [&] { QCOMPARE(r.exitCode, 0); }();
        return ctl;
    }

    static void ok(const CliResult &r)
    {
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    }

private Q_SLOTS:
    void wholeToilLife()
    {
        Lieuctl ctl = fresh(QStringLiteral("life.sqlite"));
        ctl.setToday(QStringLiteral("2026-03-02"));
        ok(ctl.run(words("employee add EMP-0001 --name Hana --email hana@example.org --login hana --hr")));
        ok(ctl.run(words("employee add EMP-0002 --name Sam --email sam@example.org --login sam --reports-to EMP-0001")));
        ok(ctl.run(words("employee add EMP-0003 --name Ella --email ella@example.org --login ella --reports-to EMP-0002")));
        ok(ctl.run(words("employee add EMP-0004 --name Omar --email omar@example.org --login omar --reports-to EMP-0001")));
        ok(ctl.run(words("holiday add 2026-03-11 --name Spring")));

        CliResult r = ctl.run(words("--json --as ella timesheet create EMP-0003 --from 2026-02-23 --to 2026-03-01 "
                                    "--log 2026-02-23,8,billable,Client --log 2026-02-24,2.5,non-billable,Release "
                                    "--log 2026-02-25,1:15,non-billable,Support --log 2026-02-27,5,non-billable,Release "
                                    "--log 2026-02-28,4,non-billable,Weekend"));
        ok(r);
        const QString ts = r.json().value(QStringLiteral("id")).toString();
        QCOMPARE(ts, QStringLiteral("TS-00001"));
        r = ctl.run({QStringLiteral("--json"), QStringLiteral("timesheet"), QStringLiteral("show"), ts});
        ok(r);
        QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("Draft"));
        QCOMPARE(j.value(QStringLiteral("docstatus")).toInt(), 0);
        QCOMPARE(j.value(QStringLiteral("toil_status")).toString(), QStringLiteral("Pending Accrual"));
        QCOMPARE(j.value(QStringLiteral("total_toil_minutes")).toInteger(), qint64(765)); // 2:30 + 1:15 + 5:00 + 4:00
        QCOMPARE(j.value(QStringLiteral("toil_days")).toDouble(), 1.594);
        QVERIFY(j.value(QStringLiteral("toil_allocation")).isNull());

        // Person-actions need --as; the wrong person is refused with the seed's message.
        r = ctl.run({QStringLiteral("timesheet"), QStringLiteral("send"), ts});
        QCOMPARE(r.exitCode, 2);
        ok(ctl.run({QStringLiteral("--as"), QStringLiteral("ella"), QStringLiteral("timesheet"), QStringLiteral("send"), ts}));
        r = ctl.run({QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("omar"), QStringLiteral("timesheet"),
                     QStringLiteral("approve"), ts});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("Only the immediate supervisor can approve this timesheet"));
        QVERIFY(r.err.contains(QStringLiteral("Only the immediate supervisor can approve this timesheet")));
        r = ctl.run({QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("sam"), QStringLiteral("timesheet"),
                     QStringLiteral("approve"), ts});
        ok(r);
        j = r.json();
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("Approved"));
        QCOMPARE(j.value(QStringLiteral("docstatus")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("toil_status")).toString(), QStringLiteral("Accrued"));
        QCOMPARE(j.value(QStringLiteral("toil_allocation")).toString(), QStringLiteral("LAL-00001"));

        r = ctl.run(words("--json --as ella balance EMP-0003"));
        ok(r);
        j = r.json();
        QCOMPARE(j.value(QStringLiteral("available_minutes")).toInteger(), qint64(765));
        QCOMPARE(j.value(QStringLiteral("pending_minutes")).toInteger(), qint64(0));
        QCOMPARE(j.value(QStringLiteral("available_days")).toDouble(), 1.594);
        QJsonObject lot = j.value(QStringLiteral("lots")).toArray().first().toObject();
        QCOMPARE(lot.value(QStringLiteral("allocation")).toString(), QStringLiteral("LAL-00001"));
        QCOMPARE(lot.value(QStringLiteral("from_date")).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(lot.value(QStringLiteral("to_date")).toString(), QStringLiteral("2026-08-28"));
        QCOMPARE(lot.value(QStringLiteral("allocated_minutes")).toInteger(), qint64(765));
        QCOMPARE(lot.value(QStringLiteral("remaining_minutes")).toInteger(), qint64(765));
        // Omar is not Ella's supervisor: he may not read her balance.
        QCOMPARE(ctl.run(words("--as omar balance EMP-0003")).exitCode, 1);

        // Leave: Tue 10 .. Thu 12 with the Wednesday a holiday and a half day on Thursday = 1.5 days.
        r = ctl.run(words("--json --as ella leave apply EMP-0003 --from 2026-03-10 --to 2026-03-12 --half-day 2026-03-12 --reason Trip"));
        ok(r);
        const QString la = r.json().value(QStringLiteral("id")).toString();
        QCOMPARE(la, QStringLiteral("LAP-00001"));
        r = ctl.run(words("--json --as ella balance EMP-0003"));
        QCOMPARE(r.json().value(QStringLiteral("pending_minutes")).toInteger(), qint64(720));
        r = ctl.run(words("--json --as ella leave apply EMP-0003 --from 2026-03-13 --to 2026-03-13"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.json().value(QStringLiteral("error")).toString().startsWith(QStringLiteral("Insufficient TOIL Balance")));
        ok(ctl.run({QStringLiteral("--as"), QStringLiteral("sam"), QStringLiteral("leave"), QStringLiteral("approve"), la}));
        r = ctl.run({QStringLiteral("--json"), QStringLiteral("leave"), QStringLiteral("show"), la});
        j = r.json();
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("Approved"));
        QCOMPARE(j.value(QStringLiteral("total_leave_days")).toDouble(), 1.5);
        QCOMPARE(j.value(QStringLiteral("minutes")).toInteger(), qint64(720));

        r = ctl.run(words("--json ledger EMP-0003"));
        const QJsonArray entries = r.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("minutes")).toInteger(), qint64(-720));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("transaction_type")).toString(), QStringLiteral("Leave Application"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("transaction_name")).toString(), la);
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-10"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("is_expired")).toInt(), 0);
    }

    void expiryAndRemindersFromCron()
    {
        Lieuctl ctl = fresh(QStringLiteral("jobs.sqlite"));
        ctl.setToday(QStringLiteral("2026-01-05"));
        ok(ctl.run(words("employee add EMP-1 --name Sup --email s@example.org --login s")));
        ok(ctl.run(words("employee add EMP-2 --name Eve --email eve@example.org --login e --reports-to EMP-1")));
        ok(ctl.run(words("leave-type set --expiry-days 30")));
        ok(ctl.run(words("--as e timesheet create EMP-2 --from 2025-12-29 --to 2026-01-04 --log 2026-01-02,3,non-billable")));
        ok(ctl.run(words("--as e timesheet send TS-00001")));
        ok(ctl.run(words("--as s timesheet approve TS-00001"))); // valid 2026-01-05 .. 2026-02-03

        ctl.setToday(QStringLiteral("2026-01-12"));
        CliResult r = ctl.run(words("--json remind"));
        ok(r);
        QCOMPARE(r.json().value(QStringLiteral("queued")).toInt(), 1);
        QCOMPARE(ctl.run(words("--json remind")).json().value(QStringLiteral("queued")).toInt(), 0);

        ctl.setToday(QStringLiteral("2026-02-03"));
        QCOMPARE(ctl.run(words("--json expire")).json().value(QStringLiteral("expired")).toInt(), 0);
        ctl.setToday(QStringLiteral("2026-02-10"));
        r = ctl.run(words("--json expire"));
        QCOMPARE(r.json().value(QStringLiteral("expired")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("expired_minutes")).toInteger(), qint64(180));
        QCOMPARE(ctl.run(words("--json expire")).json().value(QStringLiteral("expired")).toInt(), 0);
        r = ctl.run(words("--json ledger EMP-2"));
        const QJsonObject last = r.json().value(QStringLiteral("entries")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("minutes")).toInteger(), qint64(-180));
        QCOMPARE(last.value(QStringLiteral("date")).toString(), QStringLiteral("2026-02-03"));
        QCOMPARE(last.value(QStringLiteral("is_expired")).toInt(), 1);

        r = ctl.run(words("--json jobs"));
        QCOMPARE(r.json().value(QStringLiteral("runs")).toArray().size(), 5);

        r = ctl.run(words("--json doctor"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        bool sawExpiry = false;
        for (const QJsonValue &c : r.json().value(QStringLiteral("checks")).toArray())
            if (c.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Expiry job (daily)")) {
                sawExpiry = true;
                QCOMPARE(c.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
            }
        QVERIFY(sawExpiry);

        // From cron with --once, reminders are claimed for the latest reminder weekday (Monday), as the
        // app's scheduler claims them: on Friday 2026-02-13 that is Monday 2026-02-09, and a second run
        // that day, or on Sunday, finds it done.
        ctl.setToday(QStringLiteral("2026-02-13"));
        ok(ctl.run(words("remind --once")));
        r = ctl.run(words("--json remind --once"));
        ok(r);
        QCOMPARE(r.json().value(QStringLiteral("skipped")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-02-09"));
        ctl.setToday(QStringLiteral("2026-02-15"));
        QCOMPARE(ctl.run(words("--json remind --once")).json().value(QStringLiteral("due_date")).toString(),
                 QStringLiteral("2026-02-09"));
        ctl.setToday(QStringLiteral("2026-02-16")); // the next Monday: due again
        QVERIFY(!ctl.run(words("--json remind --once")).json().contains(QStringLiteral("skipped")));
        r = ctl.run(words("--json jobs"));
        QCOMPARE(r.json().value(QStringLiteral("runs")).toArray().size(), 7);
    }

    void whoamiIsTheSeedsGetUserRole()
    {
        Lieuctl ctl = fresh(QStringLiteral("who.sqlite"));
        ok(ctl.run(words("employee add EMP-1 --name Hana --email h@example.org --login hana --hr")));
        ok(ctl.run(words("employee add EMP-2 --name Sam --email s@example.org --login sam --reports-to EMP-1")));
        ok(ctl.run(words("employee add EMP-3 --name Ella --email e@example.org --login ella --reports-to EMP-2")));
        const QJsonObject hana = ctl.run(words("--json --as hana whoami")).json();
        QCOMPARE(hana.value(QStringLiteral("role")).toString(), QStringLiteral("hr"));
        QCOMPARE(hana.value(QStringLiteral("roles")).toArray().size(), 3); // employee, supervisor (of Sam), hr
        QCOMPARE(ctl.run(words("--json --as sam whoami")).json().value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(ctl.run(words("--json --as ella whoami")).json().value(QStringLiteral("employee")).toString(), QStringLiteral("EMP-3"));
        QCOMPARE(ctl.run(words("--as nobody whoami")).exitCode, 1);
    }

    void exitStatuses()
    {
        Lieuctl ctl = fresh(QStringLiteral("exit.sqlite"));
        QCOMPARE(ctl.run(words("frobnicate")).exitCode, 2);
        const CliResult status = ctl.run(words("timesheet list --status awaiting"));
        QCOMPARE(status.exitCode, 1);
        QCOMPARE(status.err, QStringLiteral("lieuctl: status: \"awaiting\" is not a timesheet status (Draft, Awaiting "
                                            "Approval, Rejected, Approved, Cancelled)\n"));
        QCOMPARE(ctl.run(words("leave list --status Pending")).exitCode, 1);
        const CliResult version = ctl.run(words("--version"));
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("lieuctl ")), qPrintable(version.out));
        QCOMPARE(ctl.run(words("timesheet create")).exitCode, 2);
        QCOMPARE(ctl.run(words("balance EMP-1 --bogus 3")).exitCode, 2);
        CliResult r = ctl.run(words("--json employee add EMP-1 --name X --email not-an-address"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("not-an-address")));
        QCOMPARE(ctl.run(words("--json employee list")).json().value(QStringLiteral("employees")).toArray().size(), 0);
        r = ctl.run(words("--today 2026-02-30 expire"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("2026-02-30")));
        // a file that is not a database
        const QString junk = m_dir.filePath(QStringLiteral("junk.txt"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello, this is plain text and not an SQLite database\n");
        f.close();
        Lieuctl bad(QStringLiteral(LIEUCTL_PATH), junk);
        r = bad.run(words("--json doctor"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("not a Lieu database")));
        // a database that was never initialised
        Lieuctl empty(QStringLiteral(LIEUCTL_PATH), m_dir.filePath(QStringLiteral("never.sqlite")));
        QCOMPARE(empty.run(words("employee list")).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
