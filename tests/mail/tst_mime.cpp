// The MIME builder on its own: header encoding and folding, body encodings, the date.
#include "MimeMessage.h"

#include <QtTest>

using lieu::mail::MailAddress;
using lieu::mail::MimeMessage;

class TestMime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asciiSubjectStaysReadable()
    {
        QCOMPARE(MimeMessage::header("Subject", QStringLiteral("Your TOIL expires soon")),
                 QByteArray("Subject: Your TOIL expires soon"));
    }

    void longAsciiSubjectIsFolded()
    {
        const QString words = QStringLiteral("word ").repeated(30).trimmed();
        const QByteArray h = MimeMessage::header("Subject", words);
        for (const QByteArray &line : h.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData()); // 78 plus the CR
        // Unfolding gives the text back.
        QCOMPARE(QString::fromLatin1(h.mid(9).replace("\r\n", "")), words);
    }

    void nonAsciiSubjectIsEncodedWords()
    {
        const QString subject = QStringLiteral("Überstunden verfallen – 7:30 h bis 2026-02-01 ✓ ") + QString(40, QChar(0x00e9));
        const QByteArray h = MimeMessage::header("Subject", subject);
        const QList<QByteArray> lines = h.split('\n');
        QVERIFY(lines.size() > 1);
        QString decoded;
        for (QByteArray line : lines) {
            line = line.trimmed();
            if (line.startsWith("Subject: "))
                line = line.mid(9);
            QVERIFY2(line.startsWith("=?UTF-8?B?") && line.endsWith("?="), line.constData());
            QVERIFY2(line.size() <= 75, line.constData());
            // Each word holds whole characters: it decodes on its own.
            const QByteArray bytes = QByteArray::fromBase64(line.mid(10, line.size() - 12));
            QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes);
            decoded += QString::fromUtf8(bytes);
        }
        QCOMPARE(decoded, subject);
    }

    void displayNames()
    {
        QCOMPARE(MimeMessage::addressHeader("From", {MailAddress{QStringLiteral("lieu@example.org"), QStringLiteral("Lieu")}}),
                 QByteArray("From: Lieu <lieu@example.org>"));
        QCOMPARE(MimeMessage::addressHeader("From", {MailAddress{QStringLiteral("hr@example.org"), QStringLiteral("Acme, Inc.")}}),
                 QByteArray("From: \"Acme, Inc.\" <hr@example.org>"));
        QCOMPARE(MimeMessage::addressHeader("To", {MailAddress{QStringLiteral("jo@example.org"), QStringLiteral("Jörg")}}),
                 QByteArray("To: =?UTF-8?B?") + QStringLiteral("Jörg").toUtf8().toBase64() + "?= <jo@example.org>");
        // A line break smuggled into an address never becomes a header of its own.
        QCOMPARE(MimeMessage::addressHeader("To", {MailAddress{QStringLiteral("a@example.org\r\nBcc: x@evil.example"), {}}}),
                 QByteArray("To: a@example.orgBcc: x@evil.example"));
    }

    void quotedPrintable()
    {
        QCOMPARE(MimeMessage::quotedPrintable(QStringLiteral("Grüße = 7:30 \r\nnext\r\n").toUtf8()),
                 QByteArray("Gr=C3=BC=C3=9Fe =3D 7:30=20\r\nnext\r\n"));
        const QByteArray longLine = QByteArray(200, 'x') + "\r\n";
        const QByteArray qp = MimeMessage::quotedPrintable(longLine);
        for (const QByteArray &line : qp.split('\n'))
            QVERIFY(line.size() <= 77); // 76 plus the CR
        QCOMPARE(QByteArray(qp).replace("=\r\n", ""), longLine);
    }

    void bodyEncodingIsChosen()
    {
        MimeMessage m;
        m.setBody(QStringLiteral("Plain ASCII\nlines"));
        QCOMPARE(m.bodyEncoding(), MimeMessage::Encoding::SevenBit);
        m.setBody(QStringLiteral("Liebe Änne, Ihre Überstunden verfallen bald."));
        QCOMPARE(m.bodyEncoding(), MimeMessage::Encoding::QuotedPrintable);
        m.setBody(QStringLiteral("Ο χρόνος σας λήγει σύντομα. 代休はまもなく失効します。"));
        QCOMPARE(m.bodyEncoding(), MimeMessage::Encoding::Base64);
        m.setBody(QString(120, QLatin1Char('a')));
        QCOMPARE(m.bodyEncoding(), MimeMessage::Encoding::QuotedPrintable);
    }

    void dateIsRfc5322InEnglish()
    {
        const QDateTime utc(QDate(2026, 1, 5), QTime(9, 3, 7), Qt::UTC);
        QCOMPARE(MimeMessage::rfc5322Date(utc), QByteArray("Mon, 05 Jan 2026 09:03:07 +0000"));
        const QDateTime east(QDate(2026, 7, 19), QTime(23, 59, 0), Qt::OffsetFromUTC, 5 * 3600 + 30 * 60);
        QCOMPARE(MimeMessage::rfc5322Date(east), QByteArray("Sun, 19 Jul 2026 23:59:00 +0530"));
        const QDateTime west(QDate(2026, 12, 31), QTime(1, 0, 0), Qt::OffsetFromUTC, -8 * 3600);
        QCOMPARE(MimeMessage::rfc5322Date(west), QByteArray("Thu, 31 Dec 2026 01:00:00 -0800"));
    }

    void wholeMessage()
    {
        MimeMessage m;
        m.setFrom({QStringLiteral("lieu@example.org"), QStringLiteral("Lieu")});
        m.addTo({QStringLiteral("ann@example.org"), {}});
        m.setSubject(QStringLiteral("Test"));
        m.setBody(QStringLiteral("line one\n.line two"));
        m.setDate(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        m.setMessageId(QStringLiteral("<x@example.org>"));
        QCOMPARE(m.toByteArray(), QByteArray("Date: Mon, 05 Jan 2026 09:00:00 +0000\r\n"
                                             "From: Lieu <lieu@example.org>\r\n"
                                             "To: ann@example.org\r\n"
                                             "Subject: Test\r\n"
                                             "Message-ID: <x@example.org>\r\n"
                                             "MIME-Version: 1.0\r\n"
                                             "Content-Type: text/plain; charset=UTF-8\r\n"
                                             "Content-Transfer-Encoding: 7bit\r\n"
                                             "\r\n"
                                             "line one\r\n"
                                             ".line two\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
