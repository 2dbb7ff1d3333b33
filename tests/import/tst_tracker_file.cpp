// Reading tracker exports without a database: layouts, the value forms real files use, and refusals that
// name the line, the column and the value.
#include "Error.h"
#include "TrackerFile.h"

#include <QtTest>

using namespace lieu;
using namespace lieu::import;
using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(LIEU_IMPORT_DATA "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open sample %s", name);
    return f.readAll();
}

ReadResult readText(const QString &text, ReadOptions options = {})
{
    return TrackerFile::read(text.toUtf8(), options);
}

Error refusal(const QByteArray &bytes, ReadOptions options = {})
{
    try {
        TrackerFile::read(bytes, options);
    } catch (const Error &e) {
        return e;
    }
    return Error::rule(u"no error"_s);
}

const QString kTogglHeader =
    u"User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()\n"_s;

} // namespace

class TstTrackerFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesAreDetectedAndRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("layout");
        QTest::addColumn<QList<qint64>>("minutes");
        QTest::addColumn<QList<bool>>("billable");
        QTest::newRow("toggl") << u"toggl_detailed.csv"_s << int(Layout::Toggl)
                               << QList<qint64>{210, 135, 240, 510, 75} << QList<bool>{true, false, false, true, false};
        QTest::newRow("clockify") << u"clockify_detailed.csv"_s << int(Layout::Clockify) << QList<qint64>{480, 150, 180}
                                  << QList<bool>{true, false, false};
        QTest::newRow("kimai") << u"kimai_export.csv"_s << int(Layout::Kimai) << QList<qint64>{480, 90, 180}
                               << QList<bool>{true, false, false};
        QTest::newRow("harvest") << u"harvest_detailed.csv"_s << int(Layout::Harvest) << QList<qint64>{450, 105, 135}
                                 << QList<bool>{true, false, false};
    }

    void samplesAreDetectedAndRead()
    {
        QFETCH(QString, file);
        QFETCH(int, layout);
        QFETCH(QList<qint64>, minutes);
        QFETCH(QList<bool>, billable);
        const ReadResult r = TrackerFile::read(sample(qPrintable(file)), {});
        QCOMPARE(int(r.layout), layout);
        QCOMPARE(r.records, minutes.size());
        QCOMPARE(r.rows.size(), minutes.size());
        for (int i = 0; i < minutes.size(); ++i) {
            QCOMPARE(r.rows[i].minutes, minutes[i]);
            QCOMPARE(r.rows[i].billable, billable[i]);
            QCOMPARE(r.rows[i].line, i + 2);
            QVERIFY(r.rows[i].sourceKey.startsWith(u"import:"_s));
        }
    }

    void togglSampleDetails()
    {
        const ReadResult r = TrackerFile::read(sample("toggl_detailed.csv"), {});
        QCOMPARE(r.rows[0].email, u"avery.quinn@example.org"_s);
        QCOMPARE(r.rows[0].person, u"Avery Quinn <avery.quinn@example.org>"_s);
        QCOMPARE(r.rows[0].date, QDate(2026, 3, 2));
        QCOMPARE(r.rows[0].start, QTime(9, 0));
        QCOMPARE(r.rows[0].description, u"Invoice export, batch job"_s);
        QCOMPARE(r.rows[0].activity, u"Billing portal / Backend"_s);
        QCOMPARE(r.rows[2].activity, u"Operations"_s);
    }

    void harvestSampleNamesPeople()
    {
        const ReadResult r = TrackerFile::read(sample("harvest_detailed.csv"), {});
        QCOMPARE(r.rows[2].firstName, u"Blake"_s);
        QCOMPARE(r.rows[2].lastName, u"Moreno"_s);
        QCOMPARE(r.rows[2].email, QString());
        QCOMPARE(r.rows[2].description, u"Smoke tests after hours"_s);
        QCOMPARE(r.rows[2].activity, u"Mobile app / QA"_s);
    }

    void sourceKeysAreStableAndDistinct()
    {
        const ReadResult a = TrackerFile::read(sample("toggl_detailed.csv"), {});
        const ReadResult b = TrackerFile::read(sample("toggl_detailed.csv"), {});
        QSet<QString> keys;
        for (int i = 0; i < a.rows.size(); ++i) {
            QCOMPARE(a.rows[i].sourceKey, b.rows[i].sourceKey);
            keys.insert(a.rows[i].sourceKey);
        }
        QCOMPARE(keys.size(), a.rows.size());
        // Two identical rows are two entries, told apart by their order.
        const QString row = u"Ann,ann@example.org,,P,,Same,No,2026-03-02,10:00:00,2026-03-02,11:00:00,01:00:00,,0\n"_s;
        const ReadResult twice = readText(kTogglHeader + row + row);
        QCOMPARE(twice.rows.size(), 2);
        QVERIFY(twice.rows[0].sourceKey != twice.rows[1].sourceKey);
    }

    void byteOrderMarkSemicolonsAndCrlf()
    {
        // A Kimai export in German from a spreadsheet: BOM, ';', CRLF, decimal commas, day-first dates, Ja/Nein.
        const QByteArray bytes = "\xEF\xBB\xBF"
                                 "Datum;Von;Bis;Dauer;Name;Benutzer;E-Mail;Kunde;Projekt;T\xC3\xA4tigkeit;Beschreibung;Abrechenbar\r\n"
                                 "16.03.2026;09:00;17:00;8:00;Avery Quinn;aquinn;avery.quinn@example.org;Northwind;Portal;Entwicklung;Bericht;Ja\r\n"
                                 "17.03.2026;18:00;19:30;1,5;Avery Quinn;aquinn;avery.quinn@example.org;Intern;Betrieb;Support;\"Sp\xC3\xA4t; dringend\";Nein\r\n";
        const ReadResult r = TrackerFile::read(bytes, {});
        QCOMPARE(r.layout, Layout::Kimai);
        QCOMPARE(r.separator, QLatin1Char(';'));
        QCOMPARE(r.encoding, u"UTF-8 with BOM"_s);
        QCOMPARE(r.dateOrder, DateOrder::DayFirst);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].date, QDate(2026, 3, 16));
        QCOMPARE(r.rows[0].minutes, 480);
        QCOMPARE(r.rows[0].billable, true);
        QCOMPARE(r.rows[0].activity, u"Portal / Entwicklung"_s);
        QCOMPARE(r.rows[1].date, QDate(2026, 3, 17));
        QCOMPARE(r.rows[1].minutes, 90);
        QCOMPARE(r.rows[1].billable, false);
        QCOMPARE(r.rows[1].description, u"Spät; dringend"_s);
        QCOMPARE(r.rows[1].line, 3);
    }

    void localisedKimaiHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("yes");
        QTest::addColumn<QString>("no");
        QTest::newRow("en") << u"Date,From,To,Duration,User,E-mail,Project,Activity,Description,Billable"_s << u"Yes"_s << u"No"_s;
        QTest::newRow("de") << u"Datum,Beginn,Ende,Dauer,Benutzer,E-Mail,Projekt,Tätigkeit,Beschreibung,Abrechenbar"_s << u"Ja"_s << u"Nein"_s;
        QTest::newRow("fr") << u"Date,Début,Fin,Durée,Utilisateur,E-mail,Projet,Activité,Description,Facturable"_s << u"Oui"_s << u"Non"_s;
        QTest::newRow("es") << u"Fecha,Desde,Hasta,Duración,Usuario,Correo electrónico,Proyecto,Actividad,Descripción,Facturable"_s << u"Sí"_s << u"No"_s;
        QTest::newRow("nl") << u"Datum,Van,Tot,Duur,Gebruiker,E-mail,Project,Activiteit,Omschrijving,Factureerbaar"_s << u"Ja"_s << u"Nee"_s;
    }

    void localisedKimaiHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QString, yes);
        QFETCH(QString, no);
        const QString text = header + u"\n2026-03-16,09:00,17:00,8:00,aq,avery.quinn@example.org,Portal,Dev,Work,"_s + yes +
                             u"\n2026-03-16,18:00,19:15,1:15,aq,avery.quinn@example.org,Ops,Support,Late,"_s + no + u"\n"_s;
        const ReadResult r = readText(text);
        QCOMPARE(r.layout, Layout::Kimai);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].billable, true);
        QCOMPARE(r.rows[1].billable, false);
        QCOMPARE(r.rows[1].minutes, 75);
        QCOMPARE(r.rows[1].start, QTime(18, 0));
        QCOMPARE(r.rows[1].activity, u"Ops / Support"_s);
        QCOMPARE(r.rows[1].description, u"Late"_s);
    }

    void yesNoWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("value");
        for (const char *w : {"Yes", "yes", "TRUE", "1", "Ja", "ja", "Oui", "Sí", "si", "Waar", "y"})
            QTest::newRow(w) << QString::fromUtf8(w) << true;
        for (const char *w : {"No", "false", "0", "Nein", "Non", "no", "Nee", "Falso", "n", "Non-billable"})
            QTest::newRow(w) << QString::fromUtf8(w) << false;
    }

    void yesNoWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, value);
        bool v = !value;
        QVERIFY(TrackerFile::parseYesNo(text, &v));
        QCOMPARE(v, value);
    }

    void twelveHourTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("time");
        QTest::newRow("am") << u"9:05 AM"_s << QTime(9, 5);
        QTest::newRow("pm seconds") << u"05:30:15 PM"_s << QTime(17, 30, 15);
        QTest::newRow("noon") << u"12:00 PM"_s << QTime(12, 0);
        QTest::newRow("midnight") << u"12:15 am"_s << QTime(0, 15);
        QTest::newRow("dots") << u"11:45 p.m."_s << QTime(23, 45);
        QTest::newRow("hour only") << u"7 PM"_s << QTime(19, 0);
        QTest::newRow("24h") << u"23:59:59"_s << QTime(23, 59, 59);
    }

    void twelveHourTimes()
    {
        QFETCH(QString, text);
        QFETCH(QTime, time);
        QTime t;
        QVERIFY(TrackerFile::parseTime(text, &t));
        QCOMPARE(t, time);
    }

    void badTimes()
    {
        QTime t;
        for (const QString &s : {u"13:00 PM"_s, u"0:30 AM"_s, u"25:00"_s, u"9"_s, u"9:60"_s, u"noon"_s})
            QVERIFY2(!TrackerFile::parseTime(s, &t), qPrintable(s));
    }

    void twelveHourTimesCountTheDuration()
    {
        // No duration: the length comes from the 12-hour start and end times.
        const QString text = kTogglHeader +
                             u"Ann,ann@example.org,,P,,Evening,No,03/16/2026,07:30:00 PM,03/16/2026,10:15:00 PM,,,0\n"_s;
        const ReadResult r = readText(text);
        QCOMPARE(r.dateOrder, DateOrder::MonthFirst);
        QCOMPARE(r.rows[0].date, QDate(2026, 3, 16));
        QCOMPARE(r.rows[0].start, QTime(19, 30));
        QCOMPARE(r.rows[0].minutes, 165);
    }

    void pastMidnightCountsOnTheStartDate()
    {
        const QString text = kTogglHeader +
                             u"Ann,ann@example.org,,Ops,,Night deploy,No,2026-03-06,22:30:00,2026-03-07,01:15:00,02:45:00,,0\n"
                             "Ann,ann@example.org,,Ops,,No duration,No,2026-03-07,23:00:00,2026-03-08,01:30:00,,,0\n"_s;
        const ReadResult r = readText(text);
        QCOMPARE(r.rows[0].date, QDate(2026, 3, 6));
        QCOMPARE(r.rows[0].minutes, 165);
        QCOMPARE(r.rows[1].date, QDate(2026, 3, 7));
        QCOMPARE(r.rows[1].minutes, 150);
        // Kimai writes only times: an end before the start is the next morning.
        const ReadResult k = readText(u"Date,From,To,Duration,E-mail,Billable\n2026-03-20,22:00,01:30,,a@example.org,No\n"_s);
        QCOMPARE(k.rows[0].date, QDate(2026, 3, 20));
        QCOMPARE(k.rows[0].minutes, 210);
    }

    void durationForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("h:mm") << u"7:30"_s << qint64(450);
        QTest::newRow("hh:mm:ss") << u"07:30:00"_s << qint64(450);
        QTest::newRow("seconds round half up") << u"00:10:30"_s << qint64(11);
        QTest::newRow("seconds round down") << u"1:00:29"_s << qint64(60);
        QTest::newRow("decimal dot") << u"7.5"_s << qint64(450);
        QTest::newRow("decimal comma") << u"\"7,25\""_s << qint64(435);
        QTest::newRow("two decimals") << u"1.33"_s << qint64(80);
        QTest::newRow("leading dot") << u".25"_s << qint64(15);
        QTest::newRow("whole") << u"3"_s << qint64(180);
    }

    void durationForms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minutes);
        const ReadResult r = readText(u"date,hours,billable,activity,description,email\n2026-03-02,"_s + text +
                                      u",no,Support,,a@example.org\n"_s);
        QCOMPARE(r.layout, Layout::Generic);
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].minutes, minutes);
    }

    void zeroDurationRowsAreSkipped()
    {
        const ReadResult r = readText(u"date,hours,billable,email\n2026-03-02,00:00:20,no,a@example.org\n"
                                      "2026-03-02,1,no,a@example.org\n"_s);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.zeroLines, QList<int>{2});
        QCOMPARE(r.rows.size(), 1);
    }

    void dateOrderIsDetectedWhenADayIsAbove12()
    {
        const QString header = u"date,hours,billable,email\n"_s;
        const ReadResult dmy = readText(header + u"02/03/2026,1,no,a@example.org\n13/03/2026,1,no,a@example.org\n"_s);
        QCOMPARE(dmy.dateOrder, DateOrder::DayFirst);
        QCOMPARE(dmy.rows[0].date, QDate(2026, 3, 2));
        const ReadResult mdy = readText(header + u"03/02/2026,1,no,a@example.org\n03/13/2026,1,no,a@example.org\n"_s);
        QCOMPARE(mdy.dateOrder, DateOrder::MonthFirst);
        QCOMPARE(mdy.rows[0].date, QDate(2026, 3, 2));
        const ReadResult shortYear = readText(header + u"20.03.26,1,no,a@example.org\n"_s);
        QCOMPARE(shortYear.rows[0].date, QDate(2026, 3, 20));
    }

    void ambiguousDatesNeedTheCallerToSay()
    {
        const QByteArray bytes = "date,hours,billable,email\n02/03/2026,1,no,a@example.org\n04/03/2026,1,no,a@example.org\n";
        const Error e = refusal(bytes);
        QCOMPARE(e.field(), u"dates"_s);
        QCOMPARE(e.value(), u"02/03/2026"_s);
        QVERIFY2(e.message().contains(u"dmy or mdy"_s), qPrintable(e.message()));
        const ReadResult dmy = TrackerFile::read(bytes, {Layout::Auto, DateOrder::DayFirst});
        QCOMPARE(dmy.rows[1].date, QDate(2026, 3, 4));
        const ReadResult mdy = TrackerFile::read(bytes, {Layout::Auto, DateOrder::MonthFirst});
        QCOMPARE(mdy.rows[1].date, QDate(2026, 4, 3));
    }

    void disagreeingDatesAreRefused()
    {
        const Error e = refusal("date,hours,billable,email\n13/03/2026,1,no,a@example.org\n03/14/2026,1,no,a@example.org\n");
        QCOMPARE(e.field(), u"dates"_s);
        QVERIFY2(e.message().contains(u"line 2"_s) && e.message().contains(u"line 3"_s), qPrintable(e.message()));
    }

    void explicitOrderThatDoesNotFitNamesTheCell()
    {
        const Error e = refusal("date,hours,billable,email\n2026-03-02,1,no,a@example.org\n13/03/2026,1,no,a@example.org\n",
                                {Layout::Auto, DateOrder::MonthFirst});
        QCOMPARE(e.field(), u"line 3, column 1"_s);
        QCOMPARE(e.value(), u"13/03/2026"_s);
        const Error ymd = refusal("date,hours,billable,email\n02/03/2026,1,no,a@example.org\n", {Layout::Auto, DateOrder::YearFirst});
        QCOMPARE(ymd.field(), u"line 2, column 1"_s);
    }

    void quotedCommasAndLineBreaksInDescriptions()
    {
        const QString text = kTogglHeader +
                             u"Ann,ann@example.org,,\"Ops, internal\",,\"Line one,\nline \"\"two\"\"\",No,2026-03-02,,,,1:00:00,,0\n"
                             "Ann,ann@example.org,,Ops,,After,No,2026-03-03,,,,0:30:00,,0\n"_s;
        const ReadResult r = readText(text);
        QCOMPARE(r.rows[0].activity, u"Ops, internal"_s);
        QCOMPARE(r.rows[0].description, u"Line one,\nline \"two\""_s);
        QCOMPARE(r.rows[1].line, 4);
    }

    void aBadRowNamesLineColumnAndValue()
    {
        QByteArray bytes = sample("toggl_detailed.csv");
        bytes.replace("01:15:00", "1h15");
        const Error e = refusal(bytes);
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QCOMPARE(e.field(), u"line 6, column 12"_s);
        QCOMPARE(e.value(), u"1h15"_s);
        QCOMPARE(e.message(), u"line 6, column 12 (Duration): \"1h15\" is not an amount of hours (write 7.5, 7,5, 7:30 or 07:30:00)"_s);
    }

    void otherBadCells_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("billable") << u"2026-03-02,1,maybe,a@example.org"_s << u"line 2, column 3"_s << u"maybe"_s;
        QTest::newRow("empty billable") << u"2026-03-02,1,,a@example.org"_s << u"line 2, column 3"_s << QString();
        QTest::newRow("email") << u"2026-03-02,1,no,nobody"_s << u"line 2, column 4"_s << u"nobody"_s;
        QTest::newRow("date") << u"2026-02-30,1,no,a@example.org"_s << u"line 2, column 1"_s << u"2026-02-30"_s;
        QTest::newRow("over a day") << u"2026-03-02,25,no,a@example.org"_s << u"line 2, column 2"_s << u"25"_s;
        QTest::newRow("negative") << u"2026-03-02,-1,no,a@example.org"_s << u"line 2, column 2"_s << u"-1"_s;
        QTest::newRow("empty hours") << u"2026-03-02,,no,a@example.org"_s << u"line 2, column 2"_s << QString();
    }

    void otherBadCells()
    {
        QFETCH(QString, row);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const Error e = refusal((u"date,hours,billable,email\n"_s + row + u"\n"_s).toUtf8());
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QCOMPARE(e.field(), field);
        QCOMPARE(e.value(), value);
    }

    void genericColumnsInAnyOrder()
    {
        const ReadResult r = readText(u"E-mail,Description,Billable,Hours,Activity,Date\n"
                                      "b@example.org,\"Fix, deploy\",No,2.25,Ops,2026-03-04\n"_s);
        QCOMPARE(r.layout, Layout::Generic);
        QCOMPARE(r.rows[0].email, u"b@example.org"_s);
        QCOMPARE(r.rows[0].minutes, 135);
        QCOMPARE(r.rows[0].activity, u"Ops"_s);
        QCOMPARE(r.rows[0].description, u"Fix, deploy"_s);
    }

    void forcedLayoutNeedsItsColumns()
    {
        const Error e = refusal(sample("kimai_export.csv"), {Layout::Harvest, DateOrder::Detect});
        QCOMPARE(e.field(), u"line 1, column 1"_s);
        QVERIFY2(e.message().contains(u"first name"_s), qPrintable(e.message()));
        // The same file read as what it is.
        QCOMPARE(TrackerFile::read(sample("kimai_export.csv"), {Layout::Kimai, DateOrder::Detect}).rows.size(), 3);
    }

    void unknownHeaderIsRefused()
    {
        const Error e = refusal("when,how long\n2026-03-02,1\n");
        QCOMPARE(e.field(), u"line 1, column 1"_s);
        QVERIFY2(e.message().contains(u"matches no known layout"_s), qPrintable(e.message()));
    }

    void namesOfOptions()
    {
        QCOMPARE(layoutFromName(u"Clockify"_s, u"format"_s), Layout::Clockify);
        QCOMPARE(dateOrderFromName(u"dmy"_s, u"dates"_s), DateOrder::DayFirst);
        QVERIFY_THROWS_EXCEPTION(Error, layoutFromName(u"excel"_s, u"format"_s));
        QVERIFY_THROWS_EXCEPTION(Error, dateOrderFromName(u"dd/mm"_s, u"dates"_s));
    }
};

QTEST_GUILESS_MAIN(TstTrackerFile)
#include "tst_tracker_file.moc"
