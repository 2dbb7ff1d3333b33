#pragma once

#include "Jobs.h"
#include "Outbox.h"

#include <QAbstractTableModel>

namespace lieu::ui {

class Session;

// Recent runs of the background duties (job_run), newest first.
class JobRunsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Job, DueDate, Started, Finished, Result, Detail, Error, Runner, ColumnCount };
    explicit JobRunsModel(Session &session, QObject *parent = nullptr);

    void reload();
    const JobRun &run(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString jobTitle(const QString &job);

private:
    Session &m_session;
    QList<JobRun> m_runs;
};

// The outbox (email_queue), newest first.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Recipient, Subject, Status, Attempts, NextAttempt, LastError, ColumnCount };
    explicit OutboxModel(Session &session, QObject *parent = nullptr);

    void reload();
    const OutboxMail &mail(int row) const { return m_mails.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Session &m_session;
    QList<OutboxMail> m_mails;
};

} // namespace lieu::ui
