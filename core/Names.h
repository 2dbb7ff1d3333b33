#pragma once

#include <QString>

namespace lieu {

// Document names as people see them (the seed's naming series): TS-00001, LAL-00001, LAP-00001.
enum class DocKind { Timesheet, Allocation, Application, Email };

namespace Names {
QString prefix(DocKind kind);
QString format(DocKind kind, qint64 id);
// Accepts "TS-00012", "ts-12" or "12"; throws Error::invalid naming `field` otherwise.
qint64 parse(DocKind kind, const QString &text, const QString &field);
} // namespace Names

} // namespace lieu
