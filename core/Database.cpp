#include "Database.h"

#include "Error.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

namespace lieu {

namespace {

QAtomicInt s_connectionCounter;

// Server session settings. Strict: bad data is an error, never silently truncated or zeroed. ANSI_QUOTES
// and PIPES_AS_CONCAT make "name" and || mean what they mean in SQLite and standard SQL, so one statement
// text serves both dialects. READ COMMITTED: see the class comment in Database.h.
const QString kSqlMode = QStringLiteral(
    "STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION,"
    "ONLY_FULL_GROUP_BY,ANSI_QUOTES,PIPES_AS_CONCAT");
constexpr int kLockWaitSeconds = 30;

bool isWriteStatement(const QString &sql)
{
    const QString head = sql.trimmed().left(8).toUpper();
    return head.startsWith(QLatin1String("INSERT")) || head.startsWith(QLatin1String("UPDATE")) ||
           head.startsWith(QLatin1String("DELETE")) || head.startsWith(QLatin1String("REPLACE"));
}

QString serverDriver(const DatabaseSpec &spec)
{
    if (!spec.driver.isEmpty())
        return spec.driver;
    const QStringList drivers = QSqlDatabase::drivers();
    if (drivers.contains(QStringLiteral("QMARIADB")))
        return QStringLiteral("QMARIADB");
    return QStringLiteral("QMYSQL");
}

} // namespace

Database::Database(Dialect dialect, QString connectionName, DatabaseSpec spec, QString password)
    : m_dialect(dialect), m_connectionName(std::move(connectionName)), m_spec(std::move(spec)),
      m_password(std::move(password)), m_description(m_spec.toString())
{
}

Database::~Database()
{
    m_statements.clear(); // kept statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_depth > 0 && !m_lost && db.isOpen()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/Lieu");
    return QDir(dir).filePath(QStringLiteral("lieu.sqlite"));
}

std::unique_ptr<Database> Database::open(const QString &spec)
{
    return open(spec, qEnvironmentVariable("LIEU_DB_PASSWORD"));
}

std::unique_ptr<Database> Database::open(const QString &specText, const QString &password)
{
    const DatabaseSpec spec = DatabaseSpec::parse(specText);
    const QString name = QStringLiteral("lieu-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    if (spec.isServer()) {
        const QString driver = serverDriver(spec);
        if (!QSqlDatabase::isDriverAvailable(driver))
            throw Error::database(tr("The MariaDB/MySQL driver for Qt (%1) is not installed (on Debian: the package "
                                     "libqt6sql6-mysql); cannot open %2")
                                      .arg(driver, spec.toString()));
        QSqlDatabase::addDatabase(driver, name);
        std::unique_ptr<Database> result(new Database(Dialect::MySQL, name, spec, password));
        result->openConnection();
        return result;
    }

    const QString path = spec.path;
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            throw Error::database(tr("The database \"%1\" is not a file").arg(path));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error::database(tr("The database \"%1\" cannot be read: %2").arg(path, f.errorString()));
        const QByteArray head = f.read(16);
        if (head.isEmpty())
            throw Error::database(tr("\"%1\" is an empty file (0 bytes), not a Lieu database: if it should hold your "
                                     "data, restore it from a backup; to start a new database, delete the file first; "
                                     "nothing was changed")
                                      .arg(path));
        if (head != QByteArray("SQLite format 3\0", 16))
            throw Error::database(
                tr("\"%1\" is not a Lieu database (it is not an SQLite file); nothing was changed").arg(path));
    } else {
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir))
            throw Error::database(tr("Cannot create the folder \"%1\" for the database").arg(dir));
    }

    std::unique_ptr<Database> result(new Database(Dialect::SQLite, name, spec, password));
    QString failure;
    {
        // No copy of the connection may outlive this block when it throws (the Database removes it).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open())
            failure = db.lastError().text();
    }
    if (!failure.isNull())
        throw Error::database(tr("Cannot open the database \"%1\": %2").arg(path, failure));
    result->applyPragmas();
    return result;
}

std::unique_ptr<Database> Database::openAnother() const
{
    return open(m_description, m_password);
}

DatabaseOpener Database::opener() const
{
    return [spec = m_description, password = m_password] { return open(spec, password); };
}

