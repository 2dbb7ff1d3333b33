#include "WeekGridModel.h"

#include "Error.h"
#include "Formats.h"
#include "GridCommands.h"
#include "Units.h"

#include <QFont>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace lieu::ui {

WeekGridModel::WeekGridModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void WeekGridModel::load(QDate start, int days, const QList<GridRow> &rows, const QSet<QDate> &nonWorking, QDate today,
                         bool editable)
{
    beginResetModel();
    m_start = start;
    m_days = qMax(1, days);
    m_rows = rows;
    for (GridRow &r : m_rows)
        r.minutes.resize(m_days, 0);
    m_nonWorking = nonWorking;
    m_today = today;
    m_editable = editable;
    endResetModel();
    Q_EMIT contentsChanged();
}

void WeekGridModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

qint64 WeekGridModel::totalMinutes() const
{
    qint64 sum = 0;
    for (const GridRow &r : m_rows)
        sum += r.total();
    return sum;
}

bool WeekGridModel::dayIsFuture(int day) const
{
    return m_today.isValid() && m_start.addDays(day) > m_today;
}

int WeekGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

int WeekGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstDay + m_days + 2;
}

QVariant WeekGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const int day = column - FirstDay;

    if (isDayColumn(column)) {
        const QDate date = m_start.addDays(day);
        if (role == DateRole)
            return date;
        if (role == NonWorkingRole)
            return m_nonWorking.contains(date);
        if (role == FutureRole)
            return dayIsFuture(day);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (column == totalColumn() && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);

    if (isTotalsRow(row)) {
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        qint64 minutes = -1;
        if (isDayColumn(column))
            minutes = WeekGrid::dayTotals(m_rows, m_days).at(day);
        else if (column == totalColumn())
            minutes = totalMinutes();
        if (role == MinutesRole)
            return minutes >= 0 ? QVariant(minutes) : QVariant();
        if (role == Qt::DisplayRole) {
            if (column == Activity)
                return tr("Total");
            return minutes > 0 ? QVariant(fmt::hours(minutes)) : QVariant();
        }
        if (role == Qt::AccessibleTextRole && minutes >= 0)
            return tr("Total %1: %2 hours")
                .arg(headerData(column, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')),
                     fmt::hours(minutes));
        return {};
    }

    const GridRow &r = m_rows.at(row);
    if (column == Activity) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return r.activity;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return r.activity.isEmpty() ? tr("Activity (type its name)") : r.activity;
        return {};
    }
    if (column == Billable) {
        if (role == Qt::CheckStateRole)
            return r.billable ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Billable hours are paid by a client and do not count as TOIL");
        if (role == Qt::AccessibleTextRole)
            return r.billable ? tr("Billable") : tr("Not billable");
        return {};
    }
    if (isDayColumn(column)) {
        const qint64 minutes = r.minutes.at(day);
        if (role == MinutesRole)
            return minutes;
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return minutes > 0 ? fmt::hours(minutes) : QString();
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("%1, %2: %3 hours")
                .arg(r.activity, QLocale().toString(m_start.addDays(day), QLocale::LongFormat), fmt::hours(minutes));
        return {};
    }
    if (column == totalColumn()) {
        if (role == MinutesRole)
            return r.total();
        if (role == Qt::DisplayRole)
            return r.total() > 0 ? fmt::hours(r.total()) : QString();
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::AccessibleTextRole)
            return tr("%1 total: %2 hours").arg(r.activity, fmt::hours(r.total()));
        return {};
    }
    if (column == descriptionColumn()) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return r.description;
        return {};
    }
    return {};
}

QVariant WeekGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return isTotalsRow(section) ? QVariant(tr("Σ")) : QVariant(section + 1);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (isDayColumn(section)) {
        const QDate date = m_start.addDays(section - FirstDay);
        switch (role) {
        case Qt::DisplayRole:
            return fmt::dayHeader(date);
        case Qt::ToolTipRole: {
            QString tip = QLocale().toString(date, QLocale::LongFormat);
            if (m_nonWorking.contains(date))
                tip += QLatin1Char('\n') + tr("Not a working day (weekend or holiday)");
            if (dayIsFuture(section - FirstDay))
                tip += QLatin1Char('\n') + tr("In the future: hours can be logged from that day on");
            return tip;
        }
        case DateRole:
            return date;
        case NonWorkingRole:
            return m_nonWorking.contains(date);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == Activity)
        return tr("Activity");
    if (section == Billable)
        return tr("Billable");
    if (section == totalColumn())
        return tr("Total");
    if (section == descriptionColumn())
        return tr("Description");
    return {};
}

Qt::ItemFlags WeekGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return Qt::NoItemFlags;
    const int column = index.column();
    if (isDayColumn(column) && dayIsFuture(column - FirstDay))
        return Qt::ItemIsSelectable;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isTotalsRow(index.row()) || !m_editable)
        return f;
    if (column == Billable)
        return f | Qt::ItemIsUserCheckable;
    if (column == Activity || column == descriptionColumn() || isDayColumn(column))
        return f | Qt::ItemIsEditable;
    return f;
}

