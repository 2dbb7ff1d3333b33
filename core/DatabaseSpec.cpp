#include "DatabaseSpec.h"

#include "Error.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace lieu {

namespace {
// Seconds: how long to wait for the server to answer at all, and for one statement's reply. The read
// timeout is longer than the server's lock wait (set per session), so a lock wait is reported by the
// server, and only a dead network shows as a timeout.
constexpr int kConnectTimeout = 10;
constexpr int kReadWriteTimeout = 120;

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_$]{1,64}$"));
    return re.match(s).hasMatch();
}
} // namespace

bool DatabaseSpec::isServerSpec(const QString &spec)
{
    return spec.startsWith(QLatin1String("mysql://"), Qt::CaseInsensitive) ||
           spec.startsWith(QLatin1String("mariadb://"), Qt::CaseInsensitive);
}

DatabaseSpec DatabaseSpec::parse(const QString &spec)
{
    DatabaseSpec s;
    if (!isServerSpec(spec)) {
        if (spec.trimmed().isEmpty())
            throw Error::invalid(QStringLiteral("database"), spec, tr("database: the path is empty"));
        s.kind = Kind::SQLite;
        s.path = spec;
        return s;
    }
    s.kind = Kind::MySQL;
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid())
        throw Error::invalid(QStringLiteral("database"), spec, tr("database: \"%1\" is not a valid address: %2").arg(spec, url.errorString()));
    if (!url.password().isEmpty())
        throw Error::invalid(QStringLiteral("database"), url.toString(QUrl::RemovePassword),
                             tr("database: a password does not belong in the address (it would show in process lists "
                                "and shell history); set LIEU_DB_PASSWORD or let Lieu ask for it"));
    s.user = url.userName();
    s.host = url.host();
    s.port = url.port(3306);
    s.database = url.path().mid(1);
    if (s.user.isEmpty())
        throw Error::invalid(QStringLiteral("database.user"), spec, tr("database: say which account to use, e.g. mysql://lieu_app@db.example.org/lieu"));
    if (s.database.isEmpty() || !isIdentifier(s.database))
        throw Error::invalid(QStringLiteral("database.name"), s.database,
                             tr("database: \"%1\" is not a database name (letters, digits and _, up to 64)").arg(s.database));
    if (s.port <= 0 || s.port > 65535)
        throw Error::invalid(QStringLiteral("database.port"), QString::number(s.port), tr("database: port %1 is out of range").arg(s.port));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("ssl")) {
            if (value != QLatin1String("1") && value != QLatin1String("0") && value != QLatin1String("true") &&
                value != QLatin1String("false"))
                throw Error::invalid(QStringLiteral("database.ssl"), value, tr("database: ssl must be 1 or 0, not \"%1\"").arg(value));
            s.ssl = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (key == QLatin1String("ssl-ca")) {
            s.sslCa = value;
        } else if (key == QLatin1String("ssl-capath")) {
            s.sslCapath = value;
        } else if (key == QLatin1String("ssl-cert")) {
            s.sslCert = value;
        } else if (key == QLatin1String("ssl-key")) {
            s.sslKey = value;
        } else if (key == QLatin1String("ssl-cipher")) {
            s.sslCipher = value;
        } else if (key == QLatin1String("socket")) {
            s.socket = value;
        } else if (key == QLatin1String("driver")) {
            if (value != QLatin1String("QMARIADB") && value != QLatin1String("QMYSQL"))
                throw Error::invalid(QStringLiteral("database.driver"), value,
                                     tr("database: driver must be QMARIADB or QMYSQL, not \"%1\"").arg(value));
            s.driver = value;
        } else {
            throw Error::invalid(QStringLiteral("database.") + key, value,
                                 tr("database: unknown option \"%1\" (known: ssl, ssl-ca, ssl-capath, ssl-cert, ssl-key, "
                                    "ssl-cipher, socket, driver)")
                                     .arg(key));
        }
    }
    if (!s.sslCa.isEmpty() || !s.sslCapath.isEmpty() || !s.sslCert.isEmpty())
        s.ssl = true;
    if (s.sslCert.isEmpty() != s.sslKey.isEmpty())
        throw Error::invalid(QStringLiteral("database.ssl-key"), s.sslKey.isEmpty() ? s.sslCert : s.sslKey,
                             tr("database: a client certificate needs both ssl-cert and ssl-key"));
    if (s.host.isEmpty() && s.socket.isEmpty())
        throw Error::invalid(QStringLiteral("database.host"), spec, tr("database: the server's host name is missing"));
    return s;
}

QString DatabaseSpec::toString() const
{
    if (kind == Kind::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("mysql"));
    url.setUserName(user);
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    if (port != 3306)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery q;
    if (ssl && sslCa.isEmpty() && sslCapath.isEmpty() && sslCert.isEmpty())
        q.addQueryItem(QStringLiteral("ssl"), QStringLiteral("1"));
    auto add = [&q](const char *key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(QString::fromLatin1(key), QString(value).replace(QLatin1Char('&'), QStringLiteral("%26")));
    };
    add("ssl-ca", sslCa);
    add("ssl-capath", sslCapath);
    add("ssl-cert", sslCert);
    add("ssl-key", sslKey);
    add("ssl-cipher", sslCipher);
    add("socket", socket);
    add("driver", driver);
    if (!q.isEmpty())
        url.setQuery(q);
    return url.toString();
}

DatabaseSpec DatabaseSpec::withDatabase(const QString &name) const
{
    DatabaseSpec s = *this;
    s.database = name;
    return s;
}

QString DatabaseSpec::connectOptions() const
{
    QStringList o;
    o << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(kConnectTimeout)
      << QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(kReadWriteTimeout)
      << QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=%1").arg(kReadWriteTimeout);
    if (!socket.isEmpty())
        o << QStringLiteral("UNIX_SOCKET=") + socket;
    if (ssl) {
        QString capath = sslCapath;
        // TLS with nothing else named: trust the system's authorities.
        if (sslCa.isEmpty() && capath.isEmpty() && sslCert.isEmpty() && QDir(QStringLiteral("/etc/ssl/certs")).exists())
            capath = QStringLiteral("/etc/ssl/certs");
        if (!sslCa.isEmpty())
            o << QStringLiteral("SSL_CA=") + sslCa;
        if (!capath.isEmpty())
            o << QStringLiteral("SSL_CAPATH=") + capath;
        if (!sslCert.isEmpty())
            o << QStringLiteral("SSL_CERT=") + sslCert << QStringLiteral("SSL_KEY=") + sslKey;
        if (!sslCipher.isEmpty())
            o << QStringLiteral("SSL_CIPHER=") + sslCipher;
    }
    return o.join(QLatin1Char(';'));
}

} // namespace lieu
