#pragma once

#include "Leaves.h"
#include "Ledger.h"

#include <QAbstractTableModel>
#include <QDate>

namespace lieu::ui {

// Roles every employee table model answers besides the display ones.
enum ToilRole {
    ToilSortRole = Qt::UserRole + 1, // the raw value (date, minutes, name) a proxy sorts by
    ToilIdRole,                      // the row's record id
};

// The employee's TOIL lots: each with what it was given, used, lost to expiry, what is left and its last day.
class LotModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Source, ValidFrom, LastDay, Allocated, Used, Expired, Remaining, RemainingDays, Reserved, State, ColumnCount };

    explicit LotModel(QObject *parent = nullptr);
    void setLots(const QList<Lot> &lots, QDate today, int minutesPerDay);
    const QList<Lot> &lots() const { return m_lots; }
    // "Expired", "Used up", "Not yet valid", "Cancelled" or "Valid"
    QString stateOf(const Lot &lot) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Lot> m_lots;
    QDate m_today;
    int m_perDay = 480;
};

// The employee's leave ledger, entry by entry (signed minutes).
class LedgerModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Type, Document, Lot, Hours, Days, ColumnCount };

    explicit LedgerModel(QObject *parent = nullptr);
    void setEntries(const QList<LedgerEntry> &entries, int minutesPerDay);
    const QList<LedgerEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LedgerEntry> m_entries;
    int m_perDay = 480;
};

// The employee's leave applications with their status.
class LeaveApplicationModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, From, To, HalfDay, Days, Hours, Status, Reason, Note, ColumnCount };

    explicit LeaveApplicationModel(QObject *parent = nullptr);
    void setApplications(const QList<LeaveApplication> &applications);
    const QList<LeaveApplication> &applications() const { return m_applications; }
    const LeaveApplication *applicationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LeaveApplication> m_applications;
};

} // namespace lieu::ui
