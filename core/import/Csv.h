#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lieu::csv {

// One record of a CSV file: the fields as written (quotes removed, "" turned into ") and the physical line
// (1-based) on which the record starts. A quoted field may span lines, so records and lines differ.
struct Record
{
    int line = 0;
    QStringList fields;
};

struct Document
{
    QChar separator = QLatin1Char(',');
    QString encoding;      // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    QList<Record> records; // records.first() is the header
};

// The largest file the reader accepts (a detailed export of a large team for a year is well below it).
inline constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;

// Turns a file's bytes into text: a UTF-8 or UTF-16 byte-order mark is honoured (and dropped); without
// one the bytes must be UTF-8, else they are read as Windows-1252 (what spreadsheets on Windows save).
QString decode(const QByteArray &bytes, QString *encoding = nullptr);

// The separator of the header line: whichever of ',', ';' and tab occurs most outside quotes
// (',' when none does).
QChar detectSeparator(const QString &text);

// Reads RFC 4180 CSV strictly: quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF
// and CR all end a record; lines with nothing on them are skipped. Every record must have as many fields
// as the header. Throws lieu::Error (Invalid) naming the line and column, with the offending text as value,
// for an unterminated quote, text after a closing quote, a ragged record or a file that is too large.
// `separator` null: detected from the header line.
Document parse(const QByteArray &bytes, QChar separator = QChar());
Document parseText(const QString &text, QChar separator = QChar());

// "line 7, column 3": the field name an error about one cell carries.
QString location(int line, int column);

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

} // namespace lieu::csv
