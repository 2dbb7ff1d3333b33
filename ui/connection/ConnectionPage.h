#pragma once

#include "ConnectionSettings.h"
#include "Pages.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace lieu::ui {

class Session;

// The settings page "Database connection": this computer's SQLite file, or a shared MariaDB/MySQL server
// (host, port, database, account, TLS with the server's certificate authority). "Test connection" opens
// the store with what is typed and says what it found; "Save" keeps the choice for the next start (the
// password in the keychain, never in a settings file). With a session it also shows the connection in
// use and whether the store is read-only (maintenance mode, a newer schema).
class ConnectionPage final : public QWidget
{
    Q_OBJECT

public:
    // `session` may be null: the start-up uses the page before anyone has signed in.
    explicit ConnectionPage(Session *session, QWidget *parent = nullptr);
    ConnectionPage(Session &session, QWidget *parent) : ConnectionPage(&session, parent) {}

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings &s);
    QString password() const;
    void setPassword(const QString &password);

    // Each reports in the status line and returns whether it worked.
    bool testConnection();
    bool save();
    QString statusText() const;

    static PageSpec spec();

private:
    void updateEnabled();
    void showStatus(bool ok, const QString &text);
    void chooseFile();
    void chooseCa();

    Session *m_session;
    QLabel *m_current = nullptr;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_server = nullptr;
    QWidget *m_localBox = nullptr;
    QWidget *m_serverBox = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_tls = nullptr;
    QLineEdit *m_ca = nullptr;
    QPushButton *m_caButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace lieu::ui
