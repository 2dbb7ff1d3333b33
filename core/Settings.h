#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QTime>

#include <optional>

namespace lieu {

class Database;
class Clock;

inline const QString kToilLeaveType = QStringLiteral("Time Off in Lieu");

// The TOIL leave type (the seed's fixture).
struct LeaveTypeSettings
{
    QString name = kToilLeaveType;
    bool carryForward = true;
    int expiryDays = 180;
    bool allowNegative = false;
};

// Organisation-wide settings, kept in the `settings` table. Reading is open to everyone signed in;
// changing is for HR (or the local administrator), and every change is audited.
class Settings final
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    // Keys and their defaults.
    static constexpr const char *OrganisationName = "organisation_name";
    static constexpr const char *MinutesPerToilDay = "minutes_per_toil_day";     // 480 = 8 h
    static constexpr const char *WeekendDays = "weekend_days";                   // "6,7" (Mon = 1)
    static constexpr const char *ExpiringSoonDays = "expiring_soon_days";        // 30
    static constexpr const char *ReminderDays = "reminder_days";                 // 30
    static constexpr const char *AccrualPolicy = "accrual_policy";               // seed | contracted
    static constexpr const char *WeekendMultiplierPercent = "weekend_multiplier_percent"; // 100
    static constexpr const char *ToilCapMinutes = "toil_cap_minutes";            // 0 = no cap
    // Outgoing mail (the password is not a setting: the app keeps it in the platform keychain,
    // lieuctl reads LIEU_SMTP_PASSWORD).
    static constexpr const char *SmtpHost = "smtp_host";                         // empty: mail waits in the outbox
    static constexpr const char *SmtpPort = "smtp_port";                         // 587
    static constexpr const char *SmtpSecurity = "smtp_security";                 // none | starttls | tls
    static constexpr const char *SmtpUser = "smtp_user";                         // empty: no AUTH
    static constexpr const char *SmtpFrom = "smtp_from";                         // the From address
    static constexpr const char *SmtpCaFile = "smtp_ca_file";                    // extra trusted CA (PEM), e.g. a self-signed server
    static constexpr const char *SmtpIgnoreTlsErrors = "smtp_ignore_tls_errors"; // 0 | 1 (test servers only)
    static constexpr const char *SmtpTimeoutSeconds = "smtp_timeout_seconds";    // 30, for every step
    // When the app's background runner does the duties (local wall-clock time).
    static constexpr const char *ExpiryTime = "expiry_time";                     // "02:00" daily
    static constexpr const char *ReminderWeekday = "reminder_weekday";           // 1 (Monday) .. 7
    static constexpr const char *ReminderTime = "reminder_time";                 // "09:00"

    Settings(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    QString value(const QString &key) const;
    int intValue(const QString &key) const;
    // A time-of-day setting (expiry_time, reminder_time); its default when the stored text is not a time.
    QTime timeValue(const QString &key) const;
    // "9:00" or "09:00" -> 09:00; an invalid QTime otherwise.
    static QTime parseTime(const QString &text);
    // Validates the value for the key, writes it and audits before/after.
    void set(const Actor &actor, const QString &key, const QString &value);
    // Several settings, and the TOIL leave type when given, in one transaction: each value is validated as
    // set() validates it and one bad value leaves everything as it was. Unchanged values are neither
    // written nor audited. Returns how many values changed.
    int setMany(const Actor &actor, const QList<QPair<QString, QString>> &values,
                const std::optional<LeaveTypeSettings> &leaveType = std::nullopt);
    static QString defaultValue(const QString &key);
    static QStringList keys();

    int minutesPerToilDay() const { return intValue(QString::fromLatin1(MinutesPerToilDay)); }
    QList<int> weekendDays() const;

    LeaveTypeSettings toilLeaveType() const;
    void setToilLeaveType(const Actor &actor, const LeaveTypeSettings &settings);
    // Creates the TOIL leave type with the seed's values when it is missing.
    void ensureToilLeaveType();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
