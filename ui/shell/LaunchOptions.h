#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace lieu::ui {

// What the `lieu` command line asks for. Environment variables stand in for options that are not given:
// LIEU_DB for --db, LIEU_TODAY for --today.
struct LaunchOptions
{
    QString database;   // empty: Database::defaultPath()
    QDate today;        // invalid: the system clock
    QString screenshot; // save a PNG of the main window here and exit
    QString login;      // --as: who the screenshot shows signed in
    QString page;       // --page: the page the screenshot shows
    bool help = false;
    bool version = false;
    bool headless = false; // no display: run on the offscreen platform and take a screenshot

    bool takesScreenshot() const { return headless || !screenshot.isEmpty(); }
};

class LaunchOptionsParser final
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptionsParser)
public:
    // Reads the arguments (without the program name) and the environment; false with `error` set when
    // they cannot be understood.
    static bool parse(const QStringList &arguments, LaunchOptions &options, QString &error);
    static QString usage();
};

// Before the QApplication exists: when there is no display (no DISPLAY, no WAYLAND_DISPLAY and
// QT_QPA_PLATFORM unset) or a screenshot is asked for, selects Qt's offscreen platform. Returns true when
// there is no display at all, so `lieu` runs headless.
bool chooseHeadlessPlatform(int argc, char **argv);

} // namespace lieu::ui
