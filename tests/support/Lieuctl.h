#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace lieu::test {

// Runs the built lieuctl binary as a separate process, the way cron or a script would.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const; // stdout parsed as one JSON object
    QString all() const { return out + err; }
};

class Lieuctl
{
public:
    Lieuctl(QString program, QString db) : m_program(std::move(program)), m_db(std::move(db)) {}
    // Runs `lieuctl --db DB [--today TODAY] args...` and waits for it.
    CliResult run(const QStringList &args) const;
    // The same with `input` on standard input; `prepare` may change the process before it starts (run it as
    // another user, limit it).
    CliResult run(const QStringList &args, const QByteArray &input, const std::function<void(QProcess &)> &prepare = {}) const;
    // Starts it without waiting (for races); the caller owns the process.
    QProcess *start(const QStringList &args, QObject *parent = nullptr, const std::function<void(QProcess &)> &prepare = {}) const;
    // The environment lieuctl runs in: the caller's without LIEU_DB, LIEU_USER and LIEU_TODAY.
    static QProcessEnvironment environment();
    void setToday(const QString &today) { m_today = today; }
    QString db() const { return m_db; }

private:
    QStringList fullArgs(const QStringList &args) const;
    QString m_program;
    QString m_db;
    QString m_today;
};

} // namespace lieu::test
