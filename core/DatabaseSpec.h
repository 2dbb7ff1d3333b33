#pragma once

#include <QCoreApplication>
#include <QString>

namespace lieu {

// Where a Lieu store lives, as one string: a file path (SQLite), or
//   mysql://USER@HOST[:PORT]/DATABASE[?option=value&...]   (mariadb:// is the same)
// with the options
//   ssl=1            require TLS (with no ssl-ca, the system's certificate folder is trusted)
//   ssl-ca=FILE      the certificate authority that signed the server's certificate (implies ssl=1)
//   ssl-capath=DIR   a folder of trusted authorities (implies ssl=1)
//   ssl-cert=FILE, ssl-key=FILE   a client certificate and its key
//   ssl-cipher=LIST  the TLS ciphers to allow
//   socket=PATH      a local socket instead of TCP
//   driver=QMARIADB|QMYSQL   the Qt driver to use (the default picks whichever is installed)
// A spec never holds a password: it comes from LIEU_DB_PASSWORD, a prompt or the keychain.
struct DatabaseSpec
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSpec)

public:
    enum class Kind { SQLite, MySQL };

    Kind kind = Kind::SQLite;
    QString path; // SQLite

    QString user; // MySQL
    QString host;
    int port = 3306;
    QString database;
    QString socket;
    bool ssl = false;
    QString sslCa;
    QString sslCapath;
    QString sslCert;
    QString sslKey;
    QString sslCipher;
    QString driver;

    static bool isServerSpec(const QString &spec);
    // Throws Error::invalid naming the part that is wrong.
    static DatabaseSpec parse(const QString &spec);
    // The canonical spec string (parse(toString()) gives the same spec).
    QString toString() const;
    // The same server and options with another database name.
    DatabaseSpec withDatabase(const QString &name) const;
    // Qt's connect options for the MySQL driver (TLS, timeouts, socket).
    QString connectOptions() const;
    bool isServer() const { return kind == Kind::MySQL; }
};

} // namespace lieu
