// The outbox and its sender against a real SMTP server: each e-mail delivered once, a server that is down
// or refuses, back-off and retries, the at-most-once rule after an unconfirmed message, two senders at
// once, and reminders in the employee's language.
#include "Database.h"
#include "Directory.h"
#include "Doctor.h"
#include "Error.h"
#include "Jobs.h"
#include "Outbox.h"
#include "OutboxSender.h"
#include "Settings.h"
#include "SmtpTestServer.h"
#include "TestDb.h"

#include <QThread>
#include <QtTest>

using namespace lieu;
using namespace lieu::mail;
using lieu::test::SmtpTestServer;
using lieu::test::TestDb;

namespace {

#define START(server)                                                                                                  \
    do {                                                                                                               \
        QString why;                                                                                                   \
        QVERIFY2((server).start(&why), qPrintable(why));                                                               \
    } while (false)

void set(TestDb &t, const char *key, const QString &value)
{
    Settings(t.db(), t.clock()).set(Actor::system(), QString::fromLatin1(key), value);
}

// Points the settings at `server` (STARTTLS with its certificate and a login when it has one).
void configure(TestDb &t, const SmtpTestServer &server, const QString &security = QStringLiteral("none"),
               const QString &user = {})
{
    set(t, Settings::SmtpHost, QStringLiteral("127.0.0.1"));
    set(t, Settings::SmtpPort, QString::number(server.port()));
    set(t, Settings::SmtpSecurity, security);
    set(t, Settings::SmtpUser, user);
    set(t, Settings::SmtpFrom, QStringLiteral("lieu@example.org"));
    set(t, Settings::SmtpTimeoutSeconds, QStringLiteral("5"));
    if (security != QLatin1String("none"))
        set(t, Settings::SmtpCaFile, server.certificate());
}

DrainResult drain(TestDb &t, const QString &password = {})
{
    return OutboxSender(t.db(), t.clock(), MailSettings::load(t.db(), t.clock(), password)).drain();
}

QStringList recipients(const SmtpTestServer &server)
{
    QStringList out;
    for (const QJsonObject &m : server.messages())
        out << m.value(QStringLiteral("rcpt_tos")).toArray().first().toString();
    return out;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachEmailIsDeliveredOnce()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("starttls"), QStringLiteral("lieu"), QStringLiteral("pw")));
        START(server);
        TestDb t;
        configure(t, server, QStringLiteral("starttls"), QStringLiteral("lieu"));
        Outbox outbox(t.db(), t.clock());
        const qint64 first = outbox.enqueue(QStringLiteral("ann@example.org"), QStringLiteral("One"), QStringLiteral("Body one"),
                                            QStringLiteral("Employee"), QStringLiteral("EMP-A"));
        outbox.enqueue(QStringLiteral("ben@example.org"), QStringLiteral("Two"), QStringLiteral("Body two"));
        outbox.enqueue(QStringLiteral("cat@example.org"), QStringLiteral("Three"), QStringLiteral("Body three"));

        const DrainResult r = drain(t, QStringLiteral("pw"));
        QCOMPARE(r.sent, 3);
        QCOMPARE(r.failed + r.deferred + r.uncertain, 0);
        QCOMPARE(recipients(server), (QStringList{QStringLiteral("ann@example.org"), QStringLiteral("ben@example.org"),
                                                  QStringLiteral("cat@example.org")}));
        QCOMPARE(server.count(QStringLiteral("connect")), 1); // one session for the batch

        const OutboxMail m = outbox.get(first);
        QCOMPARE(m.status, Outbox::Sent);
        QCOMPARE(m.attempts, 1);
        QCOMPARE(m.sentAt, t.clock().now());
        QVERIFY(m.messageId.startsWith(QLatin1String("<lieu.EQ-00001.")));
        QVERIFY(m.messageId.endsWith(QLatin1String("@example.org>")));
        const QJsonObject got = server.messages().first();
        QCOMPARE(got.value(QStringLiteral("message_id")).toString(), m.messageId);
        QCOMPARE(got.value(QStringLiteral("subject")).toString(), QStringLiteral("One"));
        QCOMPARE(got.value(QStringLiteral("body")).toString(), QStringLiteral("Body one\n"));
        QCOMPARE(got.value(QStringLiteral("from")).toString(), QStringLiteral("Lieu <lieu@example.org>"));
        QCOMPARE(got.value(QStringLiteral("auto_submitted")).toString(), QStringLiteral("auto-generated"));
        QCOMPARE(server.messages().at(1).value(QStringLiteral("auto_submitted")), QJsonValue(QJsonValue::Null));

        // Again, and a day later: nothing is sent twice.
        QVERIFY(drain(t, QStringLiteral("pw")).idle());
        t.clock().advanceDays(1);
        QVERIFY(drain(t, QStringLiteral("pw")).idle());
        QCOMPARE(server.messages().size(), 3);
        QCOMPARE(server.count(QStringLiteral("connect")), 1); // nothing due: no connection at all
    }

    void serverDownKeepsMailQueuedWithBackoff()
    {
        TestDb t;
        const quint16 dead = SmtpTestServer::deadPort();
        set(t, Settings::SmtpHost, QStringLiteral("127.0.0.1"));
        set(t, Settings::SmtpPort, QString::number(dead));
        set(t, Settings::SmtpSecurity, QStringLiteral("none"));
        set(t, Settings::SmtpFrom, QStringLiteral("lieu@example.org"));
        Outbox outbox(t.db(), t.clock());
        const qint64 id = outbox.enqueue(QStringLiteral("ann@example.org"), QStringLiteral("Hi"), QStringLiteral("x"));
        const QDateTime start = t.clock().now();

        DrainResult r = drain(t);
        QCOMPARE(r.deferred, 1);
        QCOMPARE(r.sent, 0);
        OutboxMail m = outbox.get(id);
        QCOMPARE(m.status, Outbox::Failed);
        QCOMPARE(m.attempts, 1);
        QCOMPARE(m.nextAttemptAt, start.addSecs(300));
        QVERIFY2(m.lastError.contains(QString::number(dead)), qPrintable(m.lastError));

        // Before the back-off has passed nothing is tried.
        t.clock().advanceSecs(299);
        QVERIFY(drain(t).idle());
        QCOMPARE(outbox.get(id).attempts, 1);
        // Then it is, and fails again: the wait doubles.
        t.clock().advanceSecs(1);
        QCOMPARE(drain(t).deferred, 1);
        m = outbox.get(id);
        QCOMPARE(m.attempts, 2);
        QCOMPARE(m.nextAttemptAt, t.clock().now().addSecs(600));

        // The server comes up: the next attempt after the back-off delivers it, once.
        SmtpTestServer server;
        START(server);
        set(t, Settings::SmtpPort, QString::number(server.port()));
        t.clock().advanceSecs(600);
        r = drain(t);
        QCOMPARE(r.sent, 1);
        m = outbox.get(id);
        QCOMPARE(m.status, Outbox::Sent);
        QCOMPARE(m.attempts, 3);
        QCOMPARE(m.lastError, QString());
        QCOMPARE(server.messages().size(), 1);
    }

    void backoffDoublesUpToSixHours()
    {
        QCOMPARE(Outbox::backoffSeconds(1), 300);
        QCOMPARE(Outbox::backoffSeconds(2), 600);
        QCOMPARE(Outbox::backoffSeconds(3), 1200);
        QCOMPARE(Outbox::backoffSeconds(6), 9600);
        QCOMPARE(Outbox::backoffSeconds(7), 19200);
        QCOMPARE(Outbox::backoffSeconds(8), 6 * 3600);
        QCOMPARE(Outbox::backoffSeconds(40), 6 * 3600);
    }

    void temporaryRefusalIsRetriedAfterBackoff()
    {
        SmtpTestServer::Options o;
        o.tempfailMessages = 1;
        SmtpTestServer server(o);
        START(server);
        TestDb t;
        configure(t, server);
        Outbox outbox(t.db(), t.clock());
        const qint64 a = outbox.enqueue(QStringLiteral("ann@example.org"), QStringLiteral("A"), QStringLiteral("a"));
        const qint64 b = outbox.enqueue(QStringLiteral("ben@example.org"), QStringLiteral("B"), QStringLiteral("b"));

        DrainResult r = drain(t);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.sent, 1); // the session went on after the 451
        QCOMPARE(outbox.get(a).status, Outbox::Failed);
        QVERIFY(outbox.get(a).lastError.contains(QLatin1String("451")));
        QCOMPARE(outbox.get(a).nextAttemptAt, t.clock().now().addSecs(300));
        QCOMPARE(outbox.get(b).status, Outbox::Sent);

        t.clock().advanceSecs(300);
        r = drain(t);
        QCOMPARE(r.sent, 1);
        QCOMPARE(outbox.get(a).status, Outbox::Sent);
        QCOMPARE(outbox.get(a).attempts, 2);
        QCOMPARE(recipients(server), (QStringList{QStringLiteral("ben@example.org"), QStringLiteral("ann@example.org")}));
    }

    void permanentRefusalWaitsForAPerson()
    {
        SmtpTestServer::Options o;
        o.refuseRecipient = QStringLiteral("gone");
        SmtpTestServer server(o);
        START(server);
        TestDb t;
        t.addStandardPeople();
        configure(t, server);
        Outbox outbox(t.db(), t.clock());
        const qint64 gone = outbox.enqueue(QStringLiteral("gone@example.org"), QStringLiteral("A"), QStringLiteral("a"));
        outbox.enqueue(QStringLiteral("ben@example.org"), QStringLiteral("B"), QStringLiteral("b"));

        DrainResult r = drain(t);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.sent, 1);
        OutboxMail m = outbox.get(gone);
        QCOMPARE(m.status, Outbox::Failed);
        QVERIFY(!m.nextAttemptAt.isValid());
        QVERIFY(m.lastError.contains(QLatin1String("550")));

        // Never again on its own, however long we wait.
        t.clock().advanceDays(3);
        QVERIFY(drain(t).idle());
        QCOMPARE(outbox.get(gone).attempts, 1);

        // A person may requeue it (HR or the administrator), and it is audited.
        QVERIFY_THROWS_EXCEPTION(Error, outbox.retry(t.actor(QStringLiteral("a")), gone));
        outbox.retry(t.actor(QStringLiteral("hr")), gone);
        QCOMPARE(outbox.get(gone).status, Outbox::NotSent);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retry' AND docname = 'EQ-00001'")).toInt(), 1);
        QCOMPARE(drain(t).failed, 1);
        QCOMPARE(outbox.get(gone).attempts, 2);
        QCOMPARE(server.messages().size(), 1);
        // A sent one cannot be retried.
        try {
            outbox.retry(Actor::system(), 2);
            QFAIL("a sent e-mail was requeued");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QLatin1String("nothing to retry")));
        }
    }

    void unconfirmedMessageIsNeverResentOnItsOwn()
    {
        SmtpTestServer::Options o;
        o.hangAfterData = true;
        SmtpTestServer hanging(o);
        START(hanging);
        TestDb t;
        configure(t, hanging);
        set(t, Settings::SmtpTimeoutSeconds, QStringLiteral("1"));
        Outbox outbox(t.db(), t.clock());
        const qint64 id = outbox.enqueue(QStringLiteral("ann@example.org"), QStringLiteral("A"), QStringLiteral("a"));
        outbox.enqueue(QStringLiteral("ben@example.org"), QStringLiteral("B"), QStringLiteral("b"));

        DrainResult r = drain(t);
        QCOMPARE(r.uncertain, 1);
        QCOMPARE(r.sent, 0);
        QCOMPARE(hanging.messages().size(), 1); // the server has it
        OutboxMail m = outbox.get(id);
        QCOMPARE(m.status, Outbox::Sending);
        QVERIFY(m.lastError.contains(QLatin1String("may have the message")));
        const QString firstId = m.messageId;
        QCOMPARE(outbox.get(2).status, Outbox::NotSent); // untouched, sent next time

        // A working server later: the second goes, the first never does on its own.
        SmtpTestServer server;
        START(server);
        set(t, Settings::SmtpPort, QString::number(server.port()));
        set(t, Settings::SmtpTimeoutSeconds, QStringLiteral("5"));
        t.clock().advanceSecs(3600);
        r = drain(t);
        QCOMPARE(r.sent, 1);
        QCOMPARE(recipients(server), QStringList{QStringLiteral("ben@example.org")});
        QCOMPARE(outbox.interrupted().size(), 1);
        QCOMPARE(outbox.interrupted().first().id, id);
        bool warned = false;
        for (const Check &c : Doctor(t.db(), t.clock()).run())
            if (c.name == QLatin1String("Outbox")) {
                warned = c.status == Check::Status::Warn && c.detail.contains(QLatin1String("1 left Sending")) &&
                         c.detail.contains(QLatin1String("EQ-00001"));
                QVERIFY2(warned, qPrintable(c.detail));
            }
        QVERIFY(warned);

        // After checking, HR sends it again; it keeps its Message-ID, so a mailbox can tell a duplicate.
        outbox.retry(Actor::system(), id);
        QCOMPARE(drain(t).sent, 1);
        QCOMPARE(server.messages().last().value(QStringLiteral("message_id")).toString(), firstId);
        QCOMPARE(outbox.get(id).attempts, 2);
        QCOMPARE(outbox.interrupted().size(), 0);
    }

    void claimIsExclusive()
    {
        TestDb t;
        Outbox outbox(t.db(), t.clock());
        const qint64 id = outbox.enqueue(QStringLiteral("ann@example.org"), QStringLiteral("A"), QStringLiteral("a"));
        QVERIFY(outbox.claim(id, QStringLiteral("example.org")).has_value());
        QVERIFY(!outbox.claim(id, QStringLiteral("example.org")).has_value());
        QCOMPARE(outbox.get(id).attempts, 1);
        QCOMPARE(outbox.countDue(), 0);
    }

    void twoSendersAtOnceNeverDuplicate()
    {
        SmtpTestServer server;
        START(server);
        TestDb t;
        configure(t, server);
        {
            Outbox outbox(t.db(), t.clock());
            for (int i = 0; i < 30; ++i)
                outbox.enqueue(QStringLiteral("p%1@example.org").arg(i), QStringLiteral("Mail %1").arg(i), QStringLiteral("x"));
        }
        // Two runners (two open apps, or an app and cron) with their own connections.
        QList<DrainResult> results(2);
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i)
            threads << QThread::create([&, i] {
                auto db = Database::open(t.spec());
                results[i] = OutboxSender(*db, t.clock(), MailSettings::load(*db, t.clock(), {})).drain();
            });
        for (QThread *th : std::as_const(threads))
            th->start();
        for (QThread *th : std::as_const(threads)) {
            QVERIFY(th->wait(120000));
            delete th;
        }
        QCOMPARE(results[0].sent + results[1].sent, 30);
        QStringList got = recipients(server);
        QCOMPARE(got.size(), 30);
        got.removeDuplicates();
        QCOMPARE(got.size(), 30);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM email_queue WHERE status = 'Sent' AND attempts = 1")).toInt(), 30);
    }

    void notConfiguredLeavesMailWaiting()
    {
        TestDb t;
        Outbox outbox(t.db(), t.clock());
        outbox.enqueue(QStringLiteral("ann@example.org"), QStringLiteral("A"), QStringLiteral("a"));
        QVERIFY(!MailSettings::load(t.db(), t.clock(), {}).configured());
        QCOMPARE(smtpOutboxDrain({})(t.db(), t.clock()), QString());
        set(t, Settings::SmtpHost, QStringLiteral("127.0.0.1"));
        const DrainResult r = drain(t);
        QVERIFY(r.error.contains(QLatin1String("smtp_from")));
        QCOMPARE(outbox.get(1).status, Outbox::NotSent);
        QCOMPARE(outbox.get(1).attempts, 0);
    }

    void settingsAreValidated_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("host") << "smtp_host" << "mail.example.org" << true;
        QTest::newRow("host empty") << "smtp_host" << "" << true;
        QTest::newRow("host with space") << "smtp_host" << "mail example" << false;
        QTest::newRow("port") << "smtp_port" << "465" << true;
        QTest::newRow("port 0") << "smtp_port" << "0" << false;
        QTest::newRow("port big") << "smtp_port" << "70000" << false;
        QTest::newRow("security") << "smtp_security" << "tls" << true;
        QTest::newRow("security ssl") << "smtp_security" << "ssl" << false;
        QTest::newRow("from") << "smtp_from" << "hr@example.org" << true;
        QTest::newRow("from bad") << "smtp_from" << "hr at example" << false;
        QTest::newRow("ca missing") << "smtp_ca_file" << "/nonexistent/ca.pem" << false;
        QTest::newRow("ignore") << "smtp_ignore_tls_errors" << "1" << true;
        QTest::newRow("ignore yes") << "smtp_ignore_tls_errors" << "yes" << false;
        QTest::newRow("timeout") << "smtp_timeout_seconds" << "0" << false;
        QTest::newRow("expiry time") << "expiry_time" << "3:30" << true;
        QTest::newRow("expiry time bad") << "expiry_time" << "25:00" << false;
        QTest::newRow("weekday") << "reminder_weekday" << "5" << true;
        QTest::newRow("weekday 8") << "reminder_weekday" << "8" << false;
    }

    void settingsAreValidated()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        TestDb t;
        Settings s(t.db(), t.clock());
        const QString before = s.value(key);
        try {
            s.set(Actor::system(), key, value);
            QVERIFY2(ok, "accepted a bad value");
            QCOMPARE(s.value(key), value);
        } catch (const Error &e) {
            QVERIFY2(!ok, qPrintable(e.message()));
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), key);
            QCOMPARE(e.value(), value);
            QVERIFY(e.message().startsWith(key + QLatin1Char(':')));
            QCOMPARE(s.value(key), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
