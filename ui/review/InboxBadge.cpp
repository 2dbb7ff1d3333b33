#include "InboxBadge.h"

#include "Inbox.h"
#include "Session.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace lieu::ui {

InboxBadge::InboxBadge(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("inboxBadge"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(&m_session, &Session::dataChanged, this, &InboxBadge::refresh);
    refresh();
}

void InboxBadge::refresh()
{
    const int n = Inbox(m_session.db(), m_session.clock()).count(m_session.actor()).total();
    const QString tip = tr("Waiting for your decision: %1").arg(QLocale().toString(n));
    setToolTip(tip);
    setAccessibleName(tip);
    setVisible(n > 0); // nothing waiting: no badge
    if (n == m_count)
        return;
    m_count = n;
    updateGeometry();
    update();
    Q_EMIT countChanged(n);
}

QString InboxBadge::label() const
{
    return QLocale().toString(m_count);
}

QSize InboxBadge::sizeHint() const
{
    const QFontMetrics fm(font());
    const int h = fm.height() + 4;
    return {qMax(h, fm.horizontalAdvance(label()) + h / 2 + 4), h};
}

void InboxBadge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath pill;
    pill.addRoundedRect(r, r.height() / 2, r.height() / 2);
    const bool waiting = m_count > 0;
    p.fillPath(pill, palette().brush(waiting ? QPalette::Highlight : QPalette::Button));
    p.setPen(palette().color(waiting ? QPalette::HighlightedText : QPalette::ButtonText));
    QFont f = font();
    f.setBold(waiting);
    p.setFont(f);
    p.drawText(rect(), Qt::AlignCenter, label());
}

void InboxBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace lieu::ui
