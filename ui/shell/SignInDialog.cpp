#include "SignInDialog.h"

#include "Auth.h"
#include "Demo.h"
#include "Error.h"
#include "MessageBar.h"
#include "Settings.h"
#include "Setup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lieu::ui {

SignInDialog::SignInDialog(Database &db, const Clock &clock, const QString &databaseName, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    QString organisation;
    bool demo = false;
    try {
        organisation = Settings(db, clock).value(QString::fromLatin1(Settings::OrganisationName));
        demo = Setup::isDemo(db, clock);
    } catch (const Error &e) {
        m_message->showError(e.message());
    }
    setWindowTitle(tr("Sign in to Lieu"));

    auto *heading = new QLabel(organisation, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    auto *where = new QLabel(tr("Database: %1").arg(databaseName), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_login->setObjectName(QStringLiteral("login"));
    m_login->setAccessibleName(tr("Login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(where);
    layout->addLayout(form);
    if (demo) {
        auto *hint = new QLabel(tr("This is the demo organisation: sign in as %1 (HR), %2 (supervisor) or %3 "
                                   "(employee) with the password \"%4\".")
                                    .arg(Demo::HrLogin, Demo::SupervisorLogin, Demo::EmployeeLogin, Demo::DemoPassword),
                                this);
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("signInButton"));
    ok->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_login->setFocus();
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
}

bool SignInDialog::signIn()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_message->showError(tr("Type your login first."));
        m_login->setFocus();
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_actor = Auth(m_db, m_clock).signIn(m_login->text().trimmed(), m_password->text());
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        m_message->showError(e.message());
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    QApplication::restoreOverrideCursor();
    accept();
    return true;
}

} // namespace lieu::ui
