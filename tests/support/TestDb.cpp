#include "TestDb.h"

#include "Directory.h"
#include "Error.h"
#include "Settings.h"

#include <QtTest>

namespace lieu::test {

TestDb::TestDb(QDate today) : m_clock(today)
{
    m_path = m_dir.filePath(QStringLiteral("lieu-test.sqlite"));
    qputenv("LIEU_BACKUP_DIR", m_dir.filePath(QStringLiteral("backups")).toUtf8());
    const QString server = qEnvironmentVariable("LIEU_TEST_DB");
    if (server.isEmpty()) {
        m_spec = m_path;
    } else {
        static int counter = 0;
        const DatabaseSpec base = DatabaseSpec::parse(server);
        m_serverDatabase = QStringLiteral("%1_%2_%3").arg(base.database).arg(QCoreApplication::applicationPid()).arg(++counter);
        auto admin = Database::open(server);
        admin->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_serverDatabase);
        admin->exec(QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin").arg(m_serverDatabase));
        m_spec = base.withDatabase(m_serverDatabase).toString();
    }
    m_db = Database::open(m_spec);
    m_db->migrate();
    Settings(*m_db, m_clock).ensureToilLeaveType();
}

TestDb::~TestDb()
{
    m_db.reset();
    if (m_serverDatabase.isEmpty())
        return;
    try {
        auto admin = Database::open(qEnvironmentVariable("LIEU_TEST_DB"));
        for (const QString &name : m_extraDatabases + QStringList{m_serverDatabase})
            admin->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    } catch (const Error &e) {
        qWarning("TestDb: could not drop %s: %s", qPrintable(m_serverDatabase), e.what());
    }
}

QString TestDb::emptyStore(const QString &label)
{
    if (m_serverDatabase.isEmpty())
        return m_dir.filePath(label + QStringLiteral(".sqlite"));
    const QString name = m_serverDatabase + QLatin1Char('_') + label;
    auto admin = Database::open(qEnvironmentVariable("LIEU_TEST_DB"));
    admin->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    admin->exec(QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin").arg(name));
    m_extraDatabases << name;
    return DatabaseSpec::parse(m_spec).withDatabase(name).toString();
}

QString TestDb::appSpec()
{
    if (m_serverDatabase.isEmpty())
        return m_spec;
    const QString user = qEnvironmentVariable("LIEU_TEST_APP_USER");
    if (user.isEmpty())
        qFatal("LIEU_TEST_APP_USER is not set: the test server has no application account");
    for (const QString &grant : Database::applicationGrants(m_serverDatabase, user, QStringLiteral("127.0.0.1")))
        m_db->exec(grant);
    DatabaseSpec s = DatabaseSpec::parse(m_spec);
    s.user = user;
    return s.toString();
}

void TestDb::addStandardPeople()
{
    Directory dir(*m_db, m_clock);
    const Actor sys = Actor::system();
    auto add = [&](const char *id, const char *name, const char *login, const char *reportsTo, bool hr) {
        Employee e;
        e.id = QString::fromLatin1(id);
        e.name = QString::fromLatin1(name);
        e.login = QString::fromLatin1(login);
        e.email = e.login + QStringLiteral("@example.org");
        e.reportsTo = reportsTo ? QString::fromLatin1(reportsTo) : QString();
        e.hr = hr;
        dir.add(sys, e);
    };
    add("EMP-HR", "Harriet HR", "hr", nullptr, true);
    add("EMP-SUP", "Sunil Supervisor", "sup", "EMP-HR", false);
    add("EMP-OTHER", "Olga Other", "other", "EMP-HR", false);
    add("EMP-A", "Ann Able", "a", "EMP-SUP", false);
    add("EMP-B", "Ben Baker", "b", "EMP-SUP", false);
    add("EMP-C", "Cat Cole", "c", "EMP-OTHER", false);
}

Actor TestDb::actor(const QString &login)
{
    return Directory(*m_db, m_clock).actorForLogin(login);
}

TimeLog TestDb::log(QDate d, qint64 minutes, bool billable, const QString &activity)
{
    TimeLog l;
    l.date = d;
    l.minutes = minutes;
    l.billable = billable;
    l.activity = activity;
    return l;
}

qint64 TestDb::timesheet(const QString &employee, QDate start, QDate end, const QList<TimeLog> &logs)
{
    const auto e = Directory(*m_db, m_clock).get(employee);
    return Timesheets(*m_db, m_clock).create(actor(e.login), employee, start, end, logs);
}

qint64 TestDb::accrue(const QString &employee, QDate start, QDate end, qint64 minutes)
{
    Directory dir(*m_db, m_clock);
    const auto e = dir.get(employee);
    const auto s = dir.get(e.reportsTo);
    const QDate saved = m_clock.today();
    if (m_clock.today() < end)
        m_clock.setToday(end);
    Timesheets sheets(*m_db, m_clock);
    // Spread the minutes evenly over the period's last days (at most 24 hours a day).
    QList<TimeLog> logs;
    const qint64 days = start.daysTo(end) + 1;
    const qint64 perDay = qMin<qint64>(24 * 60, (minutes + days - 1) / days);
    qint64 rest = minutes;
    for (QDate day = end; rest > 0 && day >= start; day = day.addDays(-1)) {
        const qint64 chunk = qMin(rest, perDay);
        logs << log(day, chunk, false);
        rest -= chunk;
    }
    const qint64 id = sheets.create(actor(e.login), employee, start, end, logs);
    sheets.send(actor(e.login), id);
    sheets.approve(actor(s.login), id);
    m_clock.setToday(saved);
    return sheets.get(Actor::system(), id).allocation;
}

} // namespace lieu::test
