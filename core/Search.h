#pragma once

#include <QString>
#include <QStringList>

namespace lieu::Search {

// The search boxes' rule: the text is split into words at white space and a row matches when every word
// occurs in at least one of its fields, ignoring case. A blank text matches every row.
bool matches(const QStringList &fields, const QString &text);

} // namespace lieu::Search
