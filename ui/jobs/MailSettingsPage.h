#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace lieu::ui {

class Session;
class BackgroundDuties;

// HR's "E-mail and schedule" page: the SMTP server (host, port, security, user, the password in the
// system keychain, the From address, a CA certificate for a private server), "Send a test e-mail", and
// when the background duties run.
class MailSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    MailSettingsPage(Session &session, QWidget *parent = nullptr);

    // Writes every setting in one transaction (nothing is half-saved) and the password to the keychain.
    // False, with the reason naming the field on the page, when a value is refused.
    bool save();
    QString statusText() const;
    bool isTesting() const { return m_testing; }

public Q_SLOTS:
    void load();
    void sendTest();

Q_SIGNALS:
    void testFinished(bool ok, const QString &text);

private:
    void setStatus(const QString &text, bool error);

    Session &m_session;
    BackgroundDuties *m_duties;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_caFile;
    QCheckBox *m_ignoreTls;
    QSpinBox *m_timeout;
    QTimeEdit *m_expiryTime;
    QComboBox *m_reminderDay;
    QTimeEdit *m_reminderTime;
    QLabel *m_status;
    QLineEdit *m_testTo;
    QPushButton *m_testButton;
    QPlainTextEdit *m_transcript;
    bool m_testing = false;
    bool m_passwordEdited = false;
};

} // namespace lieu::ui
