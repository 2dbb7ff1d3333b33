#pragma once

#include <QWidget>

namespace lieu::ui {

class Session;

// A small pill with the number of documents waiting for the signed-in user's decision (core's Inbox
// count). It refreshes whenever the session reports a change; the main window can put it next to the
// review page's entry and a tray notification can read count(). It hides itself while nothing waits.
class InboxBadge final : public QWidget
{
    Q_OBJECT

public:
    explicit InboxBadge(Session &session, QWidget *parent = nullptr);

    int count() const { return m_count; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void countChanged(int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString label() const;

    Session &m_session;
    int m_count = 0;
};

} // namespace lieu::ui
