#include "JobsModels.h"

#include "Session.h"
#include "Units.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lieu::ui {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QVariant resultColour(const QString &result)
{
    if (result == QLatin1String("Error"))
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (result == QLatin1String("Running") || result == QLatin1String("Sending"))
        return QBrush(QColor(0x20, 0x50, 0xb0));
    return {};
}

} // namespace

JobRunsModel::JobRunsModel(Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    reload();
}

QString JobRunsModel::jobTitle(const QString &job)
{
    if (job == Jobs::Expiry)
        return tr("Expire TOIL (daily)");
    if (job == Jobs::Reminders)
        return tr("Expiry reminders (weekly)");
    return job;
}

void JobRunsModel::reload()
{
    beginResetModel();
    m_runs = Jobs(m_session.db(), m_session.clock()).runs({}, 200);
    endResetModel();
}

int JobRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int JobRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobRunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const JobRun &r = m_runs.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Result)
        return resultColour(r.result);
    if (role == Qt::ToolTipRole && (index.column() == Error || index.column() == Detail))
        return index.column() == Error ? r.error : r.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Job:
        return jobTitle(r.job);
    case DueDate:
        return Units::isoDate(r.dueDate);
    case Started:
        return when(r.startedAt);
    case Finished:
        return when(r.finishedAt);
    case Result:
        return r.result;
    case Detail:
        return r.detail;
    case Error:
        return r.error;
    case Runner:
        return r.runner;
    }
    return {};
}

QVariant JobRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Job:
        return tr("Duty");
    case DueDate:
        return tr("Due date");
    case Started:
        return tr("Started");
    case Finished:
        return tr("Finished");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Detail");
    case Error:
        return tr("Error");
    case Runner:
        return tr("Runner");
    }
    return {};
}

OutboxModel::OutboxModel(Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_mails = Outbox(m_session.db(), m_session.clock()).list({}, 500);
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mails.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_mails.size())
        return {};
    const OutboxMail &m = m_mails.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Status)
        return resultColour(m.status);
    if (role == Qt::ToolTipRole)
        return index.column() == LastError ? m.lastError : m.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return m.name();
    case Recipient:
        return m.recipient;
    case Subject:
        return m.subject;
    case Status:
        return m.status;
    case Attempts:
        return m.attempts;
    case NextAttempt:
        if (m.status == Outbox::Failed)
            return m.nextAttemptAt.isValid() ? when(m.nextAttemptAt) : tr("by hand (Retry)");
        if (m.status == Outbox::Sent)
            return tr("sent %1").arg(when(m.sentAt));
        return {};
    case LastError:
        return m.lastError;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("E-mail");
    case Recipient:
        return tr("Recipient");
    case Subject:
        return tr("Subject");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case LastError:
        return tr("Last error");
    }
    return {};
}

} // namespace lieu::ui
