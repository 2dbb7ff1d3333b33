#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lieu::ui {

class MessageBar;
class Session;

// The TOIL leave type and the accrual policy: expiry days, hours per TOIL day, weekend days, the policy
// (seed rule or hours above the contracted day) with its weekend multiplier, the balance cap and the
// reminder window. Saved in one core call (Settings::setMany): all of it or, on a bad value, none.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Session &session, QWidget *parent = nullptr);

    QSpinBox *expiryDays() const { return m_expiry; }
    QLineEdit *hoursPerDay() const { return m_perDay; }
    QComboBox *policy() const { return m_policy; }
    QSpinBox *multiplier() const { return m_multiplier; }
    QLineEdit *cap() const { return m_cap; }
    QSpinBox *reminderDays() const { return m_reminder; }
    QCheckBox *weekendDay(int dayOfWeek) const { return m_weekend.value(dayOfWeek - 1); }
    QPushButton *saveButton() const { return m_save; }
    MessageBar *messageBar() const { return m_message; }

public Q_SLOTS:
    void reload();
    void save();

private:
    void updateState();

    Session &m_session;
    QLineEdit *m_organisation = nullptr;
    QSpinBox *m_expiry = nullptr;
    QLineEdit *m_perDay = nullptr;
    QList<QCheckBox *> m_weekend;
    QComboBox *m_policy = nullptr;
    QSpinBox *m_multiplier = nullptr;
    QLineEdit *m_cap = nullptr;
    QSpinBox *m_reminder = nullptr;
    QSpinBox *m_soon = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace lieu::ui
