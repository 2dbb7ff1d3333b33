// lieuctl: the command line of Lieu. All it does is pick the language and hand its arguments to core.
#include "CommandLine.h"
#include "MailCommands.h"
#include "I18n.h"

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
    QStringList args = app.arguments().mid(1);
    QString error;
    if (!lieu::I18n::installForCommandLine(args, error)) {
        err << "lieuctl: " << error << '\n';
        return lieu::CommandLine::Usage;
    }
    return lieu::CommandLine::run(args, out, err);
}
