#pragma once

class QApplication;

namespace lieu::ui {

// Installs Lieu's translations (and Qt's own): LIEU_LANG, else the language chosen in the Language menu,
// else the system's (core's I18n).
void installTranslations(QApplication &app);

// The whole desktop flow after the QApplication exists: read the command line, open and migrate the
// database, the first-start dialog on an empty one, sign-in, the main window (again after Sign out).
// With `headless` (no display) or --screenshot it opens the demo when the database is empty, signs in
// the demo HR user (or --as LOGIN), saves a PNG of the main window, prints its path and returns 0.
// Returns the process exit status: 0 done, 2 bad arguments, 3 the database could not be used.
int runDesktop(QApplication &app, bool headless);

} // namespace lieu::ui
