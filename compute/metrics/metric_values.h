#pragma once

// The values a metric produces at one step (metric_kinds.h): named scalars, grouped into a record
// per step, and tables for heat maps and curves. Plain data, shared by the session's snapshots,
// the run's files and the views.

#include <cstdint>
#include <string>
#include <vector>

namespace eqlab::metrics {

// A named table of numbers for heat maps and curves, e.g. the equivariance error per group element
// (rows) × layer (columns), or error versus rotation angle (one row, columns = angles).
struct MetricTable {
    std::string name;  // "equivariance_per_element", "error_vs_angle", ...
    std::string rowTitle, columnTitle, valueTitle;  // axis titles with units
    std::vector<std::string> rowLabels;             // size rows
    std::vector<std::string> columnLabels;          // size cols
    int rows = 0, cols = 0;
    std::vector<double> values;  // row-major rows × cols
};

// One scalar metric at one step ("train_loss", "accuracy", "invariance_error", "ipr", ...).
struct MetricValue {
    std::string name;
    double value;
};

struct MetricRecord {
    std::int64_t step = 0;
    std::vector<MetricValue> values;  // in the order the experiment's metrics define
};

}  // namespace eqlab::metrics
