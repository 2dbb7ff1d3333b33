#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;

namespace lieu::ui {

class MessageBar;

// Asks why a document is rejected. The Reject button stays disabled until a reason is written; pressing it
// hands the reason to `submit` (the core call). When core refuses, its message shows in the dialog and the
// dialog stays open, so nothing the supervisor wrote is lost.
class RejectDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<void(const QString &reason)>;

    RejectDialog(const QString &documentName, const QString &employeeName, Submit submit, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &text);
    QPushButton *rejectButton() const { return m_reject; }
    QString errorText() const;

    void accept() override;

private:
    void updateButton();

    Submit m_submit;
    QPlainTextEdit *m_reason = nullptr;
    MessageBar *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace lieu::ui
