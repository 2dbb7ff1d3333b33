#include "Settings.h"

#include "Audit.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Text.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTime>

namespace lieu {

namespace {
const QHash<QString, QString> &defaults()
{
    static const QHash<QString, QString> d{
        {QString::fromLatin1(Settings::OrganisationName), QStringLiteral("Lieu")},
        {QString::fromLatin1(Settings::MinutesPerToilDay), QStringLiteral("480")},
        {QString::fromLatin1(Settings::WeekendDays), QStringLiteral("6,7")},
        {QString::fromLatin1(Settings::ExpiringSoonDays), QStringLiteral("30")},
        {QString::fromLatin1(Settings::ReminderDays), QStringLiteral("30")},
        {QString::fromLatin1(Settings::AccrualPolicy), QStringLiteral("seed")},
        {QString::fromLatin1(Settings::WeekendMultiplierPercent), QStringLiteral("100")},
        {QString::fromLatin1(Settings::ToilCapMinutes), QStringLiteral("0")},
        {QString::fromLatin1(Settings::SmtpHost), QString()},
        {QString::fromLatin1(Settings::SmtpPort), QStringLiteral("587")},
        {QString::fromLatin1(Settings::SmtpSecurity), QStringLiteral("starttls")},
        {QString::fromLatin1(Settings::SmtpUser), QString()},
        {QString::fromLatin1(Settings::SmtpFrom), QString()},
        {QString::fromLatin1(Settings::SmtpCaFile), QString()},
        {QString::fromLatin1(Settings::SmtpIgnoreTlsErrors), QStringLiteral("0")},
        {QString::fromLatin1(Settings::SmtpTimeoutSeconds), QStringLiteral("30")},
        {QString::fromLatin1(Settings::ExpiryTime), QStringLiteral("02:00")},
        {QString::fromLatin1(Settings::ReminderWeekday), QStringLiteral("1")},
        {QString::fromLatin1(Settings::ReminderTime), QStringLiteral("09:00")},
    };
    return d;
}

// The outgoing-mail and schedule keys. `v` is already trimmed.
void validateMail(const QString &key, const QString &v)
{
    using S = Settings;
    auto fail = [&](const QString &message) { throw Error::invalid(key, v, message); };
    if (key == QLatin1String(S::SmtpHost)) {
        static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]{1,253}$"));
        if (!v.isEmpty() && !host.match(v).hasMatch())
            fail(S::tr("%1: \"%2\" is not a host name or address").arg(key, v));
    } else if (key == QLatin1String(S::SmtpPort)) {
        bool ok = false;
        const int port = v.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            fail(S::tr("%1: \"%2\" must be a port number from 1 to 65535").arg(key, v));
    } else if (key == QLatin1String(S::SmtpSecurity)) {
        if (v != QLatin1String("none") && v != QLatin1String("starttls") && v != QLatin1String("tls"))
            fail(S::tr("%1: \"%2\" must be \"none\", \"starttls\" or \"tls\"").arg(key, v));
    } else if (key == QLatin1String(S::SmtpUser)) {
        if (v.size() > 256)
            fail(S::tr("%1: the user name is longer than 256 characters").arg(key));
    } else if (key == QLatin1String(S::SmtpFrom)) {
        static const QRegularExpression address(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
        if (!v.isEmpty() && !address.match(v).hasMatch())
            fail(S::tr("%1: \"%2\" is not an e-mail address like lieu@example.org").arg(key, v));
    } else if (key == QLatin1String(S::SmtpCaFile)) {
        if (!v.isEmpty() && !QFileInfo(v).isReadable())
            fail(S::tr("%1: cannot read the certificate file \"%2\"").arg(key, v));
    } else if (key == QLatin1String(S::SmtpIgnoreTlsErrors)) {
        if (v != QLatin1String("0") && v != QLatin1String("1"))
            fail(S::tr("%1: \"%2\" must be 0 or 1").arg(key, v));
    } else if (key == QLatin1String(S::SmtpTimeoutSeconds)) {
        bool ok = false;
        const int secs = v.toInt(&ok);
        if (!ok || secs < 1 || secs > 600)
            fail(S::tr("%1: \"%2\" must be a whole number of seconds from 1 to 600").arg(key, v));
    } else if (key == QLatin1String(S::ExpiryTime) || key == QLatin1String(S::ReminderTime)) {
        if (!Settings::parseTime(v).isValid())
            fail(S::tr("%1: \"%2\" must be a time of day like 02:00").arg(key, v));
    } else if (key == QLatin1String(S::ReminderWeekday)) {
        bool ok = false;
        const int d = v.toInt(&ok);
        if (!ok || d < 1 || d > 7)
            fail(S::tr("%1: \"%2\" must be a weekday from 1 (Monday) to 7 (Sunday)").arg(key, v));
    }
}
} // namespace

QTime Settings::parseTime(const QString &text)
{
    static const QRegularExpression hm(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = hm.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

QTime Settings::timeValue(const QString &key) const
{
    const QTime t = parseTime(value(key));
    return t.isValid() ? t : parseTime(defaultValue(key));
}

QString Settings::defaultValue(const QString &key)
{
    return defaults().value(key);
}

QStringList Settings::keys()
{
    QStringList k = defaults().keys();
    k.sort();
    return k;
}

QString Settings::value(const QString &key) const
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE \"key\" = ?"), {key});
    return v.isValid() ? v.toString() : defaultValue(key);
}

