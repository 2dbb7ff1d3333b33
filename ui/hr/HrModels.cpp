#include "HrModels.h"

#include "Display.h"

#include <QFont>
#include <QLocale>

namespace lieu::ui {

namespace {
constexpr auto kValid = QAbstractItemModel::CheckIndexOption::IndexIsValid |
                        QAbstractItemModel::CheckIndexOption::ParentIsInvalid;
}

// ---------------------------------------------------------------------------------------------------------
EmployeeModel::EmployeeModel(QObject *parent) : QAbstractTableModel(parent) {}

void EmployeeModel::setEmployees(const QList<Employee> &rows, const QList<Employee> &everyone)
{
    beginResetModel();
    m_rows = rows;
    m_names.clear();
    m_supervisors.clear();
    for (const Employee &e : everyone) {
        m_names.insert(e.id, e.name);
        if (e.active && !e.reportsTo.isEmpty())
            m_supervisors.insert(e.reportsTo);
    }
    endResetModel();
}

const Employee *EmployeeModel::employee(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EmployeeModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString EmployeeModel::nameOf(const QString &id) const
{
    if (id.isEmpty())
        return {};
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : tr("%1 (%2)").arg(name, id);
}

int EmployeeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EmployeeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployeeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, kValid))
        return {};
    const Employee &e = m_rows.at(index.row());
    const int column = index.column();
    if (role == KeyRole)
        return e.id;
    if (role == SearchRole && column == 0)
        return QStringList{e.id, e.name, e.email, e.login, nameOf(e.reportsTo)};
    if (role == Qt::FontRole && !e.active) {
        QFont f;
        f.setItalic(true); // deactivated: still readable, marked apart
        return f;
    }
    if (role == Qt::TextAlignmentRole && column == HoursPerDay)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (Column(column)) {
        case Id: return e.id;
        case Name: return e.name;
        case Email: return e.email;
        case Login: return e.login.isEmpty() && role != Qt::DisplayRole ? tr("No login: cannot sign in") : e.login;
        case ReportsTo: return nameOf(e.reportsTo);
        case Roles: {
            QStringList r;
            if (m_supervisors.contains(e.id))
                r << tr("Supervisor");
            if (e.hr)
                r << tr("HR");
            return r.join(QStringLiteral(", "));
        }
        case Status: return e.active ? tr("Active") : tr("Deactivated");
        case Joined: return Display::date(e.dateOfJoining);
        case HoursPerDay: return Display::hours(e.contractedMinutesPerDay);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (Column(column)) {
        case Id: return e.id;
        case Name: return e.name;
        case Email: return e.email;
        case Login: return e.login;
        case ReportsTo: return nameOf(e.reportsTo);
        case Roles: return (e.hr ? 2 : 0) + (m_supervisors.contains(e.id) ? 1 : 0);
        case Status: return e.active ? 1 : 0;
        case Joined: return e.dateOfJoining;
        case HoursPerDay: return e.contractedMinutesPerDay;
        default: return {};
        }
    }
    return {};
}

QVariant EmployeeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id: return tr("ID");
    case Name: return tr("Name");
    case Email: return tr("E-mail");
    case Login: return tr("Login");
    case ReportsTo: return tr("Reports to");
    case Roles: return tr("Roles");
    case Status: return tr("Status");
    case Joined: return tr("Joined");
    case HoursPerDay: return tr("Hours a day");
    default: return {};
    }
}

// ---------------------------------------------------------------------------------------------------------
HolidayModel::HolidayModel(QObject *parent) : QAbstractTableModel(parent) {}

void HolidayModel::setHolidays(const QList<Holiday> &rows, QDate today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

const Holiday *HolidayModel::holiday(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HolidayModel::rowOf(QDate date) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).date == date)
            return i;
    return -1;
}

int HolidayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HolidayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HolidayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, kValid))
        return {};
    const Holiday &h = m_rows.at(index.row());
    const int column = index.column();
    if (role == KeyRole)
        return h.date;
    if (role == SearchRole && column == 0)
        return QStringList{Display::date(h.date), h.description};
    if (role == Qt::FontRole && h.date < m_today) {
        QFont f;
        f.setItalic(true); // past holidays
        return f;
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (Column(column)) {
        case Date: return Display::date(h.date);
        case Weekday: return QLocale().dayName(h.date.dayOfWeek());
        case Description: return h.description;
        default: return {};
        }
    }
    if (role == SortRole)
        return column == Description ? QVariant(h.description) : QVariant(h.date);
    return {};
}

QVariant HolidayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date: return tr("Date");
    case Weekday: return tr("Day");
    case Description: return tr("Description");
    default: return {};
    }
}

// ---------------------------------------------------------------------------------------------------------
AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::setEntries(const QList<AuditEntry> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_changes.clear();
    m_changes.reserve(rows.size());
    for (const AuditEntry &e : rows)
        m_changes << Audit::describeChange(e.before, e.after);
    endResetModel();
}

const AuditEntry *AuditModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, kValid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    const int column = index.column();
    if (role == KeyRole)
        return e.id;
    if (role == SearchRole && column == 0)
        return QStringList{e.actor, e.action, e.doctype, e.docname, m_changes.at(index.row())};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || (role == Qt::ToolTipRole && column == Change)) {
        switch (Column(column)) {
        case When: return Display::dateTime(e.at);
        case Actor: return e.actor;
        case Action: return e.action;
        case DocType: return e.doctype;
        case Document: return e.docname;
        case Change: return m_changes.at(index.row());
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (Column(column)) {
        case When: return e.at; // ties keep the log's order
        case Actor: return e.actor;
        case Action: return e.action;
        case DocType: return e.doctype;
        case Document: return e.docname;
        case Change: return m_changes.at(index.row());
        default: return {};
        }
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When: return tr("When");
    case Actor: return tr("Who");
    case Action: return tr("Action");
    case DocType: return tr("Document type");
    case Document: return tr("Document");
    case Change: return tr("Change");
    default: return {};
    }
}

} // namespace lieu::ui