void Database::openConnection()
{
    QString text;
    {
        QSqlDatabase db = connection();
        db.setHostName(m_spec.host);
        db.setPort(m_spec.port);
        db.setDatabaseName(m_spec.database);
        db.setUserName(m_spec.user);
        db.setPassword(m_password);
        db.setConnectOptions(m_spec.connectOptions());
        if (!db.open()) {
            const QSqlError err = db.lastError();
            text = err.databaseText().isEmpty() ? err.text() : err.databaseText();
            if (text.isEmpty())
                text = tr("no answer");
        }
    }
    if (!text.isEmpty()) {
        throw Error::transientDatabase(tr("Cannot connect to the database server %1 as %2 (database %3): %4")
                                           .arg(m_spec.socket.isEmpty() ? QStringLiteral("%1:%2").arg(m_spec.host).arg(m_spec.port)
                                                                        : m_spec.socket,
                                                m_spec.user, m_spec.database, text));
    }
    try {
        setUpSession();
    } catch (...) {
        connection().close();
        throw;
    }
    m_lost = false;
}

void Database::setUpSession()
{
    execDirect(QStringLiteral("SET NAMES utf8mb4 COLLATE utf8mb4_bin"));
    execDirect(QStringLiteral("SET SESSION sql_mode = '%1'").arg(kSqlMode));
    execDirect(QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED"));
    execDirect(QStringLiteral("SET SESSION time_zone = '+00:00'"));
    execDirect(QStringLiteral("SET SESSION innodb_lock_wait_timeout = %1").arg(kLockWaitSeconds));
    if (m_spec.ssl) {
        // Never fall back to plain text when TLS was asked for.
        QSqlQuery q(connection());
        const bool ok = q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) && q.next() &&
                        !q.value(1).toString().isEmpty();
        if (!ok)
            throw Error::database(tr("The connection to %1 is not encrypted although TLS was asked for (ssl=1): "
                                     "enable TLS on the server")
                                      .arg(m_spec.host));
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::applyPragmas()
{
    if (m_dialect != Dialect::SQLite)
        return;
    QSqlQuery q(connection());
    // A file that is not a database (or cannot be read) only shows itself on the first read.
    if (!q.exec(QStringLiteral("SELECT count(*), sum(name = 'schema_version') FROM sqlite_master "
                               "WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) ||
        !q.next()) {
        const QString why = explain(q.lastError());
        throw Error::database(why.isEmpty() ? tr("\"%1\" is not a readable Lieu database: %2").arg(m_description, q.lastError().text())
                                            : why);
    }
    // Only a Lieu database or a new one is switched to WAL: that writes to the file, and a file that is
    // not ours is left exactly as it was.
    const bool oursOrNew = q.value(0).toInt() == 0 || q.value(1).toInt() > 0;
    q.finish();
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (oursOrNew)
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Database::Failure Database::classify(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt();
    if (m_dialect == Dialect::SQLite) {
        const int primary = code & 0xff;
        if (primary == 5 || primary == 6) // SQLITE_BUSY, SQLITE_LOCKED
            return Failure::Busy;
        return Failure::Other;
    }
    switch (code) {
    case 1213: // ER_LOCK_DEADLOCK: the server rolled the transaction back
        return Failure::Deadlock;
    case 1205: // ER_LOCK_WAIT_TIMEOUT
        return Failure::LockTimeout;
    case 1053: // ER_SERVER_SHUTDOWN
    case 1927: // ER_CONNECTION_KILLED
    case 2002: // CR_CONNECTION_ERROR
    case 2003: // CR_CONN_HOST_ERROR
    case 2006: // CR_SERVER_GONE_ERROR
    case 2013: // CR_SERVER_LOST
    case 2055: // CR_SERVER_LOST_EXTENDED
    case 4031: // ER_CLIENT_INTERACTION_TIMEOUT (MySQL 8)
        return Failure::ConnectionLost;
    default:
        break;
    }
    if (error.type() == QSqlError::ConnectionError)
        return Failure::ConnectionLost;
    return Failure::Other;
}

QString Database::explain(const QSqlError &err) const
{
    if (m_dialect != Dialect::SQLite)
        return {};
    bool ok = false;
    const int code = err.nativeErrorCode().toInt(&ok) & 0xff; // the primary result code
    if (!ok)
        return {};
    const QString detail = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    switch (code) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("The database \"%1\" is damaged (%2): restore it from a backup (\"lieuctl check\" shows what is "
                  "wrong); nothing was changed")
            .arg(m_description, detail);
    case 8: // SQLITE_READONLY
        return tr("The database \"%1\" is read-only (%2): Lieu needs to write to the file and to its folder; nothing "
                  "was changed")
            .arg(m_description, detail);
    case 13: // SQLITE_FULL
        return tr("The disk holding the database \"%1\" is full (%2): free some space and try again; nothing was "
                  "changed")
            .arg(m_description, detail);
    case 14: // SQLITE_CANTOPEN
        return tr("The database \"%1\" cannot be opened (%2): the file and its folder must exist and be writable; "
                  "nothing was changed")
            .arg(m_description, detail);
    case 10: // SQLITE_IOERR
        return tr("The disk holding the database \"%1\" refused to read or write (%2): it may be full, failing or "
                  "over a size limit; nothing was changed")
            .arg(m_description, detail);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("The database \"%1\" is busy: another program holds it (%2); try again").arg(m_description, detail);
    default:
        return {};
    }
}

void Database::fail(const QSqlQuery &query, const QString &sql)
{
    failWith(query.lastError(), sql);
}

void Database::failWith(const QSqlError &err, const QString &sql)
{
    const QString text = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    const QString where = QStringLiteral(" [") + sql.simplified().left(120) + QStringLiteral("]");
    switch (classify(err)) {
    case Failure::ConnectionLost:
        m_lost = true;
        throw Error::transientDatabase(tr("The connection to the database server was lost (%1); nothing of this action "
                                          "was saved. Lieu reconnects when you try again.")
                                           .arg(text));
    case Failure::Deadlock:
        throw Error::transientDatabase(tr("Another user changed the same records at the same moment (deadlock); nothing "
                                          "of this action was saved. Try again.") +
                                       where);
    case Failure::LockTimeout:
        throw Error::transientDatabase(tr("Another user held the records this action needs for too long (%1); nothing "
                                          "of this action was saved. Try again.")
                                           .arg(text));
    case Failure::Busy:
        throw Error::transientDatabase(tr("The database is busy with another program's change (%1); nothing of this action "
                                          "was saved. Try again.")
                                           .arg(text));
    case Failure::Other:
        break;
    }
    // Damaged, read-only, full: a message people can act on.
    if (const QString why = explain(err); !why.isEmpty())
        throw Error::database(why);
    throw Error::database(tr("Database error: %1").arg(text) + where);
}

void Database::ensureConnected(bool startingTransaction)
{
    if (!m_lost)
        return;
    // Inside a transaction a lost connection means the transaction is gone: never carry on without it.
    if (m_depth > (startingTransaction ? 1 : 0))
        throw Error::transientDatabase(tr("The connection to the database server was lost; nothing of this action was saved"));
    if (!reconnect())
        throw Error::transientDatabase(tr("The database server %1 cannot be reached; nothing was saved. Lieu keeps "
                                          "trying to reconnect.")
                                           .arg(m_spec.host));
}

bool Database::reconnect()
{
    if (m_dialect != Dialect::MySQL)
        return true;
    // Statements kept on the old connection are gone with it (one being read stays until its reader ends).
    for (auto it = m_statements.begin(); it != m_statements.end();)
        it = m_busy.contains(it->first) ? std::next(it) : m_statements.erase(it);
    QSqlDatabase db = connection();
    db.close();
    try {
        openConnection();
    } catch (const Error &) {
        m_lost = true;
        return false;
    }
    return true;
}

bool Database::ping()
{
    if (m_depth > 0)
        return !m_lost;
    if (m_lost && !reconnect())
        return false;
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT 1")))
        return true;
    if (classify(q.lastError()) != Failure::ConnectionLost)
        return true;
    m_lost = true;
    return reconnect();
}

void Database::execDirect(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        fail(q, sql);
}

QSqlQuery Database::run(const QString &sql, const QVariantList &binds, bool mayRetryRead)
{
    for (int attempt = 0;; ++attempt) {
        ensureConnected(false);
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        bool ok = q.prepare(sql);
        if (ok) {
            bind(q, binds);
            ok = q.exec();
        }
        if (ok)
            return q;
        if (mayRetryRead && readMayRetry(q, attempt))
            continue;
        fail(q, sql);
    }
}

bool Database::readMayRetry(const QSqlQuery &failed, int attempt)
{
    // A read outside any transaction is safe to run again, once, on a fresh connection.
    if (attempt > 0 || m_depth > 0 || classify(failed.lastError()) != Failure::ConnectionLost)
        return false;
    m_lost = true;
    return true;
}

namespace {
constexpr size_t kMaxKeptStatements = 256;
} // namespace

QSqlQuery &Database::statement(const QString &sql, std::unique_ptr<QSqlQuery> &spare)
{
    ensureConnected(false); // a re-opened connection drops the statements kept on the old one
    if (m_trace)
        m_trace(sql);
    if (!m_busy.contains(sql)) {
        const auto it = m_statements.find(sql);
        if (it != m_statements.end())
            return *it->second;
    }
    auto q = std::make_unique<QSqlQuery>(connection());
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        // A server prepares the statement itself: a connection dropped since the last statement shows here.
        // Outside a transaction nothing is lost by re-opening it and preparing again.
        if (!readMayRetry(*q, 0))
            fail(*q, sql);
        ensureConnected(false);
        q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            fail(*q, sql);
    }
    if (m_busy.contains(sql)) {
        spare = std::move(q);
        return *spare;
    }
    if (m_statements.size() >= kMaxKeptStatements) {
        // SQL built from filters can vary without end; the hot statements come back at once. Statements
        // being read stay.
        for (auto it = m_statements.begin(); it != m_statements.end();)
            it = m_busy.contains(it->first) ? std::next(it) : m_statements.erase(it);
    }
    QSqlQuery &kept = *q;
    m_statements[sql] = std::move(q);
    return kept;
}

void Database::bind(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    if (m_trace)
        m_trace(sql);
    // A write outside a transaction gets one of its own, so the write guard (maintenance, schema) applies.
    if (m_depth == 0 && isWriteStatement(sql)) {
        Transaction tx(*this);
        QSqlQuery q = run(sql, binds, false);
        tx.commit();
        return q;
    }
    return run(sql, binds, m_depth == 0);
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds)
{
    for (int attempt = 0;; ++attempt) {
        std::unique_ptr<QSqlQuery> spare;
        QSqlQuery &q = statement(sql, spare);
        bind(q, binds);
        if (!q.exec()) {
            if (readMayRetry(q, attempt))
                continue;
            fail(q, sql);
        }
        QVariant v;
        if (q.next())
            v = q.value(0);
        q.finish(); // a statement left unfinished would hold its read snapshot
        return v;
    }
}

void Database::forEach(const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &row)
{
    std::unique_ptr<QSqlQuery> spare;
    QSqlQuery &q = statement(sql, spare);
    const bool kept = !spare;
    if (kept)
        m_busy.insert(sql); // a nested forEach of the same SQL gets a statement of its own
    struct Release
    {
        Database &db;
        QSqlQuery &q;
        const QString &sql;
        bool kept;
        ~Release()
        {
            q.finish();
            if (kept)
                db.m_busy.remove(sql);
        }
    } release{*this, q, sql, kept};
    bind(q, binds);
    if (!q.exec())
        fail(q, sql);
    while (q.next())
        row(q);
}

Database::Written Database::write(const QString &sql, const QVariantList &binds)
{
    if (m_depth == 0) {
        // Its own transaction, so the write guard (maintenance, schema) applies.
        Transaction tx(*this);
        const Written w = write(sql, binds);
        tx.commit();
        return w;
    }
    std::unique_ptr<QSqlQuery> spare;
    QSqlQuery &q = statement(sql, spare);
    bind(q, binds);
    if (!q.exec())
        fail(q, sql);
    Written w{q.lastInsertId().toLongLong(), q.numRowsAffected()};
    q.finish();
    return w;
}

qint64 Database::lastInsertId(QSqlQuery &query)
{
    return query.lastInsertId().toLongLong();
}

void Database::begin()
{
    if (m_depth++ > 0)
        return;
    m_rollbackOnly = false;
    const QString sql = m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                     : QStringLiteral("START TRANSACTION");
    try {
        ensureConnected(true);
        QSqlQuery q(connection());
        if (!q.exec(sql))
            fail(q, sql);
    } catch (...) {
        m_depth = 0;
        throw;
    }
    if (m_bypass > 0 && m_schemaBypass > 0)
        return;
    try {
        checkWritable();
    } catch (...) {
        m_depth = 0;
        if (!m_lost) {
            QSqlQuery r(connection());
            r.exec(QStringLiteral("ROLLBACK"));
        }
        throw;
    }
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return;
    if (m_lost)
        throw Error::transientDatabase(tr("The connection to the database server was lost; nothing of this action was saved"));
    QSqlQuery q(connection());
    if (m_rollbackOnly) {
        q.exec(QStringLiteral("ROLLBACK"));
        throw Error::database(tr("The transaction was rolled back because an inner step failed"));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError err = q.lastError();
        const Failure f = classify(err);
        if (f == Failure::ConnectionLost) {
            // The server may have committed before the line dropped: say so, and never retry by itself.
            m_lost = true;
            throw Error::database(tr("The connection to the database server was lost while saving (%1): the change may or "
                                     "may not have been saved. Refresh to see which before doing it again.")
                                      .arg(err.text()));
        }
        QSqlQuery r(connection());
        r.exec(QStringLiteral("ROLLBACK"));
        failWith(err, QStringLiteral("COMMIT"));
    }
    ++m_commits;
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    if (m_lost) {
        // The server rolled back when the connection dropped; open a fresh one for what comes next.
        reconnect();
        return;
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("ROLLBACK")) && classify(q.lastError()) == Failure::ConnectionLost) {
        m_lost = true;
        reconnect();
    }
}

bool Database::isRetryable(const Error &e, quint64 commitsBefore) const
{
    return e.transient() && m_depth == 0 && m_commits == commitsBefore;
}

void Database::pause(int attempt)
{
    // 40, 80, 160, 320 ms and a random share of as much again, so that racing clients spread out.
    const int base = 20 << qMin(attempt, 6);
    QThread::msleep(ulong(base + int(QRandomGenerator::global()->bounded(base))));
}

bool Database::lockRow(const QString &table, const QString &keyColumn, const QVariant &key)
{
    return scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, keyColumn) + forUpdate(), {key}).isValid();
}

