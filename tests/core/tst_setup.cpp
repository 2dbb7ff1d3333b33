#include "Auth.h"
#include "Demo.h"
#include "Directory.h"
#include "Error.h"
#include "Settings.h"
#include "Setup.h"

#include "TestDb.h"

#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

class TestSetup : public QObject
{
    Q_OBJECT

    static OrganisationSetup sample()
    {
        OrganisationSetup s;
        s.organisation = QStringLiteral("Acme Works");
        s.minutesPerToilDay = 450;
        s.expiryDays = 90;
        s.hr.id = QStringLiteral("EMP-0001");
        s.hr.name = QStringLiteral("Ada Admin");
        s.hr.email = QStringLiteral("ada@acme.example");
        s.hr.login = QStringLiteral("ada");
        s.password = QStringLiteral("correct horse");
        return s;
    }

private Q_SLOTS:
    void createsTheOrganisationAndItsFirstHrUser()
    {
        TestDb t;
        QVERIFY(Setup::isEmpty(t.db()));
        Setup::createOrganisation(t.db(), t.clock(), sample());
        QVERIFY(!Setup::isEmpty(t.db()));
        Settings settings(t.db(), t.clock());
        QCOMPARE(settings.value(QString::fromLatin1(Settings::OrganisationName)), QStringLiteral("Acme Works"));
        QCOMPARE(settings.minutesPerToilDay(), 450);
        QCOMPARE(settings.toilLeaveType().expiryDays, 90);
        const Employee ada = Directory(t.db(), t.clock()).get(QStringLiteral("EMP-0001"));
        QVERIFY(ada.hr);
        QCOMPARE(ada.dateOfJoining, t.clock().today());
        const Actor signedIn = Auth(t.db(), t.clock()).signIn(QStringLiteral("ada"), QStringLiteral("correct horse"));
        QCOMPARE(signedIn.employee, QStringLiteral("EMP-0001"));
        QVERIFY(signedIn.hr);
        QVERIFY(Directory(t.db(), t.clock()).roles(QStringLiteral("EMP-0001")).hr);
        QVERIFY(!Setup::isDemo(t.db(), t.clock()));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::newRow("organisation") << QStringLiteral("organisation") << QStringLiteral("organisation_name");
        QTest::newRow("hours per day") << QStringLiteral("hours") << QStringLiteral("minutes_per_toil_day");
        QTest::newRow("expiry") << QStringLiteral("expiry") << QStringLiteral("expire_carry_forwarded_leaves_after_days");
        QTest::newRow("e-mail") << QStringLiteral("email") << QStringLiteral("email");
        QTest::newRow("login") << QStringLiteral("login") << QStringLiteral("user_id");
        QTest::newRow("short password") << QStringLiteral("password") << QStringLiteral("password");
    }
    void badInputWritesNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        TestDb t;
        OrganisationSetup s = sample();
        if (what == QLatin1String("organisation"))
            s.organisation = QStringLiteral("  ");
        else if (what == QLatin1String("hours"))
            s.minutesPerToilDay = 0;
        else if (what == QLatin1String("expiry"))
            s.expiryDays = 0;
        else if (what == QLatin1String("email"))
            s.hr.email = QStringLiteral("ada-at-acme");
        else if (what == QLatin1String("login"))
            s.hr.login.clear();
        else
            s.password = QStringLiteral("short");
        try {
            Setup::createOrganisation(t.db(), t.clock(), s);
            QFAIL("the set-up was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), field);
        }
        QVERIFY(Setup::isEmpty(t.db()));
        Settings settings(t.db(), t.clock());
        QCOMPARE(settings.value(QString::fromLatin1(Settings::OrganisationName)), QStringLiteral("Lieu"));
        QCOMPARE(settings.minutesPerToilDay(), 480);
        QCOMPARE(settings.toilLeaveType().expiryDays, 180);
    }

    void refusesADatabaseWithPeople()
    {
        TestDb t;
        t.addStandardPeople();
        QVERIFY_THROWS_EXCEPTION(Error, Setup::createOrganisation(t.db(), t.clock(), sample()));
        QVERIFY(!Directory(t.db(), t.clock()).find(QStringLiteral("EMP-0001")));
    }

    void recognisesTheDemo()
    {
        TestDb t;
        Demo::populate(t.db(), t.clock());
        QVERIFY(!Setup::isEmpty(t.db()));
        QVERIFY(Setup::isDemo(t.db(), t.clock()));
    }
};

QTEST_GUILESS_MAIN(TestSetup)
#include "tst_setup.moc"
