#include "EmployeeDialogs.h"

#include "Auth.h"
#include "Display.h"
#include "Error.h"
#include "MessageBar.h"
#include "Session.h"
#include "Units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lieu::ui {

namespace {
QLineEdit *lineEdit(const QString &accessible, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setAccessibleName(accessible);
    return e;
}
} // namespace

EmployeeDialog::EmployeeDialog(Session &session, const std::optional<Employee> &existing, QWidget *parent)
    : QDialog(parent), m_session(session), m_isNew(!existing)
{
    setObjectName(QStringLiteral("employeeDialog"));
    m_original = existing.value_or(Employee{});
    if (m_isNew)
        m_original.dateOfJoining = session.clock().today();
    setWindowTitle(m_isNew ? tr("Add an employee") : tr("Edit %1").arg(m_original.name));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_id = lineEdit(tr("Employee ID"), this);
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setText(m_original.id);
    m_id->setPlaceholderText(tr("e.g. EMP-0009"));
    m_id->setReadOnly(!m_isNew);
    form->addRow(tr("Employee &ID:"), m_id);

    m_name = lineEdit(tr("Full name"), this);
    m_name->setText(m_original.name);
    form->addRow(tr("Full &name:"), m_name);

    m_email = lineEdit(tr("E-mail"), this);
    m_email->setText(m_original.email);
    form->addRow(tr("&E-mail:"), m_email);

    m_login = lineEdit(tr("Login"), this);
    m_login->setText(m_original.login);
    m_login->setPlaceholderText(tr("empty: cannot sign in"));
    form->addRow(tr("&Login:"), m_login);

    m_reportsTo = new QComboBox(this);
    m_reportsTo->setAccessibleName(tr("Reports to"));
    m_reportsTo->addItem(tr("(nobody)"), QString());
    for (const Employee &e : Directory(session.db(), session.clock()).list(session.actor(), true)) {
        if (e.id == m_original.id || (!e.active && e.id != m_original.reportsTo))
            continue;
        m_reportsTo->addItem(e.active ? tr("%1 (%2)").arg(e.name, e.id) : tr("%1 (%2, deactivated)").arg(e.name, e.id), e.id);
    }
    m_reportsTo->setCurrentIndex(qMax(0, m_reportsTo->findData(m_original.reportsTo)));
    m_reportsTo->setToolTip(tr("The immediate supervisor: the one person who approves this employee's timesheets"));
    form->addRow(tr("&Reports to:"), m_reportsTo);

    m_hr = new QCheckBox(tr("&HR: manages employees, holidays and settings, sees every record"), this);
    m_hr->setChecked(m_original.hr);
    form->addRow(QString(), m_hr);
    m_active = new QCheckBox(tr("&Active (can sign in and log hours)"), this);
    m_active->setChecked(m_original.active);
    form->addRow(QString(), m_active);

    m_joined = new QDateEdit(this);
    m_joined->setCalendarPopup(true);
    m_joined->setAccessibleName(tr("Date of joining"));
    m_joined->setDate(m_original.dateOfJoining.isValid() ? m_original.dateOfJoining : session.clock().today());
    form->addRow(tr("Date of &joining:"), m_joined);

    auto *relieving = new QHBoxLayout;
    m_hasRelieving = new QCheckBox(tr("Lea&ves on"), this);
    m_relieving = new QDateEdit(this);
    m_relieving->setCalendarPopup(true);
    m_relieving->setAccessibleName(tr("Relieving date"));
    m_hasRelieving->setChecked(m_original.relievingDate.isValid());
    m_relieving->setDate(m_original.relievingDate.isValid() ? m_original.relievingDate : session.clock().today());
    m_relieving->setEnabled(m_hasRelieving->isChecked());
    connect(m_hasRelieving, &QCheckBox::toggled, m_relieving, &QWidget::setEnabled);
    relieving->addWidget(m_hasRelieving);
    relieving->addWidget(m_relieving, 1);
    form->addRow(tr("Relieving date:"), relieving);

    m_hours = lineEdit(tr("Contracted hours a day"), this);
    m_hours->setText(Display::hours(m_original.contractedMinutesPerDay));
    m_hours->setToolTip(tr("Used by the \"hours above the contracted day\" accrual policy; write 7.5 or 7:30"));
    form->addRow(tr("Contracted &hours a day:"), m_hours);
    layout->addLayout(form);

    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(m_isNew ? tr("&Add") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EmployeeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EmployeeDialog::reject);
    layout->addWidget(buttons);
    (m_isNew ? m_id : m_name)->setFocus();
    resize(560, sizeHint().height());
}

