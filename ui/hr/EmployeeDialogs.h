#pragma once

#include "Directory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace lieu::ui {

class MessageBar;
class Session;

// Adds or edits one employee through core's Directory. Core validates every field; its message shows in
// the dialog and the field it names gets the focus, and the dialog stays open.
class EmployeeDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: a new employee.
    EmployeeDialog(Session &session, const std::optional<Employee> &existing, QWidget *parent = nullptr);

    Employee employee() const; // what the form holds
    QString savedId() const { return m_savedId; }
    QString errorText() const;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *loginEdit() const { return m_login; }
    QComboBox *reportsToBox() const { return m_reportsTo; }
    QCheckBox *hrBox() const { return m_hr; }
    QLineEdit *hoursEdit() const { return m_hours; }
    QPushButton *saveButton() const { return m_save; }

    void accept() override;

private:
    void focusField(const QString &field);

    Session &m_session;
    bool m_isNew = true;
    Employee m_original;
    QString m_savedId;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_reportsTo = nullptr;
    QCheckBox *m_hr = nullptr;
    QCheckBox *m_active = nullptr;
    QDateEdit *m_joined = nullptr;
    QCheckBox *m_hasRelieving = nullptr;
    QDateEdit *m_relieving = nullptr;
    QLineEdit *m_hours = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

// HR sets a new password for an employee (core's Auth::resetPassword, which applies the length rule).
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(Session &session, const Employee &employee, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *setButton() const { return m_set; }
    QString errorText() const;

    void accept() override;

private:
    void update();

    Session &m_session;
    Employee m_employee;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_set = nullptr;
};

} // namespace lieu::ui
