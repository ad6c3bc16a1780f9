#pragma once

// An experiment session: one experiment file, one or more runs (the experiment's "runs": e.g. a
// plain MLP, the same MLP with augmentation and an equivariant net, all on the same task and
// seed), advanced step by step. It is the ONE runner: `eqlab run` loops over step() until
// finished(); the window's controller calls step() on its worker thread and publishes snapshot()s.
//
// Threads: construct, step(), reset() and snapshot() on one thread (the training thread). The
// returned snapshots are immutable and may be read on any thread. Nothing here blocks or sleeps;
// pausing is the caller's business (it simply stops calling step()).
//
// Determinism: every run's numbers depend only on the experiment (incl. seed), never on the thread
// count or on how step() calls were spaced in time (pause/resume gives the same numbers).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/io/safetensors.h"
#include "compute/metrics/metric_values.h"
#include "compute/train/session_snapshot.h"

namespace eqlab::train {

// The "format" metadata of the weight files eqlab writes (docs/interop.md).
inline constexpr const char* kWeightsFormat = "eqlab-weights 1";

// A run's results so far, without the views' extras: what `eqlab run` writes.
struct RunOutcome {
    std::string label;
    std::int64_t stepsDone = 0;
    std::vector<double> batchLosses;             // one per completed step
    std::vector<metrics::MetricRecord> metrics;  // the metric schedule
    std::vector<metrics::MetricTable> tables;    // the last tables
    std::int64_t parameterCount = 0;
    std::string modelDescription;     // layer by layer
    std::optional<Error> divergence;  // set when the run diverged (last good parameters kept)

    // The last recorded value of a metric, if it was computed.
    std::optional<double> finalValue(const std::string& metric) const;
};

// A run's training history: with its weights, what a saved session needs to go on where it was
// (the window's autosave). Written and read by compute/train/run_history.h.
struct RunHistory {
    std::string label;
    std::vector<double> losses;  // one per completed step: their count is the run's step
    std::vector<metrics::MetricRecord> metrics;  // the metric schedule so far
    std::vector<metrics::MetricTable> tables;    // the last tables
};

struct SessionOptions {
    int threads = 0;         // 0 = all hardware threads; results do not depend on it
    int orbitSample = 0;     // which training sample's orbit the snapshots show
    bool withOrbits = true;  // compute LayerOrbit data in snapshots (costs |G| forward passes)
    bool withFilters = true;
};

class ExperimentSession {
public:
    // Builds the task, every run's model, loss and optimiser. Throws Error(Parse/InvalidArgument)
    // naming the field when the spec names a group, representation, layer or task wrongly.
    ExperimentSession(const io::ExperimentSpec& spec, SessionOptions options = {});
    ~ExperimentSession();
    ExperimentSession(const ExperimentSession&) = delete;
    ExperimentSession& operator=(const ExperimentSession&) = delete;

    const io::ExperimentSpec& spec() const;
    int runCount() const;
    std::string runLabel(int run) const;
    std::int64_t stepsDone() const;
    std::int64_t totalSteps() const;
    bool finished() const;  // every run finished its steps or diverged

    // One optimisation step for every run that is still going, then the scheduled metrics.
    // Returns false when nothing was left to do.
    bool step();
    // Back to step 0 with the same seed (re-initialises every model).
    void reset();
    // Which sample's orbit the next snapshots show (index into the training data, clamped).
    void setOrbitSample(int sample);

    std::shared_ptr<const SessionSnapshot> snapshot() const;
    // Cheaper than a snapshot: the runs' results so far, and the last mini-batch loss of a run
    // (NaN before the first step).
    std::vector<RunOutcome> outcomes() const;
    double lastLoss(int run) const;

    // A run's parameters as named tensors (compute/nn/model_tensors.h; F32 for a float
    // experiment, F64 for a double one) with the metadata docs/interop.md lists: "format"
    // (kWeightsFormat), "run" (the label), "experiment" (the canonical experiment JSON on one
    // line, data files named absolutely), "dtype" ("float32"/"float64") and "step" (steps done).
    io::SafetensorsFile weights(int run) const;
    // Sets a run's parameters from a weights file (read from `path`, named in messages):
    // Error(Parse) naming the tensor when one is missing, extra or of another shape; nothing
    // changes then. Before the first step the run's step-0 metrics are evaluated again with the
    // loaded weights (and the snapshots' history starts over); later, training simply goes on
    // from them. The metadata is not checked here (see trained_net.h for choosing the run).
    void loadWeights(int run, const io::SafetensorsFile& file, const std::string& path);

    // Every run's history, in the runs' order.
    std::vector<RunHistory> histories() const;
    // Continues from saved histories (one per run, same labels; `path` names them in messages):
    // every run's step, losses, metrics and tables become the saved ones, the session's step the
    // largest run step, and the snapshots' history starts over. Load the weights first. The
    // optimisers' state is not saved and starts afresh. Error(Parse) naming the run when the
    // histories do not fit the session (count, label, more steps than the experiment has);
    // nothing changes then.
    void restoreHistories(const std::vector<RunHistory>& histories, const std::string& path);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace eqlab::train
