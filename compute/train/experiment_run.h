#pragma once

// Runs an experiment (compute/io/experiment.h) from start to end headless: an ExperimentSession
// (compute/train/session.h) stepped until finished, then the headline checked. The command line
// (`eqlab run`) uses this; the window's controller steps the same session itself, so a figure made
// either way comes from the same numbers. No files here: see compute/train/run_files.h.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/train/session.h"

namespace eqlab::train {

struct CheckOutcome {
    io::HeadlineCheck check;
    std::optional<double> value;  // empty when the run never computed that metric
    bool holds = false;
};

struct HeadlineOutcome {
    std::string text;
    bool holds = false;  // every check holds
    std::vector<CheckOutcome> checks;
};

struct ExperimentResult {
    io::ExperimentSpec spec;  // after command-line overrides
    std::vector<RunOutcome> runs;
    std::vector<io::SafetensorsFile> weights;  // per run, at the end (ExperimentSession::weights)
    std::optional<HeadlineOutcome> headline;

    // The first divergence among the runs, if any.
    const Error* divergence() const;
};

struct ExperimentProgress {
    std::int64_t step;
    std::int64_t totalSteps;
    double loss;  // of the first run still training
};

// Weights to load into one run before training (ExperimentSession::loadWeights).
struct InitialWeights {
    io::SafetensorsFile file;
    std::string path;  // names the file in messages
    int run = 0;       // index into the spec's runs (chooseWeightsRun in trained_net.h)
};

// threads: 0 = all hardware threads; the result does not depend on it.
// Throws Error(Parse/InvalidArgument) for a group, representation, layer or task the spec names
// wrongly (see ExperimentSession).
// initial, when given, is loaded before the first step (Error(Parse) naming the file and tensor
// when it does not fit the run's model); with spec.steps = 0 the run is only evaluated.
// finalSnapshot, when given, receives the session's snapshot at the end, with the layer orbits and
// filters the window would show (for `eqlab run --figures`); the numbers do not change.
ExperimentResult runExperiment(const io::ExperimentSpec& spec, int threads,
                               const std::function<void(const ExperimentProgress&)>& progress,
                               std::shared_ptr<const SessionSnapshot>* finalSnapshot = nullptr,
                               const InitialWeights* initial = nullptr);

// Checks the spec's headline against finished runs (empty when the spec has none).
std::optional<HeadlineOutcome> checkHeadline(const io::ExperimentSpec& spec,
                                             const std::vector<RunOutcome>& runs);

}  // namespace eqlab::train
