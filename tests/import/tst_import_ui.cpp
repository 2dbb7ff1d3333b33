// The import dialog and HR's Import & export page in real (offscreen) widgets, and the PDF statement.
#include "Directory.h"
#include "Error.h"
#include "ImportDialog.h"
#include "ImportExportPage.h"
#include "Leaves.h"
#include "Pages.h"
#include "Session.h"
#include "Statement.h"
#include "StatementPdf.h"
#include "TestDb.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace lieu;
using namespace lieu::test;
using namespace lieu::ui;
using namespace Qt::StringLiterals;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(LIEU_IMPORT_DATA "/") + QString::fromLatin1(name);
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"%1 failed: %2"_s.arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Pictures of the widgets go to LIEU_SCREENSHOT_DIR when it is set (to look at them), else to a temp dir.
void shoot(QWidget &w, const QString &name, const QString &fallbackDir)
{
    QString dir = qEnvironmentVariable("LIEU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = fallbackDir;
    w.show();
    QCoreApplication::processEvents();
    QVERIFY(w.grab().save(dir + u"/"_s + name + u".png"_s));
}

} // namespace

class TstImportUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<Session> m_session;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDb>(QDate(2026, 4, 1));
        m_db->addStandardPeople();
        Directory dir(m_db->db(), m_db->clock());
        for (const auto &[id, name, email] : {std::tuple{"EMP-AQ", "Avery Quinn", "avery.quinn@example.org"},
                                              std::tuple{"EMP-BM", "Blake Moreno", "blake.moreno@example.org"}}) {
            Employee e;
            e.id = QString::fromLatin1(id);
            e.name = QString::fromLatin1(name);
            e.email = QString::fromLatin1(email);
            e.login = e.id.toLower();
            e.reportsTo = u"EMP-SUP"_s;
            dir.add(Actor::system(), e);
        }
        m_session = std::make_unique<Session>(Database::open(m_db->spec()), std::make_shared<FixedClock>(QDate(2026, 4, 1)),
                                              m_db->actor(u"hr"_s));
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void previewThenImport()
    {
        ImportDialog dialog(*m_session);
        dialog.resize(960, 560);
        QSignalSpy changed(m_session.get(), &Session::dataChanged);
        // A Generic file with one stranger: previewed, nothing written, then imported.
        const QString path = m_dir.filePath(u"generic.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date;hours;billable;activity;description;email\r\n"
                "02.03.2026;7,5;Ja;Portal;Build;avery.quinn@example.org\r\n"
                "14.03.2026;2,25;Nein;Ops;\"Patch; reboot\";avery.quinn@example.org\r\n"
                "03.03.2026;1;Nein;Ops;Call;blake.moreno@example.org\r\n"
                "04.03.2026;3;Nein;Ops;Call;someone@example.org\r\n");
        f.close();
        dialog.setFile(path);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.plan().has_value());
        QTableWidget *weeks = dialog.weeksTable();
        QCOMPARE(weeks->rowCount(), 4); // three employee-weeks and the total
        auto cell = [weeks](int r, int c) { return weeks->item(r, c)->text(); };
        QCOMPARE(cell(0, 0), u"EMP-AQ"_s);
        QCOMPARE(cell(0, 2), u"2026-03-02 to 2026-03-08"_s);
        QCOMPARE(cell(0, 3), u"new Draft"_s);
        QCOMPARE(cell(0, 5), u"7:30"_s);
        QCOMPARE(cell(0, 6), u"0:00"_s);
        QCOMPARE(cell(1, 2), u"2026-03-09 to 2026-03-15"_s);
        QCOMPARE(cell(1, 6), u"2:15"_s);
        QCOMPARE(cell(2, 0), u"EMP-BM"_s);
        QCOMPARE(cell(3, 5), u"10:45"_s);
        QCOMPARE(cell(3, 6), u"3:15"_s);
        QCOMPARE(dialog.unmatchedTable()->rowCount(), 1);
        QCOMPARE(dialog.unmatchedTable()->item(0, 0)->text(), u"someone@example.org"_s);
        QCOMPARE(dialog.unmatchedTable()->item(0, 2)->text(), u"3:00"_s);
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(m_db->db().scalar(u"SELECT count(*) FROM time_log"_s).toInt(), 0);
        shoot(dialog, u"import-preview"_s, m_dir.path());

        QVERIFY(dialog.importFile());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_db->db().scalar(u"SELECT count(*) FROM time_log"_s).toInt(), 3);
        QCOMPARE(cell(0, 3), u"new TS-00001"_s);
        QVERIFY(!dialog.importButton()->isEnabled());
        shoot(dialog, u"import-done"_s, m_dir.path());
    }

    void aBadFileShowsWhereAndImportsNothing()
    {
        ImportDialog dialog(*m_session);
        dialog.resize(960, 420);
        QFile in(sample("kimai_export.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes.replace(",1:30,", ",1:3O,");
        const QString path = m_dir.filePath(u"bad.csv"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        dialog.setFile(path);
        QVERIFY2(dialog.errorText().contains(u"line 3, column 4 (Duration): \"1:3O\""_s), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.importFile());
        QCOMPARE(dialog.weeksTable()->rowCount(), 0);
        QCOMPARE(m_db->db().scalar(u"SELECT count(*) FROM time_log"_s).toInt(), 0);
        shoot(dialog, u"import-error"_s, m_dir.path());
    }

    void ambiguousDatesAskForTheOrder()
    {
        ImportDialog dialog(*m_session);
        const QString path = m_dir.filePath(u"dates.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,hours,billable,email\n03/02/2026,2,no,avery.quinn@example.org\n");
        f.close();
        dialog.setFile(path);
        QVERIFY(dialog.errorText().contains(u"dmy or mdy"_s));
        dialog.setDateOrder(import::DateOrder::MonthFirst);
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(dialog.weeksTable()->item(0, 2)->text(), u"2026-03-02 to 2026-03-08"_s);
        dialog.setDateOrder(import::DateOrder::DayFirst);
        QCOMPARE(dialog.weeksTable()->item(0, 2)->text(), u"2026-02-02 to 2026-02-08"_s);
    }

    void pageIsListedForHr()
    {
        bool found = false;
        for (const PageSpec &p : allPages())
            if (p.id == u"hr.import-export"_s) {
                found = true;
                QVERIFY(p.hr && !p.employee && !p.supervisor);
                QVERIFY(p.create);
            }
        QVERIFY(found);
    }

    void pageExportsAndStatement()
    {
        // Avery's week approved: a lot of 6:15, and half a day of it taken.
        import::Importer(m_session->db(), m_session->clock()).run(m_session->actor(), [] {
            QFile f(sample("toggl_detailed.csv"));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }(), {});
        Timesheets sheets(m_db->db(), m_db->clock());
        sheets.send(m_db->actor(u"emp-aq"_s), 1);
        sheets.approve(m_db->actor(u"sup"_s), 1);
        Leaves leaves(m_db->db(), m_db->clock());
        const qint64 la = leaves.apply(m_db->actor(u"emp-aq"_s), u"EMP-AQ"_s, QDate(2026, 3, 30), QDate(2026, 3, 30),
                                       QDate(2026, 3, 30), u"Afternoon off"_s);
        leaves.approve(m_db->actor(u"sup"_s), la);
        m_session->notifyChanged();

        QWidget *page = nullptr;
        for (const PageSpec &p : allPages()) // other areas add pages after this one
            if (p.id == u"hr.import-export"_s)
                page = p.create(*m_session, nullptr);
        auto *iep = qobject_cast<ImportExportPage *>(page);
        QVERIFY(iep);
        page->resize(900, 640);
        QVERIFY(iep->employeeBox()->findData(u"EMP-AQ"_s) >= 0);

        const QString xlsx = m_dir.filePath(u"ts.xlsx"_s), csv = m_dir.filePath(u"b.csv"_s), ics = m_dir.filePath(u"t.ics"_s);
        QVERIFY(iep->exportTables(u"timesheets"_s, u"xlsx"_s, xlsx));
        QVERIFY(run(u"unzip"_s, {u"-l"_s, xlsx}).contains(u"xl/worksheets/sheet2.xml"_s));
        QVERIFY(iep->exportTables(u"balances"_s, u"csv"_s, csv));
        QVERIFY(iep->exportCalendar(true, u"EMP-SUP"_s, ics));
        QCOMPARE(iep->statusText(), u"Saved 1 leave event(s) to "_s + QDir::toNativeSeparators(ics));
        QVERIFY(!iep->exportCalendar(true, u"EMP-AQ"_s, ics));
        QVERIFY(iep->statusText().contains(u"no direct reports"_s));

        const QString pdf = m_dir.filePath(u"statement.pdf"_s);
        QVERIFY(iep->saveStatement(u"EMP-AQ"_s, pdf));
        shoot(*page, u"import-export-page"_s, m_dir.path());
        delete page;

        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        QVERIFY2(run(u"pdfinfo"_s, {pdf}).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), "the statement is one page");
        const QString text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY2(text.contains(u"TOIL statement"_s), qPrintable(text));
        QVERIFY(text.contains(u"Avery Quinn (EMP-AQ)"_s));
        QVERIFY(text.contains(u"Sunil Supervisor"_s));
        // 6:15 accrued, 4:00 used on 30 March, 2:15 left until 2026-09-04 (180 days from 9 March).
        QVERIFY2(text.contains(u"2:15 h"_s) && text.contains(u"0.281 days"_s), qPrintable(text));
        QVERIFY(text.contains(QRegularExpression(u"LAL-00001\\s+TS-00001\\s+2026-03-09\\s+2026-09-04\\s+6:15\\s+4:00\\s+0:00\\s+2:15\\s+Valid"_s)));
        QVERIFY(text.contains(QRegularExpression(u"LAP-00001\\s+2026-03-30\\s+2026-03-30\\s+2026-03-30\\s+0.5\\s+4:00\\s+Approved"_s)));
        QString dir = qEnvironmentVariable("LIEU_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"80"_s, pdf, dir + u"/statement"_s});
    }

    void statementNeedsToSeeTheEmployee()
    {
        QVERIFY_THROWS_EXCEPTION(lieu::Error, reports::Statement::build(m_db->db(), m_db->clock(), m_db->actor(u"emp-bm"_s),
                                                                  u"EMP-AQ"_s, QDate(2026, 4, 1)));
    }
};

QTEST_MAIN(TstImportUi)
#include "tst_import_ui.moc"
