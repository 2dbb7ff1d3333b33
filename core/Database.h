#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlError;

namespace lieu {

// One connection to a Lieu store (a SQLite file, or a shared MariaDB/MySQL server) plus its schema.
// Only prepared statements with bound values are run through it. Not shared between threads:
// open one Database per thread.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Dialect { SQLite, MySQL };

    // `spec` is a file path (SQLite) or mysql://user@host:port/dbname. Opens without touching the schema.
    static std::unique_ptr<Database> open(const QString &spec);
    // The desktop app's default database: lieu.sqlite in the platform's application-data location.
    static QString defaultPath();
    ~Database();

    Dialect dialect() const { return m_dialect; }
    QString describe() const { return m_description; }
    QSqlDatabase connection() const;

    // Schema: the version this program knows, the version the store has (0 for a new store).
    static int latestSchemaVersion();
    int schemaVersion();
    // Brings the store to latestSchemaVersion(), one transaction per migration. Refuses, and changes
    // nothing, when the store is newer than the program or is not a Lieu database.
    void migrate();
    // Throws unless the store is exactly at latestSchemaVersion().
    void requireCurrentSchema();

    // The SQL NULL to bind. A null QString binds as '' (text columns are NOT NULL DEFAULT '').
    static QVariant null() { return QVariant::fromValue(nullptr); }
    // Runs one prepared statement; throws Error::database on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    qint64 lastInsertId(QSqlQuery &query);

    // Transactions nest: only the outermost begins and commits. Write transactions on SQLite start with
    // BEGIN IMMEDIATE, so a check and the write that depends on it never interleave with another process.
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // Locks one row for the rest of the transaction where the server supports row locks (MySQL: FOR UPDATE).
    // SQLite's BEGIN IMMEDIATE already serialises writers, so there it only checks the row exists.
    bool lockRow(const QString &table, const QString &keyColumn, const QVariant &key);

private:
    Database(Dialect dialect, QString connectionName, QString description);
    void applyPragmas();
    void ensureVersionTable();
    [[noreturn]] void fail(const QSqlQuery &query, const QString &sql);
    // A clear message for the failures people can act on (damaged, read-only, full disk, ...); empty otherwise.
    QString explain(const QSqlError &error) const;

    Dialect m_dialect;
    QString m_connectionName;
    QString m_description;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};

// RAII transaction: rolls back unless commit() was called.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database &db) : m_db(db) { m_db.begin(); }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace lieu
