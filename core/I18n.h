#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lieu {

// The languages Lieu speaks and how a program picks one. English is the source language; German,
// French, Spanish and Dutch are translated (translations/lieu_<lang>.ts, compiled into the program
// under :/i18n). A language is a two-letter code: "en", "de", "fr", "es", "nl".
//
// Which language a program uses: the one asked for (lieuctl's --lang or LIEU_LANG), else the one the
// user chose (a per-user setting, falling back to the machine's), else the system locale's, else English.
class I18n final
{
    Q_DECLARE_TR_FUNCTIONS(I18n)

public:
    static QStringList languages();
    static bool isSupported(const QString &language);
    // The language's own name ("Deutsch", "Français").
    static QString nativeName(const QString &language);

    // The first language of the system locale's UI languages that Lieu speaks, else "en".
    static QString systemLanguage();
    // The user's choice (QSettings "Lieu"/"Lieu", key ui/language); empty: follow the system.
    static QString chosenLanguage();
    // Stores the choice; an empty language goes back to following the system. Throws Error (Invalid,
    // field "language") for a language Lieu does not speak.
    static void setChosenLanguage(const QString &language);
    // `requested` when not empty, else the choice, else the system's. Throws like setChosenLanguage.
    static QString resolve(const QString &requested = {});

    // Installs Lieu's catalogue and Qt's own (qtbase_<lang>) for `language` into the running application,
    // replacing those an earlier call installed. Returns false when Lieu's catalogue could not be loaded.
    static bool install(const QString &language);
    // The language install() last installed ("en" before any call).
    static QString current();

    // For lieuctl: takes --lang LANG (or --lang=LANG) out of `args`, falls back on LIEU_LANG, resolves
    // and installs. False with `error` set when the language is not one Lieu speaks.
    static bool installForCommandLine(QStringList &args, QString &error);

    // `source` (a tr() string of `context`) in `language`, whatever language the application runs in:
    // for texts written for someone else, like the reminder e-mails in the employee's language. %n is
    // replaced by `n` when n >= 0, as tr() does. Thread-safe.
    static QString translate(const QString &language, const char *context, const char *source,
                             const char *disambiguation = nullptr, int n = -1);
};

} // namespace lieu
