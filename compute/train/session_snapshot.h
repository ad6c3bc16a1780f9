#pragma once

// What the session publishes after a step (ExperimentSession::snapshot(), session.h): an immutable
// picture of every run, cheap to pass across threads as std::shared_ptr<const SessionSnapshot>.
// The window's views draw these; nothing in them refers back to the session.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compute/core/append_log.h"
#include "compute/core/error.h"
#include "compute/metrics/layer_error_history.h"
#include "compute/metrics/metric_values.h"

namespace eqlab::train {

// A small image for the filter view: a learned filter, a transformed copy of it, or a row of the
// first dense layer reshaped to the input image.
struct FilterImage {
    // What the image shows, so the window can name it in the user's language ("unit %1"): a hidden
    // unit or a sample, numbered by index; GroupFilter: the G-CNN filter from input channel
    // inChannel to output channel index, transformed by the group element `element`; Other: only
    // the label says.
    enum class Subject { Other, Unit, Sample, GroupFilter };
    std::string label;  // English: "unit 3", "sample 3", "out 3, in 0, r^2"
    Subject subject = Subject::Other;
    int index = -1;
    int inChannel = -1;
    std::string element;  // a group element's word ("r^2 s") or an angle ("45°"), for GroupFilter
    int height = 0, width = 0;
    std::vector<double> pixels;  // row-major
    int layer = -1;  // the top-level layer it belongs to (RunSnapshot::layerNames), -1: none
    // > 0: one of a filter's `copies` transformed copies, which follow one another in the list
    // (the identity's first), so a view can give each filter a row.
    int copies = 0;
    int copy = 0;  // which of the copies: 0 the identity's (or 0°), in the order of the list
    // > 0: blocks of this size (a filter on the group: one k × k block per input group element h),
    // for a view to separate.
    int blockWidth = 0, blockHeight = 0;
};

// The orbit of one sample through every layer, embedded in 3-D (PCA per layer, docs/math.md §4.5).
struct LayerOrbit {
    std::string layerName;
    std::vector<double> points;   // |G| × 3, row-major, point g is the image of g·x
    double invarianceSpread = 0;  // mean distance of the orbit points from their mean
};

struct RunSnapshot {
    std::string label;  // "mlp", "augmented", "equivariant"
    std::int64_t step = 0;
    AppendLog<double> losses;                  // mini-batch loss of every completed step
    AppendLog<metrics::MetricRecord> metrics;  // the metric schedule so far
    std::vector<metrics::MetricTable> tables;  // latest tables (heat maps, curves)
    // The per-layer symmetry error at every step layer-symmetry was evaluated (layer × step).
    metrics::LayerErrorHistory layerErrors;
    std::vector<FilterImage> filters;     // latest filters (empty when the model has none)
    std::vector<LayerOrbit> orbit;        // orbit of the selected sample (empty without a group)
    std::vector<std::string> layerNames;  // top-level layers, in order
    std::int64_t parameterCount = 0;
    std::optional<Error> divergence;  // set once the run diverged (it then stops)
};

struct SessionSnapshot {
    // Names the runs' histories: a new value after every reset or new session, so a view that
    // appends what is new since its last snapshot knows when to start over. Never 0.
    std::uint64_t history = 0;
    std::int64_t step = 0;  // steps completed (the same for every run that has not diverged)
    std::int64_t totalSteps = 0;
    std::string group;  // the experiment's group name, or empty
    std::vector<std::string> groupElementNames;
    std::vector<std::vector<int>> generatorEdges;  // per generator: image index of g·s for each g
    std::vector<RunSnapshot> runs;
};

}  // namespace eqlab::train
