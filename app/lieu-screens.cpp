// lieu-screens: renders every page and dialog with the demo organisation to PNG files.
#include "Screens.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lieu"));
    QApplication::setApplicationVersion(QStringLiteral(LIEU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Render Lieu's windows with the demo data to PNG files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QApplication::translate("main", "Folder for the PNG files."));
    const QCommandLineOption today(QStringLiteral("today"), QApplication::translate("main", "The demo's today (YYYY-MM-DD)."),
                                   QStringLiteral("date"), QStringLiteral("2026-03-18"));
    const QCommandLineOption locale(QStringLiteral("locale"), QApplication::translate("main", "Locale for dates and numbers."),
                                    QStringLiteral("name"), QStringLiteral("en_GB"));
    const QCommandLineOption only(QStringLiteral("only"), QApplication::translate("main", "Render only files starting with this."),
                                  QStringLiteral("prefix"));
    parser.addOptions({today, locale, only});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QLocale::setDefault(QLocale(parser.value(locale)));
    lieu::ui::ScreenOptions options;
    options.outDir = parser.positionalArguments().constFirst();
    options.today = QDate::fromString(parser.value(today), Qt::ISODate);
    options.onlyPrefix = parser.value(only);
    if (!options.today.isValid()) {
        QTextStream(stderr) << QApplication::translate("main", "--today: \"%1\" is not a date (YYYY-MM-DD)\n").arg(parser.value(today));
        return 2;
    }
    const lieu::ui::ScreenResult result = lieu::ui::renderScreens(options);
    QTextStream out(stdout);
    for (const QString &file : result.written)
        out << file << '\n';
    QTextStream err(stderr);
    for (const QString &problem : result.problems)
        err << problem << '\n';
    return result.problems.isEmpty() ? 0 : 1;
}
