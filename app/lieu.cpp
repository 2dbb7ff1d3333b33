// lieu: the desktop application. It picks the platform (off screen when there is no display), makes the
// QApplication, loads the translations and hands over to the ui library.
#include "Desktop.h"
#include "LaunchOptions.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    const bool headless = lieu::ui::chooseHeadlessPlatform(argc, argv);
    QApplication app(argc, argv);
    lieu::ui::installTranslations(app);
    return lieu::ui::runDesktop(app, headless);
}
