#include "SmtpClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace lieu::mail {

QString SmtpConfig::securityName(SmtpSecurity s)
{
    switch (s) {
    case SmtpSecurity::None:
        return QStringLiteral("none");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

SmtpSecurity SmtpConfig::securityFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return SmtpSecurity::None;
    if (name == QLatin1String("tls"))
        return SmtpSecurity::Tls;
    return SmtpSecurity::StartTls;
}

QString SmtpClient::Reply::text() const
{
    return lines.join(QLatin1Char(' '));
}

SmtpClient::SmtpClient(SmtpConfig config) : m_config(std::move(config)) {}

SmtpClient::~SmtpClient()
{
    if (m_socket)
        m_socket->abort();
}

bool SmtpClient::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SmtpClient::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

bool SmtpClient::wait(const std::function<bool()> &done)
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        if (m_socket->bytesAvailable() > 0)
            readIncoming();
        if (done())
            break;
        const qint64 left = m_config.timeoutMs - elapsed.elapsed();
        if (left <= 0 || m_socket->state() == QAbstractSocket::UnconnectedState)
            return false;
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QSslSocket::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QSslSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QSslSocket::encrypted, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QSslSocket::bytesWritten, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QSslSocket::encryptedBytesWritten, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QSslSocket::stateChanged, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
        timer.start(int(left));
        loop.exec();
    }
    return true;
}

void SmtpClient::readIncoming()
{
    m_buffer += m_socket->readAll();
}

bool SmtpClient::replyComplete() const
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            return false;
        const QByteArray line = m_buffer.mid(start, nl - start);
        // "250 ok" ends a reply, "250-..." continues it.
        if (line.size() < 4 || line.at(3) != '-')
            return true;
        start = nl + 1;
    }
}

SmtpClient::Reply SmtpClient::reply(const QString &step)
{
    if (!wait([this] { return replyComplete(); }))
        failNetwork(step);
    Reply r;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        m_transcript << QStringLiteral("S: ") + QString::fromUtf8(line);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok) {
            SmtpFailure f;
            f.message = tr("%1: the server's answer is not SMTP: \"%2\"").arg(step, QString::fromUtf8(line.left(200)));
            throw f;
        }
        r.code = code;
        r.lines << QString::fromUtf8(line.mid(4));
        if (line.size() < 4 || line.at(3) != '-')
            break;
    }
    return r;
}

void SmtpClient::writeAll(const QByteArray &data, const QString &step)
{
    m_socket->write(data);
    if (!wait([this] { return m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0; }))
        failNetwork(step);
}

void SmtpClient::command(const QByteArray &line, const QByteArray &shown)
{
    m_transcript << QStringLiteral("C: ") + QString::fromUtf8(shown.isEmpty() ? line : shown);
    writeAll(line + "\r\n", QString::fromUtf8(shown.isEmpty() ? line : shown));
}

SmtpClient::Reply SmtpClient::expect(const QByteArray &line, int wantClass, const QString &step, const QByteArray &shown)
{
    command(line, shown);
    const Reply r = reply(step);
    if (r.code / 100 != wantClass)
        fail(step, r);
    return r;
}

void SmtpClient::fail(const QString &step, const Reply &r)
{
    SmtpFailure f;
    f.code = r.code;
    f.permanent = r.code >= 500;
    f.message = tr("%1: the server answered %2 %3").arg(step).arg(r.code).arg(r.text());
    throw f;
}

void SmtpClient::failNetwork(const QString &step)
{
    SmtpFailure f;
    QString why;
    if (!m_tlsError.isEmpty())
        why = tr("TLS certificate refused: %1").arg(m_tlsError);
    else if (m_socket->state() == QAbstractSocket::UnconnectedState)
        why = m_socket->error() == QAbstractSocket::UnknownSocketError ? tr("the server closed the connection")
                                                                        : m_socket->errorString();
    else
        why = tr("no answer within %n second(s)", nullptr, (m_config.timeoutMs + 999) / 1000);
    f.message = tr("%1 (%2:%3): %4").arg(step, m_config.host).arg(m_config.port).arg(why);
    m_socket->abort();
    throw f;
}

