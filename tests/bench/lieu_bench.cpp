// lieu_bench: how long core takes for the everyday operations on a large database (one made by
// `lieuctl generate`), each next to the same answer from one hand-written SQL statement on the same
// connection. It changes the database it runs on: run it on a copy (tests/bench/run.sh does).
//
//   lieu_bench --db FILE [--app PATH_TO_LIEU] [--benchmark_filter=...]
#include "Harness.h"
#include "Operations.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace lieu;
using namespace lieu::bench;
using namespace Qt::StringLiterals;

namespace {

// Runs nothing itself: the table at the end says it all.
class QuietReporter final : public benchmark::BenchmarkReporter
{
public:
    bool ReportContext(const Context &) override { return true; }
    void ReportRuns(const std::vector<Run> &) override {}
};

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

QString firstLine(const QString &path, const QByteArray &prefix = {})
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith(prefix))
                return QString::fromUtf8(line.simplified());
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    benchmark::Initialize(&argc, argv);
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const int dbAt = int(args.indexOf(QStringLiteral("--db")));
    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        err << "usage: lieu_bench --db FILE [--app PATH_TO_LIEU] [--benchmark_filter=REGEX]\n";
        return 2;
    }
    const QString path = args.at(dbAt + 1);
    const int appAt = int(args.indexOf(QStringLiteral("--app")));
    const QString appPath = appAt >= 0 && appAt + 1 < args.size() ? args.at(appAt + 1) : QString();

    try {
        std::unique_ptr<Database> db = Database::open(path);
        db->requireCurrentSchema();
        Operations ops(*db, path, appPath);
        const Facts f = ops.prepare();
        out << "# Lieu benchmark\n\n"
            << "- database: "
            << (QFileInfo::exists(path) ? QFileInfo(path).fileName() + u", "_s +
                                              QString::number(QFileInfo(path).size() / 1048576.0, 'f', 0) + u" MiB"_s
                                        : db->describe())
            << "; today " << f.today.toString(Qt::ISODate) << "\n"
            << "- " << f.employees << " employees, " << f.timesheets << " timesheets, " << f.timeLogs << " time logs, "
            << f.lots << " lots, " << f.ledgerEntries << " ledger entries, " << f.applications << " leave applications, "
            << f.auditEntries << " audit entries\n"
            << "- machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " logical CPUs, "
            << firstLine(QStringLiteral("/proc/meminfo"), "MemTotal") << "; " << QSysInfo::prettyProductName()
            << "; Qt " << qVersion() << "; " << f.storeVersion << "\n"
            << "- load average before: " << firstLine(QStringLiteral("/proc/loadavg")) << "\n\n";
        out.flush();

        ops.registerAll();
        QuietReporter quiet;
        benchmark::RunSpecifiedBenchmarks(&quiet);
        benchmark::Shutdown();

        out << "- load average after: " << firstLine(QStringLiteral("/proc/loadavg")) << "\n\n";
        const int missed = printTable(ops.rows(), out);
        out << "\n" << (missed ? QStringLiteral("%1 target(s) NOT MET").arg(missed) : QStringLiteral("every target met")) << "\n";
        return 0;
    } catch (const Error &e) {
        err << "lieu_bench: " << e.message() << "\n";
        return 1;
    }
}
