#include "JobsPage.h"

#include "BackgroundDuties.h"
#include "Error.h"
#include "JobsModels.h"
#include "Scheduler.h"
#include "Session.h"
#include "Settings.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lieu::ui {

namespace {

QTableView *table(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

JobsPage::JobsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_duties(BackgroundDuties::ensure(session)),
      m_runs(new JobRunsModel(session, this)), m_outbox(new OutboxModel(session, this))
{
    auto *title = new QLabel(tr("Background jobs"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *runNow = new QPushButton(tr("Run due duties now"), this);
    runNow->setToolTip(tr("Expires TOIL and sends reminders if they are due and no one has done them yet, then sends the outbox"));
    runNow->setEnabled(m_duties->scheduler() != nullptr);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(runNow);
    top->addWidget(refresh);

    auto *runsBox = new QGroupBox(tr("Runs"), this);
    m_runsView = table(m_runs, runsBox);
    m_runsView->setObjectName(QStringLiteral("runsView"));
    (new QVBoxLayout(runsBox))->addWidget(m_runsView);

    auto *outboxBox = new QGroupBox(tr("Outbox"), this);
    m_outboxView = table(m_outbox, outboxBox);
    m_outboxView->setObjectName(QStringLiteral("outboxView"));
    m_outboxSummary = new QLabel(outboxBox);
    m_retry = new QPushButton(tr("Retry selected e-mail"), outboxBox);
    m_retry->setEnabled(false);
    auto *outboxButtons = new QHBoxLayout;
    outboxButtons->addWidget(m_outboxSummary, 1);
    outboxButtons->addWidget(m_retry);
    auto *outboxLayout = new QVBoxLayout(outboxBox);
    outboxLayout->addWidget(m_outboxView);
    outboxLayout->addLayout(outboxButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(runsBox);
    split->addWidget(outboxBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(runNow, &QPushButton::clicked, m_duties, &BackgroundDuties::runNow);
    connect(refresh, &QPushButton::clicked, this, &JobsPage::reload);
    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelected(); });
    connect(m_outboxView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_outboxView->selectionModel()->selectedRows();
        const bool retryable = !rows.isEmpty() && m_outbox->mail(rows.first().row()).status != Outbox::Sent &&
                               m_outbox->mail(rows.first().row()).status != Outbox::NotSent;
        m_retry->setEnabled(retryable);
    });
    connect(m_duties, &BackgroundDuties::cycleFinished, this, &JobsPage::reload);
    connect(&session, &Session::dataChanged, this, &JobsPage::reload);
    reload();
}

void JobsPage::reload()
{
    m_runs->reload();
    m_outbox->reload();
    m_runsView->resizeColumnsToContents();
    m_outboxView->resizeColumnsToContents();
    m_retry->setEnabled(false);
    updateStatus();
}

QString JobsPage::statusText() const
{
    return m_status->text() + QLatin1Char('\n') + m_outboxSummary->text();
}

void JobsPage::updateStatus()
{
    const DutySchedule s = DutySchedule::fromSettings(Settings(m_session.db(), m_session.clock()));
    const QString day = QLocale().dayName(s.reminderWeekday);
    QString text = tr("Expiry runs daily at %1; reminders every %2 at %3.")
                       .arg(s.expiryTime.toString(QStringLiteral("HH:mm")), day, s.reminderTime.toString(QStringLiteral("HH:mm")));
    if (m_duties->isRunning()) {
        text += QLatin1Char(' ') + tr("This app does them while you are signed in, and catches up on missed days.");
        const CycleReport &last = m_duties->lastReport();
        if (last.at.isValid()) {
            text += QLatin1Char(' ') + tr("Last check %1.").arg(QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat));
            if (!last.outbox.isEmpty())
                text += QLatin1Char(' ') + last.outbox;
            if (!last.error.isEmpty())
                text += QLatin1Char(' ') + tr("Problem: %1").arg(last.error);
        }
    } else {
        text += QLatin1Char(' ') + tr("They run in the app of a signed-in supervisor or HR user, or from lieuctl (cron).");
    }
    m_status->setText(text);

    int waiting = 0, errors = 0, sending = 0;
    for (int row = 0; row < m_outbox->rowCount(); ++row) {
        const QString &st = m_outbox->mail(row).status;
        waiting += st == Outbox::NotSent;
        errors += st == Outbox::Failed;
        sending += st == Outbox::Sending;
    }
    QStringList parts{tr("%n waiting", nullptr, waiting), tr("%n in Error", nullptr, errors)};
    if (sending)
        parts << tr("%n Sending (check unconfirmed ones with the recipient before a retry)", nullptr, sending);
    m_outboxSummary->setText(parts.join(QStringLiteral(", ")));
}

bool JobsPage::retrySelected(bool quiet)
{
    const QModelIndexList rows = m_outboxView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const OutboxMail mail = m_outbox->mail(rows.first().row());
    try {
        Outbox(m_session.db(), m_session.clock()).retry(m_session.actor(), mail.id);
    } catch (const Error &e) {
        if (!quiet)
            QMessageBox::warning(this, tr("Retry"), e.message());
        return false;
    }
    m_session.notifyChanged();
    m_duties->runNow();
    return true;
}

} // namespace lieu::ui
