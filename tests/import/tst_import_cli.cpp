// lieuctl import and export, run as a real process on a real SQLite file.
#include <QtTest>

using namespace Qt::StringLiterals;

class TstImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run lieuctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LIEU_DB"_s, m_db);
        env.insert(u"LIEU_TODAY"_s, u"2026-04-01"_s);
        env.remove(u"LIEU_USER"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LIEUCTL_PATH), args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QString sample(const char *name) { return QStringLiteral(LIEU_IMPORT_DATA "/") + QString::fromLatin1(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"cli.sqlite"_s);
        QCOMPARE(lieuctl({u"init"_s}).code, 0);
        for (const QStringList &args :
             {QStringList{u"EMP-1"_s, u"--name"_s, u"Hana HR"_s, u"--email"_s, u"hana@example.org"_s, u"--login"_s, u"hana"_s, u"--hr"_s},
              QStringList{u"EMP-2"_s, u"--name"_s, u"Sam Sup"_s, u"--email"_s, u"sam@example.org"_s, u"--login"_s, u"sam"_s,
                          u"--reports-to"_s, u"EMP-1"_s},
              QStringList{u"EMP-AQ"_s, u"--name"_s, u"Avery Quinn"_s, u"--email"_s, u"avery.quinn@example.org"_s, u"--login"_s,
                          u"avery"_s, u"--reports-to"_s, u"EMP-2"_s},
              QStringList{u"EMP-BM"_s, u"--name"_s, u"Blake Moreno"_s, u"--email"_s, u"blake.moreno@example.org"_s,
                          u"--login"_s, u"blake"_s, u"--reports-to"_s, u"EMP-2"_s}})
            QCOMPARE(lieuctl(QStringList{u"employee"_s, u"add"_s} + args).code, 0);
    }

    void dryRunWritesNothing()
    {
        const Run r = lieuctl({u"import"_s, sample("clockify_detailed.csv"), u"--dry-run"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(u"layout"_s).toString(), u"clockify"_s);
        QCOMPARE(j.value(u"dry_run"_s).toBool(), true);
        QCOMPARE(j.value(u"minutes"_s).toInt(), 810);
        QCOMPARE(j.value(u"toil_minutes"_s).toInt(), 330);
        QCOMPARE(j.value(u"created"_s).toArray().size(), 0);
        const QJsonArray weeks = j.value(u"weeks"_s).toArray();
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks[0].toObject().value(u"week_start"_s).toString(), u"2026-03-09"_s);
        QCOMPARE(weeks[0].toObject().value(u"toil_hours"_s).toString(), u"2:30"_s);
        QCOMPARE(lieuctl({u"timesheet"_s, u"list"_s, u"--json"_s}).json().value(u"timesheets"_s).toArray().size(), 0);
    }

    void importTwice()
    {
        Run r = lieuctl({u"--as"_s, u"hana"_s, u"import"_s, sample("harvest_detailed.csv"), u"--format"_s, u"harvest"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Imported 3 log(s), 11:30 h, TOIL 4:00 h"), r.out.constData());
        QVERIFY2(r.out.contains("new Draft TS-00001"), r.out.constData());
        r = lieuctl({u"import"_s, sample("harvest_detailed.csv"), u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"logs"_s).toInt(), 0);
        QCOMPARE(r.json().value(u"already_imported"_s).toArray().size(), 3);
    }

    void aBadFileIsRefusedWithItsLine()
    {
        QFile in(sample("toggl_detailed.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes.replace("01:15:00", "1h15");
        const QString bad = m_dir.filePath(u"bad.csv"_s);
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Run r = lieuctl({u"import"_s, bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("line 6, column 12 (Duration): \"1h15\""), r.err.constData());
        const Run ambiguous = lieuctl({u"import"_s, sample("kimai_export.csv"), u"--dates"_s, u"dd/mm"_s});
        QCOMPARE(ambiguous.code, 1);
        QVERIFY(ambiguous.err.contains("dates: \"dd/mm\" is not a date order"));
        QCOMPARE(lieuctl({u"--as"_s, u"avery"_s, u"import"_s, sample("kimai_export.csv")}).code, 1);
        QCOMPARE(lieuctl({u"import"_s, sample("kimai_export.csv"), u"--bogus"_s, u"x"_s}).code, 2);
    }

    void exports()
    {
        const QString csv = m_dir.filePath(u"ts.csv"_s), xlsx = m_dir.filePath(u"ts.xlsx"_s), ics = m_dir.filePath(u"aq.ics"_s);
        QCOMPARE(lieuctl({u"export"_s, u"timesheets"_s, u"--format"_s, u"csv"_s, csv}).code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains("TS-00001,EMP-AQ,Avery Quinn,2026-03-23,2026-03-29,Draft,9:15,555,1:45,105,0.219,Pending Accrual,,"),
                 text.constData());
        QCOMPARE(lieuctl({u"export"_s, u"ledger"_s, xlsx}).code, 0);
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QCOMPARE(x.read(2), QByteArray("PK"));
        const Run ical = lieuctl({u"export"_s, u"ical"_s, u"--employee"_s, u"EMP-AQ"_s, ics, u"--json"_s});
        QCOMPARE(ical.code, 0);
        QCOMPARE(ical.json().value(u"events"_s).toInt(), 0);
        QVERIFY(QFile::exists(ics));
        QCOMPARE(lieuctl({u"export"_s, u"ical"_s, ics}).code, 2);
        QCOMPARE(lieuctl({u"export"_s, u"balances"_s, m_dir.filePath(u"b.ods"_s)}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TstImportCli)
#include "tst_import_cli.moc"
