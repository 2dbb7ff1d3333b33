#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace lieu::reports {

// One cell of an exported table. Amounts stay integer minutes until a writer formats them.
struct Cell
{
    enum class Kind { Text, Integer, Hours, Days, Date };
    Kind kind = Kind::Text;
    QString text;
    qint64 number = 0; // Integer; Hours: minutes; Days: thousandths of a day
    QDate date;

    static Cell str(const QString &s) { return {Kind::Text, s, 0, {}}; }
    static Cell integer(qint64 n) { return {Kind::Integer, {}, n, {}}; }
    static Cell hours(qint64 minutes) { return {Kind::Hours, {}, minutes, {}}; }
    static Cell days(qint64 milliDays) { return {Kind::Days, {}, milliDays, {}}; }
    static Cell day(QDate d) { return {Kind::Date, {}, 0, d}; }
};

struct Table
{
    QString name; // the sheet's name (at most 31 characters)
    QStringList headers;
    QList<QList<Cell>> rows;
};

// CSV as RFC 4180 writes it: UTF-8 with a byte-order mark (so spreadsheets read the accents), ',' and CRLF.
// Hours are "h:mm", days have three decimals, dates are ISO. Text that a spreadsheet would take for a
// formula is neutralised.
QByteArray toCsv(const Table &table);
// A text cell that starts with '=', '+', '-', '@', a tab or a carriage return gets a leading apostrophe, so a
// spreadsheet shows it as text instead of evaluating it. Only text cells: amounts and dates Lieu formats itself.
QString neutralise(const QString &text);
QString csvField(const QString &text);

// Writes `bytes` to `path` all at once (a temporary file renamed into place); throws Error::invalid naming
// the path when it cannot.
void writeFile(const QString &path, const QByteArray &bytes);

// XLSX through libxlsxwriter: one sheet per table, a bold frozen header row with filters; text is always
// stored as text (never a formula), hours as decimal numbers, days with three decimals, dates as dates.
void writeXlsx(const QList<Table> &sheets, const QString &path);

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace lieu::reports