int Settings::intValue(const QString &key) const
{
    return value(key).toInt();
}

QList<int> Settings::weekendDays() const
{
    QList<int> days;
    const QStringList parts = value(QString::fromLatin1(WeekendDays)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        days << p.trimmed().toInt();
    return days;
}

void Settings::set(const Actor &actor, const QString &key, const QString &value)
{
    Permissions(m_db, m_clock).administer(actor, tr("Only HR can change settings")).require();
    if (!defaults().contains(key))
        throw Error::invalid(QStringLiteral("setting"), key,
                             tr("setting: \"%1\" is not a Lieu setting").arg(Error::excerpt(key)));

    auto intIn = [&](int lo, int hi) {
        bool ok = false;
        const int v = value.trimmed().toInt(&ok);
        if (!ok || v < lo || v > hi)
            throw Error::invalid(key, value, tr("%1: \"%2\" must be a whole number from %3 to %4")
                                                 .arg(key, Error::excerpt(value))
                                                 .arg(lo)
                                                 .arg(hi));
    };
    const QString k = key;
    if (k == QLatin1String(MinutesPerToilDay))
        intIn(1, 1440);
    else if (k == QLatin1String(ExpiringSoonDays) || k == QLatin1String(ReminderDays))
        intIn(1, 366);
    else if (k == QLatin1String(WeekendMultiplierPercent))
        intIn(100, 400);
    else if (k == QLatin1String(ToilCapMinutes))
        intIn(0, 1000000);
    else if (k == QLatin1String(AccrualPolicy)) {
        if (value != QLatin1String("seed") && value != QLatin1String("contracted"))
            throw Error::invalid(key, value,
                                 tr("%1: \"%2\" must be \"seed\" or \"contracted\"").arg(key, Error::excerpt(value)));
    } else if (k == QLatin1String(WeekendDays)) {
        const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            bool ok = false;
            const int d = p.trimmed().toInt(&ok);
            if (!ok || d < 1 || d > 7)
                throw Error::invalid(key, value,
                                     tr("%1: \"%2\" must list weekdays 1 (Monday) to 7 (Sunday), e.g. 6,7")
                                         .arg(key, Error::excerpt(value)));
        }
    } else if (k.startsWith(QLatin1String("smtp_")) || k == QLatin1String(ExpiryTime) || k == QLatin1String(ReminderTime)
               || k == QLatin1String(ReminderWeekday)) {
        validateMail(k, value.trimmed());
    } else if (k == QLatin1String(OrganisationName)) {
        if (value.trimmed().isEmpty())
            throw Error::invalid(key, value, tr("%1: the organisation needs a name").arg(key));
        Text::require(key, value, 200);
    }

    Transaction tx(m_db);
    const QString before = this->value(key);
    m_db.exec(QStringLiteral("DELETE FROM settings WHERE \"key\" = ?"), {key});
    m_db.exec(QStringLiteral("INSERT INTO settings (\"key\", value) VALUES (?, ?)"), {key, value.trimmed()});
    Audit(m_db, m_clock).record(actor, QStringLiteral("settings change"), QStringLiteral("Settings"), key,
                                QJsonObject{{QStringLiteral("value"), before}},
                                QJsonObject{{QStringLiteral("value"), value.trimmed()}});
    tx.commit();
}

