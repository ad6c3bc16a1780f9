#pragma once

// Experiment files (.eqlab.json): what to train, on what, how — a versioned schema documented in
// docs/experiment-format.md. parseExperiment() validates every field against the registered kinds
// of tasks, layers and metrics and throws Error(Parse) with a detail that names the file, the field
// and what was expected, e.g.
//   "xor.eqlab.json: field 'optimizer.lr': expected a number > 0 and <= 1000000, got -0.1".
//
// One experiment may hold several runs (e.g. a plain MLP, the same MLP trained with augmentation,
// and an equivariant net) that share the task, the seed and the optimiser; a lesson adds a title,
// what to watch, and a headline: checks on the final metrics that state the lesson's effect.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compute/core/params.h"

namespace eqlab::io {

inline constexpr int kExperimentSchemaVersion = 1;

struct TaskSpec {
    std::string kind;  // a registered task kind (compute/data/task_kinds.h)
    Params params;
};

struct MetricSpec {
    std::string kind;  // a registered metric kind (compute/metrics/metric_kinds.h)
    Params params;
};

struct RunSpec {
    std::string label;                   // "mlp", "augmented", "equivariant"
    std::vector<LayerSpec> layers;       // registered layer kinds (compute/nn/layer_kinds.h)
    bool augment = false;                // train on g·x for a random g per sample and step
    std::optional<double> learningRate;  // overrides the optimiser's lr for this run
    std::optional<TaskSpec> task;        // overrides the experiment's task for this run
    // Added to the experiment's seed for this run's initialisation and batch order (not the
    // task's data): two runs of the same model with different offsets are "two seeds".
    std::uint64_t seedOffset = 0;
};

// "the final <metric> of run <run> is below/above <threshold>"
struct HeadlineCheck {
    std::string run;
    std::string metric;  // a metric value name, e.g. "invariance_error"
    bool below = true;   // false: above
    double threshold = 0.0;
};

struct Headline {
    std::string text;  // the effect in one sentence
    std::vector<HeadlineCheck> checks;
};

struct LessonInfo {
    std::string title;    // "Invariance: averaging, augmentation, or neither"
    std::string watch;    // what to watch while it trains
    std::string tryThis;  // one thing to try
    std::string source;   // the paper or lecture topic
};

struct ExperimentSpec {
    int schema = kExperimentSchemaVersion;
    std::string name = "experiment";
    std::string group;  // optional: the group equivariant layers and symmetry metrics use
    TaskSpec task;
    std::vector<RunSpec> runs;       // at least one
    bool explicitRuns = false;       // the file used "runs" (not a single top-level "model")
    std::string loss = "mse";        // "mse", "cross-entropy"
    std::string optimizer = "adam";  // "sgd", "momentum", "adam"
    double learningRate = 1e-2;
    double momentum = 0.9;
    double weightDecay = 0.0;
    std::string schedule = "constant";  // "constant", "cosine"
    std::int64_t warmup = 0;
    std::uint64_t seed = 1;
    std::int64_t steps = 500;
    std::int64_t batch = 32;
    std::int64_t chunk = 16;
    std::string dtype = "double";  // "double", "float"
    std::int64_t metricEvery = 50;
    std::vector<MetricSpec> metrics;  // empty: the defaults that apply (loss, accuracy, invariance)
    std::optional<Headline> headline;
    std::optional<LessonInfo> lesson;
};

// source: the file name, used in messages.
ExperimentSpec parseExperiment(std::string_view text, std::string_view source);
ExperimentSpec readExperimentFile(const std::string& path);

// The canonical JSON text of a spec (fixed key order, every parameter written, shortest
// round-trip numbers): the copy a run writes next to its results, and what parseExperiment reads
// back unchanged.
std::string experimentToJson(const ExperimentSpec& spec);

// Builds a layer spec from code with the kind's defaults, e.g. layer("dense", {{"out", 8}}).
LayerSpec layer(const std::string& type,
                const std::vector<std::pair<std::string, double>>& numbers = {},
                const std::vector<std::pair<std::string, std::string>>& texts = {});
// The same for a task.
TaskSpec task(const std::string& kind,
              const std::vector<std::pair<std::string, double>>& numbers = {},
              const std::vector<std::pair<std::string, std::string>>& texts = {});

}  // namespace eqlab::io
