#include "Lieuctl.h"

#include <QJsonDocument>

namespace lieu::test {

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QStringList Lieuctl::fullArgs(const QStringList &args) const
{
    QStringList all{QStringLiteral("--db"), m_db};
    if (!m_today.isEmpty())
        all << QStringLiteral("--today") << m_today;
    return all + args;
}

QProcessEnvironment Lieuctl::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LIEU_USER"));
    env.remove(QStringLiteral("LIEU_TODAY"));
    env.remove(QStringLiteral("LIEU_DB"));
    return env;
}

QProcess *Lieuctl::start(const QStringList &args, QObject *parent, const std::function<void(QProcess &)> &prepare) const
{
    auto *p = new QProcess(parent);
    p->setProcessEnvironment(environment());
    p->setProgram(m_program);
    p->setArguments(fullArgs(args));
    if (prepare)
        prepare(*p);
    p->start();
    return p;
}

CliResult Lieuctl::run(const QStringList &args) const
{
    return run(args, {});
}

CliResult Lieuctl::run(const QStringList &args, const QByteArray &input, const std::function<void(QProcess &)> &prepare) const
{
    QProcess *p = start(args, nullptr, prepare);
    if (p->waitForStarted(30000)) {
        if (!input.isEmpty())
            p->write(input);
        p->closeWriteChannel();
    }
    p->waitForFinished(120000);
    CliResult r;
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    delete p;
    return r;
}

} // namespace lieu::test
