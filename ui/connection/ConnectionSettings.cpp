#include "ConnectionSettings.h"

#include "Database.h"
#include "DatabaseSpec.h"
#include "Error.h"

#include <QEventLoop>
#include <QSettings>

#include <qt6keychain/keychain.h>

namespace lieu::ui {

namespace {
const QString kService = QStringLiteral("Lieu");

// QtKeychain's jobs answer asynchronously; the page waits for the answer (it comes within moments).
bool finish(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    // Never the plain-text fallback: a password has no place in a settings file.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}
} // namespace

QString ConnectionSettings::spec() const
{
    if (!server) {
        if (path.trimmed().isEmpty())
            throw Error::invalid(QStringLiteral("path"), path, tr("path: choose the database file"));
        return path.trimmed();
    }
    DatabaseSpec s;
    s.kind = DatabaseSpec::Kind::MySQL;
    s.host = host.trimmed();
    s.port = port;
    s.database = database.trimmed();
    s.user = user.trimmed();
    s.ssl = tls;
    if (tls)
        s.sslCa = caFile.trimmed();
    // Through the parser, so that every field is checked the way lieuctl checks it.
    return DatabaseSpec::parse(s.toString()).toString();
}

ConnectionSettings ConnectionSettings::fromSpec(const QString &text)
{
    const DatabaseSpec s = DatabaseSpec::parse(text);
    ConnectionSettings c;
    c.server = s.isServer();
    if (!c.server) {
        c.path = s.path;
        return c;
    }
    c.host = s.host;
    c.port = s.port;
    c.database = s.database;
    c.user = s.user;
    c.tls = s.ssl;
    c.caFile = s.sslCa;
    return c;
}

bool ConnectionSettings::isSaved(QSettings &settings)
{
    return settings.contains(QStringLiteral("database/kind"));
}

ConnectionSettings ConnectionSettings::load(QSettings &s)
{
    ConnectionSettings c;
    s.beginGroup(QStringLiteral("database"));
    c.server = s.value(QStringLiteral("kind")).toString() == QLatin1String("server");
    c.path = s.value(QStringLiteral("path"), Database::defaultPath()).toString();
    c.host = s.value(QStringLiteral("host"), c.host).toString();
    c.port = s.value(QStringLiteral("port"), c.port).toInt();
    c.database = s.value(QStringLiteral("name"), c.database).toString();
    c.user = s.value(QStringLiteral("user")).toString();
    c.tls = s.value(QStringLiteral("tls"), false).toBool();
    c.caFile = s.value(QStringLiteral("ca_file")).toString();
    c.rememberPassword = s.value(QStringLiteral("remember_password"), true).toBool();
    s.endGroup();
    return c;
}

void ConnectionSettings::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("database"));
    s.setValue(QStringLiteral("kind"), server ? QStringLiteral("server") : QStringLiteral("file"));
    s.setValue(QStringLiteral("path"), path);
    s.setValue(QStringLiteral("host"), host);
    s.setValue(QStringLiteral("port"), port);
    s.setValue(QStringLiteral("name"), database);
    s.setValue(QStringLiteral("user"), user);
    s.setValue(QStringLiteral("tls"), tls);
    s.setValue(QStringLiteral("ca_file"), caFile);
    s.setValue(QStringLiteral("remember_password"), rememberPassword);
    s.endGroup();
    s.sync();
}

QString PasswordStore::keyFor(const QString &spec)
{
    const DatabaseSpec s = DatabaseSpec::parse(spec);
    return QStringLiteral("%1@%2:%3/%4").arg(s.user, s.socket.isEmpty() ? s.host : s.socket).arg(s.port).arg(s.database);
}

bool PasswordStore::save(const QString &spec, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyFor(spec));
    job.setTextData(password);
    return finish(job, error);
}

bool PasswordStore::read(const QString &spec, QString *password, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyFor(spec));
    if (!finish(job, error))
        return false;
    *password = job.textData();
    return true;
}

bool PasswordStore::remove(const QString &spec, QString *error)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyFor(spec));
    return finish(job, error);
}

QString configuredDatabaseSpec()
{
    const QString env = qEnvironmentVariable("LIEU_DB");
    if (!env.isEmpty())
        return env;
    QSettings settings;
    if (ConnectionSettings::isSaved(settings))
        return ConnectionSettings::load(settings).spec();
    return Database::defaultPath();
}

std::unique_ptr<Database> openConfiguredDatabase()
{
    const QString spec = configuredDatabaseSpec();
    if (!DatabaseSpec::isServerSpec(spec))
        return Database::open(spec, QString());
    QString password = qEnvironmentVariable("LIEU_DB_PASSWORD");
    if (!qEnvironmentVariableIsSet("LIEU_DB_PASSWORD")) {
        QString error;
        if (!PasswordStore::read(spec, &password, &error))
            throw Error::database(ConnectionSettings::tr("The password for %1 is not in this computer's keychain (%2): enter it on "
                                                         "the Database connection page")
                                      .arg(PasswordStore::keyFor(spec), error));
    }
    return Database::open(spec, password);
}

} // namespace lieu::ui
