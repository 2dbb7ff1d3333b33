#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lieu::test {

// Runs the built lieuctl binary as a separate process, the way cron or a script would.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const; // stdout parsed as one JSON object
};

class Lieuctl
{
public:
    Lieuctl(QString program, QString db) : m_program(std::move(program)), m_db(std::move(db)) {}
    // Runs `lieuctl --db DB [--today TODAY] args...` and waits for it.
    CliResult run(const QStringList &args) const;
    // Starts it without waiting (for races); the caller owns the process.
    QProcess *start(const QStringList &args, QObject *parent = nullptr) const;
    void setToday(const QString &today) { m_today = today; }
    QString db() const { return m_db; }

private:
    QStringList fullArgs(const QStringList &args) const;
    QString m_program;
    QString m_db;
    QString m_today;
};

} // namespace lieu::test
