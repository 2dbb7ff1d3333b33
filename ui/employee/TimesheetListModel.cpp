#include "TimesheetListModel.h"

#include "Formats.h"

namespace lieu::ui {

TimesheetListModel::TimesheetListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TimesheetListModel::setTimesheets(const QList<Timesheet> &sheets, int minutesPerToilDay)
{
    beginResetModel();
    m_sheets = sheets;
    m_perDay = minutesPerToilDay;
    endResetModel();
}

const Timesheet *TimesheetListModel::timesheetAt(int row) const
{
    return row >= 0 && row < m_sheets.size() ? &m_sheets.at(row) : nullptr;
}

int TimesheetListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_sheets.size(); ++i)
        if (m_sheets.at(i).id == id)
            return i;
    return -1;
}

int TimesheetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheets.size());
}

int TimesheetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimesheetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Timesheet &t = m_sheets.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Hours:
        case ToilHours:
        case ToilDays:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return t.id;
        case Period:
            return t.startDate;
        case Status:
            return t.status;
        case Hours:
            return t.totalMinutes;
        case ToilHours:
        case ToilDays:
            return t.toilMinutes;
        case ToilStatus:
            return t.toilStatus;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !t.rejectionReason.isEmpty())
        return tr("Rejected: %1").arg(t.rejectionReason);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.name();
    case Period:
        return tr("%1 – %2").arg(fmt::date(t.startDate), fmt::date(t.endDate));
    case Status:
        return t.status;
    case Hours:
        return fmt::hours(t.totalMinutes);
    case ToilHours:
        return fmt::hours(t.toilMinutes);
    case ToilDays:
        return fmt::days(t.toilMinutes, m_perDay);
    case ToilStatus:
        return t.toilStatus;
    default:
        return {};
    }
}

QVariant TimesheetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Timesheet");
    case Period:
        return tr("Period");
    case Status:
        return tr("Status");
    case Hours:
        return tr("Hours");
    case ToilHours:
        return tr("TOIL hours");
    case ToilDays:
        return tr("TOIL days");
    case ToilStatus:
        return tr("TOIL status");
    default:
        return {};
    }
}

} // namespace lieu::ui
