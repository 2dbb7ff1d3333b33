#include "Audit.h"
#include "Error.h"
#include "Settings.h"
#include "TestDb.h"

#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

class TestHrAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setManyWritesTogetherOrNotAtAll()
    {
        TestDb t;
        t.addStandardPeople();
        Settings s(t.db(), t.clock());
        const Actor hr = t.actor(QStringLiteral("hr"));
        const int audited = t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

        // The third value is bad: nothing of the first two is kept, nothing audited.
        try {
            s.setMany(hr, {{QString::fromLatin1(Settings::MinutesPerToilDay), QStringLiteral("450")},
                           {QString::fromLatin1(Settings::ReminderDays), QStringLiteral("14")},
                           {QString::fromLatin1(Settings::WeekendMultiplierPercent), QStringLiteral("50")}});
            QFAIL("a multiplier below 100% was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), QStringLiteral("weekend_multiplier_percent"));
            QCOMPARE(e.value(), QStringLiteral("50"));
        }
        QCOMPARE(s.minutesPerToilDay(), 480);
        QCOMPARE(s.intValue(QString::fromLatin1(Settings::ReminderDays)), 30);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audited);

        // A bad leave type also undoes the settings before it.
        LeaveTypeSettings type = s.toilLeaveType();
        type.expiryDays = 0;
        QVERIFY_THROWS_EXCEPTION(Error, s.setMany(hr, {{QString::fromLatin1(Settings::ReminderDays), QStringLiteral("14")}}, type));
        QCOMPARE(s.intValue(QString::fromLatin1(Settings::ReminderDays)), 30);

        // Unchanged values are skipped; changed ones are written and audited once each.
        type.expiryDays = 90;
        const int changed = s.setMany(hr,
                                      {{QString::fromLatin1(Settings::MinutesPerToilDay), QStringLiteral("480")},
                                       {QString::fromLatin1(Settings::ReminderDays), QStringLiteral("14")},
                                       {QString::fromLatin1(Settings::AccrualPolicy), QStringLiteral("contracted")}},
                                      type);
        QCOMPARE(changed, 3);
        QCOMPARE(s.intValue(QString::fromLatin1(Settings::ReminderDays)), 14);
        QCOMPARE(s.value(QString::fromLatin1(Settings::AccrualPolicy)), QStringLiteral("contracted"));
        QCOMPARE(s.toilLeaveType().expiryDays, 90);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audited + 3);
        QCOMPARE(s.setMany(hr, {{QString::fromLatin1(Settings::ReminderDays), QStringLiteral("14")}}, type), 0);

        QVERIFY_THROWS_EXCEPTION(Error, s.setMany(t.actor(QStringLiteral("sup")), {}));
    }

    void auditFacetsListWhatTheLogHolds()
    {
        TestDb t;
        t.addStandardPeople();
        Settings(t.db(), t.clock()).set(t.actor(QStringLiteral("hr")), QString::fromLatin1(Settings::ReminderDays),
                                        QStringLiteral("21"));
        Audit audit(t.db(), t.clock());
        const Audit::Facets f = audit.facets(t.actor(QStringLiteral("hr")));
        QCOMPARE(f.doctypes, (QStringList{QStringLiteral("Employee"), QStringLiteral("Leave Type"), QStringLiteral("Settings")}));
        QCOMPARE(f.actors, (QStringList{QStringLiteral("hr"), QStringLiteral("system")}));
        QCOMPARE(f.actions, (QStringList{QStringLiteral("create"), QStringLiteral("settings change")}));
        try {
            audit.facets(t.actor(QStringLiteral("a")));
            QFAIL("an employee read the audit log's facets");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Permission);
        }
    }

    void describesChanges()
    {
        QCOMPARE(Audit::describeChange(QStringLiteral("{\"status\":\"Draft\",\"toil\":150,\"x\":true}"),
                                       QStringLiteral("{\"status\":\"Awaiting Approval\",\"toil\":150,\"x\":false}")),
                 QStringLiteral("status: Draft \u2192 Awaiting Approval; x: true \u2192 false"));
        QCOMPARE(Audit::describeChange(QString(), QStringLiteral("{\"b\":\"\",\"a\":2.5}")), QStringLiteral("a = 2.5; b = (empty)"));
        QCOMPARE(Audit::describeChange(QStringLiteral("{\"description\":\"Company day\"}"), QString()),
                 QStringLiteral("description = Company day"));
        QCOMPARE(Audit::describeChange(QStringLiteral("{\"a\":1}"), QStringLiteral("{\"a\":1,\"b\":null}")),
                 QString()); // null and missing read the same
        QCOMPARE(Audit::describeChange(QString(), QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestHrAdmin)
#include "tst_hr_admin.moc"
