#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace lieu::ui {

MessageBar::MessageBar(QWidget *parent) : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Message"));
    setVisible(false);
}

void MessageBar::setMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    const QStyle::StandardPixmap icon = kind == Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Warning ? QStyle::SP_MessageBoxWarning
                                                          : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void MessageBar::clear()
{
    m_text->clear();
    setVisible(false);
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace lieu::ui
