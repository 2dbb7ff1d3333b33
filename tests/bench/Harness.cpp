#include "Harness.h"

#include <QTextStream>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>

namespace lieu::bench {

using namespace Qt::StringLiterals;

namespace {
std::map<QString, std::vector<double>> &store()
{
    static std::map<QString, std::vector<double>> s;
    return s;
}

QString ms(double seconds)
{
    const double v = seconds * 1000.0;
    return QString::number(v, 'f', v < 10 ? 3 : (v < 1000 ? 1 : 0));
}
} // namespace

void add(const QString &name, int iterations, std::function<double(int)> body)
{
    const std::string id = name.toStdString();
    benchmark::RegisterBenchmark(id.c_str(),
                                 [name, body](benchmark::State &state) {
                                     int i = 0;
                                     for (auto _ : state) {
                                         const double s = body(i++);
                                         state.SetIterationTime(s);
                                         store()[name].push_back(s);
                                     }
                                 })
        ->UseManualTime()
        ->Iterations(iterations)
        ->Unit(benchmark::kMillisecond);
}

const std::vector<double> &samples(const QString &name)
{
    return store()[name];
}

double percentile(const std::vector<double> &seconds, double p)
{
    if (seconds.empty())
        return std::nan("");
    std::vector<double> v = seconds;
    std::sort(v.begin(), v.end());
    const size_t k = size_t(std::ceil(p / 100.0 * double(v.size()))) - 1;
    return v[std::min(k, v.size() - 1)];
}

int printTable(const QList<Row> &rows, QTextStream &out)
{
    int missed = 0;
    out << "| operation | runs | p50 ms | p95 ms | one SQL p50 ms | ratio | per item | target | met |\n"
        << "|---|---:|---:|---:|---:|---:|---:|---|---|\n";
    for (const Row &r : rows) {
        const std::vector<double> &c = samples(r.core);
        if (c.empty()) {
            out << "| " << r.operation << " | 0 | | | | | | | not run" << (r.note.isEmpty() ? QString() : u": "_s + r.note)
                << " |\n";
            continue;
        }
        const double p50 = percentile(c, 50), p95 = percentile(c, 95);
        double sqlP50 = std::nan("");
        if (!r.sql.isEmpty() && !samples(r.sql).empty())
            sqlP50 = percentile(samples(r.sql), 50);
        const double sqlItems = r.sqlItems > 0 ? r.sqlItems : r.items;
        const double ratio = sqlP50 > 0 ? (p50 / r.items) / (sqlP50 / sqlItems) : std::nan("");
        const double perItemUs = p50 / r.items * 1e6;
        QStringList targets, misses;
        if (r.targetMs > 0) {
            targets << QStringLiteral("p50 < %1 ms").arg(r.targetMs);
            if (p50 * 1000.0 >= r.targetMs)
                misses << QStringLiteral("p50");
        }
        if (r.maxRatio > 0 && !std::isnan(sqlP50)) { // no hand-written row (a server): no ratio
            targets << QStringLiteral("ratio < %1").arg(r.maxRatio);
            if (!(ratio < r.maxRatio))
                misses << QStringLiteral("ratio");
        }
        if (r.perItemTargetUs > 0) {
            targets << QStringLiteral("< %1 µs per %2").arg(r.perItemTargetUs).arg(r.itemName);
            if (perItemUs >= r.perItemTargetUs)
                misses << QStringLiteral("per item");
        }
        QString met = targets.isEmpty() ? QStringLiteral("-")
                                        : (misses.isEmpty() ? QStringLiteral("yes")
                                                            : QStringLiteral("**NOT MET** (%1)").arg(misses.join(u", "_s)));
        missed += misses.isEmpty() ? 0 : 1;
        out << "| " << r.operation << " | " << c.size() << " | " << ms(p50) << " | " << ms(p95) << " | "
            << (std::isnan(sqlP50) ? QStringLiteral("-") : ms(sqlP50)) << " | "
            << (std::isnan(ratio) ? QStringLiteral("-") : QString::number(ratio, 'f', 1)) << " | "
            << (r.items > 1 ? QStringLiteral("%1 µs/%2").arg(QString::number(perItemUs, 'f', 1), r.itemName) : QStringLiteral("-"))
            << " | " << (targets.isEmpty() ? QStringLiteral("-") : targets.join(u", "_s)) << " | " << met
            << (r.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.note)) << " |\n";
    }
    return missed;
}

} // namespace lieu::bench
