#pragma once

// Runs the real lieuctl executable (LIEUCTL_PATH) as a child process and collects what it said.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace lieu::test {

struct LieuctlRun
{
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// The environment lieuctl sees: none of the caller's LIEU_* defaults.
inline QProcessEnvironment lieuctlEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LIEU_DB", "LIEU_USER", "LIEU_TODAY"})
        env.remove(QString::fromLatin1(name));
    return env;
}

inline LieuctlRun lieuctl(const QStringList &args, const QByteArray &input = {},
                          const std::function<void(QProcess &)> &prepare = {})
{
    QProcess p;
    p.setProcessEnvironment(lieuctlEnvironment());
    p.setProgram(QStringLiteral(LIEUCTL_PATH));
    p.setArguments(args);
    if (prepare)
        prepare(p); // may wrap the program (another user, limits)
    p.start();
    if (!p.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    LieuctlRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace lieu::test
