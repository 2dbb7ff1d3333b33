#include "Backup.h"

#include "Database.h"
#include "Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace lieu {

namespace {

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QStringList tables(Database &db)
{
    QSqlQuery q = db.exec(db.dialect() == Database::Dialect::SQLite
                              ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                               "ORDER BY name")
                              : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                                               "AND table_type = 'BASE TABLE' ORDER BY table_name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QVariant portable(const QSqlQuery &q, int column)
{
    if (q.isNull(column))
        return Database::null();
    const QVariant v = q.value(column);
    switch (v.typeId()) {
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QTime:
        return v.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QByteArray:
        // Qt's MySQL driver hands text of a binary collation (utf8mb4_bin) over as bytes; it is UTF-8 text.
        return QString::fromUtf8(v.toByteArray());
    default:
        return v;
    }
}

// Copies every row of every table in `names` from one store to the other (same schema version). The
// target's rows in those tables must already be gone. Returns the number of rows copied.
qint64 copyRows(Database &from, Database &to, const QStringList &names)
{
    qint64 rows = 0;
    for (const QString &table : names) {
        QSqlQuery q = from.exec(QStringLiteral("SELECT * FROM ") + quoted(table));
        const QSqlRecord record = q.record();
        QStringList columns, marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << quoted(record.fieldName(i));
            marks << QStringLiteral("?");
        }
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(quoted(table), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        while (q.next()) {
            QVariantList values;
            values.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                values << portable(q, i);
            to.exec(insert, values);
            ++rows;
        }
    }
    return rows;
}

// A read-only view of one instant across every table: REPEATABLE READ, as one transaction (so that a
// dropped connection fails the backup instead of carrying on outside the snapshot). Allowed in
// maintenance mode, when backups are taken.
class Snapshot final
{
public:
    explicit Snapshot(Database &db) : m_db(db), m_bypass(db, true)
    {
        if (db.dialect() == Database::Dialect::MySQL)
            db.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
        m_db.begin();
    }
    ~Snapshot() { m_db.rollback(); }
    Q_DISABLE_COPY_MOVE(Snapshot)

private:
    Database &m_db;
    Database::GuardBypass m_bypass;
};

void requireLieu(Database &db, const QString &what)
{
    const int v = db.schemaVersion();
    if (v <= 0)
        throw Error::invalid(QStringLiteral("file"), what, Backup::tr("\"%1\" is not a Lieu backup").arg(what));
    if (v > Database::latestSchemaVersion())
        throw Error::database(Backup::tr("\"%1\" was made by a newer Lieu (schema version %2; this one knows %3): "
                                         "install that version to restore it")
                                  .arg(what)
                                  .arg(v)
                                  .arg(Database::latestSchemaVersion()));
}

} // namespace

QString Backup::automaticDirectory(const Database &db)
{
    const QString env = qEnvironmentVariable("LIEU_BACKUP_DIR");
    if (!env.isEmpty())
        return env;
    if (db.dialect() == Database::Dialect::SQLite)
        return QFileInfo(db.spec().path).absoluteDir().filePath(QStringLiteral("backups"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/Lieu");
    return QDir(dir).filePath(QStringLiteral("backups"));
}

QString Backup::automatic()
{
    const QString dir = automaticDirectory(m_db);
    if (!QDir().mkpath(dir))
        throw Error::database(tr("Cannot create the backup folder \"%1\"; the migration did not start").arg(dir));
    const QString base = m_db.dialect() == Database::Dialect::SQLite ? QFileInfo(m_db.spec().path).completeBaseName()
                                                                     : m_db.spec().database;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const int version = m_db.schemaVersion();
    QString file = QDir(dir).filePath(QStringLiteral("%1-v%2-%3.sqlite").arg(base).arg(version).arg(stamp));
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = QDir(dir).filePath(QStringLiteral("%1-v%2-%3-%4.sqlite").arg(base).arg(version).arg(stamp).arg(n));
    return save(file).file;
}

Backup::Result Backup::save(const QString &file)
{
    if (file.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("file"), file, tr("file: say where to write the backup"));
    if (QFileInfo::exists(file))
        throw Error::invalid(QStringLiteral("file"), file, tr("file: \"%1\" exists already; a backup never overwrites a file").arg(file));
    if (DatabaseSpec::isServerSpec(file))
        throw Error::invalid(QStringLiteral("file"), file, tr("file: a backup is written to a file, not to a server"));
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error::database(tr("Cannot create the folder \"%1\" for the backup").arg(info.absolutePath()));
    Result result;
    result.file = info.absoluteFilePath();
    result.schemaVersion = m_db.schemaVersion();
    if (result.schemaVersion <= 0)
        throw Error::database(tr("%1 holds no Lieu database to back up").arg(m_db.describe()));

    if (m_db.dialect() == Database::Dialect::SQLite) {
        if (m_db.inTransaction())
            throw Error::database(tr("A backup cannot be taken inside a transaction"));
        // SQLite's own consistent online copy.
        m_db.exec(QStringLiteral("VACUUM INTO ?"), {result.file});
        auto copy = Database::open(result.file, QString());
        for (const QString &t : tables(*copy))
            result.rows += copy->scalar(QStringLiteral("SELECT count(*) FROM ") + quoted(t)).toLongLong();
        return result;
    }

    try {
        auto target = Database::open(result.file, QString());
        target->setAutomaticBackups(false);
        target->migrateTo(result.schemaVersion);
        target->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        const Database::GuardBypass bypass(*target, true);
        Transaction tx(*target);
        const Snapshot snapshot(m_db);
        const QStringList names = tables(m_db);
        const QStringList mine = tables(*target);
        for (const QString &t : names) {
            if (!mine.contains(t))
                throw Error::database(tr("The table %1 is not part of schema version %2; the database holds more than Lieu made")
                                          .arg(t)
                                          .arg(result.schemaVersion));
            target->exec(QStringLiteral("DELETE FROM ") + quoted(t));
        }
        result.rows = copyRows(m_db, *target, names);
        tx.commit();
    } catch (...) {
        QFile::remove(result.file);
        throw;
    }
    return result;
}

Backup::Result Backup::restore(const QString &file)
{
    if (!QFileInfo(file).isFile())
        throw Error::invalid(QStringLiteral("file"), file, tr("file: \"%1\" does not exist").arg(file));
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly) || f.read(16) != QByteArray("SQLite format 3\0", 16))
            throw Error::invalid(QStringLiteral("file"), file, tr("\"%1\" is not a Lieu backup").arg(file));
    }
    // Work on a copy: the backup file itself stays as it is.
    QTemporaryDir work;
    if (!work.isValid())
        throw Error::database(tr("Cannot make a temporary folder for the restore"));
    const QString copyPath = work.filePath(QStringLiteral("restore.sqlite"));
    if (!QFile::copy(file, copyPath))
        throw Error::database(tr("Cannot read the backup \"%1\"").arg(file));
    Result result;
    result.file = QFileInfo(file).absoluteFilePath();
    {
        auto source = Database::open(copyPath, QString());
        requireLieu(*source, file);
        source->setAutomaticBackups(false);
        source->migrate();
        result.schemaVersion = source->schemaVersion();

        // The store: at this program's schema first (an existing one is backed up by the migration).
        const int have = m_db.schemaVersion();
        if (have < 0)
            throw Error::database(tr("%1 is not a Lieu database; nothing was restored").arg(m_db.describe()));
        m_db.migrate();
        const QStringList names = tables(*source);
        const QStringList mine = tables(m_db);
        QStringList data; // every table but the schema history, which stays the store's own
        for (const QString &t : names) {
            if (!mine.contains(t))
                throw Error::database(tr("The backup's table %1 is missing from %2").arg(t, m_db.describe()));
            if (t != QLatin1String("schema_version"))
                data << t;
        }
        const QString maintenance = m_db.maintenanceReason();
        const Database::GuardBypass bypass(m_db);

        if (m_db.dialect() == Database::Dialect::MySQL) {
            for (const QString &t : data) {
                if (t == QLatin1String("settings"))
                    continue;
                if (m_db.scalar(QStringLiteral("SELECT count(*) FROM ") + quoted(t)).toLongLong() > 0)
                    throw Error::rule(tr("%1 already holds data (table %2): restore into a new, empty database, then point "
                                         "the desktops at it; nothing was changed")
                                          .arg(m_db.describe(), t));
            }
            m_db.exec(QStringLiteral("SET SESSION foreign_key_checks = 0"));
            try {
                Transaction tx(m_db);
                m_db.exec(QStringLiteral("DELETE FROM settings"));
                result.rows = copyRows(*source, m_db, data);
                m_db.exec(QStringLiteral("UPDATE settings SET value = ? WHERE \"key\" = 'maintenance'"), {maintenance});
                tx.commit();
            } catch (...) {
                m_db.exec(QStringLiteral("SET SESSION foreign_key_checks = 1"));
                throw;
            }
            m_db.exec(QStringLiteral("SET SESSION foreign_key_checks = 1"));
        } else {
            // Everything in one transaction, the append-only triggers included: SQLite's schema changes
            // are transactional, so a failure leaves the store exactly as it was.
            if (!m_db.spec().path.isEmpty() && QFileInfo::exists(m_db.spec().path) &&
                m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() > 0)
                result.safetyBackup = m_db.lastAutomaticBackup().isEmpty() ? Backup(m_db).automatic() : m_db.lastAutomaticBackup();
            Transaction tx(m_db);
            m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            QSqlQuery t = m_db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
            QStringList triggers, triggerSql;
            while (t.next()) {
                triggers << t.value(0).toString();
                triggerSql << t.value(1).toString();
            }
            for (const QString &name : std::as_const(triggers))
                m_db.exec(QStringLiteral("DROP TRIGGER ") + quoted(name));
            for (const QString &table : std::as_const(data))
                m_db.exec(QStringLiteral("DELETE FROM ") + quoted(table));
            result.rows = copyRows(*source, m_db, data);
            m_db.exec(QStringLiteral("UPDATE settings SET value = ? WHERE \"key\" = 'maintenance'"), {maintenance});
            for (const QString &sql : std::as_const(triggerSql))
                m_db.exec(sql);
            tx.commit();
        }
        // The store is at this program's schema, whatever the backup's was.
        Transaction tx(m_db);
        m_db.exec(QStringLiteral("DELETE FROM settings WHERE \"key\" = 'schema_written_by'"));
        m_db.exec(QStringLiteral("INSERT INTO settings (\"key\", value) VALUES ('schema_written_by', ?)"),
                  {QStringLiteral(LIEU_VERSION)});
        tx.commit();
    }
    return result;
}

} // namespace lieu
