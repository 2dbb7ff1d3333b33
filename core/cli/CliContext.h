#pragma once

#include "Actor.h"

#include <QDate>
#include <QJsonObject>
#include <QMultiHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <memory>

namespace lieu {

class Clock;
class Database;

// Thrown for a command line that cannot be understood (exit status 2).
struct UsageError
{
    QString message;
};

// The parsed command line: words (command, subcommand, positional arguments), --name value options
// (repeatable) and --flags.
struct CliArgs
{
    QStringList words;
    QMultiHash<QString, QString> options;
    QSet<QString> flags;

    QString option(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
    // Every value of a repeated option, in the order given.
    QStringList all(const QString &name) const;
};

// For commands' JSON output: an empty text as null; minutes as TOIL days to three decimals.
QJsonValue jsonOrNull(const QString &s);
double jsonDays(qint64 minutes, int perDay);

// What one lieuctl command works with: its arguments, the database, the clock, the acting user and
// where its answer goes. Commands are plain functions `int cmdX(CliContext &)` (see Commands.h).
class CliContext
{
public:
    CliContext(CliArgs args, QTextStream &out, QTextStream &err);
    ~CliContext();
    int exec();

    const CliArgs &args() const { return m_args; }
    Database &db() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    QString dbPath() const { return m_dbPath; }
    bool json() const { return m_args.flags.contains(QStringLiteral("json")); }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Refuses options and flags other than the global ones and `names`.
    void allow(std::initializer_list<const char *> names);
    QString need(const QString &option);
    QString word(int index, const QString &what);
    // --as (or LIEU_USER); a usage error when missing.
    Actor person();
    // --as when given, else the local administrator.
    Actor actorOrSystem();
    QDate dateOption(const QString &option, bool required);
    // A whole-number option within lowest..highest; `fallback` when it is not given.
    int intOption(const QString &option, int lowest, int highest, int fallback);
    int perDay();
    // --json prints `json` on one line; otherwise the text lines.
    void emit(const QJsonObject &json, const QStringList &text);

private:
    CliArgs m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    QString m_dbPath;
};

} // namespace lieu
