#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMutex>
#include <QStringList>
#include <QTranslator>

#include <map>
#include <memory>

namespace lieu::Translations {

namespace {

struct Catalogs
{
    QMutex mutex;
    QStringList extraPaths;
    std::map<QString, std::shared_ptr<QTranslator>> loaded; // language -> catalog (null: none found)
};

Catalogs &catalogs()
{
    static Catalogs c;
    return c;
}

// The catalog for `language`, loading it on first use. Null when there is none.
std::shared_ptr<QTranslator> catalogFor(const QString &language)
{
    Catalogs &c = catalogs();
    const QMutexLocker lock(&c.mutex);
    if (const auto it = c.loaded.find(language); it != c.loaded.end())
        return it->second;
    std::shared_ptr<QTranslator> found;
    if (!language.isEmpty() && language != QLatin1String("en")) {
        QStringList dirs{QStringLiteral(":/i18n")};
        dirs << c.extraPaths;
        if (QCoreApplication::instance())
            dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/translations");
        for (const QString &dir : std::as_const(dirs)) {
            auto t = std::make_shared<QTranslator>();
            if (t->load(QStringLiteral("lieu_") + language, dir)) {
                found = std::move(t);
                break;
            }
        }
    }
    c.loaded.emplace(language, found);
    return found;
}

} // namespace

QString translate(const QString &language, const char *context, const char *source, const char *disambiguation, int n)
{
    QString text;
    if (const auto catalog = catalogFor(language))
        text = catalog->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), QLocale(language).toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

void addSearchPath(const QString &directory)
{
    Catalogs &c = catalogs();
    const QMutexLocker lock(&c.mutex);
    if (!c.extraPaths.contains(directory))
        c.extraPaths << directory;
    // A folder added later may hold a catalog that an earlier look-up missed.
    for (auto it = c.loaded.begin(); it != c.loaded.end();)
        it = it->second ? std::next(it) : c.loaded.erase(it);
}

bool hasCatalog(const QString &language)
{
    return catalogFor(language) != nullptr;
}

} // namespace lieu::Translations
