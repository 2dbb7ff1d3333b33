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

QProcess *Lieuctl::start(const QStringList &args, QObject *parent) const
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LIEU_USER"));
    env.remove(QStringLiteral("LIEU_TODAY"));
    env.remove(QStringLiteral("LIEU_DB"));
    p->setProcessEnvironment(env);
    p->start(m_program, fullArgs(args));
    return p;
}

CliResult Lieuctl::run(const QStringList &args) const
{
    QProcess *p = start(args);
    p->waitForFinished(120000);
    CliResult r;
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    delete p;
    return r;
}

} // namespace lieu::test
