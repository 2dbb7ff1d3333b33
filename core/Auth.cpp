#include "Auth.h"

#include "Audit.h"
#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Permissions.h"
#include "Text.h"

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
} // namespace

qint64 Auth::lockSeconds(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int step = qMin(failures - FreeAttempts, 7);
    return qMin<qint64>(30LL << step, 3600);
}

QString Auth::hash(const QString &password)
{
    initSodium();
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        throw Error::database(tr("Not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool Auth::verify(const QString &hash, const QString &password)
{
    initSodium();
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

void Auth::checkStrength(const QString &password)
{
    if (password.size() < MinimumLength)
        throw Error::invalid(QStringLiteral("password"), QStringLiteral("(hidden)"),
                             tr("password: use at least %1 characters").arg(MinimumLength));
    // The reason, never the password: a control character or a broken encoding is a typing or piping mistake.
    if (const QString why = Text::problem(password, 1024); !why.isEmpty())
        throw Error::invalid(QStringLiteral("password"), QStringLiteral("(hidden)"), tr("password: %1").arg(why));
}

void Auth::requireUnlocked(const QString &employeeId, const QString &login)
{
    const QDateTime now = m_clock.now();
    const QString lockedUntil =
        m_db.scalar(QStringLiteral("SELECT locked_until FROM employee WHERE id = ?"), {employeeId}).toString();
    if (lockedUntil.isEmpty())
        return;
    const QDateTime until = QDateTime::fromString(lockedUntil, Qt::ISODateWithMs);
    if (until.isValid() && until > now)
        throw Error::permission(tr("Too many failed sign-ins: the account \"%1\" is locked for %n more second(s)", nullptr,
                                   int(qMax<qint64>(1, now.secsTo(until))))
                                    .arg(login));
}

void Auth::recordFailure(const QString &employeeId, const QString &login)
{
    Transaction tx(m_db);
    const int failures =
        m_db.scalar(QStringLiteral("SELECT failed_logins FROM employee WHERE id = ?"), {employeeId}).toInt() + 1;
    const qint64 lock = lockSeconds(failures);
    const QString until = lock ? m_clock.now().addSecs(lock).toString(Qt::ISODateWithMs) : QString();
    m_db.exec(QStringLiteral("UPDATE employee SET failed_logins = ?, locked_until = ? WHERE id = ?"),
              {failures, lock ? QVariant(until) : Database::null(), employeeId});
    Audit(m_db, m_clock).record(Actor{employeeId, login, false}, QStringLiteral("sign-in failed"), QStringLiteral("Employee"),
                                employeeId, QJsonObject{{QStringLiteral("failed_logins"), failures - 1}},
                                QJsonObject{{QStringLiteral("failed_logins"), failures}, {QStringLiteral("locked_until"), until}});
    tx.commit();
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
    requireUnlocked(e->id, login);
    if (!verify(dir.passwordHash(e->id), password)) {
        recordFailure(e->id, login);
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
    Permissions(m_db, m_clock).current(actor).require();
    Directory dir(m_db, m_clock);
    // A wrong current password counts as a failed sign-in: an unlocked screen is no way round the lock.
    requireUnlocked(actor.employee, actor.login);
    if (!verify(dir.passwordHash(actor.employee), current)) {
        recordFailure(actor.employee, actor.login);
        throw Error::permission(tr("The current password is wrong"));
    }
    checkStrength(next);
    if (next == current)
        throw Error::invalid(QStringLiteral("password"), QStringLiteral("(hidden)"),
                             tr("password: the new password is the same as the current one"));
    Transaction tx(m_db);
    dir.setPasswordHash(actor.employee, hash(next));
    Audit(m_db, m_clock).record(actor, QStringLiteral("password change"), QStringLiteral("Employee"), actor.employee, {},
                                QJsonObject{{QStringLiteral("password"), QStringLiteral("changed")}});
    tx.commit();
}

void Auth::resetPassword(const Actor &hr, const QString &employeeId, const QString &next)
{
    Permissions(m_db, m_clock).resetPassword(hr, employeeId).require();
    checkStrength(next);
    Directory dir(m_db, m_clock);
    Transaction tx(m_db);
    dir.get(employeeId);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT failed_logins, locked_until FROM employee WHERE id = ?"), {employeeId});
    q.next();
    const QJsonObject before{{QStringLiteral("failed_logins"), q.value(0).toInt()},
                             {QStringLiteral("locked_until"), q.value(1).toString()}};
    dir.setPasswordHash(employeeId, hash(next));
    m_db.exec(QStringLiteral("UPDATE employee SET failed_logins = 0, locked_until = NULL WHERE id = ?"), {employeeId});
    Audit(m_db, m_clock).record(hr, QStringLiteral("password reset"), QStringLiteral("Employee"), employeeId, before,
                                QJsonObject{{QStringLiteral("password"), QStringLiteral("reset")},
                                            {QStringLiteral("failed_logins"), 0},
                                            {QStringLiteral("locked_until"), QString()}});
    tx.commit();
}

void Auth::setInitialPassword(const QString &employeeId, const QString &password)
{
    Directory(m_db, m_clock).setPasswordHash(employeeId, hash(password));
}

} // namespace lieu
