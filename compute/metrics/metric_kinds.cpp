#include "compute/metrics/metric_kinds.h"

namespace eqlab::metrics {

const std::vector<MetricKind>& metricKinds() {
    static const std::vector<MetricKind> kinds = [] {
        std::vector<MetricKind> all;
        appendBasicMetricKinds(all);
        appendSo2MetricKinds(all);
        appendSymmetryMetricKinds(all);
        appendOrientationMetricKinds(all);
        appendActionMetricKinds(all);
        appendWeightSpaceMetricKinds(all);
        return all;
    }();
    return kinds;
}

const MetricKind* findMetricKind(const std::string& name) {
    for (const auto& kind : metricKinds()) {
        if (kind.name == name) {
            return &kind;
        }
    }
    return nullptr;
}

}  // namespace eqlab::metrics
