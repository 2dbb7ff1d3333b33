#pragma once

#include <QMenu>

namespace lieu::ui {

// The main window's language choice: follow the system, or one of the languages Lieu speaks. The
// choice is kept per user (I18n::setChosenLanguage, the same setting lieuctl reads) and is installed at
// once; the windows opened from then on (after signing out and in, or at the next start) speak it.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    // `language` is empty when the user went back to following the system.
    void chosen(const QString &language);

private:
    void choose(const QString &language);
};

} // namespace lieu::ui
