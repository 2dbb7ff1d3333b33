#include "Directory.h"

#include "Audit.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Text.h"
#include "Units.h"
#include "I18n.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace lieu {

namespace {
const QString kColumns = QStringLiteral(
    "id, employee_name, email, user_id, reports_to, is_hr, active, date_of_joining, relieving_date, "
    "contracted_minutes_per_day, language");

} // namespace

QJsonObject Directory::auditFields(const Employee &e)
{
    return QJsonObject{{QStringLiteral("employee_name"), e.name},
                       {QStringLiteral("email"), e.email},
                       {QStringLiteral("user_id"), e.login},
                       {QStringLiteral("reports_to"), e.reportsTo},
                       {QStringLiteral("is_hr"), e.hr},
                       {QStringLiteral("active"), e.active},
                       {QStringLiteral("contracted_minutes_per_day"), e.contractedMinutesPerDay},
                       {QStringLiteral("language"), e.language}};
}

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? Database::null() : QVariant(s);
}
QVariant nullableDate(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : Database::null();
}
} // namespace

QString Roles::primary() const
{
    if (hr)
        return QStringLiteral("hr");
    if (supervisor)
        return QStringLiteral("supervisor");
    return QStringLiteral("employee");
}

QStringList Roles::all() const
{
    QStringList r{QStringLiteral("employee")};
    if (supervisor)
        r << QStringLiteral("supervisor");
    if (hr)
        r << QStringLiteral("hr");
    return r;
}

Employee Directory::fromRow(const QSqlQuery &q)
{
    Employee e;
    e.id = q.value(0).toString();
    e.name = q.value(1).toString();
    e.email = q.value(2).toString();
    e.login = q.value(3).toString();
    e.reportsTo = q.value(4).toString();
    e.hr = q.value(5).toInt() != 0;
    e.active = q.value(6).toInt() != 0;
    e.dateOfJoining = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    e.relievingDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    e.contractedMinutesPerDay = q.value(9).toInt();
    e.language = q.value(10).toString();
    return e;
}

std::optional<Employee> Directory::find(const QString &id)
{
    static const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM employee WHERE id = ?");
    std::optional<Employee> found;
    m_db.forEach(sql, {id}, [&](const QSqlQuery &q) { found = fromRow(q); });
    return found;
}

std::optional<Employee> Directory::findByLogin(const QString &login)
{
    static const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM employee WHERE user_id = ?");
    std::optional<Employee> found;
    m_db.forEach(sql, {login}, [&](const QSqlQuery &q) { found = fromRow(q); });
    return found;
}

Employee Directory::get(const QString &id)
{
    if (auto e = find(id))
        return *e;
    throw Error::notFound(tr("Employee %1 does not exist").arg(id));
}

Actor Directory::actorForLogin(const QString &login)
{
    const auto e = findByLogin(login);
    if (!e)
        throw Error::permission(tr("No employee has the login \"%1\"").arg(login));
    if (!e->active)
        throw Error::permission(tr("The user \"%1\" (%2) is deactivated").arg(login, e->id));
    return Actor{e->id, e->login, e->hr};
}

Roles Directory::roles(const QString &employeeId)
{
    Roles r;
    const auto e = find(employeeId);
    if (!e)
        return r;
    r.hr = e->hr;
    r.supervisor =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM employee WHERE reports_to = ? AND active = 1"), {employeeId})
            .toInt() > 0;
    return r;
}

