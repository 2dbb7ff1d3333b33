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
    QSqlQuery t = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (t.next())
        tables << t.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        hash.addData(table.toUtf8());
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

inline QByteArray contentDigest(const QString &path)
{
    auto db = Database::open(path);
    return contentDigest(*db);
}

} // namespace lieu::test
