#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lieu::ui {

class EmployeeModel;
class MessageBar;
class SearchProxy;
class Session;

// HR's employee list: add, edit (name, e-mail, login, reports-to, HR flag, hours), deactivate or activate,
// and reset a password. Every change is a core call; core checks that the user is HR.
class EmployeesPage final : public QWidget
{
    Q_OBJECT

public:
    EmployeesPage(Session &session, QWidget *parent = nullptr);

    EmployeeModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_message; }
    QString currentId() const;
    bool select(const QString &id);

public Q_SLOTS:
    void reload();
    void addEmployee();   // opens the dialog (window-modal, not blocking)
    void editCurrent();
    void toggleActive();
    void resetPassword();

private:
    void updateButtons();

    Session &m_session;
    EmployeeModel *m_model = nullptr;
    SearchProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showInactive = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_password = nullptr;
};

} // namespace lieu::ui
