#include "Maintenance.h"

#include "Audit.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"

#include <QJsonObject>

namespace lieu {

namespace {
constexpr int kMaxReason = 500;

QString setting(Database &db, const char *key)
{
    return db.scalar(QStringLiteral("SELECT value FROM settings WHERE \"key\" = ?"), {QString::fromLatin1(key)}).toString();
}

void put(Database &db, const char *key, const QString &value)
{
    db.exec(QStringLiteral("DELETE FROM settings WHERE \"key\" = ?"), {QString::fromLatin1(key)});
    db.exec(QStringLiteral("INSERT INTO settings (\"key\", value) VALUES (?, ?)"), {QString::fromLatin1(key), value});
}
} // namespace

MaintenanceState Maintenance::state()
{
    MaintenanceState s;
    s.reason = m_db.maintenanceReason();
    s.on = !s.reason.isEmpty();
    if (s.on) {
        s.by = setting(m_db, "maintenance_by");
        s.since = QDateTime::fromString(setting(m_db, "maintenance_since"), Qt::ISODateWithMs);
    }
    return s;
}

void Maintenance::requireAllowed(const Actor &actor)
{
    if (!actor.isSystem() && !actor.hr)
        throw Error::permission(tr("Only HR or the database administrator can switch maintenance mode"));
    if (m_db.schemaVersion() < 2)
        throw Error::database(tr("The database has an older schema without maintenance mode: run \"lieuctl migrate\" first"));
}

void Maintenance::on(const Actor &actor, const QString &reason)
{
    requireAllowed(actor);
    QString why = reason.simplified();
    if (why.size() > kMaxReason)
        throw Error::invalid(QStringLiteral("reason"), why.left(60), tr("reason: at most %1 characters").arg(kMaxReason));
    if (why.isEmpty())
        why = tr("the database is being serviced");
    const Database::GuardBypass bypass(m_db);
    Transaction tx(m_db);
    const QString before = m_db.maintenanceReason();
    // The exclusive lock this update takes waits for every write transaction under way.
    m_db.exec(QStringLiteral("UPDATE settings SET value = ? WHERE \"key\" = 'maintenance'"), {why});
    put(m_db, "maintenance_by", actor.name());
    put(m_db, "maintenance_since", m_clock.now().toString(Qt::ISODateWithMs));
    Audit(m_db, m_clock).record(actor, QStringLiteral("maintenance on"), QStringLiteral("Settings"), QStringLiteral("maintenance"),
                                QJsonObject{{QStringLiteral("reason"), before}}, QJsonObject{{QStringLiteral("reason"), why}});
    tx.commit();
}

void Maintenance::off(const Actor &actor)
{
    requireAllowed(actor);
    const Database::GuardBypass bypass(m_db);
    Transaction tx(m_db);
    const QString before = m_db.maintenanceReason();
    m_db.exec(QStringLiteral("UPDATE settings SET value = '' WHERE \"key\" = 'maintenance'"));
    m_db.exec(QStringLiteral("DELETE FROM settings WHERE \"key\" IN ('maintenance_by', 'maintenance_since')"));
    if (!before.isEmpty())
        Audit(m_db, m_clock).record(actor, QStringLiteral("maintenance off"), QStringLiteral("Settings"), QStringLiteral("maintenance"),
                                    QJsonObject{{QStringLiteral("reason"), before}}, QJsonObject{{QStringLiteral("reason"), QString()}});
    tx.commit();
}

} // namespace lieu
