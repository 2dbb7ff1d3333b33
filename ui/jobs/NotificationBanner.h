#pragma once

#include <QFrame>

class QLabel;

namespace lieu::ui {

class NotificationCenter;
class Session;

// A strip for the top of the main window: what waits for the signed-in person (approvals for a
// supervisor, TOIL about to expire for everyone), hidden when nothing does. Its links say which page
// to open: "approvals" (timesheets and leave to approve) or "balance" (the person's own TOIL).
class NotificationBanner final : public QFrame
{
    Q_OBJECT

public:
    NotificationBanner(Session &session, QWidget *parent = nullptr);
    QString text() const;

Q_SIGNALS:
    void openRequested(const QString &what);

private:
    void update();

    NotificationCenter *m_center;
    QLabel *m_icon;
    QLabel *m_label;
};

} // namespace lieu::ui
