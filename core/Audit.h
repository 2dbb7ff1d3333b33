#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QSqlQuery;

namespace lieu {

class Database;
class Clock;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString doctype;
    QString docname;
    QString before;
    QString after;
};

// The append-only audit log (triggers in the schema refuse UPDATE and DELETE).
class Audit final
{
    Q_DECLARE_TR_FUNCTIONS(Audit)

public:
    Audit(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    void record(const Actor &actor, const QString &action, const QString &doctype, const QString &docname,
                const QJsonObject &before = {}, const QJsonObject &after = {});
    struct Filter
    {
        QString doctype;
        QString docname;
        QString actor;
        QString action;
        QDate from;
        QDate to;
        int limit = 1000;
    };
    // HR only (or the system). Newest first; at most filter.limit entries (1000 when 0).
    QList<AuditEntry> list(const Actor &actor, const Filter &filter);
    // Writes every entry the filter selects, oldest first, to `path` as CSV (the exports' writer: UTF-8 with a BOM,
    // CRLF, a header row, a cell that a spreadsheet would run as a formula made text). The file is
    // written whole or not at all, readable by its owner only, and the export is recorded in the log.
    // HR only (or the system). Returns the number of entries written.
    int exportCsv(const Actor &actor, const Filter &filter, const QString &path, bool overwrite = false);

    // The values the log holds, for the filter's choices; each list sorted. HR only (or the system).
    struct Facets
    {
        QStringList doctypes;
        QStringList actors;
        QStringList actions;
    };
    Facets facets(const Actor &actor);

    // One line for people from an entry's before/after JSON: on a creation every value ("a = 1; b = x"),
    // otherwise only what changed ("status: Draft → Awaiting Approval"), keys in alphabetical order.
    static QString describeChange(const QString &before, const QString &after);

private:
    QSqlQuery select(const Actor &actor, const Filter &filter, bool oldestFirst);
    static AuditEntry fromRow(const QSqlQuery &q);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
