// Importing tracker exports into the database: Draft timesheets per employee and ISO week, exact minutes
// and TOIL, one transaction, and a second import of the same file adds nothing.
#include "Directory.h"
#include "Error.h"
#include "Importer.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QtTest>

using namespace lieu;
using namespace lieu::import;
using namespace lieu::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const QString &name)
{
    QFile f(QStringLiteral(LIEU_IMPORT_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open sample %s", qPrintable(name));
    return f.readAll();
}

struct Counts
{
    int logs = 0;
    int sheets = 0;
    int audit = 0;
    bool operator==(const Counts &o) const { return logs == o.logs && sheets == o.sheets && audit == o.audit; }
};

} // namespace

class TstImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_db;

    Counts counts()
    {
        return {m_db->db().scalar(u"SELECT count(*) FROM time_log"_s).toInt(),
                m_db->db().scalar(u"SELECT count(*) FROM timesheet"_s).toInt(),
                m_db->db().scalar(u"SELECT count(*) FROM audit_log"_s).toInt()};
    }

    Importer importer() { return Importer(m_db->db(), m_db->clock()); }
    Actor hr() { return m_db->actor(u"hr"_s); }

    Error refusal(const QByteArray &bytes, const Actor &actor, ReadOptions options = {})
    {
        try {
            importer().run(actor, bytes, options, u"test.csv"_s);
        } catch (const Error &e) {
            return e;
        }
        return Error::rule(u"no error"_s);
    }

    // "EMP-AQ 2026-03-02: 585 min, 375 TOIL, 3 logs" for each week of the plan.
    static QStringList describe(const ImportPlan &p)
    {
        QStringList out;
        for (const WeekGroup &w : p.weeks)
            out << u"%1 %2: %3 min, %4 TOIL, %5 logs"_s.arg(w.employee, w.monday.toString(Qt::ISODate))
                       .arg(w.minutes)
                       .arg(w.toilMinutes)
                       .arg(w.logs.size());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDb>(QDate(2026, 4, 1));
        m_db->addStandardPeople();
        Directory dir(m_db->db(), m_db->clock());
        Employee avery;
        avery.id = u"EMP-AQ"_s;
        avery.name = u"Avery Quinn"_s;
        avery.email = u"Avery.Quinn@example.org"_s;
        avery.login = u"avery"_s;
        avery.reportsTo = u"EMP-SUP"_s;
        dir.add(Actor::system(), avery);
        Employee blake;
        blake.id = u"EMP-BM"_s;
        blake.name = u"Blake Moreno"_s;
        blake.email = u"blake.moreno@example.org"_s;
        blake.login = u"blake"_s;
        blake.reportsTo = u"EMP-SUP"_s;
        dir.add(Actor::system(), blake);
    }

    void cleanup() { m_db.reset(); }

    void samplesImportWithExactHoursAndToil_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("weeks");
        QTest::newRow("toggl") << u"toggl_detailed.csv"_s
                               << QStringList{u"EMP-AQ 2026-03-02: 585 min, 375 TOIL, 3 logs"_s,
                                              u"EMP-BM 2026-03-02: 585 min, 75 TOIL, 2 logs"_s};
        QTest::newRow("clockify") << u"clockify_detailed.csv"_s
                                  << QStringList{u"EMP-AQ 2026-03-09: 630 min, 150 TOIL, 2 logs"_s,
                                                 u"EMP-BM 2026-03-09: 180 min, 180 TOIL, 1 logs"_s};
        QTest::newRow("kimai") << u"kimai_export.csv"_s
                               << QStringList{u"EMP-AQ 2026-03-16: 570 min, 90 TOIL, 2 logs"_s,
                                              u"EMP-BM 2026-03-16: 180 min, 180 TOIL, 1 logs"_s};
        QTest::newRow("harvest") << u"harvest_detailed.csv"_s
                                 << QStringList{u"EMP-AQ 2026-03-23: 555 min, 105 TOIL, 2 logs"_s,
                                                u"EMP-BM 2026-03-23: 135 min, 135 TOIL, 1 logs"_s};
    }

    void samplesImportWithExactHoursAndToil()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, weeks);
        const Counts before = counts();
        const ImportPlan preview = importer().preview(hr(), sample(file), {});
        QCOMPARE(describe(preview), weeks);
        QVERIFY(preview.unmatched.isEmpty());
        QCOMPARE(counts(), before); // the preview wrote nothing

        const ImportPlan done = importer().run(hr(), sample(file), {}, file);
        QCOMPARE(describe(done), weeks);
        QCOMPARE(done.created.size(), 2);

        // What the database now holds: one Draft per employee for the week, Monday to Sunday.
        Timesheets sheets(m_db->db(), m_db->clock());
        for (int i = 0; i < 2; ++i) {
            const Timesheet t = sheets.get(Actor::system(), done.created[i]);
            const WeekGroup &w = done.weeks[i];
            QCOMPARE(t.employee, w.employee);
            QCOMPARE(t.status, Timesheets::Draft);
            QCOMPARE(t.startDate, w.monday);
            QCOMPARE(t.endDate, w.monday.addDays(6));
            QCOMPARE(t.startDate.dayOfWeek(), 1);
            QCOMPARE(t.totalMinutes, w.minutes);
            QCOMPARE(t.toilMinutes, w.toilMinutes);
            QCOMPARE(t.toilStatus, u"Pending Accrual"_s);
            QCOMPARE(t.logs.size(), w.logs.size());
            for (const TimeLog &l : t.logs)
                QVERIFY(l.sourceKey.startsWith(u"import:"_s));
        }
        QCOMPARE(m_db->db().scalar(u"SELECT count(*) FROM audit_log WHERE action = 'import' AND docname = ?"_s, {file}).toInt(), 1);
    }

    void importingTheSameFileTwiceAddsNothing()
    {
        importer().run(hr(), sample(u"toggl_detailed.csv"_s), {});
        const Counts after = counts();
        const ImportPlan again = importer().preview(hr(), sample(u"toggl_detailed.csv"_s), {});
        QCOMPARE(again.weeks.size(), 0);
        QCOMPARE(again.alreadyImported, (QList<int>{2, 3, 4, 5, 6}));
        const ImportPlan second = importer().run(hr(), sample(u"toggl_detailed.csv"_s), {});
        QCOMPARE(second.logCount(), 0);
        QCOMPARE(second.created.size(), 0);
        QCOMPARE(counts().logs, after.logs);
        QCOMPARE(counts().sheets, after.sheets);
        // The same rows saved differently (CRLF, ';', quoted everywhere, BOM) are the same rows.
        QString text = QString::fromUtf8(sample(u"toggl_detailed.csv"_s));
        QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        for (QString &l : lines) {
            QStringList cells;
            // The sample's only quoted cell holds a comma: keep it whole.
            const QString protectedLine = QString(l).replace(u"\"Invoice export, batch job\""_s, u"Invoice export\x01 batch job"_s);
            for (QString c : protectedLine.split(u',')) {
                c.replace(u'\x01', u',');
                cells << u"\""_s + c + u"\""_s;
            }
            l = cells.join(u';');
        }
        const QByteArray resaved = "\xEF\xBB\xBF" + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
        const ImportPlan third = importer().run(hr(), resaved, {});
        QCOMPARE(third.file.separator, QLatin1Char(';'));
        QCOMPARE(third.logCount(), 0);
        QCOMPARE(third.alreadyImported.size(), 5);
    }

    void logsJoinTheEmployeesDraftForTheWeek()
    {
        const qint64 draft = m_db->timesheet(u"EMP-AQ"_s, QDate(2026, 3, 2), QDate(2026, 3, 8),
                                             {TestDb::log(QDate(2026, 3, 5), 60, false)});
        const ImportPlan p = importer().preview(hr(), sample(u"toggl_detailed.csv"_s), {});
        QCOMPARE(p.weeks[0].employee, u"EMP-AQ"_s);
        QCOMPARE(p.weeks[0].timesheet, draft);
        QCOMPARE(p.weeks[0].toilMinutes, 375);
        QCOMPARE(p.weeks[1].timesheet, 0);
        const ImportPlan done = importer().run(hr(), sample(u"toggl_detailed.csv"_s), {});
        QCOMPARE(done.extended, QList<qint64>{draft});
        QCOMPARE(done.created.size(), 1);
        const Timesheet t = Timesheets(m_db->db(), m_db->clock()).get(Actor::system(), draft);
        QCOMPARE(t.logs.size(), 4);
        QCOMPARE(t.totalMinutes, 60 + 585);
        QCOMPARE(t.toilMinutes, 60 + 375);
    }

    void aWeekAlreadySentGetsANewDraft()
    {
        const Actor avery = m_db->actor(u"avery"_s);
        Timesheets sheets(m_db->db(), m_db->clock());
        const qint64 sent = m_db->timesheet(u"EMP-AQ"_s, QDate(2026, 3, 2), QDate(2026, 3, 8),
                                            {TestDb::log(QDate(2026, 3, 3), 120, false)});
        sheets.send(avery, sent);
        const ImportPlan done = importer().run(hr(), sample(u"toggl_detailed.csv"_s), {});
        QCOMPARE(done.created.size(), 2);
        QVERIFY(!done.created.contains(sent));
        QCOMPARE(sheets.get(Actor::system(), sent).logs.size(), 1);
        QCOMPARE(sheets.get(Actor::system(), done.created[0]).status, Timesheets::Draft);
    }

    void unmatchedPeopleAreReportedAndTheRestImported()
    {
        Directory(m_db->db(), m_db->clock()).setActive(Actor::system(), u"EMP-BM"_s, false);
        const QByteArray bytes = "Date,Hours,Billable,Activity,Description,Email\n"
                                 "2026-03-02,2,No,Ops,Patch,avery.quinn@example.org\n"
                                 "2026-03-02,1.5,No,Ops,Patch,stranger@example.org\n"
                                 "2026-03-03,1,No,Ops,Patch,Stranger@example.org\n"
                                 "2026-03-03,1,No,Ops,Patch,blake.moreno@example.org\n";
        const ImportPlan p = importer().run(hr(), bytes, {});
        QCOMPARE(describe(p), QStringList{u"EMP-AQ 2026-03-02: 120 min, 120 TOIL, 1 logs"_s});
        QCOMPARE(p.unmatched.size(), 2);
        QCOMPARE(p.unmatched[0].person, u"stranger@example.org"_s);
        QCOMPARE(p.unmatched[0].rows, 2);
        QCOMPARE(p.unmatched[0].minutes, 150);
        QCOMPARE(p.unmatched[0].lines, (QList<int>{3, 4}));
        QCOMPARE(p.unmatched[0].reason, u"no employee has this e-mail address"_s);
        QCOMPARE(p.unmatched[1].reason, u"employee EMP-BM is deactivated"_s);
    }

    void harvestMatchesByFirstAndLastName()
    {
        Employee twin;
        twin.id = u"EMP-BM2"_s;
        twin.name = u"blake  moreno"_s;
        twin.email = u"other.blake@example.org"_s;
        Directory(m_db->db(), m_db->clock()).add(Actor::system(), twin);
        const ImportPlan p = importer().run(hr(), sample(u"harvest_detailed.csv"_s), {});
        QCOMPARE(describe(p), QStringList{u"EMP-AQ 2026-03-23: 555 min, 105 TOIL, 2 logs"_s});
        QCOMPARE(p.unmatched.size(), 1);
        QCOMPARE(p.unmatched[0].person, u"Blake Moreno"_s);
        QCOMPARE(p.unmatched[0].reason, u"2 employees have this name; give one of them a distinct name"_s);
    }

    void aBadRowRejectsTheWholeFile()
    {
        QByteArray bytes = sample(u"toggl_detailed.csv"_s);
        bytes.replace("2026-03-04,18:30:00", "2026-03-04,6:30 XM");
        const Counts before = counts();
        const Error e = refusal(bytes, hr());
        QCOMPARE(e.field(), u"line 6, column 9"_s);
        QCOMPARE(e.value(), u"6:30 XM"_s);
        QVERIFY2(e.message().startsWith(u"line 6, column 9 (Start time): "_s), qPrintable(e.message()));
        QCOMPARE(counts(), before);
    }

    void tooManyHoursOnADayRejectsTheWholeFile()
    {
        // Blake already has 23 hours on 4 March; the file's 1:15 that evening would make 24:15.
        m_db->timesheet(u"EMP-BM"_s, QDate(2026, 3, 4), QDate(2026, 3, 4), {TestDb::log(QDate(2026, 3, 4), 23 * 60, true)});
        const Counts before = counts();
        const Error e = refusal(sample(u"toggl_detailed.csv"_s), hr());
        QCOMPARE(e.field(), u"line 6, column 8"_s);
        QCOMPARE(e.value(), u"2026-03-04"_s);
        QVERIFY2(e.message().contains(u"24:15"_s), qPrintable(e.message()));
        QCOMPARE(counts(), before); // Avery's rows were not written either
    }

    void futureDatesAreRefused()
    {
        m_db->clock().setToday(QDate(2026, 3, 5));
        const Error e = refusal(sample(u"toggl_detailed.csv"_s), hr());
        QCOMPARE(e.field(), u"line 4, column 8"_s);
        QCOMPARE(e.value(), u"2026-03-07"_s);
    }

    void onlyHrOrTheSystemImports()
    {
        const Error e = refusal(sample(u"toggl_detailed.csv"_s), m_db->actor(u"sup"_s));
        QCOMPARE(e.kind(), Error::Kind::Permission);
        QVERIFY_THROWS_EXCEPTION(Error, importer().preview(m_db->actor(u"a"_s), sample(u"kimai_export.csv"_s), {}));
        const ImportPlan bySystem = importer().run(Actor::system(), sample(u"kimai_export.csv"_s), {});
        QCOMPARE(bySystem.created.size(), 2);
    }

    void zeroRowsAndPastMidnight()
    {
        const QByteArray bytes =
            "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()\n"
            "Avery,avery.quinn@example.org,,Ops,,Night,No,2026-03-08,10:30:00 PM,2026-03-09,1:15:00 AM,02:45:00,,0\n"
            "Avery,avery.quinn@example.org,,Ops,,Blip,No,2026-03-09,09:00:00 AM,2026-03-09,09:00:10 AM,00:00:10,,0\n";
        const ImportPlan p = importer().run(hr(), bytes, {});
        // Sunday night into Monday counts on Sunday: the week of 2 March.
        QCOMPARE(describe(p), QStringList{u"EMP-AQ 2026-03-02: 165 min, 165 TOIL, 1 logs"_s});
        QCOMPARE(p.file.zeroLines, QList<int>{3});
    }
};

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
