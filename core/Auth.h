#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QString>

namespace lieu {

class Database;
class Clock;

// Sign-in with a login and password. Passwords are kept as libsodium argon2id strings (salted, slow);
// after repeated failures the account is locked for a growing time. Neither a password nor a hash is
// ever logged, audited or exported.
class Auth final
{
    Q_DECLARE_TR_FUNCTIONS(Auth)

public:
    Auth(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static constexpr int FreeAttempts = 5; // failures before the first lock
    static constexpr int MinimumLength = 8;

    // The actor for a correct login and password; throws Error::permission otherwise (the same message
    // for an unknown login and a wrong password, and a separate one while the account is locked).
    Actor signIn(const QString &login, const QString &password);

    // The employee's own change (needs the current password) and HR's reset (needs none).
    void changePassword(const Actor &actor, const QString &current, const QString &next);
    void resetPassword(const Actor &hr, const QString &employeeId, const QString &next);
    // Sets a password without the length rule (the demo's short password); not for user input.
    void setInitialPassword(const QString &employeeId, const QString &password);

    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);

    // Seconds an account stays locked after `failures` failed attempts in a row: none for the first
    // FreeAttempts - 1, then 30 s, doubling with each further failure, at most an hour.
    static qint64 lockSeconds(int failures);

private:
    void checkStrength(const QString &password);
    void requireUnlocked(const QString &employeeId, const QString &login);
    void recordFailure(const QString &employeeId, const QString &login);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace lieu
