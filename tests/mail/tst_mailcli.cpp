// lieuctl's outbox and mail commands, and the duties run from cron, against a real SMTP server.
#include "Jobs.h"
#include "Ledger.h"
#include "Outbox.h"
#include "Settings.h"
#include "SmtpTestServer.h"
#include "TestDb.h"

#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace lieu;
using lieu::test::SmtpTestServer;
using lieu::test::TestDb;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run lieuctl(const TestDb &t, const QStringList &args, const QString &password = QStringLiteral("pw"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LIEU_USER"));
    env.remove(QStringLiteral("LIEU_TODAY"));
    env.insert(QStringLiteral("LIEU_DB"), t.spec());
    env.insert(QStringLiteral("LIEU_SMTP_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIEUCTL_PATH), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#define LIEUCTL_OK(t, ...)                                                                                             \
    do {                                                                                                               \
        const Run r_ = lieuctl(t, __VA_ARGS__);                                                                        \
        QVERIFY2(r_.code == 0, qPrintable(r_.out + r_.err));                                                           \
    } while (false)

void pointAt(const TestDb &t, const SmtpTestServer &server)
{
    const QList<QPair<QString, QString>> settings = {
        {QStringLiteral("smtp_host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("smtp_port"), QString::number(server.port())},
        {QStringLiteral("smtp_security"), QStringLiteral("starttls")},
        {QStringLiteral("smtp_ca_file"), server.certificate()},
        {QStringLiteral("smtp_user"), QStringLiteral("lieu")},
        {QStringLiteral("smtp_from"), QStringLiteral("hr@example.org")},
        {QStringLiteral("smtp_timeout_seconds"), QStringLiteral("5")},
    };
    for (const auto &[key, value] : settings) {
        const Run r = lieuctl(t, {QStringLiteral("settings"), QStringLiteral("set"), key, value});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
}

} // namespace

class TestMailCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxAndTestMail()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("starttls"), QStringLiteral("lieu"), QStringLiteral("pw")));
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        TestDb t;
        t.addStandardPeople();

        // Nothing set up yet: a clear refusal, and the outbox untouched.
        Outbox(t.db(), t.clock()).enqueue(QStringLiteral("a@example.org"), QStringLiteral("Queued"), QStringLiteral("x"));
        Run r = lieuctl(t, {QStringLiteral("outbox"), QStringLiteral("send")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("smtp_host is not set")), qPrintable(r.err));
        r = lieuctl(t, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp_security"), QStringLiteral("ssl")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("smtp_security: \"ssl\" must be")), qPrintable(r.err));

        pointAt(t, server);
        r = lieuctl(t, {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("ops@example.org"), QStringLiteral("--subject"),
                        QStringLiteral("Prüfung ✓")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Test e-mail sent to ops@example.org")));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().value(QStringLiteral("subject")).toString(), QStringLiteral("Prüfung ✓"));
        QCOMPARE(server.messages().first().value(QStringLiteral("mail_from")).toString(), QStringLiteral("hr@example.org"));
        // The test e-mail does not go through the outbox.
        QCOMPARE(Outbox(t.db(), t.clock()).list().size(), 1);

        r = lieuctl(t, {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("ops@example.org")}, QStringLiteral("wrong"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("535")), qPrintable(r.err));

        r = lieuctl(t, {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("send")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("waiting")).toInt(), 0);

        r = lieuctl(t, {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list")});
        const QJsonArray list = r.json().value(QStringLiteral("emails")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Sent"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("attempts")).toInt(), 1);

        // A sent e-mail is not requeued; an unknown one is named.
        r = lieuctl(t, {QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("EQ-00001")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("nothing to retry")));
        r = lieuctl(t, {QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("EQ-00099")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("EQ-00099")));
        r = lieuctl(t, {QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("bogus")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("\"bogus\" is not a document name")));
    }

    void serverDownThenRetryByHand()
    {
        TestDb t;
        t.addStandardPeople();
        SmtpTestServer::Options o = SmtpTestServer::Options::with(QStringLiteral("starttls"), QStringLiteral("lieu"), QStringLiteral("pw"));
        o.refuseRecipient = QStringLiteral("gone");
        SmtpTestServer server(o);
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        pointAt(t, server);
        Outbox outbox(t.db(), t.clock());
        outbox.enqueue(QStringLiteral("gone@example.org"), QStringLiteral("A"), QStringLiteral("a"));
        outbox.enqueue(QStringLiteral("b@example.org"), QStringLiteral("B"), QStringLiteral("b"));

        Run r = lieuctl(t, {QStringLiteral("outbox"), QStringLiteral("send")});
        QCOMPARE(r.code, 1); // something did not go: cron mails the output
        QVERIFY2(r.out.contains(QLatin1String("1 e-mail sent, 1 failed")), qPrintable(r.out));
        r = lieuctl(t, {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("Error")});
        QVERIFY2(r.out.contains(QLatin1String("EQ-00001")) && r.out.contains(QLatin1String("waits for retry")) &&
                     r.out.contains(QLatin1String("550")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("EQ-00002")));

        // Only HR (or the administrator) requeues.
        r = lieuctl(t, {QStringLiteral("--as"), QStringLiteral("a"), QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        LIEUCTL_OK(t, {QStringLiteral("--as"), QStringLiteral("hr"), QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("1")});
        QCOMPARE(outbox.get(1).status, Outbox::NotSent);

        // Now the server is gone: the e-mail is deferred, not lost.
        server.stop();
        r = lieuctl(t, {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("send")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(QStringLiteral("deferred")).toInt(), 1);
        QCOMPARE(outbox.get(1).status, Outbox::Failed);
        QVERIFY(outbox.get(1).nextAttemptAt.isValid());
    }

    // Cron, as the docs give it: expire daily at 02:00, remind and send on Mondays at 09:00, send hourly.
    void cronOverThreeWeeks()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("starttls"), QStringLiteral("lieu"), QStringLiteral("pw")));
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        TestDb t(QDate(2026, 1, 1));
        t.addStandardPeople();
        Settings settings(t.db(), t.clock());
        LeaveTypeSettings lt = settings.toilLeaveType();
        lt.expiryDays = 20;
        settings.setToilLeaveType(Actor::system(), lt);
        pointAt(t, server);
        t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 14), QDate(2025, 12, 20), 120); // 1: 12-21 .. 01-09
        t.accrue(QStringLiteral("EMP-B"), QDate(2025, 12, 23), QDate(2025, 12, 29), 200); // 2: 12-30 .. 01-18
        t.accrue(QStringLiteral("EMP-C"), QDate(2026, 1, 11), QDate(2026, 1, 17), 300);   // 3: 01-18 .. 02-06

        QMap<QDate, QStringList> got;
        for (QDate day(2026, 1, 1); day <= QDate(2026, 1, 21); day = day.addDays(1)) {
            const QString today = day.toString(Qt::ISODate);
            LIEUCTL_OK(t, {QStringLiteral("--today"), today, QStringLiteral("expire")});
            if (day.dayOfWeek() == 1) {
                const qsizetype before = server.messages().size();
                LIEUCTL_OK(t, {QStringLiteral("--today"), today, QStringLiteral("remind")});
                LIEUCTL_OK(t, {QStringLiteral("--today"), today, QStringLiteral("outbox"), QStringLiteral("send")});
                const QList<QJsonObject> messages = server.messages();
                for (qsizetype i = before; i < messages.size(); ++i)
                    got[day] << messages.at(i).value(QStringLiteral("rcpt_tos")).toArray().first().toString();
            }
            // The hourly send finds nothing more.
            const Run r = lieuctl(t, {QStringLiteral("--today"), today, QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("send")});
            QCOMPARE(r.json().value(QStringLiteral("sent")).toInt(), 0);
            Ledger ledger(t.db(), t.clock());
            for (qint64 lot = 1; lot <= 3; ++lot)
                QCOMPARE(ledger.lot(lot).isExpired, ledger.lot(lot).toDate < day);
        }
        const QMap<QDate, QStringList> expected = {
            {QDate(2026, 1, 5), {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")}},
            {QDate(2026, 1, 19), {QStringLiteral("c@example.org")}},
        };
        QCOMPARE(got, expected);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = 'expire' AND result = 'Success'")).toInt(), 21);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM job_run WHERE job = 'remind' AND result = 'Success'")).toInt(), 3);

        const Run doctor = lieuctl(t, {QStringLiteral("--today"), QStringLiteral("2026-01-21"), QStringLiteral("doctor")});
        QVERIFY2(doctor.out.contains(QLatin1String("Mail settings: SMTP server 127.0.0.1")), qPrintable(doctor.out));
        QVERIFY2(doctor.out.contains(QLatin1String("Outbox: 0 e-mails in Error")), qPrintable(doctor.out));
    }
};

QTEST_GUILESS_MAIN(TestMailCli)
#include "tst_mailcli.moc"
