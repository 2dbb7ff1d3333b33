// Exports: CSV with spreadsheet formulas neutralised, XLSX (a zip with the expected sheet XML), and
// approved leave as iCalendar that libical parses back with the right dates.
#include "Calendar.h"
#include "Directory.h"
#include "Error.h"
#include "Leaves.h"
#include "Reports.h"
#include "Table.h"
#include "TestDb.h"

#include <QtTest>

#include <libical/ical.h>

using namespace lieu;
using namespace lieu::reports;
using namespace lieu::test;
using namespace Qt::StringLiterals;

namespace {

QString unzip(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(u"unzip"_s, {u"-p"_s, zip, member});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"unzip failed: "_s + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Event
{
    QString uid, summary, status, halfDay, employee;
    QDate start, end;
};

QDate toDate(icaltimetype t)
{
    return t.is_date ? QDate(t.year, t.month, t.day) : QDate();
}

// Parses an .ics with libical; fails the test on any error libical reports.
QList<Event> parseIcs(const QByteArray &ics, QString *calendarName)
{
    QList<Event> out;
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    if (!cal)
        return out;
    if (icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
        qFatal("not a VCALENDAR");
    if (icalcomponent_count_errors(cal) != 0)
        qFatal("libical found %d errors", icalcomponent_count_errors(cal));
    for (icalproperty *p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(cal, ICAL_X_PROPERTY))
        if (qstrcmp(icalproperty_get_x_name(p), "X-WR-CALNAME") == 0)
            *calendarName = QString::fromUtf8(icalproperty_get_x(p));
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        Event e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(ev));
        e.summary = QString::fromUtf8(icalcomponent_get_summary(ev));
        e.start = toDate(icalcomponent_get_dtstart(ev));
        e.end = toDate(icalcomponent_get_dtend(ev));
        e.status = QString::fromUtf8(icalproperty_status_to_string(icalcomponent_get_status(ev)));
        for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_X_PROPERTY)) {
            if (qstrcmp(icalproperty_get_x_name(p), "X-LIEU-HALF-DAY") == 0)
                e.halfDay = QString::fromUtf8(icalproperty_get_x(p));
            if (qstrcmp(icalproperty_get_x_name(p), "X-LIEU-EMPLOYEE") == 0)
                e.employee = QString::fromUtf8(icalproperty_get_x(p));
        }
        out << e;
    }
    icalcomponent_free(cal);
    return out;
}

} // namespace

class TstExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_db;
    QTemporaryDir m_dir;
    qint64 m_halfDayLeave = 0;
    qint64 m_cancelledLeave = 0;
    qint64 m_bLeave = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDb>(QDate(2026, 1, 5));
        m_db->addStandardPeople();
        // A name a spreadsheet would run as a formula.
        Directory dir(m_db->db(), m_db->clock());
        Employee c = dir.get(u"EMP-C"_s);
        c.name = u"=HYPERLINK(\"http://x.invalid\",\"click\")"_s;
        dir.update(Actor::system(), c);

        m_db->accrue(u"EMP-A"_s, QDate(2025, 12, 29), QDate(2026, 1, 4), 24 * 60); // valid 2026-01-05..2026-07-03
        m_db->accrue(u"EMP-B"_s, QDate(2025, 12, 29), QDate(2026, 1, 4), 4 * 60 + 30);
        Leaves leaves(m_db->db(), m_db->clock());
        const Actor a = m_db->actor(u"a"_s), b = m_db->actor(u"b"_s), sup = m_db->actor(u"sup"_s);
        // 1.5 days: Monday 12 January and the morning of Tuesday 13 January.
        m_halfDayLeave = leaves.apply(a, u"EMP-A"_s, QDate(2026, 1, 12), QDate(2026, 1, 13), QDate(2026, 1, 13), u"Trip"_s);
        leaves.approve(sup, m_halfDayLeave);
        m_cancelledLeave = leaves.apply(a, u"EMP-A"_s, QDate(2026, 1, 20), QDate(2026, 1, 20), {}, u"Dentist"_s);
        leaves.approve(sup, m_cancelledLeave);
        leaves.cancel(sup, m_cancelledLeave);
        const qint64 rejected = leaves.apply(a, u"EMP-A"_s, QDate(2026, 1, 26), QDate(2026, 1, 26), {}, u"Maybe"_s);
        leaves.reject(sup, rejected, u"Release week"_s);
        leaves.apply(a, u"EMP-A"_s, QDate(2026, 1, 27), QDate(2026, 1, 27), {}, u"Still open"_s);
        m_bLeave = leaves.apply(b, u"EMP-B"_s, QDate(2026, 1, 16), QDate(2026, 1, 16), QDate(2026, 1, 16), u"Afternoon"_s);
        leaves.approve(sup, m_bLeave);
    }

    void cleanup() { m_db.reset(); }

    void neutralisation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("csv");
        QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("plus") << u"+41 79 000"_s << u"'+41 79 000"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("cr") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("dde, quoted") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
        QTest::newRow("comma and formula") << u"=HYPERLINK(\"u\",\"x\")"_s << u"\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\""_s;
        QTest::newRow("inside is fine") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("plain") << u"Avery Quinn"_s << u"Avery Quinn"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void neutralisation()
    {
        QFETCH(QString, text);
        QFETCH(QString, csv);
        Table t;
        t.headers = {u"h"_s};
        t.rows << QList<Cell>{Cell::str(text)};
        const QByteArray out = toCsv(t);
        QVERIFY(out.startsWith("\xEF\xBB\xBF")); // UTF-8 byte-order mark
        QCOMPARE(QString::fromUtf8(out.mid(3)), u"h\r\n"_s + csv + u"\r\n"_s);
    }

    void amountsAreNotNeutralised()
    {
        Table t;
        t.headers = {u"Hours"_s, u"Minutes"_s, u"Days"_s, u"Date"_s};
        t.rows << QList<Cell>{Cell::hours(-45), Cell::integer(-45), Cell::days(-94), Cell::day(QDate(2026, 3, 2))};
        QCOMPARE(QString::fromUtf8(toCsv(t).mid(3)).split(u"\r\n"_s).at(1), u"-0:45,-45,-0.094,2026-03-02"_s);
    }

    void balancesCsv()
    {
        const QString path = m_dir.filePath(u"balances.csv"_s);
        writeFile(path, toCsv(Reports(m_db->db(), m_db->clock()).balances(Actor::system(), QDate(2026, 1, 5))));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines[0].startsWith(u"Employee,Employee name,As of,Available (hours),Available (minutes)"_s));
        // EMP-A: 24 h accrued, 1.5 days (12 h) approved, 1 day (8 h) Open and reserved.
        QCOMPARE(lines.filter(u"EMP-A,"_s).value(0), u"EMP-A,Ann Able,2026-01-05,12:00,720,1.500,8:00,480,0:00,0,2026-07-03"_s);
        QCOMPARE(lines.filter(u"EMP-B,"_s).value(0), u"EMP-B,Ben Baker,2026-01-05,0:30,30,0.063,0:00,0,0:00,0,2026-07-03"_s);
        QCOMPARE(lines.filter(u"EMP-C,"_s).value(0),
                 u"EMP-C,\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\",2026-01-05,0:00,0,0.000,0:00,0,0:00,0,"_s);
    }

    void ledgerTable()
    {
        const Table t = Reports(m_db->db(), m_db->clock()).ledger(m_db->actor(u"a"_s));
        // Ann sees only her own: the lot, the half-day leave, the cancelled leave and its reversal.
        QStringList rows;
        for (const QList<Cell> &r : t.rows) {
            QCOMPARE(r[0].text, u"EMP-A"_s);
            rows << u"%1 %2 %3"_s.arg(r[3].text).arg(r[7].number).arg(r[4].text);
        }
        QCOMPARE(rows, (QStringList{u"Leave Allocation 1440 LAL-00001"_s, u"Leave Application -720 LAP-00001"_s,
                                    u"Leave Application -480 LAP-00002"_s, u"Leave Application 480 LAP-00002"_s}));
    }

    void xlsxIsAZipWithTheSheets()
    {
        const QString path = m_dir.filePath(u"timesheets.xlsx"_s);
        Reports reports(m_db->db(), m_db->clock());
        writeXlsx(reports.tables(Actor::system(), u"timesheets"_s), path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(4), QByteArray("PK\x03\x04"));
        f.close();

        const QString workbook = unzip(path, u"xl/workbook.xml"_s);
        QVERIFY2(workbook.contains(u"<sheet name=\"Timesheets\" sheetId=\"1\""_s), qPrintable(workbook));
        QVERIFY(workbook.contains(u"<sheet name=\"Time logs\" sheetId=\"2\""_s));
        const QString sheet1 = unzip(path, u"xl/worksheets/sheet1.xml"_s);
        QVERIFY2(sheet1.contains(u"<dimension ref=\"A1:N3\"/>"_s), qPrintable(sheet1.left(400)));
        QCOMPARE(sheet1.count(u"<row "_s), 3); // header + two timesheets
        QVERIFY(sheet1.contains(u"state=\"frozen\""_s));
        // EMP-A's 24 hours: decimal 24 in column G, 1440 minutes in H.
        QVERIFY(sheet1.contains(QRegularExpression(u"<c r=\"G2\" s=\"\\d+\"><v>24</v></c><c r=\"H2\"><v>1440</v></c>"_s)));
        QVERIFY(!sheet1.contains(u"<f>"_s));
        const QString strings = unzip(path, u"xl/sharedStrings.xml"_s);
        QVERIFY(strings.contains(u"<t>TS-00001</t>"_s));
        QVERIFY(strings.contains(u"<t>Ann Able</t>"_s));
        const QString sheet2 = unzip(path, u"xl/worksheets/sheet2.xml"_s);
        // TestDb::accrue spreads each lot's hours over the seven days of its week: 2 x 7 logs and the header.
        QCOMPARE(sheet2.count(u"<row "_s), 15);
    }

    void formulasStayTextInXlsx()
    {
        const QString path = m_dir.filePath(u"balances.xlsx"_s);
        writeXlsx({Reports(m_db->db(), m_db->clock()).balances(Actor::system(), QDate(2026, 1, 5))}, path);
        const QString strings = unzip(path, u"xl/sharedStrings.xml"_s);
        QVERIFY2(strings.contains(u"<t>=HYPERLINK(\"http://x.invalid\",\"click\")</t>"_s), qPrintable(strings));
        QVERIFY(!unzip(path, u"xl/worksheets/sheet1.xml"_s).contains(u"<f>"_s));
    }

    void employeeCalendar()
    {
        const QByteArray ics = Calendar(m_db->db(), m_db->clock()).employee(m_db->actor(u"a"_s), u"EMP-A"_s);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QString name;
        const QList<Event> events = parseIcs(ics, &name);
        QCOMPARE(name, u"Time off in lieu: Ann Able"_s);
        QCOMPARE(events.size(), 2); // the approved one and the one cancelled after approval; not Open, not Rejected
        QCOMPARE(events[0].uid, u"LAP-00001@lieu"_s);
        QCOMPARE(events[0].start, QDate(2026, 1, 12));
        QCOMPARE(events[0].end, QDate(2026, 1, 14)); // all-day: the day after the last
        QCOMPARE(events[0].summary, u"Time off in lieu (half day on 2026-01-13)"_s);
        QCOMPARE(events[0].halfDay, u"20260113"_s);
        QCOMPARE(events[0].status, u"CONFIRMED"_s);
        QCOMPARE(events[1].uid, u"LAP-00002@lieu"_s);
        QCOMPARE(events[1].start, QDate(2026, 1, 20));
        QCOMPARE(events[1].end, QDate(2026, 1, 21));
        QCOMPARE(events[1].status, u"CANCELLED"_s);
        QCOMPARE(events[1].halfDay, QString());
        // Stable UIDs: a second export names the same events the same way.
        const QByteArray again = Calendar(m_db->db(), m_db->clock()).employee(Actor::system(), u"EMP-A"_s);
        QCOMPARE(parseIcs(again, &name)[0].uid, events[0].uid);
    }

    void teamCalendar()
    {
        QString name;
        const QList<Event> events = parseIcs(Calendar(m_db->db(), m_db->clock()).team(m_db->actor(u"sup"_s), u"EMP-SUP"_s), &name);
        QCOMPARE(name, u"Time off in lieu: team of Sunil Supervisor"_s);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[1].employee, u"EMP-B"_s);
        QCOMPARE(events[1].start, QDate(2026, 1, 16));
        QCOMPARE(events[1].end, QDate(2026, 1, 17));
        QCOMPARE(events[1].summary, u"Time off in lieu: Ben Baker (half day)"_s);
        QCOMPARE(events[1].halfDay, u"20260116"_s);
    }

    void calendarsFollowWhoMaySee()
    {
        Calendar cal(m_db->db(), m_db->clock());
        QVERIFY_THROWS_EXCEPTION(Error, cal.employee(m_db->actor(u"b"_s), u"EMP-A"_s));
        QVERIFY_THROWS_EXCEPTION(Error, cal.team(m_db->actor(u"a"_s), u"EMP-SUP"_s));
        QVERIFY_THROWS_EXCEPTION(Error, cal.team(Actor::system(), u"EMP-A"_s)); // no direct reports
    }
};

QTEST_GUILESS_MAIN(TstExport)
#include "tst_export.moc"
