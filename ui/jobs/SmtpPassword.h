#pragma once

#include <QMutex>
#include <QObject>
#include <QString>

namespace lieu::ui {

// The SMTP password of the desktop app, kept in the platform keychain (Secret Service / KWallet,
// macOS Keychain, Windows Credential Manager) under the service "Lieu SMTP" and the key
// "USER@HOST:PORT", never in the database. LIEU_SMTP_PASSWORD, when set, stands in for it (as for
// lieuctl). The last password read or stored is cached for the background runner, which asks for it
// from its worker thread through cached().
class SmtpPassword final : public QObject
{
    Q_OBJECT

public:
    explicit SmtpPassword(QObject *parent = nullptr);

    static QString keyFor(const QString &user, const QString &host, int port);

    // Reads the password for `key`; loaded() follows (with an empty password and a reason when the
    // keychain has none or cannot be reached).
    void load(const QString &key);
    // Stores it; stored() follows.
    void store(const QString &key, const QString &password);

    // Thread-safe.
    QString cached() const;

Q_SIGNALS:
    void loaded(const QString &password, const QString &error);
    void stored(bool ok, const QString &error);

private:
    void setCached(const QString &password);

    mutable QMutex m_mutex;
    QString m_cached;
};

} // namespace lieu::ui
