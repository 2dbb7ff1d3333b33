// lieuctl: the command line of Lieu. All it does is hand its arguments to core.
#include "CommandLine.h"
#include "MailCommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Lieu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIEU_VERSION));
    lieu::mail::registerCommands();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return lieu::CommandLine::run(app.arguments().mid(1), out, err);
}
