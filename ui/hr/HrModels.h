#pragma once

#include "Audit.h"
#include "Directory.h"
#include "WorkCalendar.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace lieu::ui {

// Employees as HR manages them. Which rows are there (active only or all) is core's Directory::list.
class EmployeeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Email, Login, ReportsTo, Roles, Status, Joined, HoursPerDay, ColumnCount };

    explicit EmployeeModel(QObject *parent = nullptr);

    // `everyone` resolves reporting lines and supervisor roles even when `rows` leaves some people out.
    void setEmployees(const QList<Employee> &rows, const QList<Employee> &everyone);
    const Employee *employee(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString nameOf(const QString &id) const;

    QList<Employee> m_rows;
    QHash<QString, QString> m_names;
    QSet<QString> m_supervisors;
};

class HolidayModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Weekday, Description, ColumnCount };

    explicit HolidayModel(QObject *parent = nullptr);
    void setHolidays(const QList<Holiday> &rows, QDate today);
    const Holiday *holiday(int row) const;
    int rowOf(QDate date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Holiday> m_rows;
    QDate m_today;
};

class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Actor, Action, DocType, Document, Change, ColumnCount };

    explicit AuditModel(QObject *parent = nullptr);
    void setEntries(const QList<AuditEntry> &rows);
    const AuditEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_rows;
    QList<QString> m_changes; // Audit::describeChange per row, computed once
};

} // namespace lieu::ui
