#pragma once

#include <QString>

namespace lieu {

// Free text people type or files hold (names, reasons, descriptions): what Lieu stores and what it refuses.
namespace Text {

enum class Lines { Single, Multi };

// Why `value` cannot be stored, or an empty string when it can: longer than `maxLength` characters, a
// control character (Multi allows tab and line breaks), or a sign of a broken encoding (U+FFFD, the
// mark a wrong encoding leaves, or half of a surrogate pair).
QString problem(const QString &value, int maxLength, Lines lines = Lines::Single);

// Throws Error::invalid naming `field` and the value when problem() finds one.
void require(const QString &field, const QString &value, int maxLength, Lines lines = Lines::Single);

} // namespace Text

} // namespace lieu
