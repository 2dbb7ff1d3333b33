#include "RejectDialog.h"

#include "Display.h"
#include "Error.h"
#include "MessageBar.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lieu::ui {

RejectDialog::RejectDialog(const QString &documentName, const QString &employeeName, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setWindowTitle(tr("Reject %1").arg(documentName));
    setObjectName(QStringLiteral("rejectDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Say why %1 of %2 is rejected. %2 sees this reason and can correct and resend it.")
                                 .arg(documentName, employeeName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *label = new QLabel(tr("&Reason (required):"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason for rejecting %1").arg(documentName));
    m_reason->setPlaceholderText(tr("e.g. Tuesday's release night was billed to the client: mark it billable"));
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);

    m_error = new MessageBar(this);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reject = m_buttons->addButton(tr("Re&ject"), QDialogButtonBox::AcceptRole);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setDefault(false);
    m_reject->setAutoDefault(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RejectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RejectDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RejectDialog::updateButton);
    updateButton();
    resize(480, 280);
}

QString RejectDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RejectDialog::setReason(const QString &text)
{
    m_reason->setPlainText(text);
}

QString RejectDialog::errorText() const
{
    return m_error->text();
}

void RejectDialog::updateButton()
{
    const bool ok = !reason().isEmpty();
    m_reject->setEnabled(ok);
    m_reject->setToolTip(ok ? QString() : tr("Write a reason first"));
}

void RejectDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->showMessage(MessageBar::Kind::Error, tr("A rejection needs a reason."));
        return;
    }
    try {
        if (m_submit)
            m_submit(reason());
    } catch (const Error &e) {
        m_error->showMessage(MessageBar::Kind::Error, Display::error(e));
        return;
    }
    QDialog::accept();
}

} // namespace lieu::ui
