#pragma once

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

namespace lieu::ui {

// Renders the app's pages and dialogs to PNG files with the demo organisation (core's Demo on a temporary
// database, the clock standing on a fixed day), for the README and for looking at what was built.
struct ScreenOptions
{
    QString outDir;
    QDate today = QDate(2026, 3, 18);
    QSize pageSize{1280, 800};
    QStringList logins;   // empty: the demo's HR, supervisor and employee
    QString onlyPrefix;   // render only files whose name starts with this (empty: all)
};

struct ScreenResult
{
    QStringList written;  // file paths
    QStringList problems; // what could not be rendered, and why
};

ScreenResult renderScreens(const ScreenOptions &options);

} // namespace lieu::ui
