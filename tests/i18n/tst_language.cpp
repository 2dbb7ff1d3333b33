// The desktop app's language: the main window's Language menu stores the user's choice and installs it,
// and the `lieu` program starts in the chosen language (or LIEU_LANG, or the system's).
#include "I18n.h"
#include "LanguageMenu.h"

#include "TestDb.h"

#include <QSignalSpy>
#include <QtTest>

#include <QAction>
#include <QImage>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace lieu;
using namespace lieu::ui;

class TestLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

#ifdef LIEU_PATH
    // `lieu --screenshot` on a demo database, with a home of its own holding `language` as the user's choice.
    QString screenshotMessage(const QString &chosen, const QMap<QString, QString> &env, const QString &png)
    {
        QTemporaryDir home;
        if (!chosen.isEmpty()) {
            QSettings s(home.filePath(QStringLiteral(".config/Lieu/Lieu.conf")), QSettings::IniFormat);
            s.setValue(QStringLiteral("ui/language"), chosen);
        }
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "LIEU_DB", "LIEU_TODAY", "LIEU_LANG", "XDG_CONFIG_HOME",
                                 "XDG_DATA_HOME", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            e.remove(QString::fromLatin1(name));
        e.insert(QStringLiteral("HOME"), home.path());
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(LIEU_PATH), {QStringLiteral("--db"), home.filePath(QStringLiteral("demo.sqlite")),
                                            QStringLiteral("--screenshot"), png});
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            return QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
#endif

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        I18n::setChosenLanguage({});
        I18n::install(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        I18n::install(QStringLiteral("en"));
    }

    void theMenuStoresAndInstallsTheChoice()
    {
        QMainWindow window;
        auto *menu = new LanguageMenu(&window);
        QCOMPARE(menu->title(), QStringLiteral("&Language"));
        QStringList names;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                names << a->text();
        QCOMPARE(names, (QStringList{QStringLiteral("Follow the system (English)"), QStringLiteral("English"),
                                     QStringLiteral("Deutsch"), QStringLiteral("Français"), QStringLiteral("Español"),
                                     QStringLiteral("Nederlands")}));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("language_system"))->isChecked());

        QSignalSpy chosen(menu, &LanguageMenu::chosen);
        menu->findChild<QAction *>(QStringLiteral("language_de"))->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
        QCOMPARE(I18n::chosenLanguage(), QStringLiteral("de"));
        QCOMPARE(I18n::current(), QStringLiteral("de"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Lieu spricht Deutsch in den Fenstern, die es ab jetzt öffnet: ab- und wieder anmelden, um auch "
                                "dieses darin zu sehen."));
        // What is built from now on speaks German, and remembers the choice.
        LanguageMenu again;
        QCOMPARE(again.title(), QStringLiteral("&Sprache"));
        QVERIFY(again.findChild<QAction *>(QStringLiteral("language_de"))->isChecked());

        again.findChild<QAction *>(QStringLiteral("language_system"))->trigger();
        QCOMPARE(I18n::chosenLanguage(), QString());
        QCOMPARE(I18n::current(), I18n::systemLanguage());
    }

#ifdef LIEU_PATH
    void theProgramStartsInTheChosenLanguage()
    {
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("lieu-de.png"));
        QString said = screenshotMessage(QStringLiteral("de"), {}, png);
        QVERIFY2(said.contains(QStringLiteral("Bildschirmfoto des Hauptfensters (hana angemeldet) in ")), qPrintable(said));
        QVERIFY(!QImage(png).isNull());
        if (qEnvironmentVariableIsSet("LIEU_KEEP_SCREENSHOTS"))
            QFile::copy(png, qEnvironmentVariable("LIEU_KEEP_SCREENSHOTS") + QStringLiteral("/lieu-de.png"));

        said = screenshotMessage({}, {{QStringLiteral("LIEU_LANG"), QStringLiteral("fr")}}, out.filePath(QStringLiteral("fr.png")));
        QVERIFY2(said.contains(QStringLiteral("Capture de la fenêtre principale (hana connecté) enregistrée dans ")), qPrintable(said));
        said = screenshotMessage({}, {{QStringLiteral("LANG"), QStringLiteral("nl_NL.UTF-8")}}, out.filePath(QStringLiteral("nl.png")));
        QVERIFY2(said.contains(QStringLiteral("Schermafbeelding van het hoofdvenster (hana aangemeld) opgeslagen in ")), qPrintable(said));
        said = screenshotMessage({}, {}, out.filePath(QStringLiteral("en.png")));
        QVERIFY2(said.contains(QStringLiteral("Saved a screenshot of the main window (hana signed in) to ")), qPrintable(said));
    }
#endif
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