void SmtpClient::connectSocket()
{
    m_socket = std::make_unique<QSslSocket>();
    m_buffer.clear();
    m_tlsError.clear();
    if (m_config.security != SmtpSecurity::None) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!m_config.caFile.isEmpty()) {
            const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
            if (certs.isEmpty()) {
                SmtpFailure f;
                f.message = tr("smtp_ca_file: no PEM certificate could be read from \"%1\"").arg(m_config.caFile);
                throw f;
            }
            conf.addCaCertificates(certs);
        }
        m_socket->setSslConfiguration(conf);
        QObject::connect(m_socket.get(), &QSslSocket::sslErrors, m_socket.get(), [this](const QList<QSslError> &errors) {
            if (m_config.ignoreTlsErrors) {
                m_socket->ignoreSslErrors();
                return;
            }
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            m_tlsError = texts.join(QStringLiteral("; "));
        });
    }
    QObject::connect(m_socket.get(), &QSslSocket::readyRead, m_socket.get(), [this] { readIncoming(); });

    m_transcript << tr("connecting to %1:%2 (%3)").arg(m_config.host).arg(m_config.port).arg(SmtpConfig::securityName(m_config.security));
    if (m_config.security == SmtpSecurity::Tls) {
        m_socket->connectToHostEncrypted(m_config.host, m_config.port);
        if (!wait([this] { return m_socket->isEncrypted(); }))
            failNetwork(tr("TLS connection"));
    } else {
        m_socket->connectToHost(m_config.host, m_config.port);
        if (!wait([this] { return m_socket->state() == QAbstractSocket::ConnectedState; }))
            failNetwork(tr("connection"));
    }
}

void SmtpClient::hello()
{
    QString name = m_config.heloName.isEmpty() ? QHostInfo::localHostName() : m_config.heloName;
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        name = QStringLiteral("localhost");
    command("EHLO " + name.toUtf8());
    Reply r = reply(QStringLiteral("EHLO"));
    m_extensions.clear();
    if (r.code == 250) {
        m_esmtp = true;
        for (qsizetype i = 1; i < r.lines.size(); ++i)
            m_extensions << r.lines.at(i).trimmed();
        return;
    }
    if (r.code / 100 != 5)
        fail(QStringLiteral("EHLO"), r);
    // An old server without ESMTP: no STARTTLS, no AUTH.
    m_esmtp = false;
    expect("HELO " + name.toUtf8(), 2, QStringLiteral("HELO"));
}

void SmtpClient::startTls()
{
    bool offered = false;
    for (const QString &e : std::as_const(m_extensions))
        if (e.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
            offered = true;
    if (!offered) {
        // Never fall back to plain text when TLS was asked for.
        SmtpFailure f;
        f.message = tr("STARTTLS: %1:%2 does not offer STARTTLS; set smtp_security to \"tls\" or \"none\" if that is intended")
                        .arg(m_config.host)
                        .arg(m_config.port);
        throw f;
    }
    expect("STARTTLS", 2, QStringLiteral("STARTTLS"));
    m_buffer.clear(); // nothing sent before the handshake may be trusted
    m_socket->startClientEncryption();
    if (!wait([this] { return m_socket->isEncrypted(); }))
        failNetwork(tr("TLS handshake"));
    hello();
}

void SmtpClient::authenticate()
{
    QStringList mechanisms;
    for (const QString &e : std::as_const(m_extensions))
        if (e.startsWith(QLatin1String("AUTH "), Qt::CaseInsensitive) || e.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive))
            mechanisms << e.mid(5).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QByteArray user = m_config.user.toUtf8();
    const QByteArray password = m_config.password.toUtf8();
    const QString step = tr("AUTH as %1").arg(m_config.user);
    try {
        if (mechanisms.contains(QLatin1String("PLAIN"))) {
            m_authMechanism = QStringLiteral("PLAIN");
            const QByteArray token = QByteArray(QByteArray(1, '\0') + user + QByteArray(1, '\0') + password).toBase64();
            expect("AUTH PLAIN " + token, 2, step, "AUTH PLAIN ********");
        } else if (mechanisms.contains(QLatin1String("LOGIN"))) {
            m_authMechanism = QStringLiteral("LOGIN");
            expect("AUTH LOGIN", 3, step);
            expect(user.toBase64(), 3, step, "********");
            expect(password.toBase64(), 2, step, "********");
        } else {
            SmtpFailure f;
            f.message = mechanisms.isEmpty()
                            ? tr("AUTH: %1:%2 offers no authentication on this connection; check smtp_security").arg(m_config.host).arg(m_config.port)
                            : tr("AUTH: %1:%2 offers only %3; Lieu speaks PLAIN and LOGIN")
                                  .arg(m_config.host)
                                  .arg(m_config.port)
                                  .arg(mechanisms.join(QLatin1Char(' ')));
            throw f;
        }
    } catch (SmtpFailure &f) {
        // A refused login is a setting to fix, not a message the server will never take.
        f.permanent = false;
        throw;
    }
}

