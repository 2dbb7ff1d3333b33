#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlQuery;

namespace lieu {

class Database;
class Clock;

struct Employee
{
    QString id;
    QString name;
    QString email;
    QString login;
    QString reportsTo;
    bool hr = false;
    bool active = true;
    QDate dateOfJoining;
    QDate relievingDate;
    int contractedMinutesPerDay = 480;
    QString language = QStringLiteral("en");
};

enum class Role { Employee, Supervisor, Hr };

struct Roles
{
    bool employee = true;
    bool supervisor = false;
    bool hr = false;
    // The seed's get_user_role: hr, else supervisor, else employee.
    QString primary() const;
    QStringList all() const;
};

// Employees, their reporting lines and roles; who may see whom.
class Directory final
{
    Q_DECLARE_TR_FUNCTIONS(Directory)

public:
    Directory(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    std::optional<Employee> find(const QString &id);
    std::optional<Employee> findByLogin(const QString &login);
    // Throws NotFound.
    Employee get(const QString &id);

    // The acting user for a login; refuses unknown and deactivated users.
    Actor actorForLogin(const QString &login);

    Roles roles(const QString &employeeId);
    QStringList directReports(const QString &supervisorId, bool activeOnly = true);
    // The employee whose `user` approves `employeeId`'s timesheets, or throws a rule error that says
    // exactly what is missing (no supervisor; supervisor without login; supervisor deactivated).
    Employee approverOf(const QString &employeeId);

    bool canSee(const Actor &actor, const QString &employeeId);
    void requireCanSee(const Actor &actor, const QString &employeeId);
    // Employees the actor may see, ordered by id.
    QList<Employee> list(const Actor &actor, bool includeInactive = false);

    // HR or the local administrator. Validates every field; audited.
    void add(const Actor &actor, const Employee &e);
    void update(const Actor &actor, const Employee &e);
    void setActive(const Actor &actor, const QString &id, bool active);
    void setPasswordHash(const QString &id, const QString &hash);
    QString passwordHash(const QString &id);

    // An employee's fields as the audit log records them (before/after of create and save).
    static QJsonObject auditFields(const Employee &e);

private:
    void validate(const Employee &e, bool isNew);
    static Employee fromRow(const QSqlQuery &q);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
