#include "Audit.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Table.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace lieu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return double(v.toInteger()) == v.toDouble() ? QString::number(v.toInteger()) : QString::number(v.toDouble());
    case QJsonValue::String: return v.toString().isEmpty() ? Tr::tr("(empty)") : v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined: return Tr::tr("(none)");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

void Audit::record(const Actor &actor, const QString &action, const QString &doctype, const QString &docname,
                   const QJsonObject &before, const QJsonObject &after)
{
    m_db.write(QStringLiteral("INSERT INTO audit_log (at, actor, action, doctype, docname, \"before\", \"after\") "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {m_clock.now().toString(Qt::ISODateWithMs), actor.name(), action, doctype, docname, compact(before),
               compact(after)});
}

QString Audit::describeChange(const QString &before, const QString &after)
{
    const QJsonObject b = QJsonDocument::fromJson(before.toUtf8()).object();
    const QJsonObject a = QJsonDocument::fromJson(after.toUtf8()).object();
    QStringList keys = b.keys() + a.keys();
    keys.sort();
    keys.removeDuplicates();
    QStringList parts;
    for (const QString &k : std::as_const(keys)) {
        if (b.isEmpty())
            parts << QStringLiteral("%1 = %2").arg(k, text(a.value(k)));
        else if (a.isEmpty())
            parts << QStringLiteral("%1 = %2").arg(k, text(b.value(k)));
        else if (text(b.value(k)) != text(a.value(k))) // a missing value and null read the same
            parts << QStringLiteral("%1: %2 \u2192 %3").arg(k, text(b.value(k)), text(a.value(k)));
    }
    return parts.join(QStringLiteral("; "));
}

Audit::Facets Audit::facets(const Actor &actor)
{
    Permissions(m_db, m_clock).administer(actor, Tr::tr("Only HR can read the audit log")).require();
    auto distinct = [this](const QString &column) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT ") + column + QStringLiteral(" FROM audit_log ORDER BY ") + column);
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    return Facets{distinct(QStringLiteral("doctype")), distinct(QStringLiteral("actor")), distinct(QStringLiteral("action"))};
}

QSqlQuery Audit::select(const Actor &actor, const Filter &filter, bool oldestFirst)
{
    Permissions(m_db, m_clock).administer(actor, Tr::tr("Only HR can read the audit log")).require();
    QString sql = QStringLiteral("SELECT id, at, actor, action, doctype, docname, \"before\", \"after\" FROM audit_log WHERE 1 = 1");
    QVariantList binds;
    auto add = [&](const QString &cond, const QVariant &v) {
        sql += QStringLiteral(" AND ") + cond;
        binds << v;
    };
    if (!filter.doctype.isEmpty())
        add(QStringLiteral("doctype = ?"), filter.doctype);
    if (!filter.docname.isEmpty())
        add(QStringLiteral("docname = ?"), filter.docname);
    if (!filter.actor.isEmpty())
        add(QStringLiteral("actor = ?"), filter.actor);
    if (!filter.action.isEmpty())
        add(QStringLiteral("action = ?"), filter.action);
    if (filter.from.isValid())
        add(QStringLiteral("at >= ?"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        add(QStringLiteral("at < ?"), filter.to.addDays(1).toString(Qt::ISODate));
    sql += oldestFirst ? QStringLiteral(" ORDER BY id") : QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << filter.limit;
    }
    return m_db.exec(sql, binds);
}

AuditEntry Audit::fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.doctype = q.value(4).toString();
    e.docname = q.value(5).toString();
    e.before = q.value(6).toString();
    e.after = q.value(7).toString();
    return e;
}

QList<AuditEntry> Audit::list(const Actor &actor, const Filter &filter)
{
    Filter f = filter;
    if (f.limit <= 0)
        f.limit = 1000;
    QSqlQuery q = select(actor, f, false);
    QList<AuditEntry> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

int Audit::exportCsv(const Actor &actor, const Filter &filter, const QString &path, bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path))
        throw Error::invalid(QStringLiteral("export"), path,
                             Tr::tr("export: \"%1\" already exists; choose another file or allow replacing it")
                                 .arg(Error::excerpt(path, 200)));
    Filter f = filter;
    f.limit = 0; // everything the filter selects
    QSqlQuery q = select(actor, f, true);
    // QSaveFile: the file appears whole or not at all. Only its owner may read it: it holds personal data.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error::invalid(QStringLiteral("export"), path,
                             Tr::tr("export: cannot write \"%1\": %2").arg(Error::excerpt(path, 200), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    reports::Table table;
    table.name = QStringLiteral("Audit log");
    table.headers = {QStringLiteral("id"),      QStringLiteral("at"),      QStringLiteral("actor"),  QStringLiteral("action"),
                     QStringLiteral("doctype"), QStringLiteral("docname"), QStringLiteral("before"), QStringLiteral("after")};
    while (q.next()) {
        const AuditEntry e = fromRow(q);
        table.rows << QList<reports::Cell>{reports::Cell::integer(e.id),
                                           reports::Cell::str(e.at.toString(Qt::ISODateWithMs)),
                                           reports::Cell::str(e.actor),
                                           reports::Cell::str(e.action),
                                           reports::Cell::str(e.doctype),
                                           reports::Cell::str(e.docname),
                                           reports::Cell::str(e.before),
                                           reports::Cell::str(e.after)};
    }
    const int rows = int(table.rows.size());
    file.write(reports::toCsv(table));
    // Who took a copy of the log is itself in the log.
    Transaction tx(m_db);
    record(actor, QStringLiteral("export"), QStringLiteral("Audit Log"), QFileInfo(path).fileName(), {},
           QJsonObject{{QStringLiteral("rows"), rows}});
    if (!file.commit())
        throw Error::invalid(QStringLiteral("export"), path,
                             Tr::tr("export: cannot write \"%1\": %2").arg(Error::excerpt(path, 200), file.errorString()));
    tx.commit();
    return rows;
}

} // namespace lieu
