#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace lieu {

struct Lot;

// The reminder e-mail, written in the recipient's language (employee.language). Its strings are
// ordinary tr() strings (context lieu::ReminderText) that lupdate collects; tr() here answers in the
// recipient's language instead of the application's (see Translations).
class ReminderText final
{
public:
    explicit ReminderText(QString language) : m_language(std::move(language)) {}

    QString subject(qint64 totalMinutes, QDate firstLastDay) const;
    // `lots` are the lots expiring within `days` days, earliest first.
    QString body(const QString &employeeName, int days, const QList<Lot> &lots, int minutesPerDay) const;

    QString language() const { return m_language; }

private:
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const;

    QString m_language;
};

} // namespace lieu
