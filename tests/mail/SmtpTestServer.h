#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lieu::test {

// A real SMTP server for a test: tests/mail/smtp_server.py on Debian's python3-aiosmtpd, started on a
// free loopback port, with a self-signed certificate made with openssl at start for the TLS modes.
// It writes every message it accepts, decoded by Python's e-mail package, where messages() reads it.
// A missing python3-aiosmtpd or openssl is a failure, never a skip.
class SmtpTestServer
{
public:
    struct Options
    {
        QString mode = QStringLiteral("plain"); // plain | starttls | tls
        QString user;                           // with password: AUTH required
        QString password;
        QString mechanisms = QStringLiteral("PLAIN,LOGIN");
        QString refuseRecipient;                // 550 for recipients containing this
        int tempfailMessages = 0;               // 451 for the first N messages
        bool refuseMessages = false;            // 554 for every message
        bool hangAfterData = false;             // keep each message, never answer its end
        bool noEhlo = false;                    // 502 for EHLO: a server without ESMTP

        static Options with(const QString &mode, const QString &user = {}, const QString &password = {},
                            const QString &mechanisms = QStringLiteral("PLAIN,LOGIN"))
        {
            Options o;
            o.mode = mode;
            o.user = user;
            o.password = password;
            o.mechanisms = mechanisms;
            return o;
        }
    };

    SmtpTestServer();
    explicit SmtpTestServer(Options options);
    ~SmtpTestServer();

    // Starts the server; false with `error` set when it cannot.
    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }
    // The server's certificate (PEM), to trust as smtp_ca_file.
    QString certificate() const;

    QList<QJsonObject> messages() const; // in the order they arrived
    QList<QJsonObject> events() const;   // connect, auth, refused_rcpt, ...
    int count(const QString &event) const;

    static QString python();
    // A loopback port that nothing listens on (bound, then released).
    static quint16 deadPort();

private:
    bool makeCertificate(QString *error);

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace lieu::test
