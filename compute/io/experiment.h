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

#include "compute/core/json.h"
#include "compute/core/params.h"

namespace eqlab::io {

inline constexpr int kExperimentSchemaVersion = 1;

// The experiment's settings that are one of a few names in the file. The names are parsed in one
// place (parseExperiment); everything downstream switches on these.
// The largest learning rate the format accepts (a run's "lr", the optimizer's "lr"); the editors
// check the same bound.
inline constexpr double kMaxLearningRate = 1e6;

enum class LossKind { Mse, CrossEntropy };         // "mse", "cross-entropy"
enum class OptimizerKind { Sgd, Momentum, Adam };  // "sgd", "momentum", "adam"
enum class ScheduleKind { Constant, Cosine };      // "constant", "cosine"
enum class Dtype { Double, Float };                // "double", "float"
enum class TargetEncoding { Index, Sign };         // "index", "sign"

// The name a setting has in experiment files.
std::string_view settingName(LossKind value);
std::string_view settingName(OptimizerKind value);
std::string_view settingName(ScheduleKind value);
std::string_view settingName(Dtype value);
std::string_view settingName(TargetEncoding value);
// The setting a name stands for; Error(Parse) naming `field` and the allowed names otherwise,
// e.g. "field 'dtype': expected one of double, float, got 'half'".
LossKind parseLossKind(std::string_view name, std::string_view field = "loss");
OptimizerKind parseOptimizerKind(std::string_view name, std::string_view field = "optimizer.kind");
ScheduleKind parseScheduleKind(std::string_view name, std::string_view field = "schedule.kind");
Dtype parseDtype(std::string_view name, std::string_view field = "dtype");

struct TaskSpec {
    std::string kind;  // a registered task kind (compute/data/task_kinds.h)
    Params params;
};

struct MetricSpec {
    std::string kind;  // a registered metric kind (compute/metrics/metric_kinds.h)
    Params params;
};

// "inputs" of a run: it trains on another run's codes instead of the task's data — layer-wise
// pretraining (docs/experiment-format.md). Its training and test inputs are the outputs of the
// first `layers` layers of the earlier run `run`, computed once that run has finished training;
// the run itself trains after it.
struct RunInputs {
    enum class Targets {
        Inputs,  // "inputs": the targets are the codes themselves (an autoencoder of the codes)
        Task,    // "task": the source run's targets (a new head on frozen features)
    };
    std::string run;  // the label of an earlier run
    int layers = 1;   // 1 .. that run's number of layers
    Targets targets = Targets::Inputs;
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
    // Trains on another run's codes (then neither task nor augment is set).
    std::optional<RunInputs> inputs = std::nullopt;
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

// A named edit of a lesson's experiment ("variants" in the file, docs/experiment-format.md):
// "set" maps field paths (compute/io/field_path.h) to the values they get, e.g.
// {"task.transforms": "C4", "runs[1].augment": true}.
struct VariantSpec {
    std::string name;  // unique within the file, e.g. "C4 transforms"
    std::string text;  // what to watch when it runs
    std::vector<std::pair<std::string, json::Value>> set;  // applied in this order (key order)
};

struct LessonInfo {
    std::string title;    // "Invariance: averaging, augmentation, or neither"
    std::string watch;    // what to watch while it trains
    std::string tryThis;  // one thing to try
    std::string source;   // the paper or lecture topic
};

struct ExperimentSpec {
    int schema = kExperimentSchemaVersion;
    // The folder of the file the experiment was read from (readExperimentFile); not part of the
    // file. Data and group files it names by relative paths are found there (resolveTaskFiles).
    // Empty: the working folder.
    std::string directory;
    std::string name = "experiment";
    std::string group;  // optional: the group equivariant layers and symmetry metrics use
    TaskSpec task;
    std::vector<RunSpec> runs;  // at least one
    bool explicitRuns = false;  // the file used "runs" (not a single top-level "model")
    LossKind loss = LossKind::Mse;
    // "targets": how a classification task's labels reach the loss. Index: as the task gives
    // them (class indices). Sign: a two-class task's labels as one target ±1, for "mse"
    // (compute/data/target_encoding.h).
    TargetEncoding targets = TargetEncoding::Index;
    // "online": every step trains on a fresh batch drawn from the task's generator (online SGD)
    // instead of a batch of the fixed training set; the test set stays fixed. Only for task kinds
    // with a sampler (compute/data/task_kinds.h); the session refuses the others.
    bool online = false;
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 1e-2;
    double momentum = 0.9;
    double weightDecay = 0.0;
    ScheduleKind schedule = ScheduleKind::Constant;
    std::int64_t warmup = 0;
    std::uint64_t seed = 1;
    std::int64_t steps = 500;
    std::int64_t batch = 32;
    std::int64_t chunk = 16;
    Dtype dtype = Dtype::Double;
    std::int64_t metricEvery = 50;
    std::vector<MetricSpec> metrics;  // empty: the defaults that apply (loss, accuracy, invariance)
    std::optional<Headline> headline;
    std::optional<LessonInfo> lesson;
    std::vector<VariantSpec> variants;  // lessons: named edits to try (applyVariant)
};

// source: the file name, used in messages.
ExperimentSpec parseExperiment(std::string_view text, std::string_view source);
// Reads a file (a UTF-8 byte-order mark is allowed) and sets the spec's directory.
ExperimentSpec readExperimentFile(const std::string& path);

// The task with every file parameter (ParamSpec::file: a CSV, the .npy arrays) that is a relative
// path resolved against `directory`, so a shared experiment finds the data next to it whatever
// the working folder. Also for a group name "custom:FILE" (resolveGroupFile).
TaskSpec resolveTaskFiles(const TaskSpec& task, const std::string& directory);
std::string resolveGroupFile(const std::string& group, const std::string& directory);
// The spec with every file it names (task and run tasks, groups) as an absolute path: for a copy
// written into another folder (results, Save As elsewhere) that must still find the data.
ExperimentSpec withFilesResolved(const ExperimentSpec& spec);

// The canonical JSON text of a spec (fixed key order, every parameter written, shortest
// round-trip numbers): the copy a run writes next to its results, and what parseExperiment reads
// back unchanged.
std::string experimentToJson(const ExperimentSpec& spec);

// The document of the canonical JSON (experimentToJson) as a json::Value.
json::Value experimentToValue(const ExperimentSpec& spec);
// Parses an experiment from a JSON value (what parseExperiment does after reading the text).
ExperimentSpec parseExperimentValue(const json::Value& document, std::string_view source);

// The experiment with one variant's edits applied to its canonical JSON: a new, validated spec
// without variants and without the headline (the headline states the base experiment's effect).
// Error(Parse) naming the variant and the path when an edit does not apply or the edited
// experiment is not valid.
ExperimentSpec applyVariant(const ExperimentSpec& spec, const VariantSpec& variant);
// The variant of that name, or nullptr.
const VariantSpec* findVariant(const ExperimentSpec& spec, std::string_view name);
// The index of the run labelled `label` (labels are unique), or nothing.
std::optional<std::size_t> findRun(const ExperimentSpec& spec, std::string_view label);

// Builds a layer spec from code with the kind's defaults, e.g. layer("dense", {{"out", 8}}).
LayerSpec layer(const std::string& type,
                const std::vector<std::pair<std::string, double>>& numbers = {},
                const std::vector<std::pair<std::string, std::string>>& texts = {});
// The same for a task.
TaskSpec task(const std::string& kind,
              const std::vector<std::pair<std::string, double>>& numbers = {},
              const std::vector<std::pair<std::string, std::string>>& texts = {});

}  // namespace eqlab::io
