#pragma once

// One input through the CSV reader and the tracker-file reader, with the properties that must hold
// whatever the bytes are. Shared by the libFuzzer target and the regression test that replays every file
// the fuzzer ever crashed on. Returns an empty string when all is well, else what broke.
#include "Csv.h"
#include "Error.h"
#include "TrackerFile.h"

#include <QByteArray>
#include <QString>

namespace lieu::fuzz {

inline QString checkOne(const QByteArray &bytes)
{
    try {
        const csv::Document doc = csv::parse(bytes);
        if (doc.records.isEmpty())
            return QStringLiteral("a document without a header was returned");
        const qsizetype width = doc.records.first().fields.size();
        int previous = 0;
        for (const csv::Record &r : doc.records) {
            if (r.fields.size() != width)
                return QStringLiteral("a ragged record on line %1 was accepted").arg(r.line);
            if (r.line <= previous)
                return QStringLiteral("record lines do not increase at line %1").arg(r.line);
            previous = r.line;
        }
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Invalid)
            return QStringLiteral("the reader refused with a kind other than Invalid: ") + e.message();
        if (e.message().isEmpty())
            return QStringLiteral("a refusal without a message");
    }
    // The tracker reader with the layout and date order chosen by the first byte.
    const int selector = bytes.isEmpty() ? 0 : static_cast<unsigned char>(bytes.front());
    import::ReadOptions options;
    options.layout = import::Layout(selector % 6);
    options.dates = import::DateOrder((selector / 6) % 4);
    try {
        const import::ReadResult r = import::TrackerFile::read(bytes, options);
        for (const import::SourceRow &row : r.rows) {
            if (row.minutes <= 0 || row.minutes > 24 * 60)
                return QStringLiteral("line %1: %2 minutes were accepted").arg(row.line).arg(row.minutes);
            if (!row.date.isValid())
                return QStringLiteral("line %1: an invalid date was accepted").arg(row.line);
            if (row.sourceKey.size() != 47)
                return QStringLiteral("line %1: a source key of %2 characters").arg(row.line).arg(row.sourceKey.size());
        }
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Invalid)
            return QStringLiteral("the tracker reader refused with a kind other than Invalid: ") + e.message();
    }
    return {};
}

} // namespace lieu::fuzz
