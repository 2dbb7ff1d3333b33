// Replays, in every test run, each input the fuzz target ever broke on (tests/fuzz/regressions/) and its
// seeds (tests/fuzz/corpus/), with the same checks as the fuzzer.
#include "FuzzOne.h"

#include <QtTest>

class TstFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        int n = 0;
        for (const char *dir : {LIEU_FUZZ_DIR "/regressions", LIEU_FUZZ_DIR "/corpus", LIEU_IMPORT_DATA}) {
            const QDir d(QString::fromUtf8(dir));
            for (const QFileInfo &f : d.entryInfoList(QDir::Files, QDir::Name)) {
                if (f.fileName() == QLatin1String("README.md"))
                    continue;
                QTest::newRow(qPrintable(f.fileName())) << f.filePath();
                ++n;
            }
        }
        QVERIFY(n >= 8);
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString problem = lieu::fuzz::checkOne(f.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TstFuzzRegressions)
#include "tst_fuzz_regressions.moc"
