#include "I18n.h"

#include "Error.h"

#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QSettings>
#include <QTranslator>

#include <map>
#include <memory>

namespace lieu {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

QSettings userSettings()
{
    // Per user, with the machine-wide file as QSettings' own fallback.
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Lieu"), QStringLiteral("Lieu"));
}

// "de_DE", "de-AT" and "DE" all mean "de".
QString baseLanguage(const QString &name)
{
    return name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).trimmed().toLower();
}

// The places a catalogue may be: compiled in first, then next to the program (deployed bundles).
QStringList catalogueDirs()
{
    QStringList dirs{QStringLiteral(":/i18n")};
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/translations");
    return dirs;
}

bool loadLieu(QTranslator &t, const QString &language)
{
    for (const QString &dir : catalogueDirs())
        if (t.load(QStringLiteral("lieu_") + language, dir))
            return true;
    return false;
}

bool loadQt(QTranslator &t, const QString &language)
{
    QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/translations");
    for (const QString &dir : std::as_const(dirs))
        if (t.load(QStringLiteral("qtbase_") + language, dir))
            return true;
    return false;
}

// The application's installed translators.
struct Installed
{
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> lieu;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed i;
    return i;
}

// Catalogues for translate(), one per language, loaded on first use and kept.
struct Catalogues
{
    QMutex mutex;
    std::map<QString, std::shared_ptr<const QTranslator>> byLanguage;
};

Catalogues &catalogues()
{
    static Catalogues c;
    return c;
}

std::shared_ptr<const QTranslator> catalogueFor(const QString &language)
{
    Catalogues &c = catalogues();
    const QMutexLocker lock(&c.mutex);
    if (const auto it = c.byLanguage.find(language); it != c.byLanguage.end())
        return it->second;
    std::shared_ptr<QTranslator> t = std::make_shared<QTranslator>();
    if (!I18n::isSupported(language) || !loadLieu(*t, language))
        t.reset();
    c.byLanguage.emplace(language, t);
    return t;
}

} // namespace

QStringList I18n::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("nl")};
}

bool I18n::isSupported(const QString &language)
{
    return languages().contains(language);
}

QString I18n::nativeName(const QString &language)
{
    // Each language's own name for itself, without the country QLocale adds ("Español de España").
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")},
                                               {QStringLiteral("es"), QStringLiteral("Español")},
                                               {QStringLiteral("nl"), QStringLiteral("Nederlands")}};
    return names.value(language, language);
}

QString I18n::systemLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &name : ui)
        if (const QString l = baseLanguage(name); isSupported(l))
            return l;
    return QStringLiteral("en");
}

QString I18n::chosenLanguage()
{
    const QString l = baseLanguage(userSettings().value(kSettingsKey).toString());
    return isSupported(l) ? l : QString();
}

void I18n::setChosenLanguage(const QString &language)
{
    QSettings s = userSettings();
    if (language.isEmpty()) {
        s.remove(kSettingsKey);
    } else {
        const QString l = resolve(language);
        s.setValue(kSettingsKey, l);
    }
    s.sync();
}

QString I18n::resolve(const QString &requested)
{
    if (!requested.trimmed().isEmpty()) {
        const QString l = baseLanguage(requested);
        if (!isSupported(l))
            throw Error::invalid(QStringLiteral("language"), requested,
                                 tr("language: \"%1\" is not a language Lieu speaks (%2)")
                                     .arg(requested, languages().join(QStringLiteral(", "))));
        return l;
    }
    const QString chosen = chosenLanguage();
    return chosen.isEmpty() ? systemLanguage() : chosen;
}

bool I18n::install(const QString &language)
{
    Installed &i = installed();
    if (i.lieu)
        QCoreApplication::removeTranslator(i.lieu.get());
    if (i.qt)
        QCoreApplication::removeTranslator(i.qt.get());
    i.lieu.reset();
    i.qt.reset();
    i.language = isSupported(language) ? language : QStringLiteral("en");

    auto lieu = std::make_unique<QTranslator>();
    const bool ok = loadLieu(*lieu, i.language);
    if (ok && QCoreApplication::installTranslator(lieu.get()))
        i.lieu = std::move(lieu);
    auto qt = std::make_unique<QTranslator>();
    if (i.language != QLatin1String("en") && loadQt(*qt, i.language) && QCoreApplication::installTranslator(qt.get()))
        i.qt = std::move(qt);
    // Dates, weekday and month names follow the language too. The system's own locale stays when it
    // already speaks it (de_AT keeps Austrian dates) and for English (the system's region decides).
    const QLocale system = QLocale::system();
    const bool systemSpeaksIt = QLocale::languageToCode(system.language()) == i.language;
    QLocale::setDefault(systemSpeaksIt || i.language == QLatin1String("en") ? system : QLocale(i.language));
    return ok;
}

QString I18n::current()
{
    return installed().language;
}

bool I18n::installForCommandLine(QStringList &args, QString &error)
{
    QString requested = qEnvironmentVariable("LIEU_LANG");
    for (int i = 0; i < args.size();) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) {
            break;
        } else if (a == QLatin1String("--lang")) {
            if (i + 1 >= args.size()) {
                error = tr("--lang needs a value (%1)").arg(languages().join(QStringLiteral(", ")));
                return false;
            }
            requested = args.at(i + 1);
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            requested = a.mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
    try {
        install(resolve(requested));
    } catch (const Error &e) {
        error = e.message();
        return false;
    }
    return true;
}

QString I18n::translate(const QString &language, const char *context, const char *source, const char *disambiguation, int n)
{
    QString text;
    if (const auto catalogue = catalogueFor(language))
        text = catalogue->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), QLocale(language).toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

} // namespace lieu
