#pragma once

// Runs an experiment (compute/io/experiment.h) from start to end: builds the task, the model, the
// loss and the optimiser, trains with the deterministic trainer, and evaluates the metric schedule.
// The command line (`eqlab run`) and, later, the window's controller use this one function, so a
// figure made either way comes from the same numbers. No files here: see compute/io/run_files.h.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "compute/core/error.h"
#include "compute/io/experiment.h"

namespace eqlab::train {

struct MetricRow {
    std::int64_t step = 0;
    double trainLoss = 0.0;         // mean loss over the whole dataset
    double accuracy = -1.0;         // classification only, else −1
    double invarianceError = -1.0;  // with a group whose 'perm' acts on the input, else −1
};

struct ExperimentResult {
    io::ExperimentSpec spec;  // after command-line overrides
    std::int64_t stepsDone = 0;
    std::vector<double> batchLosses;  // one per completed step
    std::vector<MetricRow> metrics;   // every spec.metricEvery steps, and at the end
    std::int64_t parameterCount = 0;
    std::string modelDescription;     // layer by layer
    std::optional<Error> divergence;  // set when the run diverged (last good parameters kept)
};

struct ExperimentProgress {
    std::int64_t step;
    std::int64_t totalSteps;
    double loss;
};

// threads: 0 = all hardware threads; the result does not depend on it.
// Throws Error(Parse/InvalidArgument) for a group or representation the spec names wrongly.
ExperimentResult runExperiment(const io::ExperimentSpec& spec, int threads,
                               const std::function<void(const ExperimentProgress&)>& progress);

}  // namespace eqlab::train
