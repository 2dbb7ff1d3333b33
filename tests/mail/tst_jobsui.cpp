// The app's side of the background duties: the "Background jobs" and "E-mail and schedule" pages, the
// runner a session starts, and the notification banner, as real widgets (offscreen). With
// LIEU_UI_SHOTS=DIR set, each page is also saved there as a PNG to look at.
#include "BackgroundDuties.h"
#include "Jobs.h"
#include "JobsModels.h"
#include "JobsPage.h"
#include "JobsPages.h"
#include "MailSettingsPage.h"
#include "NotificationBanner.h"
#include "NotificationCenter.h"
#include "Outbox.h"
#include "Pages.h"
#include "Session.h"
#include "Settings.h"
#include "SmtpTestServer.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QApplication>
#include <QHostInfo>
#include <QTableView>
#include <QLineEdit>
#include <QSpinBox>
#include <QtTest>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::SmtpTestServer;
using lieu::test::TestDb;

namespace {

std::unique_ptr<Session> sessionFor(TestDb &t, const QString &login, std::shared_ptr<FixedClock> clock)
{
    return std::make_unique<Session>(Database::open(t.spec()), std::move(clock), t.actor(login));
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("LIEU_UI_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QLineEdit *edit(QWidget *page, const char *name)
{
    auto *e = page->findChild<QLineEdit *>(QString::fromLatin1(name));
    if (!e)
        qFatal("no field %s", name);
    return e;
}

} // namespace

class TestJobsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAreListedForHr()
    {
        bool jobs = false;
        bool mail = false;
        for (const PageSpec &p : allPages()) {
            if (p.id == QLatin1String("hr.jobs"))
                jobs = p.hr && !p.employee && !p.supervisor && p.create;
            if (p.id == QLatin1String("hr.mail"))
                mail = p.hr && !p.employee && !p.supervisor && p.create;
        }
        QVERIFY(jobs);
        QVERIFY(mail);
    }

    void jobsPageShowsRunsAndRetries()
    {
        TestDb t;
        t.addStandardPeople();
        auto clock = std::make_shared<FixedClock>(QDate(2026, 1, 5), QTime(10, 0));
        {
            Jobs jobs(t.db(), *clock);
            const qint64 ok = jobs.startRun(Jobs::Expiry, QDate(2026, 1, 4), QStringLiteral("lieuctl"));
            jobs.finishRun(ok, true, QStringLiteral("3 lots expired"));
            const qint64 bad = jobs.startRun(Jobs::Reminders, QDate(2025, 12, 29), QStringLiteral("app sup@desk"));
            jobs.finishRun(bad, false, {}, QStringLiteral("Database error: disk I/O error"));
            Outbox outbox(t.db(), *clock);
            outbox.enqueue(QStringLiteral("a@example.org"), QStringLiteral("Your TOIL expires soon: 2:30 h by 2026-01-16"), QStringLiteral("x"));
            const qint64 refused = outbox.enqueue(QStringLiteral("gone@example.org"), QStringLiteral("Your TOIL expires soon: 1:00 h by 2026-01-20"), QStringLiteral("x"));
            outbox.claim(refused, QStringLiteral("example.org"));
            outbox.markFailed(refused, QStringLiteral("RCPT TO gone@example.org: the server answered 550 5.1.1 no such user"), true);
        }
        auto hr = sessionFor(t, QStringLiteral("hr"), clock);
        JobsPage page(*hr);
        page.resize(1100, 650);
        page.show();
        // The runner started with the page (HR is signed in) and did today's duties with this clock.
        BackgroundDuties *duties = BackgroundDuties::of(*hr);
        QVERIFY(duties);
        QVERIFY(duties->isRunning());
        QSignalSpy cycles(duties, &BackgroundDuties::cycleFinished);
        if (!duties->lastReport().at.isValid())
            QVERIFY(cycles.wait(30000));
        QTRY_COMPARE(page.runsModel()->rowCount(), 4); // two recorded above, two by the runner
        QCOMPARE(page.runsModel()->data(page.runsModel()->index(0, JobRunsModel::Runner), Qt::DisplayRole).toString(),
                 QStringLiteral("app hr@%1").arg(QHostInfo::localHostName()));
        QCOMPARE(page.outboxModel()->rowCount(), 2);
        QVERIFY2(page.statusText().contains(QLatin1String("1 waiting, 1 in Error")), qPrintable(page.statusText()));
        QVERIFY(page.statusText().contains(QLatin1String("daily at 02:00")));
        shoot(&page, QStringLiteral("jobs-page"));

        // Retry the refused one (the newest, first row).
        auto *outboxView = page.findChild<QTableView *>(QStringLiteral("outboxView"));
        QVERIFY(outboxView);
        outboxView->selectRow(0);
        QCOMPARE(page.outboxModel()->mail(0).recipient, QStringLiteral("gone@example.org"));
        QVERIFY(page.retrySelected(true));
        QCOMPARE(Outbox(t.db(), *clock).get(2).status, Outbox::NotSent);
        QTRY_COMPARE(page.outboxModel()->mail(0).status, Outbox::NotSent);
    }

    void mailSettingsPageSavesAndSendsATest()
    {
        SmtpTestServer server(SmtpTestServer::Options::with(QStringLiteral("starttls"), QStringLiteral("lieu"), QStringLiteral("pw")));
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        TestDb t;
        t.addStandardPeople();
        auto clock = std::make_shared<FixedClock>(QDate(2026, 1, 5), QTime(10, 0));
        auto hr = sessionFor(t, QStringLiteral("hr"), clock);
        MailSettingsPage page(*hr);
        page.resize(900, 820);
        page.show();
        QLineEdit *from = edit(&page, "smtpFrom");
        edit(&page, "smtpHost")->setText(QStringLiteral("127.0.0.1"));
        page.findChild<QSpinBox *>(QStringLiteral("smtpPort"))->setValue(server.port());
        edit(&page, "smtpUser")->setText(QStringLiteral("lieu"));
        edit(&page, "smtpPassword")->setText(QStringLiteral("pw"));
        edit(&page, "smtpCaFile")->setText(server.certificate());

        // A bad From address: nothing is saved, not even the good fields before it.
        from->setText(QStringLiteral("not an address"));
        QVERIFY(!page.save());
        QVERIFY2(page.statusText().startsWith(QLatin1String("smtp_from: \"not an address\"")), qPrintable(page.statusText()));
        Settings s(t.db(), *clock);
        QCOMPARE(s.value(QStringLiteral("smtp_host")), QString());
        shoot(&page, QStringLiteral("mail-settings-refused"));

        from->setText(QStringLiteral("hr@example.org"));
        QVERIFY(page.save());
        QCOMPARE(s.value(QStringLiteral("smtp_host")), QStringLiteral("127.0.0.1"));
        QCOMPARE(s.value(QStringLiteral("smtp_port")), QString::number(server.port()));
        QCOMPARE(s.value(QStringLiteral("smtp_security")), QStringLiteral("starttls"));
        QCOMPARE(s.value(QStringLiteral("smtp_from")), QStringLiteral("hr@example.org"));
        QCOMPARE(s.value(QStringLiteral("smtp_ca_file")), server.certificate());
        // The password is never a setting.
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM settings WHERE value = 'pw'")).toInt(), 0);

        edit(&page, "testAddress")->setText(QStringLiteral("ops@example.org"));
        QSignalSpy done(&page, &MailSettingsPage::testFinished);
        page.sendTest();
        QVERIFY(page.isTesting()); // the window stays live while the server talks
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().value(QStringLiteral("rcpt_tos")).toArray().first().toString(), QStringLiteral("ops@example.org"));
        QCOMPARE(server.messages().first().value(QStringLiteral("subject")).toString(), QStringLiteral("Lieu test e-mail"));
        QVERIFY(!done.first().at(1).toString().contains(QLatin1String("pw")));
        shoot(&page, QStringLiteral("mail-settings-tested"));

        // A wrong password is reported, with the server's answer.
        edit(&page, "smtpPassword")->setText(QStringLiteral("wrong"));
        done.clear();
        page.sendTest();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(done.first().at(1).toString().contains(QLatin1String("535")));
    }

