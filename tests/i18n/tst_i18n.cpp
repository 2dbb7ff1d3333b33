#include "Directory.h"
#include "Error.h"
#include "I18n.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Names.h"
#include "TestDb.h"
#include "Timesheets.h"

#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace lieu;
using lieu::test::TestDb;

namespace {
const QString A = QStringLiteral("EMP-A");
const QString B = QStringLiteral("EMP-B");
const QString C = QStringLiteral("EMP-C");

QString refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("(no error)");
}

void setLanguage(TestDb &t, const QString &id, const QString &language)
{
    Directory dir(t.db(), t.clock());
    Employee e = dir.get(id);
    e.language = language;
    dir.update(Actor::system(), e);
}

struct Mail
{
    QString recipient;
    QString subject;
    QString body;
};

QMap<QString, Mail> outbox(TestDb &t)
{
    QMap<QString, Mail> out;
    QSqlQuery q = t.db().exec(QStringLiteral("SELECT reference_name, recipient, subject, message FROM email_queue"));
    while (q.next())
        out.insert(q.value(0).toString(), Mail{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config; // this process's and lieuctl's QSettings live here, not in the user's home

    // lieuctl with a clean language environment plus `env`.
    Run lieuctl(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LIEU_LANG", "LIEU_USER", "LIEU_DB", "LIEU_TODAY", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            e.remove(QString::fromLatin1(name));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(LIEUCTL_PATH), args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        // Every catalogue is compiled in.
        for (const QString &l : I18n::languages())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/lieu_%1.qm").arg(l)), qPrintable(l));
    }

    void cleanup()
    {
        I18n::install(QStringLiteral("en"));
    }

    void keyMessages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("onlySupervisor");
        QTest::addColumn<QString>("insufficient");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Nur die direkte Führungskraft kann diesen Stundenzettel genehmigen")
                            << QStringLiteral("Unzureichendes Freizeitausgleichsguthaben: Der Urlaub braucht 24:00 h (3.000 Tage), an "
                                              "diesen Tagen sind aber nur 16:00 h (2.000 Tage) verfügbar; es fehlen 8:00 h (1.000 Tage)");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Seul le responsable direct peut approuver cette feuille de temps")
                            << QStringLiteral("Solde de récupération insuffisant : le congé nécessite 24:00 h (3.000 jours) mais "
                                              "16:00 h (2.000 jours) sont disponibles ces jours-là ; il manque 8:00 h (1.000 jours)");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("Solo el supervisor directo puede aprobar esta hoja de horas")
                            << QStringLiteral("Saldo de tiempo compensatorio insuficiente: la ausencia necesita 24:00 h (3.000 días), "
                                              "pero esos días hay 16:00 h (2.000 días) disponibles; faltan 8:00 h (1.000 días)");
        QTest::newRow("nl") << QStringLiteral("nl")
                            << QStringLiteral("Alleen de directe leidinggevende kan deze urenstaat goedkeuren")
                            << QStringLiteral("Onvoldoende tijd-voor-tijdsaldo: het verlof vraagt 24:00 u (3.000 dagen), maar op die "
                                              "dagen is 16:00 u (2.000 dagen) beschikbaar; tekort 8:00 u (1.000 dagen)");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Only the immediate supervisor can approve this timesheet")
                            << QStringLiteral("Insufficient TOIL Balance: the leave needs 24:00 h (3.000 days) but 16:00 h (2.000 days) "
                                              "is available on those days; short by 8:00 h (1.000 days)");
    }

    // The seed's two best-known messages, raised by core itself, in the application's language.
    void keyMessages()
    {
        QFETCH(QString, language);
        QFETCH(QString, onlySupervisor);
        QFETCH(QString, insufficient);
        QVERIFY(I18n::install(language));
        QCOMPARE(I18n::current(), language);

        TestDb t;
        t.addStandardPeople();
        t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 960);
        Timesheets sheets(t.db(), t.clock());
        const qint64 sheet = t.timesheet(A, QDate(2025, 12, 29), QDate(2026, 1, 4),
                                         {TestDb::log(QDate(2026, 1, 2), 60, false)});
        sheets.send(t.actor(QStringLiteral("a")), sheet);
        QCOMPARE(refusal([&] { sheets.approve(t.actor(QStringLiteral("other")), sheet); }), onlySupervisor);

        Leaves leaves(t.db(), t.clock());
        QCOMPARE(refusal([&] { leaves.apply(t.actor(QStringLiteral("a")), A, QDate(2026, 1, 12), QDate(2026, 1, 14), {}, {}); }),
                 insufficient);
    }

    // One run of the reminder job writes each e-mail in its recipient's language, whatever language
    // the program itself runs in.
    void remindersInEachEmployeesLanguage()
    {
        QVERIFY(I18n::install(QStringLiteral("nl")));
        TestDb t(QDate(2026, 6, 8));
        t.addStandardPeople();
        t.accrue(A, QDate(2025, 12, 29), QDate(2026, 1, 4), 330); // LAL-00001, last day 2026-07-03
        t.accrue(B, QDate(2025, 12, 29), QDate(2026, 1, 4), 90);  // LAL-00002
        t.accrue(C, QDate(2025, 12, 29), QDate(2026, 1, 4), 120); // LAL-00003
        setLanguage(t, A, QStringLiteral("de"));
        setLanguage(t, B, QStringLiteral("fr"));

        QCOMPARE(Jobs(t.db(), t.clock()).remind(30).queued, 3);
        const QMap<QString, Mail> mails = outbox(t);
        QCOMPARE(mails.size(), 3);

        QCOMPARE(mails[A].recipient, QStringLiteral("a@example.org"));
        QCOMPARE(mails[A].subject, QStringLiteral("Ihr Freizeitausgleich verfällt bald: 5:30 h bis 2026-07-03"));
        QCOMPARE(mails[A].body,
                 QStringLiteral("Hallo Ann Able,\n\n"
                                "Ein Teil Ihres Freizeitausgleichs verfällt innerhalb der nächsten 30 Tage. Nutzen Sie ihn vor dem "
                                "angegebenen letzten Tag, sonst verfällt er:\n\n"
                                "  LAL-00001: noch 5:30 h (0.688 Tage), letzter Tag zur Nutzung 2026-07-03\n\n"
                                "Insgesamt verfallen bald 5:30 h (0.688 Tage).\n\n"
                                "Diese Erinnerung wurde von Lieu gesendet."));

        QCOMPARE(mails[B].subject, QStringLiteral("Votre récupération expire bientôt : 1:30 h d'ici le 2026-07-03"));
        QCOMPARE(mails[B].body,
                 QStringLiteral("Bonjour Ben Baker,\n\n"
                                "Une partie de votre récupération expire dans les 30 prochains jours. Utilisez-la avant le dernier "
                                "jour indiqué, sinon elle sera perdue :\n\n"
                                "  LAL-00002 : il reste 1:30 h (0.188 jours), dernier jour pour l'utiliser 2026-07-03\n\n"
                                "Au total, 1:30 h (0.188 jours) expirent bientôt.\n\n"
                                "Ce rappel a été envoyé par Lieu."));

        QCOMPARE(mails[C].subject, QStringLiteral("Your TOIL expires soon: 2:00 h by 2026-07-03"));
        QVERIFY2(mails[C].body.startsWith(QStringLiteral("Dear Cat Cole,\n\nSome of your Time Off in Lieu expires within the next 30 "
                                                         "days. Use it before the last day shown, or it is lost:\n\n"
                                                         "  LAL-00003: 2:00 h (0.250 days) left, last day to use it 2026-07-03\n")),
                 qPrintable(mails[C].body));
        // The program's own language was left alone.
        QCOMPARE(I18n::current(), QStringLiteral("nl"));
        QCOMPARE(QCoreApplication::translate("Jobs", "This reminder was sent by Lieu."),
                 QStringLiteral("Deze herinnering is verzonden door Lieu."));
    }

    void pluralForms()
    {
        const char *source = "Some of your Time Off in Lieu expires within the next %n day(s). Use it before the last day "
                             "shown, or it is lost:";
        QCOMPARE(I18n::translate(QStringLiteral("en"), "Jobs", source, nullptr, 1),
                 QStringLiteral("Some of your Time Off in Lieu expires within the next 1 day. Use it before the last day shown, "
                                "or it is lost:"));
        QCOMPARE(I18n::translate(QStringLiteral("en"), "Jobs", source, nullptr, 7),
                 QStringLiteral("Some of your Time Off in Lieu expires within the next 7 days. Use it before the last day shown, "
                                "or it is lost:"));
        QCOMPARE(I18n::translate(QStringLiteral("de"), "Doctor", "%n waiting", nullptr, 1), QStringLiteral("1 wartet"));
        QCOMPARE(I18n::translate(QStringLiteral("de"), "Doctor", "%n waiting", nullptr, 4), QStringLiteral("4 warten"));
        // French uses the singular for 0 and 1.
        QCOMPARE(I18n::translate(QStringLiteral("fr"), "Auth", "Too many failed sign-ins: the account \"%1\" is locked for %n more second(s)",
                                 nullptr, 0),
                 QStringLiteral("Trop d'échecs de connexion : le compte « %1 » est verrouillé pendant encore 0 seconde"));
        QCOMPARE(I18n::translate(QStringLiteral("nl"), "CommandLine", "Queued %n reminder(s)", nullptr, 2),
                 QStringLiteral("2 herinneringen in de wachtrij gezet"));
        // Installed in the application, tr() answers with the plural forms too.
        QVERIFY(I18n::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("CommandLine", "Expired %n lot(s)", nullptr, 1), QStringLiteral("Expired 1 lot"));
        QCOMPARE(QCoreApplication::translate("CommandLine", "Expired %n lot(s)", nullptr, 3), QStringLiteral("Expired 3 lots"));
    }

    void choosingTheLanguage()
    {
        QCOMPARE(I18n::resolve(QStringLiteral("de_AT")), QStringLiteral("de"));
        QCOMPARE(I18n::resolve(QStringLiteral("nl-BE")), QStringLiteral("nl"));
        try {
            I18n::resolve(QStringLiteral("pt"));
            QFAIL("pt accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), QStringLiteral("language"));
            QCOMPARE(e.value(), QStringLiteral("pt"));
            QCOMPARE(e.message(), QStringLiteral("language: \"pt\" is not a language Lieu speaks (en, de, fr, es, nl)"));
        }
        // No choice: the system's language. A choice wins over the system's; clearing it follows the system again.
        I18n::setChosenLanguage({});
        QCOMPARE(I18n::chosenLanguage(), QString());
        QCOMPARE(I18n::resolve(), I18n::systemLanguage());
        I18n::setChosenLanguage(QStringLiteral("es"));
        QCOMPARE(I18n::chosenLanguage(), QStringLiteral("es"));
        QCOMPARE(I18n::resolve(), QStringLiteral("es"));
        QCOMPARE(I18n::resolve(QStringLiteral("fr")), QStringLiteral("fr")); // asked for explicitly
        QCOMPARE(QSettings(QStringLiteral("Lieu"), QStringLiteral("Lieu")).value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("es"));
        QVERIFY_THROWS_EXCEPTION(Error, I18n::setChosenLanguage(QStringLiteral("klingon")));
        QCOMPARE(I18n::chosenLanguage(), QStringLiteral("es"));
        I18n::setChosenLanguage({});
        QCOMPARE(I18n::chosenLanguage(), QString());
        QCOMPARE(I18n::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(I18n::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

    void employeeLanguageIsValidated()
    {
        TestDb t;
        t.addStandardPeople();
        Directory dir(t.db(), t.clock());
        Employee e = dir.get(A);
        QCOMPARE(e.language, QStringLiteral("en"));
        e.language = QStringLiteral("xx");
        try {
            dir.update(Actor::system(), e);
            QFAIL("xx accepted");
        } catch (const Error &err) {
            QCOMPARE(err.field(), QStringLiteral("language"));
            QCOMPARE(err.value(), QStringLiteral("xx"));
        }
        QCOMPARE(dir.get(A).language, QStringLiteral("en"));
        setLanguage(t, A, QStringLiteral("nl"));
        QCOMPARE(dir.get(A).language, QStringLiteral("nl"));
    }

    void lieuctlSpeaksTheLanguageAskedFor()
    {
        // --lang, then LIEU_LANG, then the user's choice, then the system locale.
        Run r = lieuctl({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("lieuctl: unbekannter Befehl „frobnicate“ (lieuctl --help listet die Befehle auf)\n"));
        r = lieuctl({QStringLiteral("frobnicate")}, {{QStringLiteral("LIEU_LANG"), QStringLiteral("es")}});
        QCOMPARE(r.err, QStringLiteral("lieuctl: orden desconocida «frobnicate» (lieuctl --help enumera las órdenes)\n"));
        r = lieuctl({QStringLiteral("--lang=fr"), QStringLiteral("frobnicate")}, {{QStringLiteral("LIEU_LANG"), QStringLiteral("es")}});
        QCOMPARE(r.err, QStringLiteral("lieuctl: commande inconnue « frobnicate » (lieuctl --help liste les commandes)\n"));
        r = lieuctl({QStringLiteral("frobnicate")}, {{QStringLiteral("LANG"), QStringLiteral("nl_NL.UTF-8")}});
        QCOMPARE(r.err, QStringLiteral("lieuctl: onbekende opdracht \"frobnicate\" (lieuctl --help toont de opdrachten)\n"));
        r = lieuctl({QStringLiteral("frobnicate")});
        QCOMPARE(r.err, QStringLiteral("lieuctl: unknown command \"frobnicate\" (lieuctl --help lists the commands)\n"));

        I18n::setChosenLanguage(QStringLiteral("fr")); // what the desktop app's setting stores
        r = lieuctl({QStringLiteral("frobnicate")}, {{QStringLiteral("LANG"), QStringLiteral("nl_NL.UTF-8")}});
        QCOMPARE(r.err, QStringLiteral("lieuctl: commande inconnue « frobnicate » (lieuctl --help liste les commandes)\n"));
        I18n::setChosenLanguage({});

        r = lieuctl({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Aufruf: lieuctl [--db ")), qPrintable(r.out));

        r = lieuctl({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("lieuctl: language: \"xx\" is not a language Lieu speaks (en, de, fr, es, nl)\n"));
        r = lieuctl({QStringLiteral("--lang")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("lieuctl: --lang needs a value (en, de, fr, es, nl)\n"));
    }

    void lieuctlRefusesInTheLanguageAskedFor()
    {
        TestDb t;
        t.addStandardPeople();
        const qint64 sheet = t.timesheet(A, QDate(2025, 12, 29), QDate(2026, 1, 4), {TestDb::log(QDate(2026, 1, 2), 60, false)});
        Timesheets(t.db(), t.clock()).send(t.actor(QStringLiteral("a")), sheet);
        const QString name = Names::format(DocKind::Timesheet, sheet);
        const QStringList approve{QStringLiteral("--db"), t.spec(), QStringLiteral("--today"), QStringLiteral("2026-01-05"),
                                  QStringLiteral("--as"), QStringLiteral("other"), QStringLiteral("timesheet"),
                                  QStringLiteral("approve"), name};
        const QMap<QString, QString> expected{
            {QStringLiteral("de"), QStringLiteral("Nur die direkte Führungskraft kann diesen Stundenzettel genehmigen")},
            {QStringLiteral("fr"), QStringLiteral("Seul le responsable direct peut approuver cette feuille de temps")},
            {QStringLiteral("es"), QStringLiteral("Solo el supervisor directo puede aprobar esta hoja de horas")},
            {QStringLiteral("nl"), QStringLiteral("Alleen de directe leidinggevende kan deze urenstaat goedkeuren")},
            {QStringLiteral("en"), QStringLiteral("Only the immediate supervisor can approve this timesheet")}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Run r = lieuctl(approve + QStringList{QStringLiteral("--lang"), it.key()});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err, QStringLiteral("lieuctl: ") + it.value() + QLatin1Char('\n'));
        }
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
