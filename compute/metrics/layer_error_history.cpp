#include "compute/metrics/layer_error_history.h"

#include <string>

namespace eqlab::metrics {

std::vector<double> layerErrorSummary(const MetricTable& table) {
    std::vector<double> summary(static_cast<std::size_t>(table.cols), 0.0);
    const int first = table.rows > 1 ? 1 : 0;  // the identity's row is 0 by construction
    for (int c = 0; c < table.cols; ++c) {
        double sum = 0;
        for (int r = first; r < table.rows; ++r) {
            sum += table.values[static_cast<std::size_t>(r) * table.cols + c];
        }
        summary[static_cast<std::size_t>(c)] = table.rows > first ? sum / (table.rows - first) : 0;
    }
    return summary;
}

void recordLayerErrors(LayerErrorHistory& history, std::int64_t step,
                       const std::vector<MetricTable>& tables) {
    if (history.points.size() > 0 && history.points.back().step >= step) {
        return;
    }
    for (const auto& table : tables) {
        if (table.name == kLayerSymmetryTable &&
            table.values.size() == static_cast<std::size_t>(table.rows) * table.cols) {
            history.layerNames = table.columnLabels;
            history.points.push_back({step, layerErrorSummary(table)});
            return;
        }
    }
}

MetricTable layerErrorHistoryTable(const LayerErrorHistory& history) {
    MetricTable table;
    table.name = "symmetry_error_per_layer_over_training";
    table.rowTitle = "layer (output of)";
    table.columnTitle = "step";
    table.valueTitle = "mean error over the elements g != e";
    table.rowLabels = history.layerNames;
    table.rows = static_cast<int>(history.layerNames.size());
    table.cols = static_cast<int>(history.points.size());
    for (const auto& point : history.points) {
        table.columnLabels.push_back(std::to_string(point.step));
    }
    table.values.assign(static_cast<std::size_t>(table.rows) * table.cols, 0.0);
    for (int c = 0; c < table.cols; ++c) {
        const auto& error = history.points[static_cast<std::size_t>(c)].error;
        for (int r = 0; r < table.rows && r < static_cast<int>(error.size()); ++r) {
            table.values[static_cast<std::size_t>(r) * table.cols + c] =
                error[static_cast<std::size_t>(r)];
        }
    }
    return table;
}

}  // namespace eqlab::metrics
