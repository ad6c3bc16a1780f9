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
#include "compute/metrics/metric_values.h"

namespace eqlab::train {

// A small image for the filter view: a learned filter, a transformed copy of it, or a row of the
// first dense layer reshaped to the input image.
struct FilterImage {
    // What the image shows, so the window can name it in the user's language ("unit %1"): a hidden
    // unit or a sample, numbered by index; Other: only the label says.
    enum class Subject { Other, Unit, Sample };
    std::string label;  // English: "unit 3", "sample 3", "channel 3, r90"
    Subject subject = Subject::Other;
    int index = -1;
    int height = 0, width = 0;
    std::vector<double> pixels;  // row-major
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
    std::vector<FilterImage> filters;          // latest filters (empty when the model has none)
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