    void bannerAndNewItems()
    {
        TestDb t;
        t.addStandardPeople();
        t.accrue(QStringLiteral("EMP-SUP"), QDate(2025, 7, 14), QDate(2025, 7, 20), 90); // expires 2026-01-16
        auto clock = std::make_shared<FixedClock>(QDate(2026, 1, 5), QTime(10, 0));
        auto sup = sessionFor(t, QStringLiteral("sup"), clock);
        NotificationBanner banner(*sup);
        banner.resize(700, 80);
        banner.show();
        QVERIFY(banner.isVisible());
        QCOMPARE(banner.text(), QStringLiteral("1:30 h (0.188 days) of your TOIL expires within 30 day(s), the first on 2026-01-16"));

        NotificationCenter *center = NotificationCenter::ensure(*sup);
        QSignalSpy fresh(center, &NotificationCenter::newItems);
        Timesheets sheets(t.db(), *clock);
        const qint64 ts = t.timesheet(QStringLiteral("EMP-A"), QDate(2025, 12, 29), QDate(2026, 1, 2),
                                      {TestDb::log(QDate(2025, 12, 30), 60, false)});
        sheets.send(t.actor(QStringLiteral("a")), ts);
        center->refresh(); // the minute's look, now
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.first().at(0).toString(), QStringLiteral("1 new timesheet(s) to approve"));
        QVERIFY(banner.text().startsWith(QLatin1String("1 timesheet(s) wait for your approval\n")));
        shoot(&banner, QStringLiteral("banner"));
        center->refresh();
        QCOMPARE(fresh.size(), 1); // said once

        // An employee's session starts no runner.
        auto ann = sessionFor(t, QStringLiteral("a"), clock);
        QVERIFY(!BackgroundDuties::ensure(*ann)->isRunning());
    }
};

QTEST_MAIN(TestJobsUi)
#include "tst_jobsui.moc"
