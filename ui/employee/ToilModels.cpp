#include "ToilModels.h"

#include "Formats.h"
#include "Names.h"

namespace lieu::ui {

namespace {
QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

// ---- LotModel

LotModel::LotModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void LotModel::setLots(const QList<Lot> &lots, QDate today, int minutesPerDay)
{
    beginResetModel();
    m_lots = lots;
    m_today = today;
    m_perDay = minutesPerDay;
    endResetModel();
}

QString LotModel::stateOf(const Lot &lot) const
{
    if (lot.docstatus == 2)
        return tr("Cancelled");
    if (lot.isExpired || (m_today.isValid() && lot.toDate < m_today))
        return tr("Expired");
    if (lot.remaining <= 0)
        return tr("Used up");
    if (m_today.isValid() && lot.fromDate > m_today)
        return tr("Not yet valid");
    return tr("Valid");
}

int LotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lots.size());
}

int LotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LotModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Lot &l = m_lots.at(index.row());
    const int c = index.column();
    if (role == ToilIdRole)
        return l.id;
    if (role == Qt::TextAlignmentRole)
        return c >= Allocated && c <= Reserved ? rightAligned() : QVariant();
    if (role == ToilSortRole) {
        switch (c) {
        case Name:
            return l.id;
        case Source:
            return l.sourceTimesheet;
        case ValidFrom:
            return l.fromDate;
        case LastDay:
            return l.toDate;
        case Allocated:
            return l.allocated;
        case Used:
            return l.used;
        case Expired:
            return l.expired;
        case Remaining:
        case RemainingDays:
            return l.remaining;
        case Reserved:
            return l.reserved;
        case State:
            return stateOf(l);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && c == LastDay)
        return tr("The last day this TOIL can be taken: %1").arg(fmt::date(l.toDate));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (c) {
    case Name:
        return l.name();
    case Source:
        return l.sourceTimesheet ? Names::format(DocKind::Timesheet, l.sourceTimesheet) : QString();
    case ValidFrom:
        return fmt::date(l.fromDate);
    case LastDay:
        return fmt::date(l.toDate);
    case Allocated:
        return fmt::hours(l.allocated);
    case Used:
        return fmt::hours(l.used);
    case Expired:
        return fmt::hours(l.expired);
    case Remaining:
        return fmt::hours(l.remaining);
    case RemainingDays:
        return fmt::days(l.remaining, m_perDay);
    case Reserved:
        return fmt::hours(l.reserved);
    case State:
        return stateOf(l);
    default:
        return {};
    }
}

QVariant LotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Used:
            return tr("Taken by approved leave");
        case Expired:
            return tr("Lost because the lot passed its last day");
        case Reserved:
            return tr("Held by leave applications still awaiting approval");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Lot");
    case Source:
        return tr("From timesheet");
    case ValidFrom:
        return tr("Valid from");
    case LastDay:
        return tr("Last day of use");
    case Allocated:
        return tr("Earned (h)");
    case Used:
        return tr("Used (h)");
    case Expired:
        return tr("Expired (h)");
    case Remaining:
        return tr("Left (h)");
    case RemainingDays:
        return tr("Left (days)");
    case Reserved:
        return tr("Reserved (h)");
    case State:
        return tr("State");
    default:
        return {};
    }
}

// ---- LedgerModel

LedgerModel::LedgerModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void LedgerModel::setEntries(const QList<LedgerEntry> &entries, int minutesPerDay)
{
    beginResetModel();
    m_entries = entries;
    m_perDay = minutesPerDay;
    endResetModel();
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const LedgerEntry &e = m_entries.at(index.row());
    const int c = index.column();
    if (role == ToilIdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole)
        return c == Hours || c == Days ? rightAligned() : QVariant();
    if (role == ToilSortRole) {
        switch (c) {
        case Date:
            return e.date;
        case Type:
            return e.transactionType;
        case Document:
            return e.transactionName;
        case Lot:
            return e.allocation;
        case Hours:
        case Days:
            return e.minutes;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (c) {
    case Date:
        return fmt::date(e.date);
    case Type:
        return e.isExpired && e.transactionType != QLatin1String("Expiry") ? tr("%1 (expiry)").arg(e.transactionType)
                                                                           : e.transactionType;
    case Document:
        return e.transactionName;
    case Lot:
        return e.allocation ? Names::format(DocKind::Allocation, e.allocation) : QString();
    case Hours:
        return QString((e.minutes > 0 ? QStringLiteral("+") : QString()) + fmt::hours(e.minutes));
    case Days:
        return QString((e.minutes > 0 ? QStringLiteral("+") : QString()) + fmt::days(e.minutes, m_perDay));
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Type:
        return tr("Transaction");
    case Document:
        return tr("Document");
    case Lot:
        return tr("Lot");
    case Hours:
        return tr("Hours");
    case Days:
        return tr("Days");
    default:
        return {};
    }
}

// ---- LeaveApplicationModel

LeaveApplicationModel::LeaveApplicationModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void LeaveApplicationModel::setApplications(const QList<LeaveApplication> &applications)
{
    beginResetModel();
    m_applications = applications;
    endResetModel();
}

const LeaveApplication *LeaveApplicationModel::applicationAt(int row) const
{
    return row >= 0 && row < m_applications.size() ? &m_applications.at(row) : nullptr;
}

int LeaveApplicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int LeaveApplicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaveApplicationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const LeaveApplication &a = m_applications.at(index.row());
    const int c = index.column();
    if (role == ToilIdRole)
        return a.id;
    if (role == Qt::TextAlignmentRole)
        return c == Days || c == Hours ? rightAligned() : QVariant();
    if (role == ToilSortRole) {
        switch (c) {
        case Name:
            return a.id;
        case From:
            return a.fromDate;
        case To:
            return a.toDate;
        case HalfDay:
            return a.halfDayDate;
        case Days:
            return a.halfDays;
        case Hours:
            return a.minutes;
        case Status:
            return a.status;
        case Reason:
            return a.reason;
        case Note:
            return a.rejectionReason;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (c == Reason || c == Note))
        return c == Reason ? a.reason : a.rejectionReason;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (c) {
    case Name:
        return a.name();
    case From:
        return fmt::date(a.fromDate);
    case To:
        return fmt::date(a.toDate);
    case HalfDay:
        return fmt::date(a.halfDayDate);
    case Days:
        return a.totalLeaveDays();
    case Hours:
        return fmt::hours(a.minutes);
    case Status:
        return a.status;
    case Reason:
        return a.reason;
    case Note:
        if (!a.rejectionReason.isEmpty())
            return tr("Rejected: %1").arg(a.rejectionReason);
        if (!a.approvedBy.isEmpty())
            return tr("Approved by %1").arg(a.approvedBy);
        return QString();
    default:
        return {};
    }
}

QVariant LeaveApplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Application");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case HalfDay:
        return tr("Half day");
    case Days:
        return tr("Days");
    case Hours:
        return tr("Hours");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case Note:
        return tr("Decision");
    default:
        return {};
    }
}

} // namespace lieu::ui
