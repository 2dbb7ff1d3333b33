#include "ApplyLeaveDialog.h"

#include "Error.h"
#include "Formats.h"
#include "MessageBar.h"
#include "Names.h"
#include "Session.h"
#include "Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lieu::ui {

ApplyLeaveDialog::ApplyLeaveDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_halfDayCheck(new QCheckBox(tr("&One half day:"), this)), m_halfDay(new QComboBox(this)),
      m_reason(new QPlainTextEdit(this)), m_days(new QLabel(this)), m_amount(new QLabel(this)),
      m_before(new QLabel(this)), m_after(new QLabel(this)), m_draws(new QLabel(this)), m_message(new MessageBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Apply for leave"));
    setObjectName(QStringLiteral("applyLeaveDialog"));
    m_perDay = Settings(session.db(), session.clock()).minutesPerToilDay();

    const QDate today = session.clock().today();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setDisplayFormat(fmt::dateFormat());
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setAccessibleName(tr("First day of leave"));
    m_to->setAccessibleName(tr("Last day of leave"));
    m_halfDay->setAccessibleName(tr("Half day date"));
    m_halfDay->setEnabled(false);
    m_halfDayCheck->setAccessibleName(tr("One of the days is a half day"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Optional: what the leave is for"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(m_halfDayCheck, m_halfDay);
    form->addRow(tr("&Reason:"), m_reason);

    auto *counted = new QGroupBox(tr("What it counts"), this);
    auto *countedForm = new QFormLayout(counted);
    // No word wrap: the texts break their own lines, so the dialog's size hint is exact.
    for (QLabel *l : {m_days, m_amount, m_before, m_after, m_draws})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_days->setObjectName(QStringLiteral("workingDays"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_before->setObjectName(QStringLiteral("balanceBefore"));
    m_after->setObjectName(QStringLiteral("balanceAfter"));
    QFont bold = m_after->font();
    bold.setBold(true);
    m_after->setFont(bold);
    countedForm->addRow(tr("Working days:"), m_days);
    countedForm->addRow(tr("Leave:"), m_amount);
    countedForm->addRow(tr("Balance before:"), m_before);
    countedForm->addRow(tr("Balance after:"), m_after);
    countedForm->addRow(tr("Taken from:"), m_draws);

    QPushButton *applyButton = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    applyButton->setObjectName(QStringLiteral("applyButton"));
    applyButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(counted);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApplyLeaveDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_to->date() < d) {
            const QSignalBlocker block(m_to);
            m_to->setDate(d);
        }
        fillHalfDays();
        requote();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        fillHalfDays();
        requote();
    });
    connect(m_halfDayCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_halfDay->setEnabled(on);
        requote();
    });
    connect(m_halfDay, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            requote();
    });

    fillHalfDays();
    requote();
    setMinimumWidth(460);
}

void ApplyLeaveDialog::setDates(QDate from, QDate to)
{
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    fillHalfDays();
    requote();
}

void ApplyLeaveDialog::setHalfDay(QDate day)
{
    m_halfDayCheck->setChecked(day.isValid());
    if (day.isValid()) {
        const int i = m_halfDay->findData(day);
        if (i >= 0)
            m_halfDay->setCurrentIndex(i);
    }
    requote();
}

void ApplyLeaveDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ApplyLeaveDialog::fillHalfDays()
{
    // Every day of the range is offered; core refuses a half day that is not a working day.
    m_updating = true;
    const QDate keep = m_halfDay->currentData().toDate();
    m_halfDay->clear();
    const QDate from = m_from->date(), to = m_to->date();
    if (from.isValid() && to >= from && from.daysTo(to) < 62)
        for (QDate d = from; d <= to; d = d.addDays(1))
            m_halfDay->addItem(QLocale().toString(d, QLocale::LongFormat), d);
    const int i = m_halfDay->findData(keep);
    m_halfDay->setCurrentIndex(i >= 0 ? i : 0);
    m_updating = false;
}

QString ApplyLeaveDialog::workingDaysText() const
{
    return m_days->text();
}

QString ApplyLeaveDialog::balanceAfterText() const
{
    return m_after->text();
}

