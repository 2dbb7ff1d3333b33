#pragma once

#include "DatabaseSpec.h"
#include "Error.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>

class QSqlError;

namespace lieu {

class Database;
// Opens a new connection to a store (see Database::opener()).
using DatabaseOpener = std::function<std::unique_ptr<Database>()>;

// One connection to a Lieu store (a SQLite file, or a shared MariaDB/MySQL server) plus its schema.
// Only prepared statements with bound values are run through it. Not shared between threads:
// open one Database per thread (openAnother()).
//
// Writes are guarded: every write transaction first checks that the store is not in maintenance mode
// and that its schema is not newer than this program, and refuses with a clear message otherwise.
// On MariaDB/MySQL each session runs READ COMMITTED with strict SQL: a service locks the row it checks
// (lockRow: the employee, the timesheet, the leave application) and every read after the lock sees the
// latest committed data, so a check and the write that depends on it cannot interleave with another
// desktop's. A dropped server connection is noticed and re-opened; a transaction it interrupted was
// rolled back by the server and is reported as transient (retry() runs the action again).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Dialect { SQLite, MySQL };

    // `spec` is a file path (SQLite) or mysql://user@host:port/dbname (see DatabaseSpec). Opens without
    // touching the schema. The server password comes from LIEU_DB_PASSWORD; the overload takes it directly
    // (the app reads it from the keychain). It is kept in memory only, to reconnect.
    static std::unique_ptr<Database> open(const QString &spec);
    static std::unique_ptr<Database> open(const QString &spec, const QString &password);
    // The desktop app's default database: lieu.sqlite in the platform's application-data location.
    static QString defaultPath();
    ~Database();
    // Another connection to the same store (same password), e.g. for a worker thread.
    std::unique_ptr<Database> openAnother() const;
    // The same as a function that any thread may call later (it holds the spec and the password, not
    // this connection): how worker threads and background tasks get their own connection.
    DatabaseOpener opener() const;

    Dialect dialect() const { return m_dialect; }
    // The spec without any password: a file path or mysql://user@host:port/dbname?options.
    QString describe() const { return m_description; }
    const DatabaseSpec &spec() const { return m_spec; }
    QSqlDatabase connection() const;

    // Schema: the version this program knows, the version the store has (0 for a new store, -1 for a
    // store that is not a Lieu database).
    static int latestSchemaVersion();
    static QList<int> migrationVersions(Dialect dialect);
    int schemaVersion();
    // Brings the store to latestSchemaVersion(), one transaction per migration (on MariaDB a schema change
    // commits by itself, hence the backup). Before an existing store is upgraded it is backed up (see
    // lastAutomaticBackup()). Refuses, and changes nothing, when the store is newer than the program or is
    // not a Lieu database.
    void migrate();
    // The same, stopping at `version` (tests; backups of an older store).
    void migrateTo(int version);
    QString lastAutomaticBackup() const { return m_lastBackup; }
    // On by default; off for throw-away copies (a restore's working copy, a backup being written).
    void setAutomaticBackups(bool on) { m_automaticBackups = on; }
    // The GRANT statements (db/mysql/grants.sql) that give a server account what the desktop application
    // needs on `database` and nothing more; `host` is the account's host part ('%' for any).
    static QStringList applicationGrants(const QString &database, const QString &user, const QString &host);
    // The tables that db/mysql/grants.sql names.
    static QStringList grantedTables();
    // Throws unless the store is exactly at latestSchemaVersion().
    void requireCurrentSchema();
    // Throws unless the store can be read: at latestSchemaVersion() or newer (a newer store is read-only
    // for this program: every write says which version to install).
    void requireReadableSchema();
    // "", or why writes are refused: maintenance mode (its reason) or a schema newer than this program.
    QString readOnlyReason();
    // The reason maintenance mode is on, or "" when it is off.
    QString maintenanceReason();