Employee EmployeeDialog::employee() const
{
    Employee e = m_original;
    e.id = m_id->text().trimmed();
    e.name = m_name->text();
    e.email = m_email->text().trimmed();
    e.login = m_login->text().trimmed();
    e.reportsTo = m_reportsTo->currentData().toString();
    e.hr = m_hr->isChecked();
    e.active = m_active->isChecked();
    e.dateOfJoining = m_joined->date();
    e.relievingDate = m_hasRelieving->isChecked() ? m_relieving->date() : QDate();
    return e;
}

QString EmployeeDialog::errorText() const
{
    return m_message->text();
}

void EmployeeDialog::focusField(const QString &field)
{
    static const QHash<QString, int> fields{{QStringLiteral("id"), 0},          {QStringLiteral("employee_name"), 1},
                                            {QStringLiteral("email"), 2},       {QStringLiteral("user_id"), 3},
                                            {QStringLiteral("reports_to"), 4},  {QStringLiteral("hours_per_day"), 5},
                                            {QStringLiteral("relieving_date"), 6}};
    QWidget *const widgets[] = {m_id, m_name, m_email, m_login, m_reportsTo, m_hours, m_relieving};
    const int i = fields.value(field, -1);
    if (i >= 0)
        widgets[i]->setFocus();
}

void EmployeeDialog::accept()
{
    try {
        Employee e = employee();
        e.contractedMinutesPerDay = int(Units::parseHours(m_hours->text(), QStringLiteral("hours_per_day")));
        Directory directory(m_session.db(), m_session.clock());
        if (m_isNew)
            directory.add(m_session.actor(), e);
        else
            directory.update(m_session.actor(), e);
        m_savedId = e.id;
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
        focusField(e.field());
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------------
PasswordDialog::PasswordDialog(Session &session, const Employee &employee, QWidget *parent)
    : QDialog(parent), m_session(session), m_employee(employee)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Reset the password of %1").arg(employee.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 signs in as \"%2\" with the new password. Tell them in person; Lieu does not send "
                                "passwords by e-mail.")
                                 .arg(employee.name, employee.login),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("The new password again"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Again:"), m_repeat);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("At least %1 characters.").arg(Auth::MinimumLength), this);
    hint->setEnabled(false);
    layout->addWidget(hint);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_set = buttons->addButton(tr("&Set password"), QDialogButtonBox::AcceptRole);
    m_set->setObjectName(QStringLiteral("setPassword"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordDialog::update);
    layout->addWidget(buttons);
    update();
    resize(440, sizeHint().height());
}

QString PasswordDialog::errorText() const
{
    return m_message->text();
}

void PasswordDialog::update()
{
    const bool same = m_password->text() == m_repeat->text();
    m_set->setEnabled(!m_password->text().isEmpty() && same);
    if (!m_repeat->text().isEmpty() && !same)
        m_message->showMessage(MessageBar::Kind::Warning, tr("The two passwords differ."));
    else
        m_message->clear();
}

void PasswordDialog::accept()
{
    if (m_password->text().isEmpty() || m_password->text() != m_repeat->text())
        return;
    try {
        Auth(m_session.db(), m_session.clock()).resetPassword(m_session.actor(), m_employee.id, m_password->text());
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace lieu::ui