QStringList Directory::directReports(const QString &supervisorId, bool activeOnly)
{
    QSqlQuery q = m_db.exec(activeOnly ? QStringLiteral("SELECT id FROM employee WHERE reports_to = ? AND active = 1 ORDER BY id")
                                       : QStringLiteral("SELECT id FROM employee WHERE reports_to = ? ORDER BY id"),
                            {supervisorId});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Employee Directory::approverOf(const QString &employeeId)
{
    const Employee e = get(employeeId);
    if (e.reportsTo.isEmpty())
        throw Error::rule(tr("Employee %1 (%2) has no supervisor (reports_to is empty): HR must assign one before "
                             "anything can be approved")
                              .arg(e.id, e.name));
    const Employee s = get(e.reportsTo);
    if (s.login.isEmpty())
        throw Error::rule(tr("The supervisor %1 (%2) of employee %3 has no login: HR must give them a user account "
                             "before anything can be approved")
                              .arg(s.id, s.name, e.id));
    if (!s.active)
        throw Error::rule(tr("The supervisor %1 (%2) of employee %3 is deactivated: HR must assign an active "
                             "supervisor")
                              .arg(s.id, s.name, e.id));
    return s;
}

bool Directory::canSee(const Actor &actor, const QString &employeeId)
{
    return bool(Permissions(m_db, m_clock).see(actor, employeeId));
}

void Directory::requireCanSee(const Actor &actor, const QString &employeeId)
{
    Permissions(m_db, m_clock).see(actor, employeeId).require();
}

QList<Employee> Directory::list(const Actor &actor, bool includeInactive)
{
    Permissions(m_db, m_clock).current(actor).require();
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM employee");
    QVariantList binds;
    QStringList where;
    if (!includeInactive)
        where << QStringLiteral("active = 1");
    if (!actor.isSystem() && !actor.hr) {
        where << QStringLiteral("(id = ? OR reports_to = ?)");
        binds << actor.employee << actor.employee;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q = m_db.exec(sql, binds);
    QList<Employee> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

void Directory::validate(const Employee &e, bool isNew)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._@+-]{1,64}$"));
    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (!idPattern.match(e.id).hasMatch())
        throw Error::invalid(QStringLiteral("id"), e.id,
                             tr("id: \"%1\" is not an employee id (letters, digits, '.', '_' or '-', up to 40, e.g. EMP-0001)")
                                 .arg(Error::excerpt(e.id)));
    if (e.name.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("employee_name"), e.name, tr("employee_name: the name is missing"));
    Text::require(QStringLiteral("employee_name"), e.name, 200);
    Text::require(QStringLiteral("email"), e.email, 254);
    if (!emailPattern.match(e.email).hasMatch())
        throw Error::invalid(QStringLiteral("email"), e.email,
                             tr("email: \"%1\" is not an e-mail address").arg(Error::excerpt(e.email, 80)));
    if (!e.login.isEmpty() && !loginPattern.match(e.login).hasMatch())
        throw Error::invalid(QStringLiteral("user_id"), e.login,
                             tr("user_id: \"%1\" is not a login (letters, digits and . _ @ + -, up to 64)")
                                 .arg(Error::excerpt(e.login, 80)));
    if (!e.language.isEmpty() && !languagePattern.match(e.language).hasMatch())
        throw Error::invalid(QStringLiteral("language"), e.language,
                             tr("language: \"%1\" is not a language code like en or pt_BR").arg(Error::excerpt(e.language)));
    if (e.contractedMinutesPerDay < 0 || e.contractedMinutesPerDay > 1440)
        throw Error::invalid(QStringLiteral("hours_per_day"), QString::number(e.contractedMinutesPerDay),
                             tr("hours_per_day: %1 must be from 0 to 24 hours").arg(Units::formatHours(e.contractedMinutesPerDay)));
    if (!e.language.isEmpty() && !I18n::isSupported(e.language))
        throw Error::invalid(QStringLiteral("language"), e.language,
                             tr("language: \"%1\" is not a language Lieu writes e-mails in (%2)")
                                 .arg(e.language.left(20), I18n::languages().join(QStringLiteral(", "))));
    if (e.dateOfJoining.isValid() && e.relievingDate.isValid() && e.relievingDate < e.dateOfJoining)
        throw Error::invalid(QStringLiteral("relieving_date"), e.relievingDate.toString(Qt::ISODate),
                             tr("relieving_date: %1 is before the date of joining %2")
                                 .arg(e.relievingDate.toString(Qt::ISODate), e.dateOfJoining.toString(Qt::ISODate)));
    if (!e.login.isEmpty()) {
        const auto other = findByLogin(e.login);
        if (other && other->id != e.id)
            throw Error::invalid(QStringLiteral("user_id"), e.login,
                                 tr("user_id: the login \"%1\" already belongs to %2").arg(e.login, other->id));
    }
    if (isNew && find(e.id))
        throw Error::invalid(QStringLiteral("id"), e.id, tr("id: employee %1 already exists").arg(e.id));
    if (!e.reportsTo.isEmpty()) {
        if (e.reportsTo == e.id)
            throw Error::invalid(QStringLiteral("reports_to"), e.reportsTo, tr("reports_to: an employee cannot report to themselves"));
        // Walk up the chain: no cycles.
        QSet<QString> seen{e.id};
        QString cursor = e.reportsTo;
        while (!cursor.isEmpty()) {
            if (seen.contains(cursor))
                throw Error::invalid(QStringLiteral("reports_to"), e.reportsTo,
                                     tr("reports_to: %1 would make a reporting loop through %2").arg(e.reportsTo, cursor));
            seen.insert(cursor);
            const auto up = find(cursor);
            if (!up)
                throw Error::invalid(QStringLiteral("reports_to"), e.reportsTo,
                                     tr("reports_to: employee \"%1\" does not exist").arg(Error::excerpt(cursor)));
            cursor = up->reportsTo;
        }
    }
}

void Directory::add(const Actor &actor, const Employee &e)
{
    Permissions(m_db, m_clock).administer(actor, tr("Only HR can add employees")).require();
    Transaction tx(m_db);
    validate(e, true);
    m_db.exec(QStringLiteral("INSERT INTO employee (id, employee_name, email, user_id, reports_to, is_hr, active, "
                             "date_of_joining, relieving_date, contracted_minutes_per_day, language) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {e.id, e.name.trimmed(), e.email.trimmed(), nullable(e.login), nullable(e.reportsTo), e.hr ? 1 : 0,
               e.active ? 1 : 0, nullableDate(e.dateOfJoining), nullableDate(e.relievingDate),
               e.contractedMinutesPerDay, e.language.isEmpty() ? QStringLiteral("en") : e.language});
    Audit(m_db, m_clock).record(actor, QStringLiteral("create"), QStringLiteral("Employee"), e.id, {}, auditFields(e));
    tx.commit();
}

void Directory::update(const Actor &actor, const Employee &e)
{
    Transaction tx(m_db);
    const Employee before = get(e.id);
    Permissions(m_db, m_clock).editEmployee(actor, before, e).require();
    validate(e, false);
    m_db.exec(QStringLiteral("UPDATE employee SET employee_name = ?, email = ?, user_id = ?, reports_to = ?, is_hr = ?, "
                             "active = ?, date_of_joining = ?, relieving_date = ?, contracted_minutes_per_day = ?, "
                             "language = ? WHERE id = ?"),
              {e.name.trimmed(), e.email.trimmed(), nullable(e.login), nullable(e.reportsTo), e.hr ? 1 : 0,
               e.active ? 1 : 0, nullableDate(e.dateOfJoining), nullableDate(e.relievingDate),
               e.contractedMinutesPerDay, e.language.isEmpty() ? QStringLiteral("en") : e.language, e.id});
    Audit(m_db, m_clock).record(actor, QStringLiteral("save"), QStringLiteral("Employee"), e.id, auditFields(before),
                                auditFields(e));
    tx.commit();
}

void Directory::setActive(const Actor &actor, const QString &id, bool active)
{
    Transaction tx(m_db);
    Employee e = get(id);
    e.active = active;
    update(actor, e);
    tx.commit();
}

void Directory::setPasswordHash(const QString &id, const QString &hash)
{
    m_db.exec(QStringLiteral("UPDATE employee SET password_hash = ? WHERE id = ?"), {nullable(hash), id});
}

QString Directory::passwordHash(const QString &id)
{
    return m_db.scalar(QStringLiteral("SELECT password_hash FROM employee WHERE id = ?"), {id}).toString();
}

} // namespace lieu
