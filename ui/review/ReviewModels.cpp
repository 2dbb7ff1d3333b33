#include "ReviewModels.h"

#include "Display.h"

#include <QLocale>

namespace lieu::ui {

namespace {
QString leaveDays(int halfDays)
{
    const QLocale locale;
    QString text = locale.toString(halfDays / 2);
    if (halfDays % 2)
        text += locale.decimalPoint() + locale.toString(5);
    return text;
}

QVariant rightAligned()
{
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

// ---------------------------------------------------------------------------------------------------------
TimesheetQueueModel::TimesheetQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void TimesheetQueueModel::setTimesheets(const QList<Timesheet> &sheets, int minutesPerToilDay)
{
    beginResetModel();
    m_rows = sheets;
    m_minutesPerDay = minutesPerToilDay;
    QSet<qint64> still;
    for (const Timesheet &t : sheets)
        if (m_checked.contains(t.id))
            still.insert(t.id);
    m_checked = still;
    endResetModel();
    Q_EMIT checkedChanged();
}

const Timesheet *TimesheetQueueModel::timesheet(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TimesheetQueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QList<qint64> TimesheetQueueModel::checkedIds() const
{
    QList<qint64> ids;
    for (const Timesheet &t : m_rows)
        if (m_checked.contains(t.id))
            ids << t.id;
    return ids;
}

void TimesheetQueueModel::setAllChecked(bool checked)
{
    m_checked.clear();
    if (checked)
        for (const Timesheet &t : std::as_const(m_rows))
            m_checked.insert(t.id);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Select), index(int(m_rows.size()) - 1, Select), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int TimesheetQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimesheetQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimesheetQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Timesheet &t = m_rows.at(index.row());
    const int column = index.column();
    if (role == KeyRole)
        return t.id;
    if (role == SearchRole && column == 0)
        return QStringList{t.name(), t.employee, t.employeeName};
    if (column == Select) {
        if (role == Qt::CheckStateRole)
            return m_checked.contains(t.id) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("Select %1 for approval").arg(t.name());
        if (role == SortRole)
            return m_checked.contains(t.id) ? 1 : 0;
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == Hours || column == ToilHours || column == ToilDays))
        return rightAligned();
    if (role == Qt::ToolTipRole && (column == ToilHours || column == ToilDays))
        return t.details;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (Column(column)) {
        case Name: return t.name();
        case Employee: return tr("%1 (%2)").arg(t.employeeName, t.employee);
        case Period: return Display::period(t.startDate, t.endDate);
        case Hours: return Display::hours(t.totalMinutes);
        case ToilHours: return Display::hours(t.toilMinutes);
        case ToilDays: return Display::days(t.toilMinutes, m_minutesPerDay);
        case Sent: return Display::dateTime(t.modifiedAt);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (Column(column)) {
        case Name: return t.id;
        case Employee: return t.employeeName;
        case Period: return t.startDate;
        case Hours: return t.totalMinutes;
        case ToilHours:
        case ToilDays: return t.toilMinutes;
        case Sent: return t.modifiedAt;
        default: return {};
        }
    }
    return {};
}

bool TimesheetQueueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Select || role != Qt::CheckStateRole)
        return false;
    const qint64 id = m_rows.at(index.row()).id;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags TimesheetQueueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Select)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TimesheetQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Select: return role == Qt::ToolTipRole ? tr("Checked timesheets are approved together") : tr("Pick");
    case Name: return tr("Timesheet");
    case Employee: return tr("Employee");
    case Period: return tr("Period");
    case Hours: return role == Qt::ToolTipRole ? tr("All hours logged (h:mm)") : tr("Hours");
    case ToilHours: return role == Qt::ToolTipRole ? tr("TOIL the timesheet earns (h:mm)") : tr("TOIL hours");
    case ToilDays: return role == Qt::ToolTipRole ? tr("TOIL in days of the organisation's TOIL day") : tr("TOIL days");
    case Sent: return tr("Sent");
    default: return {};
    }
}

// ---------------------------------------------------------------------------------------------------------
TimeLogModel::TimeLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void TimeLogModel::setLogs(const QList<TimeLog> &logs)
{
    beginResetModel();
    m_logs = logs;
    endResetModel();
}

int TimeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_logs.size());
}

int TimeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimeLog &l = m_logs.at(index.row());
    const int column = index.column();
    if (role == KeyRole)
        return l.id;
    if (role == SearchRole && column == 0)
        return QStringList{l.activity, l.description};
    if (role == Qt::TextAlignmentRole && column == Hours)
        return rightAligned();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (Column(column)) {
        case Date: return Display::date(l.date);
        case Activity: return l.activity;
        case Description: return l.description;
        case Billable: return l.billable ? tr("Billable") : tr("Non-billable");
        case Hours: return Display::hours(l.minutes);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (Column(column)) {
        case Date: return l.date;
        case Activity: return l.activity;
        case Description: return l.description;
        case Billable: return l.billable ? 1 : 0;
        case Hours: return l.minutes;
        default: return {};
        }
    }
    return {};
}

QVariant TimeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date: return tr("Date");
    case Activity: return tr("Activity");
    case Description: return tr("Description");
    case Billable: return tr("Billing");
    case Hours: return tr("Hours");
    default: return {};
    }
}

// ---------------------------------------------------------------------------------------------------------
LeaveQueueModel::LeaveQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaveQueueModel::setApplications(const QList<LeaveApplication> &apps)
{
    beginResetModel();
    m_rows = apps;
    endResetModel();
}

const LeaveApplication *LeaveQueueModel::application(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LeaveQueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int LeaveQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaveQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaveQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeaveApplication &a = m_rows.at(index.row());
    const int column = index.column();
    if (role == KeyRole)
        return a.id;
    if (role == SearchRole && column == 0)
        return QStringList{a.name(), a.employee, a.employeeName, a.reason};
    if (role == Qt::TextAlignmentRole && (column == Days || column == Hours))
        return rightAligned();
    if (role == Qt::ToolTipRole && column == From && a.halfDayDate.isValid())
        return tr("Half day on %1").arg(Display::date(a.halfDayDate));
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || (role == Qt::ToolTipRole && column == Reason)) {
        switch (Column(column)) {
        case Name: return a.name();
        case Employee: return tr("%1 (%2)").arg(a.employeeName, a.employee);
        case From: return Display::date(a.fromDate);
        case To: return Display::date(a.toDate);
        case Days: return leaveDays(a.halfDays);
        case Hours: return Display::hours(a.minutes);
        case Reason: return a.reason;
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (Column(column)) {
        case Name: return a.id;
        case Employee: return a.employeeName;
        case From: return a.fromDate;
        case To: return a.toDate;
        case Days: return a.halfDays;
        case Hours: return a.minutes;
        case Reason: return a.reason;
        default: return {};
        }
    }
    return {};
}

QVariant LeaveQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Application");
    case Employee: return tr("Employee");
    case From: return tr("From");
    case To: return tr("To");
    case Days: return tr("Days");
    case Hours: return tr("Hours");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace lieu::ui
