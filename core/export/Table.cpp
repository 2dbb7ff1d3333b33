#include "Table.h"

#include "Error.h"
#include "Units.h"

#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace lieu::reports {

QString neutralise(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar c = text.front();
    if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
        return QLatin1Char('\'') + text;
    return text;
}

QString csvField(const QString &text)
{
    bool quote = false;
    for (const QChar c : text)
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r' || c == u';') {
            quote = true;
            break;
        }
    if (!quote && (text.startsWith(u' ') || text.endsWith(u' ')))
        quote = true;
    if (!quote)
        return text;
    QString out = text;
    out.replace(u"\""_s, u"\"\""_s);
    return QLatin1Char('"') + out + QLatin1Char('"');
}

namespace {

QString milliDaysText(qint64 md)
{
    const bool negative = md < 0;
    const qint64 m = negative ? -md : md;
    return QStringLiteral("%1%2.%3").arg(negative ? u"-"_s : QString()).arg(m / 1000).arg(m % 1000, 3, 10, QLatin1Char('0'));
}

QString cellText(const Cell &c)
{
    switch (c.kind) {
    case Cell::Kind::Text: return neutralise(c.text);
    case Cell::Kind::Integer: return QString::number(c.number);
    case Cell::Kind::Hours: return Units::formatHours(c.number);
    case Cell::Kind::Days: return milliDaysText(c.number);
    case Cell::Kind::Date: return c.date.isValid() ? Units::isoDate(c.date) : QString();
    }
    return {};
}

} // namespace

QByteArray toCsv(const Table &table)
{
    QString out;
    QStringList line;
    for (const QString &h : table.headers)
        line << csvField(neutralise(h));
    out += line.join(u',') + u"\r\n"_s;
    for (const QList<Cell> &row : table.rows) {
        line.clear();
        for (const Cell &c : row)
            line << csvField(cellText(c));
        out += line.join(u',') + u"\r\n"_s;
    }
    return "\xEF\xBB\xBF" + out.toUtf8();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error::invalid(u"file"_s, path, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
}

void writeXlsx(const QList<Table> &sheets, const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb)
        throw Error::invalid(u"file"_s, path, Tr::tr("Cannot create the workbook %1").arg(path));
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *hours = workbook_add_format(wb);
    format_set_num_format(hours, "0.00");
    lxw_format *days = workbook_add_format(wb);
    format_set_num_format(days, "0.000");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);

    for (const Table &t : sheets) {
        const QByteArray name = t.name.left(31).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        if (!ws)
            continue;
        QList<int> widths(t.headers.size(), 8);
        for (int c = 0; c < t.headers.size(); ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), t.headers.at(c).toUtf8().constData(), bold);
            widths[c] = qMax(widths[c], int(t.headers.at(c).size()) + 2);
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            const auto row = lxw_row_t(r + 1);
            const QList<Cell> &cells = t.rows.at(r);
            for (int c = 0; c < cells.size() && c < t.headers.size(); ++c) {
                const Cell &cell = cells.at(c);
                const auto col = lxw_col_t(c);
                switch (cell.kind) {
                case Cell::Kind::Text:
                    if (!cell.text.isEmpty())
                        worksheet_write_string(ws, row, col, cell.text.toUtf8().constData(),
                                               cell.text.contains(u'\n') ? wrap : nullptr);
                    widths[c] = qMax(widths[c], qMin(60, int(cell.text.size()) + 2));
                    break;
                case Cell::Kind::Integer:
                    worksheet_write_number(ws, row, col, double(cell.number), nullptr);
                    break;
                case Cell::Kind::Hours:
                    // Decimal hours for sums; the exact minutes sit in their own column.
                    worksheet_write_number(ws, row, col, double(cell.number) / 60.0, hours);
                    break;
                case Cell::Kind::Days:
                    worksheet_write_number(ws, row, col, double(cell.number) / 1000.0, days);
                    break;
                case Cell::Kind::Date:
                    if (cell.date.isValid()) {
                        lxw_datetime dt = {cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0};
                        worksheet_write_datetime(ws, row, col, &dt, date);
                        widths[c] = qMax(widths[c], 12);
                    }
                    break;
                }
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        if (!t.headers.isEmpty())
            worksheet_autofilter(ws, 0, 0, lxw_row_t(t.rows.size()), lxw_col_t(t.headers.size() - 1));
    }
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        throw Error::invalid(u"file"_s, path,
                             Tr::tr("Cannot write the workbook %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))));
}

} // namespace lieu::reports
