#include "SmtpTestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>

namespace lieu::test {

SmtpTestServer::SmtpTestServer() : SmtpTestServer(Options{}) {}

SmtpTestServer::SmtpTestServer(Options options) : m_options(std::move(options)) {}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

QString SmtpTestServer::python()
{
    // Debian's interpreter, where python3-aiosmtpd installs; a python3 earlier on PATH may not have it.
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

quint16 SmtpTestServer::deadPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString SmtpTestServer::certificate() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

bool SmtpTestServer::makeCertificate(QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("openssl is missing: apt-get install openssl (packaging/debian/test-deps.txt)");
        return false;
    }
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                      QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                      QStringLiteral("-out"), certificate()});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

bool SmtpTestServer::start(QString *error)
{
    const QString py = python();
    if (py.isEmpty()) {
        *error = QStringLiteral("python3 is missing");
        return false;
    }
    {
        QProcess check;
        check.start(py, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (!check.waitForFinished(30000) || check.exitCode() != 0) {
            *error = QStringLiteral("python3-aiosmtpd is missing for %1: apt-get install python3-aiosmtpd "
                                    "(packaging/debian/test-deps.txt)")
                         .arg(py);
            return false;
        }
    }
    if (m_options.mode != QLatin1String("plain") && !QFileInfo::exists(certificate()) && !makeCertificate(error))
        return false;

    QStringList args{QStringLiteral(LIEU_SMTP_SERVER_SCRIPT), QStringLiteral("--dir"), m_dir.filePath(QStringLiteral("mail")),
                     QStringLiteral("--mode"), m_options.mode};
    if (m_options.mode != QLatin1String("plain"))
        args << QStringLiteral("--cert") << certificate() << QStringLiteral("--key") << m_dir.filePath(QStringLiteral("key.pem"));
    if (!m_options.user.isEmpty())
        args << QStringLiteral("--auth") << m_options.user + QLatin1Char(':') + m_options.password << QStringLiteral("--mechanisms")
             << m_options.mechanisms;
    if (!m_options.refuseRecipient.isEmpty())
        args << QStringLiteral("--refuse-rcpt") << m_options.refuseRecipient;
    if (m_options.tempfailMessages > 0)
        args << QStringLiteral("--tempfail-data") << QString::number(m_options.tempfailMessages);
    if (m_options.refuseMessages)
        args << QStringLiteral("--refuse-data");
    if (m_options.noEhlo)
        args << QStringLiteral("--no-ehlo");
    if (m_options.hangAfterData)
        args << QStringLiteral("--hang-after-data");

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(py, args);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("the SMTP test server did not start: ") + m_process->errorString();
        return false;
    }
    QByteArray out;
    while (!out.contains('\n')) {
        if (!m_process->waitForReadyRead(20000)) {
            *error = QStringLiteral("the SMTP test server did not report its port: ") +
                     QString::fromLocal8Bit(m_process->readAllStandardError());
            return false;
        }
        out += m_process->readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (!line.startsWith("PORT ")) {
        *error = QStringLiteral("unexpected output from the SMTP test server: ") + QString::fromLocal8Bit(line);
        return false;
    }
    m_port = quint16(line.mid(5).toUInt());
    return m_port != 0;
}

void SmtpTestServer::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel(); // the server stops when its stdin closes
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QList<QJsonObject> SmtpTestServer::messages() const
{
    QDir dir(m_dir.filePath(QStringLiteral("mail")));
    QList<QJsonObject> out;
    for (const QString &name : dir.entryList({QStringLiteral("msg-*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out << QJsonDocument::fromJson(f.readAll()).object();
    }
    return out;
}

QList<QJsonObject> SmtpTestServer::events() const
{
    QFile f(m_dir.filePath(QStringLiteral("mail/events.jsonl")));
    QList<QJsonObject> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

int SmtpTestServer::count(const QString &event) const
{
    int n = 0;
    for (const QJsonObject &e : events())
        if (e.value(QStringLiteral("event")).toString() == event)
            ++n;
    return n;
}

} // namespace lieu::test
