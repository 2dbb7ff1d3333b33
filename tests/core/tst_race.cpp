// Two (or more) desktops or scripts racing for the last hours of TOIL: separate processes on one
// database file. The balance check and the write happen under one lock, so exactly the right number win.
#include "Lieuctl.h"
#include "TestDb.h"

#include <QtTest>

using namespace lieu;
using lieu::test::Lieuctl;
using lieu::test::TestDb;

class TestRace : public QObject
{
    Q_OBJECT

    // Runs `n` leave applications at once, each for one different working day; returns how many succeeded
    // and checks that every loser was refused by the balance rule.
    int race(const Lieuctl &ctl, int n)
    {
        const QList<QDate> days = {QDate(2026, 1, 12), QDate(2026, 1, 13), QDate(2026, 1, 14), QDate(2026, 1, 15),
                                   QDate(2026, 1, 16), QDate(2026, 1, 19), QDate(2026, 1, 20), QDate(2026, 1, 21)};
        QList<QProcess *> procs;
        for (int i = 0; i < n; ++i) {
            const QString day = days.at(i).toString(Qt::ISODate);
            procs << ctl.start({QStringLiteral("--as"), QStringLiteral("a"), QStringLiteral("leave"), QStringLiteral("apply"),
                                QStringLiteral("EMP-A"), QStringLiteral("--from"), day, QStringLiteral("--to"), day});
        }
        int won = 0;
        for (QProcess *p : procs) {
            [&] { QVERIFY(p->waitForFinished(60000)); }();
            const QString err = QString::fromUtf8(p->readAllStandardError());
            if (p->exitCode() == 0)
                ++won;
            else
                [&] { QVERIFY2(p->exitCode() == 1 && err.contains(QStringLiteral("Insufficient TOIL Balance")), qPrintable(err)); }();
            delete p;
        }
        return won;
    }

private Q_SLOTS:
    void exactlyOneWinsTheLastDay()
    {
        for (int round = 0; round < 5; ++round) {
            TestDb t;
            t.addStandardPeople();
            t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 480);
            Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), t.spec());
            ctl.setToday(QStringLiteral("2026-01-05"));
            QCOMPARE(race(ctl, 2), 1);
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM leave_application")).toInt(), 1);
            QCOMPARE(t.db().scalar(QStringLiteral("SELECT SUM(minutes) FROM leave_draw")).toLongLong(), qint64(480));
        }
    }

    void eightRaceForTwoDays()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 4), 960);
        Lieuctl ctl(QStringLiteral(LIEUCTL_PATH), t.spec());
        ctl.setToday(QStringLiteral("2026-01-05"));
        QCOMPARE(race(ctl, 8), 2);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT SUM(minutes) FROM leave_application WHERE status = 'Open'")).toLongLong(), qint64(960));
    }
};

QTEST_GUILESS_MAIN(TestRace)
#include "tst_race.moc"
