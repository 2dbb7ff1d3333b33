#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace lieu::ui {

// A line of feedback inside a page or dialog (not a modal box): what an action did, or why core refused
// it. Icon and frame come from the style, colours from the system palette.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum Kind { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void setMessage(Kind kind, const QString &text) { showMessage(kind, text); }
    void showError(const QString &text) { showMessage(Error, text); }
    void showInfo(const QString &text) { showMessage(Info, text); }
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace lieu::ui
