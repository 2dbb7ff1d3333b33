#pragma once

#include <QWidget>

class QLabel;

namespace lieu::ui {

// A line under a form or a page for what just happened: core's refusal (with a warning icon) or a
// confirmation. Hidden while empty. The text stays selectable so it can be copied into a ticket.
class MessageBar final : public QWidget
{
    Q_OBJECT
public:
    enum Kind { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);
    void setMessage(Kind kind, const QString &text);
    void showError(const QString &text) { setMessage(Error, text); }
    void showInfo(const QString &text) { setMessage(Info, text); }
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Info;
};

} // namespace lieu::ui
