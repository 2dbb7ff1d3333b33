#include "EmployeesPage.h"

#include "Display.h"
#include "EmployeeDialogs.h"
#include "Error.h"
#include "HrModels.h"
#include "MessageBar.h"
#include "SearchProxy.h"
#include "Session.h"
#include "Tables.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lieu::ui {

EmployeesPage::EmployeesPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("employeesPage"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name, ID, e-mail, login or supervisor"));
    m_search->setAccessibleName(tr("Search employees"));
    m_search->setClearButtonEnabled(true);
    m_showInactive = new QCheckBox(tr("Show &deactivated"), this);
    top->addWidget(m_search, 1);
    top->addWidget(m_showInactive);
    layout->addLayout(top);

    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    m_model = new EmployeeModel(this);
    m_proxy = new SearchProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("employees"));
    setUpTable(m_view, m_proxy, tr("Employees"), EmployeeModel::Email);
    m_view->sortByColumn(EmployeeModel::Id, Qt::AscendingOrder);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addEmployee"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editEmployee"));
    m_active = new QPushButton(this);
    m_active->setObjectName(QStringLiteral("toggleActive"));
    m_password = new QPushButton(tr("Reset &password…"), this);
    m_password->setObjectName(QStringLiteral("resetPassword"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_active);
    buttons->addStretch(1);
    buttons->addWidget(m_password);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchProxy::setSearch);
    connect(m_showInactive, &QCheckBox::toggled, this, &EmployeesPage::reload);
    connect(m_add, &QPushButton::clicked, this, &EmployeesPage::addEmployee);
    connect(m_edit, &QPushButton::clicked, this, &EmployeesPage::editCurrent);
    connect(m_active, &QPushButton::clicked, this, &EmployeesPage::toggleActive);
    connect(m_password, &QPushButton::clicked, this, &EmployeesPage::resetPassword);
    connect(m_view, &QTableView::activated, this, &EmployeesPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EmployeesPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EmployeesPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EmployeesPage::updateButtons);
    connect(&m_session, &Session::dataChanged, this, &EmployeesPage::reload);
    reload();
}

QString EmployeesPage::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_proxy->mapToSource(i).siblingAtColumn(0).data(KeyRole).toString() : QString();
}

bool EmployeesPage::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, EmployeeModel::Name));
    if (!i.isValid())
        return false;
    m_view->setCurrentIndex(i);
    m_view->selectRow(i.row());
    m_view->scrollTo(i);
    return true;
}

void EmployeesPage::reload()
{
    const QString keep = currentId();
    try {
        Directory directory(m_session.db(), m_session.clock());
        const QList<Employee> everyone = directory.list(m_session.actor(), true);
        m_model->setEmployees(m_showInactive->isChecked() ? everyone : directory.list(m_session.actor(), false), everyone);
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
    }
    if (!select(keep) && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    m_view->resizeColumnsToContents();
    updateButtons();
}

void EmployeesPage::updateButtons()
{
    const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
    const Employee *e = m_model->employee(row);
    m_edit->setEnabled(e);
    m_active->setEnabled(e && e->id != m_session.actor().employee); // nobody locks themselves out
    m_active->setText(e && !e->active ? tr("Ac&tivate") : tr("Deac&tivate"));
    m_password->setEnabled(e && !e->login.isEmpty());
    m_password->setToolTip(e && e->login.isEmpty() ? tr("%1 has no login: give them one with Edit first").arg(e->name)
                                                   : QString());
}

void EmployeesPage::addEmployee()
{
    auto *dialog = new EmployeeDialog(m_session, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Employee e = dialog->employee();
        m_message->showMessage(MessageBar::Kind::Info,
                               e.login.isEmpty() ? tr("%1 (%2) added.").arg(e.name, e.id)
                                                 : tr("%1 (%2) added. Set a password with Reset password so they can sign in.")
                                                       .arg(e.name, e.id));
        m_session.notifyChanged();
        select(e.id);
    });
    dialog->open();
}

void EmployeesPage::editCurrent()
{
    const Employee *current = m_model->employee(m_proxy->mapToSource(m_view->currentIndex()).row());
    if (!current)
        return;
    auto *dialog = new EmployeeDialog(m_session, *current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Employee e = dialog->employee();
        m_message->showMessage(MessageBar::Kind::Info, tr("%1 (%2) saved.").arg(e.name, e.id));
        m_session.notifyChanged();
    });
    dialog->open();
}

void EmployeesPage::toggleActive()
{
    const Employee *current = m_model->employee(m_proxy->mapToSource(m_view->currentIndex()).row());
    if (!current)
        return;
    const Employee e = *current;
    try {
        Directory(m_session.db(), m_session.clock()).setActive(m_session.actor(), e.id, !e.active);
        m_message->showMessage(MessageBar::Kind::Info, e.active ? tr("%1 (%2) deactivated: they can no longer sign in.").arg(e.name, e.id)
                                                                : tr("%1 (%2) is active again.").arg(e.name, e.id));
    } catch (const Error &err) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(err));
    }
    m_session.notifyChanged();
    if (!select(e.id) && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

void EmployeesPage::resetPassword()
{
    const Employee *current = m_model->employee(m_proxy->mapToSource(m_view->currentIndex()).row());
    if (!current || current->login.isEmpty())
        return;
    const Employee e = *current;
    auto *dialog = new PasswordDialog(m_session, e, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, e] {
        m_message->showMessage(MessageBar::Kind::Info, tr("New password set for %1 (%2).").arg(e.name, e.login));
    });
    dialog->open();
}

} // namespace lieu::ui
