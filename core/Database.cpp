#include "Database.h"

#include "Error.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>

#include <map>

namespace lieu {

namespace {

QAtomicInt s_connectionCounter;

QString migrationDir(Database::Dialect dialect)
{
    return dialect == Database::Dialect::SQLite ? QStringLiteral(":/db/sqlite") : QStringLiteral(":/db/mysql");
}

// version -> resource path, from files named NNNN_what.sql
std::map<int, QString> migrationFiles(Database::Dialect dialect)
{
    std::map<int, QString> files;
    const QDir dir(migrationDir(dialect));
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(entry);
        if (m.hasMatch())
            files.emplace(m.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

// Splits a migration file into statements. A statement ends with ';' at the end of a line; a
// CREATE TRIGGER statement ends at its "END;" line.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += raw + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            QString stmt = current.trimmed();
            if (!inTrigger)
                stmt.chop(1);
            statements << stmt;
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

Database::Database(Dialect dialect, QString connectionName, QString description)
    : m_dialect(dialect), m_connectionName(std::move(connectionName)), m_description(std::move(description))
{
}

Database::~Database()
{
    m_statements.clear();
    if (m_depth > 0) {
        QSqlQuery q(connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
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
    const QString name = QStringLiteral("lieu-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    if (spec.startsWith(QLatin1String("mysql://")) || spec.startsWith(QLatin1String("mariadb://")))
        throw Error::database(tr("Shared MariaDB/MySQL databases are not available in this build: %1").arg(spec));

    const QFileInfo info(spec);
    if (info.exists()) {
        if (!info.isFile())
            throw Error::database(tr("The database \"%1\" is not a file").arg(spec));
        QFile f(spec);
        if (!f.open(QIODevice::ReadOnly))
            throw Error::database(tr("The database \"%1\" cannot be read: %2").arg(spec, f.errorString()));
        const QByteArray head = f.read(16);
        if (!head.isEmpty() && head != QByteArray("SQLite format 3\0", 16))
            throw Error::database(
                tr("\"%1\" is not a Lieu database (it is not an SQLite file); nothing was changed").arg(spec));
    } else {
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir))
            throw Error::database(tr("Cannot create the folder \"%1\" for the database").arg(dir));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(spec);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    std::unique_ptr<Database> result(new Database(Dialect::SQLite, name, spec));
    if (!db.open())
        throw Error::database(tr("Cannot open the database \"%1\": %2").arg(spec, db.lastError().text()));
    result->applyPragmas();
    return result;
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
    // A file that is not a database only shows itself on the first read.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        throw Error::database(
            tr("\"%1\" is not a readable Lieu database: %2").arg(m_description, q.lastError().text()));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void Database::fail(const QSqlQuery &query, const QString &sql)
{
    const QSqlError err = query.lastError();
    QString text = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    throw Error::database(tr("Database error: %1").arg(text) + QStringLiteral(" [") + sql.simplified().left(120) +
                          QStringLiteral("]"));
}

namespace {
constexpr size_t kMaxKeptStatements = 256;
} // namespace

QSqlQuery &Database::statement(const QString &sql, std::unique_ptr<QSqlQuery> &spare)
{
    if (m_trace)
        m_trace(sql);
    if (!m_busy.contains(sql)) {
        const auto it = m_statements.find(sql);
        if (it != m_statements.end())
            return *it->second;
    }
    auto q = std::make_unique<QSqlQuery>(connection());
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        fail(*q, sql);
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
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q, sql);
    bind(q, binds);
    if (!q.exec())
        fail(q, sql);
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds)
{
    std::unique_ptr<QSqlQuery> spare;
    QSqlQuery &q = statement(sql, spare);
    bind(q, binds);
    if (!q.exec())
        fail(q, sql);
    QVariant v;
    if (q.next())
        v = q.value(0);
    q.finish(); // a statement left unfinished would hold its read snapshot
    return v;
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
    QSqlQuery q(connection());
    const QString sql = m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                     : QStringLiteral("START TRANSACTION");
    if (!q.exec(sql)) {
        m_depth = 0;
        fail(q, sql);
    }
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return;
    QSqlQuery q(connection());
    if (m_rollbackOnly) {
        q.exec(QStringLiteral("ROLLBACK"));
        throw Error::database(tr("The transaction was rolled back because an inner step failed"));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError err = q.lastError();
        QSqlQuery r(connection());
        r.exec(QStringLiteral("ROLLBACK"));
        throw Error::database(tr("Database error: %1").arg(err.text()));
    }
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

bool Database::lockRow(const QString &table, const QString &keyColumn, const QVariant &key)
{
    QString sql = QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, keyColumn);
    if (m_dialect == Dialect::MySQL)
        sql += QStringLiteral(" FOR UPDATE");
    return scalar(sql, {key}).isValid();
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles(Dialect::SQLite);
    return files.empty() ? 0 : files.rbegin()->first;
}

void Database::ensureVersionTable()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                        "version INTEGER PRIMARY KEY NOT NULL, description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
}

int Database::schemaVersion()
{
    if (m_dialect == Dialect::SQLite) {
        const int tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%'"))
                               .toInt();
        const int hasVersion =
            scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
                .toInt();
        if (!hasVersion)
            return tables == 0 ? 0 : -1;
    }
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).toInt();
}

void Database::requireCurrentSchema()
{
    const int have = schemaVersion();
    const int want = latestSchemaVersion();
    if (have < 0)
        throw Error::database(tr("\"%1\" is not a Lieu database; nothing was changed").arg(m_description));
    if (have > want)
        throw Error::database(tr("The database \"%1\" has schema version %2, newer than this program knows (%3): "
                                 "install a newer Lieu; nothing was changed")
                                  .arg(m_description)
                                  .arg(have)
                                  .arg(want));
    if (have < want)
        throw Error::database(
            tr("The database \"%1\" has schema version %2; run \"lieuctl init\" to upgrade it to version %3")
                .arg(m_description)
                .arg(have)
                .arg(want));
}

void Database::migrate()
{
    const int have = schemaVersion();
    const auto files = migrationFiles(m_dialect);
    const int want = files.empty() ? 0 : files.rbegin()->first;
    if (have < 0)
        throw Error::database(tr("\"%1\" is not a Lieu database; nothing was changed").arg(m_description));
    if (have > want)
        throw Error::database(tr("The database \"%1\" has schema version %2, newer than this program knows (%3): "
                                 "install a newer Lieu; nothing was changed")
                                  .arg(m_description)
                                  .arg(have)
                                  .arg(want));
    for (const auto &[version, path] : files) {
        if (version <= have)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error::database(tr("Migration %1 is missing from this program").arg(path));
        const QString script = QString::fromUtf8(f.readAll());
        Transaction tx(*this);
        ensureVersionTable();
        // Another process may have migrated while we waited for the write lock.
        if (scalar(QStringLiteral("SELECT count(*) FROM schema_version WHERE version = ?"), {version}).toInt() > 0) {
            tx.commit();
            continue;
        }
        for (const QString &stmt : splitStatements(script))
            exec(stmt);
        exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
             {version, QFileInfo(path).completeBaseName(),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        tx.commit();
    }
}

} // namespace lieu
