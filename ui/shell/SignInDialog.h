#pragma once

#include "Actor.h"

#include <QDialog>

class QLineEdit;

namespace lieu {
class Database;
class Clock;
} // namespace lieu

namespace lieu::ui {

class MessageBar;

// Sign in with a login and password through core's Auth: its message is shown as it is (a wrong password
// and an unknown login read the same; a locked account says for how long).
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Database &db, const Clock &clock, const QString &databaseName, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    MessageBar *messageBar() const { return m_message; }
    void setLogin(const QString &login);

public Q_SLOTS:
    bool signIn();

private:
    Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    QLineEdit *m_login;
    QLineEdit *m_password;
    MessageBar *m_message;
};

} // namespace lieu::ui