void ApplyLeaveDialog::requote()
{
    const QDate half = m_halfDayCheck->isChecked() ? m_halfDay->currentData().toDate() : QDate();
    m_quoteError.clear();
    try {
        m_quote = Leaves(m_session.db(), m_session.clock())
                      .quote(m_session.actor(), m_session.actor().employee, m_from->date(), m_to->date(), half);
    } catch (const Error &e) {
        m_quote = LeaveQuote{};
        m_quoteError = e.message();
    }
    if (!m_quoteError.isEmpty()) {
        for (QLabel *l : {m_days, m_amount, m_before, m_after, m_draws})
            l->setText(QStringLiteral("–"));
        m_message->setMessage(MessageBar::Warning, m_quoteError);
        growToFit();
        return;
    }
    // Up to five days are named; a longer leave names its first and last working day.
    auto dayName = [this](const DayNeed &d) {
        QString name = QLocale().toString(d.date, QStringLiteral("ddd ")) + fmt::date(d.date);
        if (d.minutes < m_perDay)
            name += tr(" (half)");
        return name;
    };
    QString list;
    if (m_quote.days.size() <= 5) {
        QStringList names;
        for (int i = 0; i < m_quote.days.size(); ++i)
            names << dayName(m_quote.days.at(i)) + (i % 2 == 1 && i + 1 < m_quote.days.size() ? QStringLiteral("\n") : QString());
        list = names.join(QStringLiteral(", ")).replace(QStringLiteral("\n, "), QStringLiteral(",\n"));
    } else {
        list = tr("%1 … %2").arg(dayName(m_quote.days.first()), dayName(m_quote.days.last()));
    }
    const QString total = m_quote.halfDays % 2 ? QStringLiteral("%1%2%3").arg(QLocale().toString(m_quote.halfDays / 2),
                                                                           QLocale().decimalPoint(), QStringLiteral("5"))
                                               : QLocale().toString(m_quote.halfDays / 2);
    m_days->setText(tr("%1: %2").arg(total, list));
    m_amount->setText(fmt::hoursAndDays(m_quote.minutes, m_perDay));
    m_before->setText(fmt::hoursAndDays(m_quote.balanceBefore, m_perDay));
    m_after->setText(fmt::hoursAndDays(m_quote.balanceAfter, m_perDay));
    m_after->setAccessibleName(tr("Balance after: %1").arg(m_after->text()));
    QStringList draws;
    const int shown = 3;
    for (int i = 0; i < m_quote.plan.draws.size() && i < shown; ++i) {
        const Draw &d = m_quote.plan.draws.at(i);
        draws << tr("%1 %2 h (last day %3)")
                     .arg(Names::format(DocKind::Allocation, d.allocation), fmt::hours(d.minutes), fmt::date(d.lotToDate));
    }
    if (m_quote.plan.draws.size() > shown)
        draws << tr("and %1 more").arg(m_quote.plan.draws.size() - shown);
    m_draws->setText(draws.isEmpty() ? tr("no TOIL lot covers these days") : draws.join(QLatin1Char('\n')));
    if (m_quote.plan.shortfall() > 0)
        m_message->setMessage(MessageBar::Warning, tr("Not enough TOIL valid on these days: short by %1.")
                                                       .arg(fmt::hoursAndDays(m_quote.plan.shortfall(), m_perDay)));
    else
        m_message->clear();
    growToFit();
}

void ApplyLeaveDialog::growToFit()
{
    // Texts of more lines make the dialog grow (never shrink) so that none is cut off.
    if (!layout())
        return;
    layout()->activate();
    const int needed = sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

bool ApplyLeaveDialog::apply()
{
    const QDate half = m_halfDayCheck->isChecked() ? m_halfDay->currentData().toDate() : QDate();
    try {
        m_applied = Leaves(m_session.db(), m_session.clock())
                        .apply(m_session.actor(), m_session.actor().employee, m_from->date(), m_to->date(), half,
                               m_reason->toPlainText());
    } catch (const Error &e) {
        m_message->showError(e.message());
        growToFit();
        return false;
    }
    m_session.notifyChanged();
    accept();
    return true;
}

} // namespace lieu::ui