int Settings::setMany(const Actor &actor, const QList<QPair<QString, QString>> &values,
                      const std::optional<LeaveTypeSettings> &leaveType)
{
    Permissions(m_db, m_clock).administer(actor, tr("Only HR can change settings")).require();
    Transaction tx(m_db);
    int changed = 0;
    for (const auto &[key, v] : values) {
        if (defaults().contains(key) && value(key) == v.trimmed())
            continue;
        set(actor, key, v);
        ++changed;
    }
    if (leaveType) {
        const LeaveTypeSettings before = toilLeaveType();
        if (before.expiryDays != leaveType->expiryDays || before.carryForward != leaveType->carryForward ||
            before.allowNegative != leaveType->allowNegative) {
            setToilLeaveType(actor, *leaveType);
            ++changed;
        }
    }
    tx.commit();
    return changed;
}

LeaveTypeSettings Settings::toilLeaveType() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT is_carry_forward, expire_carry_forwarded_leaves_after_days, "
                                           "allow_negative FROM leave_type WHERE name = ?"),
                            {kToilLeaveType});
    if (!q.next())
        throw Error::rule(tr("The leave type \"%1\" is missing: run \"lieuctl init\"").arg(kToilLeaveType));
    LeaveTypeSettings s;
    s.carryForward = q.value(0).toInt() != 0;
    s.expiryDays = q.value(1).toInt();
    s.allowNegative = q.value(2).toInt() != 0;
    return s;
}

void Settings::setToilLeaveType(const Actor &actor, const LeaveTypeSettings &s)
{
    Permissions(m_db, m_clock).administer(actor, tr("Only HR can change the TOIL leave type")).require();
    if (s.expiryDays < 1 || s.expiryDays > 3660)
        throw Error::invalid(QStringLiteral("expire_carry_forwarded_leaves_after_days"), QString::number(s.expiryDays),
                             tr("expire_carry_forwarded_leaves_after_days: %1 must be from 1 to 3660 days").arg(s.expiryDays));
    if (s.allowNegative)
        throw Error::invalid(QStringLiteral("allow_negative"), QStringLiteral("1"),
                             tr("allow_negative: TOIL cannot go negative in Lieu; leave it off"));
    Transaction tx(m_db);
    const LeaveTypeSettings before = toilLeaveType();
    m_db.exec(QStringLiteral("UPDATE leave_type SET is_carry_forward = ?, expire_carry_forwarded_leaves_after_days = ?, "
                             "allow_negative = 0 WHERE name = ?"),
              {s.carryForward ? 1 : 0, s.expiryDays, kToilLeaveType});
    Audit(m_db, m_clock).record(
        actor, QStringLiteral("settings change"), QStringLiteral("Leave Type"), kToilLeaveType,
        QJsonObject{{QStringLiteral("is_carry_forward"), before.carryForward},
                    {QStringLiteral("expire_carry_forwarded_leaves_after_days"), before.expiryDays}},
        QJsonObject{{QStringLiteral("is_carry_forward"), s.carryForward},
                    {QStringLiteral("expire_carry_forwarded_leaves_after_days"), s.expiryDays}});
    tx.commit();
}

void Settings::ensureToilLeaveType()
{
    Transaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM leave_type WHERE name = ?"), {kToilLeaveType}).toInt() == 0) {
        m_db.exec(QStringLiteral("INSERT INTO leave_type (name, is_carry_forward, expire_carry_forwarded_leaves_after_days, "
                                 "allow_negative, is_toil) VALUES (?, 1, 180, 0, 1)"),
                  {kToilLeaveType});
        Audit(m_db, m_clock).record(Actor::system(), QStringLiteral("create"), QStringLiteral("Leave Type"),
                                    kToilLeaveType,
                                    {},
                                    QJsonObject{{QStringLiteral("is_carry_forward"), 1},
                                                {QStringLiteral("expire_carry_forwarded_leaves_after_days"), 180},
                                                {QStringLiteral("allow_negative"), 0}});
    }
    tx.commit();
}

} // namespace lieu
