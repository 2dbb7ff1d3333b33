// The "Database connection" page through its widgets: a file or a server, Test connection, Save (the
// password in the keychain, never in the settings file), and the start-up's view of what was saved.
#include "ConnectionPage.h"
#include "ConnectionSettings.h"
#include "DatabaseSpec.h"
#include "Error.h"
#include "Maintenance.h"
#include "Pages.h"
#include "Session.h"
#include "TestDb.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::TestDb;

namespace {
QByteArray settingsFileContents()
{
    QSettings s;
    s.sync();
    QFile f(s.fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void shoot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("LIEU_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    w.resize(720, 640);
    w.grab().save(QDir(dir).filePath(name));
}
} // namespace

class TestConnectionPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LieuTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connection_page"));
        qunsetenv("LIEU_DB");
    }

    void init() { QSettings().clear(); }

    void listedForHr()
    {
        bool found = false;
        for (const PageSpec &p : allPages())
            if (p.id == QLatin1String("settings.connection")) {
                found = true;
                QVERIFY(p.hr);
                QVERIFY(!p.employee);
                QVERIFY(p.create);
            }
        QVERIFY(found);
    }

    void aFileOnThisComputer()
    {
        TestDb t;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("team.sqlite"));
        {
            auto db = Database::open(file, QString());
            db->migrate();
        }
        ConnectionPage page(nullptr);
        ConnectionSettings s;
        s.server = false;
        s.path = file;
        page.setSettings(s);
        QVERIFY2(page.testConnection(), qPrintable(page.statusText()));
        QVERIFY2(page.statusText().contains(QStringLiteral("Schema version %1").arg(Database::latestSchemaVersion())), qPrintable(page.statusText()));
        QVERIFY(page.save());
        QCOMPARE(configuredDatabaseSpec(), file);
        QCOMPARE(openConfiguredDatabase()->describe(), file);
        // A file that is not there yet is created at the next start.
        s.path = dir.filePath(QStringLiteral("later.sqlite"));
        page.setSettings(s);
        QVERIFY(page.testConnection());
        QVERIFY(page.statusText().contains(QStringLiteral("does not exist yet")));
        // Something that is not a Lieu database is said to be so.
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes, not a database at all");
        f.close();
        s.path = text;
        page.setSettings(s);
        QVERIFY(!page.testConnection());
        QVERIFY2(page.statusText().contains(QStringLiteral("not a Lieu database")), qPrintable(page.statusText()));
    }

    void aSharedServer()
    {
        if (qEnvironmentVariable("LIEU_TEST_DB").isEmpty())
            QSKIP("needs the MariaDB server of tests/run.sh (LIEU_TEST_DB)");
        TestDb t;
        const DatabaseSpec spec = DatabaseSpec::parse(t.spec());
        const QString password = qEnvironmentVariable("LIEU_DB_PASSWORD");
        ConnectionPage page(nullptr);
        ConnectionSettings s;
        s.server = true;
        s.host = spec.host;
        s.port = spec.port;
        s.database = spec.database;
        s.user = spec.user;
        page.setSettings(s);
        page.setPassword(password + QStringLiteral("x"));
        QVERIFY(!page.testConnection());
        QVERIFY2(page.statusText().contains(QStringLiteral("Access denied")), qPrintable(page.statusText()));
        page.setPassword(password);
        QVERIFY2(page.testConnection(), qPrintable(page.statusText()));
        QVERIFY2(page.statusText().contains(QStringLiteral("MariaDB")), qPrintable(page.statusText()));
        QVERIFY(page.statusText().contains(QStringLiteral("not encrypted")));
        s.tls = true;
        s.caFile = qEnvironmentVariable("LIEU_TEST_TLS_CA");
        page.setSettings(s);
        QVERIFY2(page.testConnection(), qPrintable(page.statusText()));
        QVERIFY2(page.statusText().contains(QStringLiteral("The connection is encrypted")), qPrintable(page.statusText()));
        shoot(page, QStringLiteral("connection-page-server.png"));

        // Saved: the spec for the start-up, the password only ever in the keychain.
        const bool remembered = page.save();
        qInfo("%s", qPrintable(page.statusText()));
        QVERIFY(!settingsFileContents().isEmpty());
        QVERIFY(!settingsFileContents().contains(password.toUtf8()));
        QCOMPARE(configuredDatabaseSpec(), s.spec());
        QVERIFY(configuredDatabaseSpec().contains(QStringLiteral("ssl-ca=")));
        const QByteArray saved = qgetenv("LIEU_DB_PASSWORD");
        qunsetenv("LIEU_DB_PASSWORD");
        // Inside with-keyring.sh there is a keychain, and it must be used.
        if (qEnvironmentVariableIsSet("LIEU_TEST_KEYRING"))
            QVERIFY2(remembered, qPrintable(page.statusText()));
        if (remembered) {
            QVERIFY2(page.statusText().contains(QStringLiteral("in this computer's keychain")), qPrintable(page.statusText()));
            QCOMPARE(openConfiguredDatabase()->schemaVersion(), Database::latestSchemaVersion());
        } else {
            QVERIFY2(page.statusText().contains(QStringLiteral("was not remembered")), qPrintable(page.statusText()));
            QVERIFY_THROWS_EXCEPTION(Error, openConfiguredDatabase());
        }
        qputenv("LIEU_DB_PASSWORD", saved);
        QString error;
        PasswordStore::remove(s.spec(), &error);
    }

    void showsTheConnectionInUseAndMaintenance()
    {
        TestDb t;
        t.addStandardPeople();
        Maintenance(t.db(), t.clock()).on(Actor::system(), QStringLiteral("moving to the new server"));
        Session session(t.db().openAnother(), std::make_shared<FixedClock>(t.clock().today()), t.actor(QStringLiteral("hr")));
        ConnectionPage page(session, nullptr);
        const QLabel *current = nullptr;
        for (QLabel *l : page.findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("In use now")))
                current = l;
        QVERIFY(current);
        QVERIFY(current->text().contains(DatabaseSpec::parse(t.spec()).toString().toHtmlEscaped()));
        QVERIFY2(current->text().contains(QStringLiteral("maintenance mode: moving to the new server")), qPrintable(current->text()));
        // Unsaved, the page starts from the connection in use.
        QCOMPARE(page.settings().spec(), DatabaseSpec::parse(t.spec()).toString());
        shoot(page, QStringLiteral("connection-page-session.png"));
    }
};

QTEST_MAIN(TestConnectionPage)
#include "tst_connection_page.moc"
