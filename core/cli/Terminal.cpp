#include "Terminal.h"

#include <QtGlobal>

#include <cstdio>
#include <string>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace lieu {

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

QString readHiddenLine(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
#if defined(Q_OS_WIN)
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios before{};
    const bool tty = tcgetattr(STDIN_FILENO, &before) == 0;
    if (tty) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        if (c != '\r')
            line.push_back(char(c));
#if defined(Q_OS_WIN)
    SetConsoleMode(in, mode);
#else
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
#endif
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace lieu
