#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSettings;

namespace lieu {
class Database;
}

namespace lieu::ui {

// Where this desktop's Lieu data lives: an SQLite file on this computer, or a shared MariaDB/MySQL
// server. Kept in the platform's settings (group "database") without the password, which goes to the
// platform's keychain (Secret Service, macOS Keychain, Windows Credential Manager) or nowhere.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    bool server = false;
    QString path; // SQLite
    QString host = QStringLiteral("localhost");
    int port = 3306;
    QString database = QStringLiteral("lieu");
    QString user;
    bool tls = false;
    QString caFile;
    bool rememberPassword = true;

    // The spec Database::open takes. Throws Error::invalid when a field is wrong.
    QString spec() const;
    static ConnectionSettings fromSpec(const QString &spec);

    static bool isSaved(QSettings &settings);
    static ConnectionSettings load(QSettings &settings);
    void save(QSettings &settings) const; // never the password
};

// The keychain entry of a server account ("Lieu" service; key user@host:port/database).
class PasswordStore final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)

public:
    static QString keyFor(const QString &spec);
    // Each returns false and says why in `error` (e.g. no keychain on this system).
    static bool save(const QString &spec, const QString &password, QString *error);
    static bool read(const QString &spec, QString *password, QString *error);
    static bool remove(const QString &spec, QString *error);
};

// For the start-up: the database this desktop should open. LIEU_DB when set, else what the connection
// page saved, else the default SQLite file.
QString configuredDatabaseSpec();
// Opens configuredDatabaseSpec(); a server's password comes from LIEU_DB_PASSWORD, else the keychain.
// Throws lieu::Error.
std::unique_ptr<Database> openConfiguredDatabase();

} // namespace lieu::ui
