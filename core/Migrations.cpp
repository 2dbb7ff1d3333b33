// Database's schema half: which version a store has, and the migration runner. The migration files
// live in db/<dialect>/NNNN_what.sql (embedded as resources); both dialects have the same numbers.
#include "Backup.h"
#include "Database.h"
#include "Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>

#include <map>

namespace lieu {

namespace {

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

// On MariaDB/MySQL, two programs that migrate the same database at once take turns (a named lock that
// the server releases if the program dies). SQLite's BEGIN IMMEDIATE does the same there.
class MigrationLock final
{
public:
    explicit MigrationLock(Database &db) : m_db(db)
    {
        if (db.dialect() != Database::Dialect::MySQL)
            return;
        QSqlQuery q(db.connection());
        // GET_LOCK is not available everywhere (e.g. some clusters): then the schema_version check inside
        // each migration's transaction is what remains.
        m_held = q.exec(QStringLiteral("SELECT GET_LOCK(CONCAT('lieu-migrate-', DATABASE()), 300)")) && q.next() &&
                 q.value(0).toInt() == 1;
    }
    ~MigrationLock()
    {
        if (!m_held)
            return;
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT RELEASE_LOCK(CONCAT('lieu-migrate-', DATABASE()))"));
    }
    Q_DISABLE_COPY_MOVE(MigrationLock)

private:
    Database &m_db;
    bool m_held = false;
};

} // namespace

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles(Dialect::SQLite);
    return files.empty() ? 0 : files.rbegin()->first;
}

QList<int> Database::migrationVersions(Dialect dialect)
{
    QList<int> out;
    for (const auto &[version, path] : migrationFiles(dialect))
        out << version;
    return out;
}

void Database::ensureVersionTable()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                        "version INTEGER PRIMARY KEY NOT NULL, description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
}

int Database::schemaVersion()
{
    int tables = 0;
    int hasVersion = 0;
    if (m_dialect == Dialect::SQLite) {
        tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).toInt();
        hasVersion =
            scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")).toInt();
    } else {
        tables = scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()")).toInt();
        hasVersion = scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                                           "AND table_name = 'schema_version'"))
                         .toInt();
    }
    if (!hasVersion)
        return tables == 0 ? 0 : -1;
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).toInt();
}

void Database::requireReadableSchema()
{
    const int have = schemaVersion();
    const int want = latestSchemaVersion();
    if (have < 0)
        throw Error::database(tr("\"%1\" is not a Lieu database; nothing was changed").arg(m_description));
    if (have < want)
        throw Error::database(
            tr("The database \"%1\" has schema version %2; run \"lieuctl migrate\" to upgrade it to version %3")
                .arg(m_description)
                .arg(have)
                .arg(want));
}

void Database::refuseNewerSchema(int have, int want) const
{
    throw Error::database(tr("The database \"%1\" has schema version %2, newer than this program knows (%3): "
                            "install a newer Lieu; nothing was changed")
                             .arg(m_description)
                             .arg(have)
                             .arg(want));
}

void Database::requireCurrentSchema()
{
    requireReadableSchema();
    const int have = schemaVersion();
    const int want = latestSchemaVersion();
    if (have > want)
        refuseNewerSchema(have, want);
}

namespace {
QStringList grantLines()
{
    QFile f(QStringLiteral(":/db/mysql/grants.sql"));
    if (!f.open(QIODevice::ReadOnly))
        throw Error::database(Database::tr("The list of grants is missing from this program"));
    QStringList out;
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        out << (line.endsWith(QLatin1Char(';')) ? line.chopped(1) : line);
    }
    return out;
}
} // namespace

QStringList Database::applicationGrants(const QString &database, const QString &user, const QString &host)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_$]{1,64}$"));
    static const QRegularExpression account(QStringLiteral("^[A-Za-z0-9_.@$-]{1,80}$"));
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9_.:%-]{1,255}$"));
    if (!name.match(database).hasMatch())
        throw Error::invalid(QStringLiteral("database"), database, tr("database: \"%1\" is not a database name").arg(database));
    if (!account.match(user).hasMatch())
        throw Error::invalid(QStringLiteral("user"), user, tr("user: \"%1\" is not an account name").arg(user));
    if (!hostPattern.match(host).hasMatch())
        throw Error::invalid(QStringLiteral("host"), host, tr("host: \"%1\" is not a host name, address or pattern").arg(host));
    QStringList out;
    for (QString line : grantLines()) {
        line.replace(QLatin1String("{database}"), QLatin1Char('`') + database + QLatin1Char('`'));
        line.replace(QLatin1String("{account}"), QStringLiteral("'%1'@'%2'").arg(user, host));
        out << line;
    }
    return out;
}

QStringList Database::grantedTables()
{
    static const QRegularExpression table(QStringLiteral("\\{database\\}\\.([a-z_]+)"));
    QStringList out;
    for (const QString &line : grantLines()) {
        const auto m = table.match(line);
        if (m.hasMatch())
            out << m.captured(1);
    }
    return out;
}

void Database::migrate()
{
    const auto files = migrationFiles(m_dialect);
    migrateTo(files.empty() ? 0 : files.rbegin()->first);
}

void Database::migrateTo(int target)
{
    const GuardBypass bypass(*this, true);
    const MigrationLock lock(*this);
    const int have = schemaVersion();
    const auto files = migrationFiles(m_dialect);
    const int want = files.empty() ? 0 : files.rbegin()->first;
    if (have < 0)
        throw Error::database(tr("\"%1\" is not a Lieu database; nothing was changed").arg(m_description));
    if (have > want)
        refuseNewerSchema(have, want);
    m_lastBackup.clear();
    if (m_automaticBackups && have > 0 && have < target)
        m_lastBackup = Backup(*this).automatic();
    bool applied = false;
    for (const auto &[version, path] : files) {
        if (version <= have || version > target)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error::database(tr("Migration %1 is missing from this program").arg(path));
        const QString script = QString::fromUtf8(f.readAll());
        const QString name = QFileInfo(path).completeBaseName();
        Transaction tx(*this);
        ensureVersionTable();
        // Another process may have migrated while we waited for the write lock.
        if (scalar(QStringLiteral("SELECT count(*) FROM schema_version WHERE version = ?"), {version}).toInt() > 0) {
            tx.commit();
            continue;
        }
        const QStringList statements = splitStatements(script);
        for (int i = 0; i < statements.size(); ++i) {
            try {
                execDirect(statements.at(i));
            } catch (const Error &e) {
                if (m_dialect == Dialect::MySQL && have > 0)
                    throw Error::database(tr("Migration %1 failed at statement %2 of %3: %4. MariaDB/MySQL cannot undo the "
                                             "schema changes made before it: restore the backup %5")
                                              .arg(name)
                                              .arg(i + 1)
                                              .arg(statements.size())
                                              .arg(e.message(), m_lastBackup));
                throw Error::database(tr("Migration %1 failed at statement %2 of %3: %4")
                                          .arg(name)
                                          .arg(i + 1)
                                          .arg(statements.size())
                                          .arg(e.message()));
            }
        }
        exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
             {version, name, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        tx.commit();
        applied = true;
    }
    if (applied) {
        // Tells an older program which release to install (it reads this to refuse writes).
        Transaction tx(*this);
        exec(QStringLiteral("DELETE FROM settings WHERE \"key\" = 'schema_written_by'"));
        exec(QStringLiteral("INSERT INTO settings (\"key\", value) VALUES ('schema_written_by', ?)"), {QStringLiteral(LIEU_VERSION)});
        tx.commit();
    }
}

} // namespace lieu
