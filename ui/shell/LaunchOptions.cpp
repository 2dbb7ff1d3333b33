#include "LaunchOptions.h"

#include "Error.h"
#include "Units.h"

#include <cstring>

namespace lieu::ui {

bool LaunchOptionsParser::parse(const QStringList &arguments, LaunchOptions &options, QString &error)
{
    auto valueOf = [&](int &i, const QString &name, QString &out) {
        const QString arg = arguments.at(i);
        if (arg.startsWith(name + QLatin1Char('='))) {
            out = arg.mid(name.size() + 1);
            return true;
        }
        if (i + 1 >= arguments.size()) {
            error = tr("%1 needs a value").arg(name);
            return false;
        }
        out = arguments.at(++i);
        return true;
    };
    QString todayText = qEnvironmentVariable("LIEU_TODAY");
    options.database = qEnvironmentVariable("LIEU_DB");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        auto is = [&](const char *name) {
            const QString n = QString::fromLatin1(name);
            return arg == n || arg.startsWith(n + QLatin1Char('='));
        };
        bool ok = true;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            options.help = true;
        else if (arg == QLatin1String("--version"))
            options.version = true;
        else if (is("--db"))
            ok = valueOf(i, QStringLiteral("--db"), options.database);
        else if (is("--today"))
            ok = valueOf(i, QStringLiteral("--today"), todayText);
        else if (is("--screenshot"))
            ok = valueOf(i, QStringLiteral("--screenshot"), options.screenshot);
        else if (is("--as"))
            ok = valueOf(i, QStringLiteral("--as"), options.login);
        else if (is("--page"))
            ok = valueOf(i, QStringLiteral("--page"), options.page);
        else if (arg.startsWith(QLatin1Char('-')) && (arg == QLatin1String("-platform") || arg == QLatin1String("-style")))
            ++i; // Qt's own options, already handled by QApplication
        else {
            error = tr("unknown argument \"%1\" (see lieu --help)").arg(arg);
            return false;
        }
        if (!ok)
            return false;
    }
    if (!todayText.isEmpty()) {
        try {
            options.today = Units::parseDate(todayText, QStringLiteral("today"));
        } catch (const Error &e) {
            error = e.message();
            return false;
        }
    }
    if (options.screenshot.isEmpty() && !options.headless && (!options.login.isEmpty() || !options.page.isEmpty())) {
        error = tr("--as and --page go with --screenshot FILE");
        return false;
    }
    return true;
}

QString LaunchOptionsParser::usage()
{
    return tr("Usage: lieu [options]\n"
              "Lieu, time off in lieu: log hours, approve overtime, spend and expire TOIL.\n\n"
              "  --db PATH          an SQLite file or mysql://USER@HOST[:PORT]/DATABASE (or LIEU_DB; default: the\n"
              "                     Database connection page's choice, else lieu.sqlite in the data location)\n"
              "  --today YYYY-MM-DD  act as if today were this day (or LIEU_TODAY)\n"
              "  --screenshot FILE   open the main window off screen, save it as a PNG and exit\n"
              "  --as LOGIN          with --screenshot: the user signed in (default: the demo's HR user)\n"
              "  --page ID           with --screenshot: the page shown (e.g. employee.timesheet)\n"
              "  --version           print the version\n\n"
              "Without a display the window is drawn off screen and saved as a PNG, whose path is printed.\n");
}

bool chooseHeadlessPlatform(int argc, char **argv)
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--screenshot", 12) == 0)
            screenshot = true;
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    const bool noDisplay = false;
#endif
    if (noDisplay || screenshot)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return noDisplay;
}

} // namespace lieu::ui
