#pragma once

#include "Leaves.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace lieu::ui {

class MessageBar;
class Session;

// Apply for TOIL leave: dates, an optional half day and a reason. While the user types it shows what core
// would count (Leaves::quote): the working days, the hours and days, and the balance before and after.
// Applying goes through Leaves::apply; a refusal ("Insufficient TOIL Balance", an overlap) is shown as
// core words it and the dialog stays open.
class ApplyLeaveDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ApplyLeaveDialog(Session &session, QWidget *parent = nullptr);

    void setDates(QDate from, QDate to);
    void setHalfDay(QDate day); // invalid: no half day
    void setReason(const QString &reason);

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *halfDayCheck() const { return m_halfDayCheck; }
    QComboBox *halfDayCombo() const { return m_halfDay; }
    // The last quote shown (empty days when the dates were refused).
    const LeaveQuote &quote() const { return m_quote; }
    QString quoteError() const { return m_quoteError; }
    QString workingDaysText() const;
    QString balanceAfterText() const;
    MessageBar *messageBar() const { return m_message; }
    // The application written by the last successful apply, or 0.
    qint64 appliedId() const { return m_applied; }

public Q_SLOTS:
    void requote();
    // Applies through core; true and accept() on success, false with core's message shown otherwise.
    bool apply();

private:
    void fillHalfDays();
    void growToFit();

    Session &m_session;
    int m_perDay = 480;
    LeaveQuote m_quote;
    QString m_quoteError;
    qint64 m_applied = 0;
    bool m_updating = false;

    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_halfDayCheck;
    QComboBox *m_halfDay;
    QPlainTextEdit *m_reason;
    QLabel *m_days;
    QLabel *m_amount;
    QLabel *m_before;
    QLabel *m_after;
    QLabel *m_draws;
    MessageBar *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace lieu::ui
