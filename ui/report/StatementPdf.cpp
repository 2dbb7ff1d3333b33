#include "StatementPdf.h"

#include "Error.h"
#include "Names.h"
#include "Units.h"

#include <QFile>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace lieu::ui {

namespace {

constexpr int kMaxLots = 14;
constexpr int kMaxLeaves = 9;

struct Column
{
    QString title;
    double width; // share of the line
    Qt::Alignment align;
};

class Page
{
public:
    Page(QPainter &p, int width, int dpi) : m_p(p), m_width(width), m_dpi(dpi) {}

    int mm(double v) const { return int(v * m_dpi / 25.4); }
    int y = 0;

    void font(double points, bool bold = false, const QColor &color = QColor(0x22, 0x22, 0x22))
    {
        QFont f(u"DejaVu Sans"_s);
        f.setPointSizeF(points);
        f.setBold(bold);
        m_p.setFont(f);
        m_p.setPen(color);
    }

    int lineHeight() const { return QFontMetrics(m_p.font(), m_p.device()).height(); }

    void text(const QString &s, Qt::Alignment align = Qt::AlignLeft)
    {
        const int h = lineHeight();
        m_p.drawText(QRect(0, y, m_width, h), int(align | Qt::AlignVCenter), s);
        y += h;
    }

    void paragraph(const QString &s)
    {
        const QRect r = m_p.boundingRect(QRect(0, y, m_width, 100000), int(Qt::AlignLeft | Qt::TextWordWrap), s);
        m_p.drawText(QRect(0, y, m_width, r.height()), int(Qt::AlignLeft | Qt::TextWordWrap), s);
        y += r.height();
    }

    void rule(const QColor &color = QColor(0xBB, 0xBB, 0xBB))
    {
        m_p.setPen(QPen(color, qMax(1, m_dpi / 150)));
        m_p.drawLine(0, y, m_width, y);
        y += mm(1.5);
    }

    void row(const QList<Column> &cols, const QStringList &cells, bool header, bool shade)
    {
        font(header ? 8.5 : 8.5, header);
        const int h = lineHeight() + mm(1.6);
        if (shade)
            m_p.fillRect(QRect(0, y, m_width, h), QColor(0xF2, 0xF4, 0xF7));
        if (header)
            m_p.fillRect(QRect(0, y, m_width, h), QColor(0xDD, 0xE4, 0xEE));
        double total = 0;
        for (const Column &c : cols)
            total += c.width;
        double x = 0;
        for (int i = 0; i < cols.size(); ++i) {
            const int w = int(cols[i].width / total * m_width);
            m_p.drawText(QRect(int(x) + mm(1), y, w - mm(2), h), int(cols[i].align | Qt::AlignVCenter),
                         header ? cols[i].title : cells.value(i));
            x += w;
        }
        y += h;
    }

    QPainter &painter() { return m_p; }
    int width() const { return m_width; }

private:
    QPainter &m_p;
    int m_width;
    int m_dpi;
};

QString hours(qint64 minutes)
{
    return Units::formatHours(minutes);
}

} // namespace