    // The SQL NULL to bind. A null QString binds as '' (text columns are NOT NULL DEFAULT '').
    static QVariant null() { return QVariant::fromValue(nullptr); }
    // Runs one prepared statement; throws Error::database on failure. A write outside a transaction runs
    // in one of its own (so the write guard applies to it too).
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    // Calls `row` for each row of a SELECT, then lets the statement go.
    void forEach(const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &row);
    // Runs an INSERT, UPDATE or DELETE; returns the new row's id (INSERT) and how many rows changed.
    struct Written
    {
        qint64 lastInsertId = 0;
        int rowsAffected = 0;
    };
    Written write(const QString &sql, const QVariantList &binds = {});
    // Sees every statement run through this connection (the query-plan tests read them).
    void setTrace(std::function<void(const QString &sql)> trace) { m_trace = std::move(trace); }
    // scalar, forEach and write keep their statements prepared on this connection (preparing costs more
    // than running most of what Lieu asks); exec prepares afresh, so the caller may keep the query.
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
    // " FOR UPDATE" on MariaDB/MySQL, "" on SQLite: appended to a SELECT that locks what it reads.
    QString forUpdate() const;
    // "INSERT IGNORE" / "INSERT OR IGNORE": an insert that does nothing when the key exists.
    QString insertOrIgnore() const;

    // While one of these lives, the write guard lets writes through (turning maintenance off, migrating,
    // restoring, sign-in bookkeeping). The schema check still applies to everything but migrations.
    class GuardBypass final
    {
        Q_DISABLE_COPY_MOVE(GuardBypass)
    public:
        explicit GuardBypass(Database &db, bool schemaToo = false) : m_db(db), m_schema(schemaToo)
        {
            ++m_db.m_bypass;
            if (m_schema)
                ++m_db.m_schemaBypass;
        }
        ~GuardBypass()
        {
            --m_db.m_bypass;
            if (m_schema)
                --m_db.m_schemaBypass;
        }

    private:
        Database &m_db;
        bool m_schema;
    };

    // The connection: whether the server answers (re-opening a dropped connection when no transaction
    // is open), and how many transactions this connection has committed.
    bool ping();
    bool connectionLost() const { return m_lost; }
    quint64 commitCount() const { return m_commits; }

    // Runs `action` (one or more transactions) and runs it again, up to `attempts` times with a short
    // growing pause, when it failed with a transient error before committing anything: a deadlock, a lock
    // wait that timed out, a busy SQLite file, or a connection lost before the commit. Anything else, or a
    // failure after a commit, is thrown to the caller as it is. Never nested inside a transaction.
    template <typename F>
    auto retry(F &&action, int attempts = 5) -> decltype(action())
    {
        for (int attempt = 1;; ++attempt) {
            const quint64 commits = m_commits;
            try {
                return action();
            } catch (const Error &e) {
                if (!isRetryable(e, commits) || attempt >= attempts)
                    throw;
                pause(attempt);
            }
        }
    }

private:
    Database(Dialect dialect, QString connectionName, DatabaseSpec spec, QString password);
    void openConnection();
    void setUpSession();
    void applyPragmas();
    void ensureVersionTable();
    void ensureConnected(bool startingTransaction);
    bool reconnect();
    void checkWritable();
    void runMigrations(int target);
    QSqlQuery run(const QString &sql, const QVariantList &binds, bool mayRetryRead);
    void execDirect(const QString &sql);
    bool isRetryable(const Error &e, quint64 commitsBefore) const;
    bool readMayRetry(const QSqlQuery &failed, int attempt);
    [[noreturn]] void refuseNewerSchema(int have, int want) const;
    static void pause(int attempt);
    enum class Failure { Other, ConnectionLost, Deadlock, LockTimeout, Busy };
    Failure classify(const QSqlError &error) const;
    [[noreturn]] void fail(const QSqlQuery &query, const QString &sql);
    [[noreturn]] void failWith(const QSqlError &error, const QString &sql);
    // The statement kept for `sql`, prepared on first use; while the kept one is being read (a nested
    // forEach of the same SQL), a new one that `spare` owns.
    QSqlQuery &statement(const QString &sql, std::unique_ptr<QSqlQuery> &spare);
    static void bind(QSqlQuery &q, const QVariantList &binds);
    // A clear message for the failures people can act on (damaged, read-only, full disk, ...); empty otherwise.
    QString explain(const QSqlError &error) const;

    Dialect m_dialect;
    QString m_connectionName;
    DatabaseSpec m_spec;
    QString m_password;
    QString m_description;
    QString m_lastBackup;
    int m_depth = 0;
    bool m_automaticBackups = true;
    bool m_rollbackOnly = false;
    bool m_lost = false;
    int m_bypass = 0;
    int m_schemaBypass = 0;
    quint64 m_commits = 0;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // kept prepared (see write)
    std::function<void(const QString &)> m_trace;
    QSet<QString> m_busy;                                       // kept statements forEach is reading right now
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
        m_done = true;
        m_db.commit();
    }

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace lieu
