#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lieu::ui {

class Session;
class JobRunsModel;
class OutboxModel;
class BackgroundDuties;

// HR's "Background jobs" page: when the duties run, every recent run (due date, start, end, result,
// error, which runner), and the outbox with a Retry for e-mails in Error or left Sending.
class JobsPage final : public QWidget
{
    Q_OBJECT

public:
    JobsPage(Session &session, QWidget *parent = nullptr);

    JobRunsModel *runsModel() { return m_runs; }
    OutboxModel *outboxModel() { return m_outbox; }
    QString statusText() const;

public Q_SLOTS:
    void reload();
    // Requeues the selected e-mail; false (with a message box unless quiet) when refused.
    bool retrySelected(bool quiet = false);

private:
    void updateStatus();

    Session &m_session;
    BackgroundDuties *m_duties;
    JobRunsModel *m_runs;
    OutboxModel *m_outbox;
    QLabel *m_status;
    QLabel *m_outboxSummary;
    QTableView *m_runsView;
    QTableView *m_outboxView;
    QPushButton *m_retry;
};

} // namespace lieu::ui
