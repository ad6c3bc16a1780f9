#pragma once

// Aggregating a sweep's results (`eqlab aggregate DIR`, docs/sweeps.md): the runs that differ only
// by the seed axis make one point; per point, run label (the experiment's "mlp", "augmented", ...)
// and metric, the final values over the seeds give n, the mean, the sample standard deviation
// (n - 1 in the denominator) and the 95 % confidence interval of the mean, mean ± t · sd / √n with
// t the 97.5 % quantile of Student's t-distribution with n - 1 degrees of freedom (exact for
// normally distributed values, and wider than the normal ±1.96 sd/√n for the few seeds sweeps
// have). Diverged values (null in summary.json) are left out and n says how many remain.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "compute/io/sweep.h"

namespace eqlab::io {

struct SampleStats {
    std::size_t n = 0;
    double mean = 0.0;
    double sd = 0.0;               // NaN when n < 2
    double low = 0.0, high = 0.0;  // the 95 % interval of the mean; NaN when n < 2
};

SampleStats sampleStats(const std::vector<double>& values);

// The 97.5 % quantile of Student's t-distribution with `df` degrees of freedom (df >= 1):
// 12.706 for df 1, 2.262 for df 9, → 1.960 as df grows.
double studentT975(int df);

struct AggregateRow {
    std::size_t point = 0;       // index into SweepAggregate::points
    std::string run;             // the experiment's run label; empty for the headline row
    std::string metric;          // a final metric of summary.json, or "headline_holds" (1 or 0)
    std::vector<double> values;  // one per seed that finished, in manifest order
    SampleStats stats;
};

struct SweepAggregate {
    std::vector<std::string> axes;       // the names of the axes other than the seed
    std::vector<std::size_t> axisIndex;  // their index among the manifest's axes
    struct Point {
        std::vector<std::string> labels;  // one per axis of `axes`
        std::vector<json::Value> values;
    };
    std::vector<Point> points;         // in the manifest's order of first appearance
    std::vector<AggregateRow> rows;    // by point, then run, then metric (order of appearance)
    std::vector<std::string> missing;  // runs without results (no summary)
};

// summaryOf(run name): the text of that run's summary.json, or nothing when the run has not
// finished. Error(Parse) when a summary is malformed (naming the run).
SweepAggregate aggregateSweep(
    const SweepManifest& manifest,
    const std::function<std::optional<std::string>(const std::string&)>& summaryOf);

// The CSV: one column per non-seed axis, then run, metric, seeds (how many values), mean, sd,
// ci95_low, ci95_high (empty cells where a value is undefined: sd and the interval for n < 2).
std::string aggregateCsv(const SweepAggregate& aggregate);

}  // namespace eqlab::io
