#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSslSocket;

namespace lieu::mail {

enum class SmtpSecurity {
    None,     // plain SMTP (a relay on the same machine or network only)
    StartTls, // connect in plain text, then STARTTLS before anything else (submission, port 587)
    Tls,      // TLS from the first byte (implicit TLS, port 465)
};

struct SmtpConfig
{
    QString host;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user;       // empty: no AUTH
    QString password;
    QString heloName;   // empty: this machine's host name
    int timeoutMs = 30000; // for each step: connect, TLS handshake, every reply
    QString caFile;     // PEM certificates trusted in addition to the system's (a private CA, a self-signed server)
    bool ignoreTlsErrors = false; // accept any certificate: for test servers only, when set on purpose

    static QString securityName(SmtpSecurity s);
    // "none", "starttls", "tls"; StartTls for anything else.
    static SmtpSecurity securityFromName(const QString &name);
};

// Why an SMTP exchange failed.
struct SmtpFailure
{
    int code = 0;          // the server's reply code; 0 when the network or TLS failed
    QString message;       // for people and last_error
    bool permanent = false; // the server refused for good (5xx): trying again will not help
    bool uncertain = false; // the message went out but no reply came: the server may have it
};

// An SMTP client on QSslSocket (RFC 5321, 3207, 4954): EHLO (HELO when the server does not speak ESMTP),
// STARTTLS or implicit TLS, AUTH PLAIN or LOGIN, one or more messages per session, QUIT. Each step has
// a timeout. Blocking: it runs its own short event loops, so it is used from a worker thread (the
// scheduler's, the settings page's test thread) or from lieuctl, never from the GUI thread.
// Every failure throws SmtpFailure.
class SmtpClient final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)
    Q_DISABLE_COPY_MOVE(SmtpClient)

public:
    explicit SmtpClient(SmtpConfig config);
    ~SmtpClient();

    // Connects, reads the greeting, says EHLO, secures the session and authenticates.
    void open();
    // Sends one message (already MIME, CRLF line ends). Before a failure that leaves the session usable
    // it resets the transaction (RSET) so the next message can follow.
    void send(const QString &from, const QStringList &recipients, const QByteArray &message);
    // QUIT and close; never throws.
    void quit();

    bool isOpen() const;
    bool isEncrypted() const;
    QString authMechanism() const { return m_authMechanism; } // PLAIN, LOGIN or empty
    QStringList extensions() const { return m_extensions; }
    // The dialogue so far, one line per command or reply; AUTH secrets are never in it.
    QStringList transcript() const { return m_transcript; }

private:
    struct Reply
    {
        int code = 0;
        QStringList lines;
        QString text() const;
    };

    void connectSocket();
    void startTls();
    void hello();
    void authenticate();
    void command(const QByteArray &line, const QByteArray &shown = {});
    Reply reply(const QString &step);
    Reply expect(const QByteArray &line, int wantClass, const QString &step, const QByteArray &shown = {});
    void writeAll(const QByteArray &data, const QString &step);
    bool wait(const std::function<bool()> &done);
    [[noreturn]] void fail(const QString &step, const Reply &r);
    [[noreturn]] void failNetwork(const QString &step);
    void readIncoming();
    bool replyComplete() const;

    SmtpConfig m_config;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer;
    QStringList m_extensions;
    bool m_esmtp = false;
    QString m_authMechanism;
    QStringList m_transcript;
    QString m_tlsError;
};

} // namespace lieu::mail
