#include "FirstStartDialog.h"

#include "Demo.h"
#include "Error.h"
#include "MessageBar.h"
#include "Setup.h"
#include "Units.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lieu::ui {

FirstStartDialog::FirstStartDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Welcome to Lieu"));
    setObjectName(QStringLiteral("firstStartDialog"));

    // The choice.
    auto *choice = new QWidget(m_stack);
    auto *choiceLayout = new QVBoxLayout(choice);
    auto *intro = new QLabel(tr("This Lieu database is new and empty. Would you like to look around a demo "
                                "organisation first, or set up your own?"),
                             choice);
    intro->setWordWrap(true);
    auto *demo = new QCommandLinkButton(tr("Open the demo"),
                                        tr("A small organisation with months of history. Sign in as %1 (HR), %2 "
                                           "(supervisor) or %3 (employee); the password is \"%4\".")
                                            .arg(Demo::HrLogin, Demo::SupervisorLogin, Demo::EmployeeLogin, Demo::DemoPassword),
                                        choice);
    demo->setObjectName(QStringLiteral("openDemoButton"));
    auto *own = new QCommandLinkButton(tr("Set up my organisation"),
                                       tr("Name it, choose the TOIL rules, and create the first HR user."), choice);
    own->setObjectName(QStringLiteral("setUpButton"));
    auto *quit = new QDialogButtonBox(QDialogButtonBox::Cancel, choice);
    choiceLayout->addWidget(intro);
    choiceLayout->addWidget(demo);
    choiceLayout->addWidget(own);
    choiceLayout->addStretch(1);
    choiceLayout->addWidget(quit);
    m_stack->addWidget(choice);

    // The set-up form.
    auto *form = new QWidget(m_stack);
    auto *formLayout = new QVBoxLayout(form);
    auto *orgBox = new QGroupBox(tr("Organisation"), form);
    auto *orgForm = new QFormLayout(orgBox);
    auto addField = [this](QFormLayout *layout, const QString &name, const QString &label, const QString &text,
                           QLineEdit::EchoMode echo = QLineEdit::Normal) {
        auto *edit = new QLineEdit(text, layout->parentWidget());
        edit->setObjectName(name);
        edit->setEchoMode(echo);
        QString plain = label;
        edit->setAccessibleName(plain.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        layout->addRow(label, edit);
        return edit;
    };
    addField(orgForm, QStringLiteral("organisation"), tr("&Name:"), QString());
    addField(orgForm, QStringLiteral("hoursPerDay"), tr("&Hours per TOIL day:"), QStringLiteral("8:00"))
        ->setToolTip(tr("How many hours of TOIL make one day off (8, 7.5 or 7:30)"));
    m_expiry = new QSpinBox(orgBox);
    m_expiry->setObjectName(QStringLiteral("expiryDays"));
    m_expiry->setRange(1, 3660);
    m_expiry->setValue(180);
    m_expiry->setSuffix(tr(" days"));
    m_expiry->setAccessibleName(tr("TOIL expires after"));
    m_expiry->setToolTip(tr("Each lot of TOIL can be used for this many days after its timesheet's period"));
    orgForm->addRow(tr("TOIL &expires after:"), m_expiry);
    auto *hrBox = new QGroupBox(tr("First HR user"), form);
    auto *hrForm = new QFormLayout(hrBox);
    addField(hrForm, QStringLiteral("employeeId"), tr("Employee &id:"), QStringLiteral("EMP-0001"));
    addField(hrForm, QStringLiteral("fullName"), tr("F&ull name:"), QString());
    addField(hrForm, QStringLiteral("email"), tr("E-&mail:"), QString());
    addField(hrForm, QStringLiteral("login"), tr("&Login:"), QString());
    addField(hrForm, QStringLiteral("password"), tr("&Password:"), QString(), QLineEdit::Password);
    addField(hrForm, QStringLiteral("password2"), tr("&Repeat password:"), QString(), QLineEdit::Password);
    m_message = new MessageBar(form);
    auto *buttons = new QDialogButtonBox(form);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    QPushButton *create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    formLayout->addWidget(orgBox);
    formLayout->addWidget(hrBox);
    formLayout->addWidget(m_message);
    formLayout->addStretch(1);
    formLayout->addWidget(buttons);
    m_stack->addWidget(form);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    setMinimumWidth(520);

    connect(demo, &QCommandLinkButton::clicked, this, &FirstStartDialog::openDemo);
    connect(own, &QCommandLinkButton::clicked, this, &FirstStartDialog::showSetUp);
    connect(quit, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(back, &QPushButton::clicked, this, [this] { m_stack->setCurrentIndex(0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::createOrganisation);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit *FirstStartDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

void FirstStartDialog::openDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        Demo::populate(m_db, m_clock);
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        m_stack->setCurrentIndex(1);
        m_message->showError(e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    m_demo = true;
    accept();
}

void FirstStartDialog::showSetUp()
{
    m_stack->setCurrentIndex(1);
    field(QStringLiteral("organisation"))->setFocus();
}

bool FirstStartDialog::createOrganisation()
{
    OrganisationSetup s;
    s.organisation = field(QStringLiteral("organisation"))->text();
    s.expiryDays = m_expiry->value();
    s.hr.id = field(QStringLiteral("employeeId"))->text().trimmed();
    s.hr.name = field(QStringLiteral("fullName"))->text().trimmed();
    s.hr.email = field(QStringLiteral("email"))->text().trimmed();
    s.hr.login = field(QStringLiteral("login"))->text().trimmed();
    s.password = field(QStringLiteral("password"))->text();
    if (s.password != field(QStringLiteral("password2"))->text()) {
        m_message->showError(tr("password: the two passwords are not the same"));
        field(QStringLiteral("password2"))->setFocus();
        return false;
    }
    try {
        const qint64 minutes = Units::parseHours(field(QStringLiteral("hoursPerDay"))->text(), tr("hours per TOIL day"));
        s.minutesPerToilDay = int(qBound(qint64(0), minutes, qint64(100000)));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Setup::createOrganisation(m_db, m_clock, s);
        QApplication::restoreOverrideCursor();
    } catch (const Error &e) {
        if (QApplication::overrideCursor())
            QApplication::restoreOverrideCursor();
        m_message->showError(e.message());
        return false;
    }
    m_createdLogin = s.hr.login;
    accept();
    return true;
}

} // namespace lieu::ui
