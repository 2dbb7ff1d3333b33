#include "Auth.h"

#include "Audit.h"
#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"

#include <QJsonObject>

#include <sodium.h>

namespace lieu {

namespace {
void initSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw Error::database(Auth::tr("The password library could not start"));
}

// Seconds an account stays locked after `failures` failed attempts: none for the first few, then
// 30 s, 60 s, 120 s ... up to an hour.
qint64 lockSeconds(int failures)
{
    if (failures < Auth::FreeAttempts)
        return 0;
    const int step = qMin(failures - Auth::FreeAttempts, 7);
    return qMin<qint64>(30LL << step, 3600);
}
} // namespace

QString Auth::hash(const QString &password)
{
    initSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error::database(tr("Not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool Auth::verify(const QString &hash, const QString &password)
{
    initSodium();
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void Auth::checkStrength(const QString &password)
{
    if (password.size() < MinimumLength)
        throw Error::invalid(QStringLiteral("password"), QStringLiteral("(hidden)"),
                             tr("password: use at least %1 characters").arg(MinimumLength));
    if (password.size() > 1024)
        throw Error::invalid(QStringLiteral("password"), QStringLiteral("(hidden)"), tr("password: at most 1024 characters"));
}

Actor Auth::signIn(const QString &login, const QString &password)
{
    const QString denied = tr("The login or the password is wrong");
    // Signing in stays possible in maintenance mode (the app is read-only then, not closed): the failure
    // counter is bookkeeping, not a change to anyone's data.
    const Database::GuardBypass bookkeeping(m_db);
    Directory dir(m_db, m_clock);
    const auto e = dir.findByLogin(login);
    if (!e) {
        // Spend the same time as a real check, so a caller cannot tell which logins exist.
        static const QString dummy = hash(QStringLiteral("lieu-no-such-user"));
        verify(dummy, password);
        throw Error::permission(denied);
    }
    const QDateTime now = m_clock.now();
    const QString lockedUntil = m_db.scalar(QStringLiteral("SELECT locked_until FROM employee WHERE id = ?"), {e->id}).toString();
    if (!lockedUntil.isEmpty()) {
        const QDateTime until = QDateTime::fromString(lockedUntil, Qt::ISODateWithMs);
        if (until.isValid() && until > now)
            throw Error::permission(tr("Too many failed sign-ins: the account \"%1\" is locked for %n more second(s)", nullptr,
                                       int(now.secsTo(until)))
                                        .arg(login));
    }
    if (!verify(dir.passwordHash(e->id), password)) {
        Transaction tx(m_db);
        const int failures = m_db.scalar(QStringLiteral("SELECT failed_logins FROM employee WHERE id = ?"), {e->id}).toInt() + 1;
        const qint64 lock = lockSeconds(failures);
        m_db.exec(QStringLiteral("UPDATE employee SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                  {failures, lock ? QVariant(now.addSecs(lock).toString(Qt::ISODateWithMs)) : Database::null(), e->id});
        Audit(m_db, m_clock).record(Actor{e->id, login, false}, QStringLiteral("sign-in failed"), QStringLiteral("Employee"), e->id,
                                    {}, QJsonObject{{QStringLiteral("failed_logins"), failures}});
        tx.commit();
        throw Error::permission(denied);
    }
    if (!e->active)
        throw Error::permission(tr("The user \"%1\" (%2) is deactivated").arg(login, e->id));
    m_db.exec(QStringLiteral("UPDATE employee SET failed_logins = 0, locked_until = NULL WHERE id = ?"), {e->id});
    return Actor{e->id, e->login, e->hr};
}

void Auth::changePassword(const Actor &actor, const QString &current, const QString &next)
{
    if (actor.isSystem())
        throw Error::permission(tr("Only a signed-in employee can change their password"));
    Directory dir(m_db, m_clock);
    if (!verify(dir.passwordHash(actor.employee), current))
        throw Error::permission(tr("The current password is wrong"));
    checkStrength(next);
    Transaction tx(m_db);
    dir.setPasswordHash(actor.employee, hash(next));
    Audit(m_db, m_clock).record(actor, QStringLiteral("password change"), QStringLiteral("Employee"), actor.employee);
    tx.commit();
}

void Auth::resetPassword(const Actor &hr, const QString &employeeId, const QString &next)
{
    if (!hr.isSystem() && !hr.hr)
        throw Error::permission(tr("Only HR can reset another person's password"));
    checkStrength(next);
    Directory dir(m_db, m_clock);
    Transaction tx(m_db);
    dir.get(employeeId);
    dir.setPasswordHash(employeeId, hash(next));
    m_db.exec(QStringLiteral("UPDATE employee SET failed_logins = 0, locked_until = NULL WHERE id = ?"), {employeeId});
    Audit(m_db, m_clock).record(hr, QStringLiteral("password reset"), QStringLiteral("Employee"), employeeId);
    tx.commit();
}

void Auth::setInitialPassword(const QString &employeeId, const QString &password)
{
    Directory(m_db, m_clock).setPasswordHash(employeeId, hash(password));
}

} // namespace lieu
