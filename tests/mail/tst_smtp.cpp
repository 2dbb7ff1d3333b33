// The SMTP client against a real server (aiosmtpd on loopback): plain, STARTTLS and implicit TLS,
// AUTH PLAIN and LOGIN, what the server received, refusals, a server that is down or silent.
#include "MimeMessage.h"
#include "SmtpClient.h"
#include "SmtpTestServer.h"

#include <QTcpServer>
#include <QtTest>

using namespace lieu::mail;
using lieu::test::SmtpTestServer;

namespace {

SmtpConfig configFor(const SmtpTestServer &server, SmtpSecurity security)
{
    SmtpConfig c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = server.port();
    c.security = security;
    c.timeoutMs = 10000;
    c.heloName = QStringLiteral("lieu-test-client");
    return c;
}

QByteArray message(const QString &to, const QString &subject, const QString &body)
{
    MimeMessage m;
    m.setFrom({QStringLiteral("lieu@example.org"), QStringLiteral("Lieu Test")});
    m.addTo({to, {}});
    m.setSubject(subject);
    m.setBody(body);
    m.setDate(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    m.setMessageId(QStringLiteral("<test.1@example.org>"));
    return m.toByteArray();
}

#define START(server)                                                                                                  \
    do {                                                                                                               \
        QString why;                                                                                                   \
        QVERIFY2((server).start(&why), qPrintable(why));                                                               \
    } while (false)

} // namespace

class TestSmtp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainSessionDeliversWhatWasBuilt()
    {
        SmtpTestServer server;
        START(server);
        SmtpClient client(configFor(server, SmtpSecurity::None));
        client.open();
        const QString subject = QStringLiteral("Überstunden: 7:30 h verfallen am 2026-02-01 ✓");
        const QString body = QStringLiteral("Liebe Änne,\n.Punkt am Zeilenanfang\n") + QString(100, QLatin1Char('x')) +
                             QStringLiteral("\nGrüße\n");
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("anne@example.org")},
                    message(QStringLiteral("anne@example.org"), subject, body));
        client.quit();

        const QList<QJsonObject> got = server.messages();
        QCOMPARE(got.size(), 1);
        const QJsonObject m = got.first();
        QCOMPARE(m.value(QStringLiteral("mail_from")).toString(), QStringLiteral("lieu@example.org"));
        QCOMPARE(m.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray{QStringLiteral("anne@example.org")});
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), subject);
        QCOMPARE(m.value(QStringLiteral("body")).toString(), body);
        QCOMPARE(m.value(QStringLiteral("from")).toString(), QStringLiteral("Lieu Test <lieu@example.org>"));
        QCOMPARE(m.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(m.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(m.value(QStringLiteral("transfer_encoding")).toString(), QStringLiteral("quoted-printable"));
        QCOMPARE(m.value(QStringLiteral("mime_version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(m.value(QStringLiteral("message_id")).toString(), QStringLiteral("<test.1@example.org>"));
        QCOMPARE(m.value(QStringLiteral("date")).toString(), QStringLiteral("Mon, 05 Jan 2026 09:00:00 +0000"));
        QCOMPARE(m.value(QStringLiteral("defects")).toArray(), QJsonArray());
        QCOMPARE(m.value(QStringLiteral("header_defects")).toArray(), QJsonArray());
        QVERIFY(m.value(QStringLiteral("longest_line")).toInt() <= 78);
        QCOMPARE(m.value(QStringLiteral("bare_lf")).toBool(), false);
        QCOMPARE(m.value(QStringLiteral("tls")).toBool(), false);
        QVERIFY(m.value(QStringLiteral("header_block")).toString().contains(QLatin1String("Subject: =?UTF-8?B?")));
        QCOMPARE(server.count(QStringLiteral("connect")), 1);
    }

    void asciiAndBase64Bodies()
    {
        SmtpTestServer server;
        START(server);
        SmtpClient client(configFor(server, SmtpSecurity::None));
        client.open();
        const QString ascii = QStringLiteral("Plain text.\nSecond line.\n");
        const QString greek = QStringLiteral("Ο χρόνος σας λήγει σύντομα.\n代休はまもなく失効します。\n");
        // Two messages in one session.
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                    message(QStringLiteral("a@example.org"), QStringLiteral("ascii"), ascii));
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("b@example.org")},
                    message(QStringLiteral("b@example.org"), QStringLiteral("Λήξη"), greek));
        client.quit();
        const QList<QJsonObject> got = server.messages();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).value(QStringLiteral("transfer_encoding")).toString(), QStringLiteral("7bit"));
        QCOMPARE(got.at(0).value(QStringLiteral("body")).toString(), ascii);
        QCOMPARE(got.at(1).value(QStringLiteral("transfer_encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(got.at(1).value(QStringLiteral("body")).toString(), greek);
        QCOMPARE(got.at(1).value(QStringLiteral("subject")).toString(), QStringLiteral("Λήξη"));
        QCOMPARE(server.count(QStringLiteral("connect")), 1);
    }

    void startTlsWithAuthPlain()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("starttls"), QStringLiteral("lieu"), QStringLiteral("s3cret pass")));
        START(server);
        SmtpConfig c = configFor(server, SmtpSecurity::StartTls);
        c.caFile = server.certificate();
        c.user = QStringLiteral("lieu");
        c.password = QStringLiteral("s3cret pass");
        SmtpClient client(c);
        client.open();
        QVERIFY(client.isEncrypted());
        QCOMPARE(client.authMechanism(), QStringLiteral("PLAIN"));
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                    message(QStringLiteral("a@example.org"), QStringLiteral("tls"), QStringLiteral("hello")));
        client.quit();
        const QList<QJsonObject> got = server.messages();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().value(QStringLiteral("tls")).toBool(), true);
        QCOMPARE(got.first().value(QStringLiteral("auth_mechanism")).toString(), QStringLiteral("PLAIN"));
        QCOMPARE(got.first().value(QStringLiteral("auth_login")).toString(), QStringLiteral("lieu"));
        // The password never shows in the transcript.
        QVERIFY(!client.transcript().join(QLatin1Char('\n')).contains(QLatin1String("s3cret")));
        QVERIFY(!client.transcript().join(QLatin1Char('\n')).contains(
            QString::fromLatin1(QByteArray(QByteArray(1, '\0') + "lieu" + QByteArray(1, '\0') + "s3cret pass").toBase64())));
    }

    void startTlsWithAuthLogin()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("starttls"), QStringLiteral("lieu"), QStringLiteral("pw"), QStringLiteral("LOGIN")));
        START(server);
        SmtpConfig c = configFor(server, SmtpSecurity::StartTls);
        c.caFile = server.certificate();
        c.user = QStringLiteral("lieu");
        c.password = QStringLiteral("pw");
        SmtpClient client(c);
        client.open();
        QCOMPARE(client.authMechanism(), QStringLiteral("LOGIN"));
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                    message(QStringLiteral("a@example.org"), QStringLiteral("login"), QStringLiteral("hello")));
        client.quit();
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().value(QStringLiteral("auth_mechanism")).toString(), QStringLiteral("LOGIN"));
    }

    void implicitTlsWithAuth()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("tls"), QStringLiteral("lieu"), QStringLiteral("pw")));
        START(server);
        SmtpConfig c = configFor(server, SmtpSecurity::Tls);
        c.caFile = server.certificate();
        c.user = QStringLiteral("lieu");
        c.password = QStringLiteral("pw");
        SmtpClient client(c);
        client.open();
        QVERIFY(client.isEncrypted());
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                    message(QStringLiteral("a@example.org"), QStringLiteral("implicit"), QStringLiteral("hello")));
        client.quit();
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().value(QStringLiteral("tls")).toBool(), true);
    }

    void wrongPasswordIsRefused()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("starttls"), QStringLiteral("lieu"), QStringLiteral("right")));
        START(server);
        SmtpConfig c = configFor(server, SmtpSecurity::StartTls);
        c.caFile = server.certificate();
        c.user = QStringLiteral("lieu");
        c.password = QStringLiteral("wrong");
        SmtpClient client(c);
        try {
            client.open();
            QFAIL("a wrong password was accepted");
        } catch (const SmtpFailure &f) {
            QCOMPARE(f.code, 535);
            QVERIFY(!f.permanent); // a setting to fix, the mail stays queued
            QVERIFY2(f.message.contains(QLatin1String("AUTH as lieu")), qPrintable(f.message));
        }
        QCOMPARE(server.count(QStringLiteral("auth")), 1);
        QCOMPARE(server.messages().size(), 0);
    }

    void untrustedCertificateIsRefusedUnlessIgnored()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("tls")));
        START(server);
        {
            SmtpClient client(configFor(server, SmtpSecurity::Tls));
            try {
                client.open();
                QFAIL("a self-signed certificate was trusted without being configured");
            } catch (const SmtpFailure &f) {
                QCOMPARE(f.code, 0);
                QVERIFY2(f.message.contains(QLatin1String("certificate")), qPrintable(f.message));
            }
        }
        SmtpConfig c = configFor(server, SmtpSecurity::Tls);
        c.ignoreTlsErrors = true;
        SmtpClient client(c);
        client.open();
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                    message(QStringLiteral("a@example.org"), QStringLiteral("ignored"), QStringLiteral("hello")));
        client.quit();
        QCOMPARE(server.messages().size(), 1);
    }

    void startTlsIsNeverSkipped()
    {
        // The server offers no STARTTLS: the client stops before AUTH rather than log in in plain text.
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("plain"), QStringLiteral("lieu"), QStringLiteral("pw")));
        START(server);
        SmtpConfig c = configFor(server, SmtpSecurity::StartTls);
        c.user = QStringLiteral("lieu");
        c.password = QStringLiteral("pw");
        SmtpClient client(c);
        QVERIFY_THROWS_EXCEPTION(SmtpFailure, client.open());
        QCOMPARE(server.count(QStringLiteral("auth")), 0);
    }

    void heloWhenTheServerHasNoEsmtp()
    {
        SmtpTestServer::Options o;
        o.noEhlo = true;
        SmtpTestServer server(o);
        START(server);
        SmtpClient client(configFor(server, SmtpSecurity::None));
        client.open();
        QVERIFY(client.extensions().isEmpty());
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                    message(QStringLiteral("a@example.org"), QStringLiteral("old"), QStringLiteral("hello")));
        client.quit();
        QCOMPARE(server.count(QStringLiteral("refused_ehlo")), 1);
        QCOMPARE(server.count(QStringLiteral("helo")), 1);
        QCOMPARE(server.messages().size(), 1);
        QVERIFY(client.transcript().contains(QStringLiteral("C: HELO lieu-test-client")));

        // Such a server cannot do STARTTLS: asked for it, the client stops.
        SmtpClient secure(configFor(server, SmtpSecurity::StartTls));
        try {
            secure.open();
            QFAIL("STARTTLS was skipped");
        } catch (const SmtpFailure &f) {
            QVERIFY2(f.message.contains(QLatin1String("does not offer STARTTLS")), qPrintable(f.message));
        }
        QCOMPARE(server.messages().size(), 1);
    }

    void refusedRecipientIsPermanentAndSessionGoesOn()
    {
        SmtpTestServer::Options o;
        o.refuseRecipient = QStringLiteral("nobody");
        SmtpTestServer server(o);
        START(server);
        SmtpClient client(configFor(server, SmtpSecurity::None));
        client.open();
        try {
            client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("nobody@example.org")},
                        message(QStringLiteral("nobody@example.org"), QStringLiteral("x"), QStringLiteral("x")));
            QFAIL("a refused recipient went through");
        } catch (const SmtpFailure &f) {
            QCOMPARE(f.code, 550);
            QVERIFY(f.permanent);
            QVERIFY(!f.uncertain);
        }
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("ann@example.org")},
                    message(QStringLiteral("ann@example.org"), QStringLiteral("after"), QStringLiteral("x")));
        client.quit();
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray{QStringLiteral("ann@example.org")});
    }

    void refusedMessageAndTemporaryFailure()
    {
        SmtpTestServer::Options o;
        o.tempfailMessages = 1;
        SmtpTestServer server(o);
        START(server);
        SmtpClient client(configFor(server, SmtpSecurity::None));
        client.open();
        try {
            client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                        message(QStringLiteral("a@example.org"), QStringLiteral("x"), QStringLiteral("x")));
            QFAIL("451 was taken for success");
        } catch (const SmtpFailure &f) {
            QCOMPARE(f.code, 451);
            QVERIFY(!f.permanent);
            QVERIFY(!f.uncertain); // the server answered: it does not have the message
        }
        client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                    message(QStringLiteral("a@example.org"), QStringLiteral("y"), QStringLiteral("y")));
        client.quit();
        QCOMPARE(server.messages().size(), 1);

        SmtpTestServer::Options spam;
        spam.refuseMessages = true;
        SmtpTestServer refusing(spam);
        START(refusing);
        SmtpClient second(configFor(refusing, SmtpSecurity::None));
        second.open();
        try {
            second.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                        message(QStringLiteral("a@example.org"), QStringLiteral("x"), QStringLiteral("x")));
            QFAIL("554 was taken for success");
        } catch (const SmtpFailure &f) {
            QCOMPARE(f.code, 554);
            QVERIFY(f.permanent);
        }
    }

    void serverDown()
    {
        SmtpConfig c;
        c.host = QStringLiteral("127.0.0.1");
        c.port = SmtpTestServer::deadPort();
        c.security = SmtpSecurity::None;
        c.timeoutMs = 5000;
        SmtpClient client(c);
        QElapsedTimer t;
        t.start();
        try {
            client.open();
            QFAIL("connected to nothing");
        } catch (const SmtpFailure &f) {
            QCOMPARE(f.code, 0);
            QVERIFY(!f.permanent);
            QVERIFY2(f.message.contains(QString::number(c.port)), qPrintable(f.message));
        }
        QVERIFY(t.elapsed() < 5000); // refused at once, no waiting for the timeout
    }

    void silentServerTimesOut()
    {
        // Accepts the connection and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SmtpConfig c;
        c.host = QStringLiteral("127.0.0.1");
        c.port = silent.serverPort();
        c.security = SmtpSecurity::None;
        c.timeoutMs = 700;
        SmtpClient client(c);
        QElapsedTimer t;
        t.start();
        try {
            client.open();
            QFAIL("a silent server was taken for an SMTP server");
        } catch (const SmtpFailure &f) {
            QCOMPARE(f.code, 0);
            QVERIFY2(f.message.contains(QLatin1String("greeting")), qPrintable(f.message));
            QVERIFY2(f.message.contains(QLatin1String("no answer within 1 second")), qPrintable(f.message));
        }
        QVERIFY(t.elapsed() >= 600);
        QVERIFY(t.elapsed() < 5000);
    }

    void noAnswerAfterTheMessageIsUncertain()
    {
        SmtpTestServer::Options o;
        o.hangAfterData = true;
        SmtpTestServer server(o);
        START(server);
        SmtpConfig c = configFor(server, SmtpSecurity::None);
        c.timeoutMs = 1000;
        SmtpClient client(c);
        client.open();
        try {
            client.send(QStringLiteral("lieu@example.org"), {QStringLiteral("a@example.org")},
                        message(QStringLiteral("a@example.org"), QStringLiteral("x"), QStringLiteral("x")));
            QFAIL("no answer was taken for success");
        } catch (const SmtpFailure &f) {
            QVERIFY(f.uncertain);
        }
        // The server does have it: that is why the outbox never sends it again on its own.
        QCOMPARE(server.messages().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
