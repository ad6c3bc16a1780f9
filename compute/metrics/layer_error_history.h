#pragma once

// The per-layer symmetry error over training (layer × step): at every step the metric schedule
// evaluates layer-symmetry (symmetry_metric_kinds.cpp), the run keeps one number per layer, the
// mean error over the group elements other than the identity (the column means of the
// "symmetry_error_per_element_and_layer" table, as LayerSymmetryTable::meanOverElements). Memory
// grows with the recorded steps only: layers × recorded steps doubles, beside the metric records.

#include <cstdint>
#include <string>
#include <vector>

#include "compute/core/append_log.h"
#include "compute/metrics/metric_values.h"

namespace eqlab::metrics {

// The name of the per-step table the history is taken from.
inline constexpr const char* kLayerSymmetryTable = "symmetry_error_per_element_and_layer";

struct LayerErrorPoint {
    std::int64_t step = 0;
    std::vector<double> error;  // per layer, the columns of the table
};

struct LayerErrorHistory {
    std::vector<std::string> layerNames;  // the table's column labels (of the latest point)
    AppendLog<LayerErrorPoint> points;    // in step order
};

// Per column of a per-element-and-layer table: the mean over its rows but the identity's (row 0);
// the identity's row alone when the table has one row.
std::vector<double> layerErrorSummary(const MetricTable& table);

// Appends the summary of the layer table among `tables` at `step` (nothing when there is none, or
// when `step` is not after the last recorded one).
void recordLayerErrors(LayerErrorHistory& history, std::int64_t step,
                       const std::vector<MetricTable>& tables);

// The history as a heat-map table: rows = layers, columns = recorded steps, values = errors.
MetricTable layerErrorHistoryTable(const LayerErrorHistory& history);

}  // namespace eqlab::metrics
