#pragma once

#include <QCoreApplication>
#include <QString>

namespace lieu {

class Database;

// Backups of a Lieu store, whatever its dialect, as one portable file: a Lieu SQLite database at the
// store's schema version. From SQLite it is SQLite's own online copy (VACUUM INTO); from MariaDB/MySQL
// Lieu copies every table inside one consistent snapshot. Such a file opens with `lieuctl --db FILE`,
// restores into either dialect (so it also moves a desktop's data onto a shared server) and needs no
// server tools.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    struct Result
    {
        QString file;
        QString safetyBackup; // restore: the automatic backup of what the store held before
        int schemaVersion = 0;
        qint64 rows = 0;
    };

    explicit Backup(Database &db) : m_db(db) {}

    // Writes the backup to `file`, which must not exist yet.
    Result save(const QString &file);
    // Replaces the store's data with the backup's. The backup is brought to this program's schema on a
    // temporary copy (the file itself is never changed). An SQLite store is replaced in one transaction
    // (after an automatic backup of what it held); a MariaDB/MySQL store must be empty (a new database:
    // the server cannot swap its append-only triggers inside a transaction), and is filled in one.
    // Maintenance mode keeps the state it had before the restore.
    Result restore(const QString &file);
    // The backup taken before a migration changes an existing store; returns the file written.
    QString automatic();
    // Where automatic backups go: $LIEU_BACKUP_DIR, else a "backups" folder beside an SQLite file, else
    // the application-data folder's "backups".
    static QString automaticDirectory(const Database &db);

private:
    Database &m_db;
};

} // namespace lieu