QString Database::forUpdate() const
{
    return m_dialect == Dialect::MySQL ? QStringLiteral(" FOR UPDATE") : QString();
}

QString Database::insertOrIgnore() const
{
    return m_dialect == Dialect::MySQL ? QStringLiteral("INSERT IGNORE") : QStringLiteral("INSERT OR IGNORE");
}

QString Database::maintenanceReason()
{
    if (schemaVersion() < 2)
        return {};
    return scalar(QStringLiteral("SELECT value FROM settings WHERE \"key\" = 'maintenance'")).toString();
}

QString Database::readOnlyReason()
{
    const int have = schemaVersion();
    const int want = latestSchemaVersion();
    if (have > want)
        return tr("The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 or later to "
                  "make changes")
            .arg(have)
            .arg(QStringLiteral(LIEU_VERSION))
            .arg(want)
            .arg(scalar(QStringLiteral("SELECT value FROM settings WHERE \"key\" = 'schema_written_by'")).toString());
    const QString reason = maintenanceReason();
    if (!reason.isEmpty())
        return tr("Lieu is in maintenance mode: %1. Nothing can be changed until it is over.").arg(reason);
    return {};
}

void Database::checkWritable()
{
    // Inside the transaction that is about to write. The shared lock on the maintenance row makes
    // "maintenance on" wait for the writes already under way, and writes that start later wait for it.
    const int have = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt();
    if (m_schemaBypass == 0 && have > latestSchemaVersion()) {
        const QString version = scalar(QStringLiteral("SELECT value FROM settings WHERE \"key\" = 'schema_written_by'")).toString();
        throw Error::database(tr("The database has schema version %1, newer than this Lieu %2 knows (%3): install Lieu %4 "
                                 "or later to make changes; nothing was changed")
                                  .arg(have)
                                  .arg(QStringLiteral(LIEU_VERSION))
                                  .arg(latestSchemaVersion())
                                  .arg(version.isEmpty() ? tr("(a newer release)") : version));
    }
    if (m_bypass > 0 || have < 2)
        return;
    const QString sql = QStringLiteral("SELECT value FROM settings WHERE \"key\" = 'maintenance'") +
                        (m_dialect == Dialect::MySQL ? QStringLiteral(" LOCK IN SHARE MODE") : QString());
    const QString reason = scalar(sql).toString();
    if (!reason.isEmpty())
        throw Error::rule(tr("Lieu is in maintenance mode: %1. Nothing was changed; try again when it is over.").arg(reason));
}

} // namespace lieu
