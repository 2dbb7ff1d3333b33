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
        if (head.isEmpty())
            throw Error::database(tr("\"%1\" is an empty file (0 bytes), not a Lieu database: if it should hold your "
                                     "data, restore it from a backup; to start a new database, delete the file first; "
                                     "nothing was changed")
                                      .arg(spec));
        if (head != QByteArray("SQLite format 3\0", 16))
            throw Error::database(
                tr("\"%1\" is not a Lieu database (it is not an SQLite file); nothing was changed").arg(spec));
    } else {
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir))
            throw Error::database(tr("Cannot create the folder \"%1\" for the database").arg(dir));
    }

    // The connection's handle is let go before anything can throw, so the Database that owns the
    // connection can remove it cleanly on the way out.
    std::unique_ptr<Database> result(new Database(Dialect::SQLite, name, spec));
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(spec);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open())
            openError = db.lastError().text();
    }
    if (!openError.isEmpty())
        throw Error::database(tr("Cannot open the database \"%1\": %2").arg(spec, openError));
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
    const QSqlError err = query.lastError();
    if (const QString why = explain(err); !why.isEmpty())
        throw Error::database(why);
    QString text = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    throw Error::database(tr("Database error: %1").arg(text) + QStringLiteral(" [") + sql.simplified().left(120) +
                          QStringLiteral("]"));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q, sql);
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
    if (!q.exec())
        fail(q, sql);
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(sql, binds);
    if (q.next())
        return q.value(0);
    return {};
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
        const QString why = explain(err);
        throw Error::database(why.isEmpty() ? tr("Database error: %1").arg(err.text()) : why);
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
    QSqlQuery q = exec(sql, {key});
    return q.next();
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
