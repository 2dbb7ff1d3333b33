#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace lieu {
class Database;
class Clock;
} // namespace lieu

namespace lieu::ui {

class MessageBar;

// The first start on an empty database: open the demo organisation, or set up one's own (its name, hours
// per TOIL day, expiry days and the first HR user). Both write through core; accepted once written.
class FirstStartDialog final : public QDialog
{
    Q_OBJECT

public:
    FirstStartDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);

    bool choseDemo() const { return m_demo; }
    // The login of the HR user the set-up created (empty for the demo).
    QString createdLogin() const { return m_createdLogin; }

    // The set-up form's fields, for tests.
    QLineEdit *field(const QString &name) const;
    QSpinBox *expiryDays() const { return m_expiry; }
    MessageBar *messageBar() const { return m_message; }

public Q_SLOTS:
    void openDemo();
    void showSetUp();
    bool createOrganisation();

private:
    Database &m_db;
    const Clock &m_clock;
    bool m_demo = false;
    QString m_createdLogin;
    QStackedWidget *m_stack;
    QSpinBox *m_expiry = nullptr;
    MessageBar *m_message = nullptr;
};

} // namespace lieu::ui
