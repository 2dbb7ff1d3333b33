#pragma once

#include <QString>

namespace lieu {

// Translations into a language other than the application's own. An e-mail is written in its
// recipient's language (employee.language) while the app, or the background runner beside it, speaks
// its user's; installing a QTranslator would switch every thread of the program at once, so catalogs
// are loaded here and asked directly. A catalog is lieu_<language>.qm (e.g. lieu_de.qm), looked up in
// ":/i18n", then in the folders added with addSearchPath(), then in "translations" beside the program.
// A language without a catalog (and English, the source language) gets the source text.
namespace Translations {

// Like QCoreApplication::translate(), in `language`: %n (and %Ln) are replaced by n when n >= 0.
QString translate(const QString &language, const char *context, const char *source,
                  const char *disambiguation = nullptr, int n = -1);
void addSearchPath(const QString &directory);
// Whether a catalog for `language` was found.
bool hasCatalog(const QString &language);

} // namespace Translations

} // namespace lieu