void StatementPdf::paint(QPainter &p, const reports::StatementData &d, int width, int height, int dpi)
{
    Page page(p, width, dpi);
    const int perDay = d.minutesPerDay;

    // Heading.
    page.font(18, true, QColor(0x1F, 0x3A, 0x5F));
    const int top = page.y;
    page.text(tr("TOIL statement"));
    page.y = top;
    page.font(10, false, QColor(0x55, 0x55, 0x55));
    page.text(d.organisation, Qt::AlignRight);
    page.text(tr("Statement date %1").arg(Units::isoDate(d.on)), Qt::AlignRight);
    page.y = qMax(page.y, top + page.mm(9));
    page.rule(QColor(0x1F, 0x3A, 0x5F));

    page.font(12, true);
    page.text(QStringLiteral("%1 (%2)").arg(d.employee.name, d.employee.id));
    page.font(9.5);
    page.text(d.employee.email);
    page.text(d.supervisor.isEmpty() ? tr("No supervisor assigned") : tr("Supervisor: %1").arg(d.supervisor));
    page.y += page.mm(3);

    // The balance, in four boxes.
    QDate next;
    for (const Lot &l : d.lots)
        if (l.fromDate <= d.on && l.toDate >= d.on && l.remaining > 0 && (!next.isValid() || l.toDate < next))
            next = l.toDate;
    struct Box
    {
        QString title, value, detail;
    };
    auto amount = [perDay](const QString &title, qint64 m) {
        return Box{title, tr("%1 h").arg(hours(m)), tr("%1 days").arg(Units::formatDays(m, perDay))};
    };
    const QList<Box> boxes = {
        amount(tr("Available on %1").arg(Units::isoDate(d.on)), d.balance.available),
        amount(tr("Pending leave"), d.balance.pending),
        amount(tr("Expiring within %1 days").arg(d.expiringDays), d.balance.expiringMinutes()),
        {tr("Next expiry"), next.isValid() ? Units::isoDate(next) : tr("none"), QString()},
    };
    const int gap = page.mm(3);
    const int boxW = (page.width() - 3 * gap) / 4;
    const int boxH = page.mm(19);
    for (int i = 0; i < boxes.size(); ++i) {
        const QRect r(i * (boxW + gap), page.y, boxW, boxH);
        const QRect inner = r.adjusted(page.mm(2), page.mm(1.5), -page.mm(2), -page.mm(1.5));
        p.setPen(QPen(QColor(0xC8, 0xD2, 0xE0), qMax(1, dpi / 150)));
        p.setBrush(i == 0 ? QColor(0xE8, 0xF1, 0xE8) : QColor(0xF7, 0xF8, 0xFA));
        p.drawRoundedRect(r, page.mm(1.5), page.mm(1.5));
        page.font(8, false, QColor(0x55, 0x55, 0x55));
        p.drawText(inner, int(Qt::AlignLeft | Qt::AlignTop), boxes[i].title);
        page.font(8.5, false, QColor(0x55, 0x55, 0x55));
        p.drawText(inner, int(Qt::AlignLeft | Qt::AlignBottom), boxes[i].detail);
        page.font(i == 0 ? 13 : 12, true, i == 0 ? QColor(0x1E, 0x5E, 0x2A) : QColor(0x22, 0x22, 0x22));
        p.drawText(inner, int(Qt::AlignLeft | Qt::AlignVCenter), boxes[i].value);
    }
    p.setBrush(Qt::NoBrush);
    page.y += boxH + page.mm(5);

    // Lots.
    page.font(11, true, QColor(0x1F, 0x3A, 0x5F));
    page.text(tr("TOIL lots"));
    page.y += page.mm(1);
    const QList<Column> lotCols = {{tr("Lot"), 1.1, Qt::AlignLeft},        {tr("Timesheet"), 1.1, Qt::AlignLeft},
                                   {tr("Valid from"), 1.2, Qt::AlignLeft}, {tr("Valid until"), 1.2, Qt::AlignLeft},
                                   {tr("Accrued"), 0.9, Qt::AlignRight},   {tr("Used"), 0.8, Qt::AlignRight},
                                   {tr("Expired"), 0.9, Qt::AlignRight},   {tr("Left"), 0.8, Qt::AlignRight},
                                   {tr("State"), 1.1, Qt::AlignLeft}};
    page.row(lotCols, {}, true, false);
    // The latest lots matter most when there are more than fit.
    const int firstLot = int(qMax<qsizetype>(0, d.lots.size() - kMaxLots));
    if (d.lots.isEmpty()) {
        page.font(9, false, QColor(0x66, 0x66, 0x66));
        page.text(tr("No TOIL has been accrued."));
    }
    for (int i = firstLot; i < d.lots.size(); ++i) {
        const Lot &l = d.lots.at(i);
        page.row(lotCols,
                 {l.name(), d.lotSources.value(i), Units::isoDate(l.fromDate), Units::isoDate(l.toDate), hours(l.allocated),
                  hours(l.used), hours(l.expired), hours(l.remaining), reports::Statement::lotState(l, d.on)},
                 false, (i - firstLot) % 2 == 1);
    }
    if (firstLot > 0) {
        page.font(8.5, false, QColor(0x66, 0x66, 0x66));
        page.text(tr("and %n earlier lot(s), not shown", nullptr, firstLot));
    }
    page.font(8.5, true);
    page.text(tr("All lots: accrued %1 h, used %2 h, expired %3 h")
                  .arg(hours(d.accruedTotal), hours(d.usedTotal), hours(d.expiredTotal)),
              Qt::AlignRight);
    page.y += page.mm(4);

    // Use.
    page.font(11, true, QColor(0x1F, 0x3A, 0x5F));
    page.text(tr("TOIL leave"));
    page.y += page.mm(1);
    const QList<Column> leaveCols = {{tr("Application"), 1.2, Qt::AlignLeft}, {tr("From"), 1.1, Qt::AlignLeft},
                                     {tr("To"), 1.1, Qt::AlignLeft},          {tr("Half day"), 1.1, Qt::AlignLeft},
                                     {tr("Days"), 0.7, Qt::AlignRight},       {tr("Hours"), 0.8, Qt::AlignRight},
                                     {tr("Status"), 1.0, Qt::AlignLeft}};
    page.row(leaveCols, {}, true, false);
    if (d.leaves.isEmpty()) {
        page.font(9, false, QColor(0x66, 0x66, 0x66));
        page.text(tr("No TOIL leave applied for."));
    }
    for (int i = 0; i < d.leaves.size() && i < kMaxLeaves; ++i) {
        const LeaveApplication &a = d.leaves.at(i);
        page.row(leaveCols,
                 {a.name(), Units::isoDate(a.fromDate), Units::isoDate(a.toDate),
                  a.halfDayDate.isValid() ? Units::isoDate(a.halfDayDate) : QString(), a.totalLeaveDays(), hours(a.minutes),
                  a.status},
                 false, i % 2 == 1);
    }
    if (d.leaves.size() > kMaxLeaves) {
        page.font(8.5, false, QColor(0x66, 0x66, 0x66));
        page.text(tr("and %n earlier application(s), not shown", nullptr, int(d.leaves.size() - kMaxLeaves)));
    }

    // Footer, at the bottom of the page.
    page.y = height - page.mm(16);
    page.rule();
    page.font(7.5, false, QColor(0x66, 0x66, 0x66));
    page.paragraph(tr("Each lot is valid from the day after its timesheet's period for its own term; leave draws on the lot "
                 "that expires first. The available balance is the ledger's sum for the lots valid on the statement date."));
    page.paragraph(tr("One TOIL day is %1 h. Generated %2 UTC by Lieu.")
                  .arg(hours(perDay), d.generatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)));
}

void StatementPdf::write(const reports::StatementData &data, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(tr("TOIL statement: %1").arg(data.employee.name));
    writer.setCreator(u"Lieu"_s);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 12),
                                     QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&writer))
        throw Error::invalid(u"file"_s, path, tr("Cannot write the statement to %1").arg(path));
    const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
    paint(p, data, area.width(), area.height(), writer.resolution());
    p.end();
    if (!QFile::exists(path) || QFile(path).size() == 0)
        throw Error::invalid(u"file"_s, path, tr("Cannot write the statement to %1").arg(path));
}

} // namespace lieu::ui
