#include "NotificationBanner.h"

#include "NotificationCenter.h"
#include "Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace lieu::ui {

NotificationBanner::NotificationBanner(Session &session, QWidget *parent)
    : QFrame(parent), m_center(NotificationCenter::ensure(session)), m_icon(new QLabel(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("notificationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24, 24));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    connect(m_label, &QLabel::linkActivated, this, &NotificationBanner::openRequested);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    connect(m_center, &NotificationCenter::changed, this, &NotificationBanner::update);
    update();
}

QString NotificationBanner::text() const
{
    return m_center->lines().join(QLatin1Char('\n'));
}

void NotificationBanner::update()
{
    const Waiting &w = m_center->waiting();
    const QStringList lines = m_center->lines();
    setVisible(!lines.isEmpty());
    QStringList html;
    for (const QString &line : lines)
        html << line.toHtmlEscaped();
    if (w.forApproval() > 0)
        html << QStringLiteral("<a href=\"approvals\">%1</a>").arg(tr("Review them").toHtmlEscaped());
    if (w.expiringMinutes > 0)
        html << QStringLiteral("<a href=\"balance\">%1</a>").arg(tr("See my balance").toHtmlEscaped());
    m_label->setText(html.join(QStringLiteral("<br>")));
}

} // namespace lieu::ui
