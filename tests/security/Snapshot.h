#pragma once

// "Nothing was written": a digest of every row of every table (the audit log included), to compare
// before and after something that must not change the database.
#include "Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace lieu::test {

inline QByteArray contentDigest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    QSqlQuery t = db.exec(db.dialect() == Database::Dialect::SQLite
                              ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                              : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                                               "ORDER BY table_name"));
    while (t.next())
        tables << t.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        hash.addData(table.toUtf8());
        // Every row as text, in a fixed order whatever order the store returns them in.
        QStringList rows;
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (q.next()) {
            QString row;
            for (int i = 0; i < q.record().count(); ++i)
                row += q.value(i).toString() + QChar(0x1f);
            rows << row;
        }
        rows.sort();
        for (const QString &row : std::as_const(rows))
            hash.addData((row + QChar(0x1e)).toUtf8());
    }
    return hash.result().toHex();
}

inline QByteArray contentDigest(const QString &path)
{
    auto db = Database::open(path);
    return contentDigest(*db);
}

} // namespace lieu::test
