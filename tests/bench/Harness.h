#pragma once
// The benchmark's bookkeeping: every timed run's seconds by name, and the table that compares core with
// one hand-written query per answer.

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <chrono>
#include <functional>
#include <map>
#include <vector>

namespace lieu::bench {

template <class F>
double timed(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Registers a Google Benchmark that runs `body(i)` for i = 0 .. iterations-1; body returns the seconds it
// timed itself (so untimed preparation can sit inside it).
void add(const QString &name, int iterations, std::function<double(int)> body);
const std::vector<double> &samples(const QString &name);
double percentile(const std::vector<double> &seconds, double p);

struct Row
{
    QString operation;
    QString core;     // benchmark name of core's way
    QString sql;      // benchmark name of the hand-written query (empty: none)
    double items = 1; // units one run handles (rows imported, lots expired): the per-item column
    QString itemName;
    double targetMs = 0;  // p50 of core must be below this (0: no target)
    double maxRatio = 0;  // core p50 / sql p50 must be below this (0: no target)
    double perItemTargetUs = 0; // per-item cost must be below this (0: no target)
    QString note;
    double sqlItems = 0; // units the SQL run handled, when not `items` (the ratio compares per item)
};

// Markdown table; returns how many targets were missed.
int printTable(const QList<Row> &rows, QTextStream &out);

} // namespace lieu::bench