bool WeekGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.model() != this || !m_editable || isTotalsRow(index.row()))
        return false;
    const int row = index.row();
    const int column = index.column();
    QVariant next;
    if (column == Billable) {
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        next = role == Qt::CheckStateRole ? QVariant(value.value<Qt::CheckState>() == Qt::Checked) : QVariant(value.toBool());
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == Activity || column == descriptionColumn()) {
        next = column == Activity ? value.toString().trimmed() : value.toString();
    } else if (isDayColumn(column)) {
        if (dayIsFuture(column - FirstDay))
            return false;
        qint64 minutes = 0;
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            if (!text.isEmpty()) {
                try {
                    minutes = Units::parseHours(text, QLocale().toString(m_start.addDays(column - FirstDay), QLocale::ShortFormat));
                } catch (const Error &e) {
                    Q_EMIT inputRefused(e.message());
                    return false;
                }
            }
        } else {
            bool ok = false;
            minutes = value.toLongLong(&ok);
            if (!ok || minutes < 0)
                return false;
        }
        next = minutes;
    } else {
        return false;
    }
    const QVariant before = valueAt(row, column);
    if (before == next)
        return true;
    push(row, column, before, next);
    return true;
}

QVariant WeekGridModel::valueAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const GridRow &r = m_rows.at(row);
    if (column == Activity)
        return r.activity;
    if (column == Billable)
        return r.billable;
    if (isDayColumn(column))
        return r.minutes.at(column - FirstDay);
    if (column == descriptionColumn())
        return r.description;
    return {};
}

void WeekGridModel::applyValue(int row, int column, const QVariant &value)
{
    if (row < 0 || row >= m_rows.size())
        return;
    GridRow &r = m_rows[row];
    if (column == Activity)
        r.activity = value.toString();
    else if (column == Billable)
        r.billable = value.toBool();
    else if (isDayColumn(column))
        r.minutes[column - FirstDay] = value.toLongLong();
    else if (column == descriptionColumn())
        r.description = value.toString();
    else
        return;
    emitRowChanged(row, column);
}

void WeekGridModel::emitRowChanged(int row, int column)
{
    Q_EMIT dataChanged(index(row, column), index(row, column));
    if (isDayColumn(column)) {
        Q_EMIT dataChanged(index(row, totalColumn()), index(row, totalColumn()));
        Q_EMIT dataChanged(index(totalsRow(), column), index(totalsRow(), column));
        Q_EMIT dataChanged(index(totalsRow(), totalColumn()), index(totalsRow(), totalColumn()));
    } else {
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    Q_EMIT contentsChanged();
}

void WeekGridModel::insertGridRow(int row, const GridRow &data)
{
    row = std::clamp(row, 0, int(m_rows.size()));
    GridRow r = data;
    r.minutes.resize(m_days, 0);
    beginInsertRows({}, row, row);
    m_rows.insert(row, r);
    endInsertRows();
    Q_EMIT dataChanged(index(totalsRow(), 0), index(totalsRow(), columnCount() - 1));
    Q_EMIT contentsChanged();
}

GridRow WeekGridModel::takeGridRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return {};
    beginRemoveRows({}, row, row);
    GridRow r = m_rows.takeAt(row);
    endRemoveRows();
    Q_EMIT dataChanged(index(totalsRow(), 0), index(totalsRow(), columnCount() - 1));
    Q_EMIT contentsChanged();
    return r;
}

void WeekGridModel::push(int row, int column, const QVariant &before, const QVariant &after)
{
    if (m_undo)
        m_undo->push(new SetCellCommand(this, row, column, before, after));
    else
        applyValue(row, column, after);
}

void WeekGridModel::addRow(const QString &activity, bool billable)
{
    if (!m_editable)
        return;
    GridRow r;
    r.activity = activity;
    r.billable = billable;
    r.minutes.fill(0, m_days);
    if (m_undo)
        m_undo->push(new InsertRowCommand(this, int(m_rows.size()), r));
    else
        insertGridRow(int(m_rows.size()), r);
}

void WeekGridModel::removeGridRows(QList<int> rows)
{
    if (!m_editable)
        return;
    rows.erase(std::remove_if(rows.begin(), rows.end(), [this](int r) { return r < 0 || r >= m_rows.size(); }), rows.end());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;
    if (!m_undo) {
        for (int r : rows)
            takeGridRow(r);
        return;
    }
    m_undo->beginMacro(rows.size() == 1 ? tr("remove row") : tr("remove %n rows", nullptr, int(rows.size())));
    for (int r : rows)
        m_undo->push(new RemoveRowCommand(this, r));
    m_undo->endMacro();
}

void WeekGridModel::clearCells(const QModelIndexList &cells)
{
    if (!m_editable)
        return;
    struct Change
    {
        int row;
        int column;
        QVariant before;
        QVariant after;
    };
    QList<Change> changes;
    for (const QModelIndex &i : cells) {
        if (!i.isValid() || isTotalsRow(i.row()) || !(flags(i) & Qt::ItemIsEditable))
            continue;
        const QVariant before = valueAt(i.row(), i.column());
        const QVariant after = isDayColumn(i.column()) ? QVariant(qint64(0)) : QVariant(QString());
        if (before != after)
            changes << Change{i.row(), i.column(), before, after};
    }
    if (changes.isEmpty())
        return;
    if (!m_undo) {
        for (const Change &c : changes)
            applyValue(c.row, c.column, c.after);
        return;
    }
    m_undo->beginMacro(tr("clear %n cell(s)", nullptr, int(changes.size())));
    for (const Change &c : changes)
        m_undo->push(new SetCellCommand(this, c.row, c.column, c.before, c.after));
    m_undo->endMacro();
}

} // namespace lieu::ui
