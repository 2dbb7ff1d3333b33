#include "LanguageMenu.h"

#include "Error.h"
#include "I18n.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QStatusBar>

namespace lieu::ui {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString chosenNow = I18n::chosenLanguage();
    auto add = [&](const QString &code, const QString &text) {
        QAction *a = addAction(text);
        a->setCheckable(true);
        a->setChecked(code == chosenNow);
        a->setData(code);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("Follow the system (%1)").arg(I18n::nativeName(I18n::systemLanguage())));
    addSeparator();
    for (const QString &l : I18n::languages())
        add(l, I18n::nativeName(l));
}

void LanguageMenu::choose(const QString &language)
{
    try {
        I18n::setChosenLanguage(language);
    } catch (const Error &) {
        return; // the menu offers only languages Lieu speaks
    }
    const QString now = I18n::resolve();
    I18n::install(now);
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget() ? parentWidget()->window() : nullptr))
        window->statusBar()->showMessage(
            tr("Lieu speaks %1 in the windows it opens from now on: sign out and in again to see this one in it.")
                .arg(I18n::nativeName(now)));
    Q_EMIT chosen(language);
}

} // namespace lieu::ui
