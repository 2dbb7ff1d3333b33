#pragma once

#include <QString>

namespace lieu {

// Whether standard input is an interactive terminal (a person can be asked).
bool stdinIsTerminal();
// Prints `prompt` on standard error and reads one line from the terminal without echoing it.
QString readHiddenLine(const QString &prompt);

} // namespace lieu
