#include "SettingsPage.h"

#include "Accrual.h"
#include "Display.h"
#include "Error.h"
#include "MessageBar.h"
#include "Session.h"
#include "Settings.h"
#include "Units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lieu::ui {

namespace {
QLabel *hint(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setEnabled(false);
    return l;
}

QString key(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

SettingsPage::SettingsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *outer = new QVBoxLayout(this);
    m_message = new MessageBar(this);
    outer->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    // The leave type.
    auto *typeBox = new QGroupBox(tr("Leave type \"%1\"").arg(kToilLeaveType), content);
    auto *typeForm = new QFormLayout(typeBox);
    typeForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_expiry = new QSpinBox(typeBox);
    m_expiry->setRange(1, 3660);
    m_expiry->setSuffix(tr(" days"));
    m_expiry->setAccessibleName(tr("Days a lot stays valid"));
    typeForm->addRow(tr("Each lot is valid for:"), m_expiry);
    typeForm->addRow(QString(), hint(tr("Counted from the day after the timesheet's last day. Lots approved earlier keep "
                                        "their dates."),
                                     typeBox));
    auto *noNegative = new QCheckBox(tr("Allow a negative balance"), typeBox);
    noNegative->setEnabled(false);
    noNegative->setToolTip(tr("TOIL cannot go negative in Lieu: leave is only granted from TOIL already earned"));
    typeForm->addRow(QString(), noNegative);
    layout->addWidget(typeBox);

    // Accrual.
    auto *accrualBox = new QGroupBox(tr("How hours become TOIL"), content);
    auto *accrualForm = new QFormLayout(accrualBox);
    accrualForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_policy = new QComboBox(accrualBox);
    for (const char *id : {"seed", "contracted"}) {
        const auto policy = AccrualPolicy::make(QString::fromLatin1(id));
        m_policy->addItem(policy->title(), policy->id());
    }
    m_policy->setAccessibleName(tr("Accrual policy"));
    accrualForm->addRow(tr("&Policy:"), m_policy);
    m_perDay = new QLineEdit(accrualBox);
    m_perDay->setAccessibleName(tr("Hours per TOIL day"));
    m_perDay->setToolTip(tr("Write 8, 7.5 or 7:30"));
    accrualForm->addRow(tr("&Hours per TOIL day:"), m_perDay);
    m_multiplier = new QSpinBox(accrualBox);
    m_multiplier->setRange(100, 400);
    m_multiplier->setSingleStep(25);
    m_multiplier->setSuffix(tr(" %"));
    m_multiplier->setAccessibleName(tr("Weekend and holiday multiplier"));
    accrualForm->addRow(tr("Weekend and holiday &multiplier:"), m_multiplier);
    accrualForm->addRow(QString(), hint(tr("With the contracted-hours policy, TOIL earned on a weekend day or a holiday "
                                           "counts this much (150 % = 1.5x)."),
                                        accrualBox));
    m_cap = new QLineEdit(accrualBox);
    m_cap->setAccessibleName(tr("Balance cap in hours"));
    accrualForm->addRow(tr("Balance &cap (hours, 0 = none):"), m_cap);
    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), accrualBox);
        box->setAccessibleName(tr("%1 is a weekend day").arg(locale.dayName(d)));
        m_weekend << box;
        days->addWidget(box);
    }
    days->addStretch(1);
    accrualForm->addRow(tr("Weekend days:"), days);
    layout->addWidget(accrualBox);

    // Reminders.
    auto *remindBox = new QGroupBox(tr("Reminders and the organisation"), content);
    auto *remindForm = new QFormLayout(remindBox);
    remindForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_reminder = new QSpinBox(remindBox);
    m_reminder->setRange(1, 366);
    m_reminder->setSuffix(tr(" days"));
    m_reminder->setAccessibleName(tr("Reminder window in days"));
    remindForm->addRow(tr("E-mail a reminder &before TOIL expires:"), m_reminder);
    m_soon = new QSpinBox(remindBox);
    m_soon->setRange(1, 366);
    m_soon->setSuffix(tr(" days"));
    m_soon->setAccessibleName(tr("Expiring-soon window in days"));
    remindForm->addRow(tr("Show TOIL as \"expiring soon\" within:"), m_soon);
    m_organisation = new QLineEdit(remindBox);
    m_organisation->setAccessibleName(tr("Organisation name"));
    m_organisation->setMinimumWidth(m_organisation->fontMetrics().averageCharWidth() * 40);
    remindForm->addRow(tr("&Organisation name:"), m_organisation);
    layout->addWidget(remindBox);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        reload();
        m_message->clear();
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, &SettingsPage::updateState);
    connect(&m_session, &Session::dataChanged, this, &SettingsPage::reload);
    reload();
}

void SettingsPage::reload()
{
    try {
        const Settings s(m_session.db(), m_session.clock());
        m_expiry->setValue(s.toilLeaveType().expiryDays);
        m_perDay->setText(Display::hours(s.minutesPerToilDay()));
        m_policy->setCurrentIndex(qMax(0, m_policy->findData(s.value(key(Settings::AccrualPolicy)))));
        m_multiplier->setValue(s.intValue(key(Settings::WeekendMultiplierPercent)));
        m_cap->setText(Display::hours(s.intValue(key(Settings::ToilCapMinutes))));
        const QList<int> weekend = s.weekendDays();
        for (int d = 1; d <= 7; ++d)
            m_weekend.at(d - 1)->setChecked(weekend.contains(d));
        m_reminder->setValue(s.intValue(key(Settings::ReminderDays)));
        m_soon->setValue(s.intValue(key(Settings::ExpiringSoonDays)));
        m_organisation->setText(s.value(key(Settings::OrganisationName)));
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
    }
    updateState();
}

void SettingsPage::updateState()
{
    // The multiplier only matters to the contracted-hours policy.
    m_multiplier->setEnabled(m_policy->currentData().toString() == QLatin1String("contracted"));
}

void SettingsPage::save()
{
    try {
        Settings s(m_session.db(), m_session.clock());
        QStringList weekend;
        for (int d = 1; d <= 7; ++d)
            if (m_weekend.at(d - 1)->isChecked())
                weekend << QString::number(d);
        const qint64 perDay = Units::parseHours(m_perDay->text(), key(Settings::MinutesPerToilDay));
        const qint64 cap = Units::parseHours(m_cap->text(), key(Settings::ToilCapMinutes));
        LeaveTypeSettings type = s.toilLeaveType();
        type.expiryDays = m_expiry->value();
        const int changed = s.setMany(m_session.actor(),
                                      {{key(Settings::OrganisationName), m_organisation->text()},
                                       {key(Settings::MinutesPerToilDay), QString::number(perDay)},
                                       {key(Settings::WeekendDays), weekend.join(QLatin1Char(','))},
                                       {key(Settings::AccrualPolicy), m_policy->currentData().toString()},
                                       {key(Settings::WeekendMultiplierPercent), QString::number(m_multiplier->value())},
                                       {key(Settings::ToilCapMinutes), QString::number(cap)},
                                       {key(Settings::ReminderDays), QString::number(m_reminder->value())},
                                       {key(Settings::ExpiringSoonDays), QString::number(m_soon->value())}},
                                      type);
        m_message->showMessage(MessageBar::Kind::Info, changed ? tr("Settings saved: %1 changed.").arg(QLocale().toString(changed))
                                                               : tr("Nothing changed."));
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
        return;
    }
    m_session.notifyChanged();
}

} // namespace lieu::ui