void SmtpClient::open()
{
    m_authMechanism.clear();
    connectSocket();
    const Reply greeting = reply(tr("greeting"));
    if (greeting.code != 220)
        fail(tr("greeting"), greeting);
    hello();
    if (m_config.security == SmtpSecurity::StartTls)
        startTls();
    if (!m_config.user.isEmpty())
        authenticate();
}

void SmtpClient::send(const QString &from, const QStringList &recipients, const QByteArray &message)
{
    auto checkAddress = [](const QString &field, const QString &address) {
        static const QString forbidden = QStringLiteral("<>\r\n ");
        bool ok = address.contains(QLatin1Char('@'));
        for (const QChar c : address)
            if (forbidden.contains(c) || c.unicode() < 0x20)
                ok = false;
        if (!ok) {
            SmtpFailure f;
            f.permanent = true;
            f.message = tr("%1: \"%2\" is not an e-mail address").arg(field, address);
            throw f;
        }
    };
    checkAddress(QStringLiteral("from"), from);
    if (recipients.isEmpty()) {
        SmtpFailure f;
        f.permanent = true;
        f.message = tr("the message has no recipient");
        throw f;
    }
    for (const QString &r : recipients)
        checkAddress(QStringLiteral("recipient"), r);

    bool dataSent = false;
    try {
        expect("MAIL FROM:<" + from.toUtf8() + '>', 2, QStringLiteral("MAIL FROM"));
        for (const QString &r : recipients)
            expect("RCPT TO:<" + r.toUtf8() + '>', 2, tr("RCPT TO %1").arg(r));
        expect("DATA", 3, QStringLiteral("DATA"));
        // Dot-stuffing (RFC 5321 4.5.2), then the end-of-data line.
        QByteArray data;
        data.reserve(message.size() + 64);
        for (const QByteArray &line : message.split('\n')) {
            if (line.startsWith('.'))
                data += '.';
            data += line;
            data += '\n';
        }
        data.chop(1);
        if (!data.endsWith("\r\n"))
            data += "\r\n";
        data += ".\r\n";
        m_transcript << tr("C: (message, %n byte(s))", nullptr, int(message.size())) << QStringLiteral("C: .");
        dataSent = true;
        writeAll(data, tr("message"));
        const Reply r = reply(tr("end of message"));
        if (r.code / 100 != 2)
            fail(tr("end of message"), r);
    } catch (SmtpFailure &f) {
        if (dataSent && f.code == 0) {
            // The whole message went out; without the server's answer nobody knows whether it has it.
            f.uncertain = true;
            throw;
        }
        if (f.code != 0 && isOpen()) {
            try {
                expect("RSET", 2, QStringLiteral("RSET"));
            } catch (const SmtpFailure &) {
                // The session is gone; the caller opens a new one.
            }
        }
        throw;
    }
}

void SmtpClient::quit()
{
    if (!isOpen())
        return;
    const int saved = m_config.timeoutMs;
    m_config.timeoutMs = qMin(saved, 5000);
    try {
        expect("QUIT", 2, QStringLiteral("QUIT"));
        m_socket->disconnectFromHost();
        wait([this] { return m_socket->state() == QAbstractSocket::UnconnectedState; });
    } catch (const SmtpFailure &) {
        // Already delivered messages stay delivered; a rude server does not matter here.
    }
    m_config.timeoutMs = saved;
    if (m_socket)
        m_socket->abort();
}

} // namespace lieu::mail
