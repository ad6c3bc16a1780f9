#pragma once

// The registry of metric kinds an experiment can ask for in "metrics": {"compute": [...]}.
// A metric is evaluated on the schedule (step 0, every `metrics.every` steps, the end) for every
// run, on the training thread, and adds named scalar values (columns of metrics.csv, curves in the
// charts) and optionally tables (heat maps, curves versus an angle) to the run's snapshot.
// To add a kind: write an append...MetricKinds() function next to your metric and call it from
// metricKinds() in metric_kinds.cpp (docs/extending.md).

#include <functional>
#include <string>
#include <vector>

#include "compute/core/params.h"
#include "compute/data/dataset.h"
#include "compute/data/tasks.h"
#include "compute/groups/representation.h"
#include "compute/metrics/metric_values.h"
#include "compute/nn/loss.h"
#include "compute/nn/model.h"

namespace eqlab::metrics {

// A run of the same session, for metrics that compare runs (e.g. alignment of two nets). The runs
// on the task's data have been stepped to the same step when metrics are evaluated (a run trained
// on another run's codes trains after that run: io::RunInputs).
template <class S>
struct PeerRun {
    std::string label;
    nn::Model<S>* model = nullptr;
};

// Everything a metric may look at. inputAction / outputAction: the experiment's group acting on
// one input / target column (null when not known: then symmetry metrics do not apply).
template <class S>
struct MetricContext {
    nn::Model<S>& model;
    const data::TaskData& task;
    const data::Dataset<S>& data;
    const groups::GroupPtr& group;
    const groups::Representation* inputAction;
    const groups::Representation* outputAction;
    nn::Loss<S>& loss;
    const Params& params;  // the metric's own parameters
    // Every run of the session, this one included, in the experiment's order (null when the
    // metric is evaluated outside a session).
    const std::vector<PeerRun<S>>* runs = nullptr;
    // The held-out test set (TaskData::testX, testY), null when the task has none.
    const data::Dataset<S>* test = nullptr;
    // A run trained on another run's codes (io::RunInputs): the task's input pattern each column
    // of `data` is the code of (in × N, double), and the group's action on those patterns; null
    // otherwise. Metrics that rank patterns by their symmetry read them through patternsOf().
    const Eigen::MatrixXd* patterns = nullptr;
    const groups::Representation* patternAction = nullptr;
    // The run's predictions of its training inputs at its step 0, before it trained (outputs × N),
    // for metrics that measure how much of its starting error a sample has lost; null when not
    // known (a session continued from saved histories).
    const nn::Matrix<S>* initialPredictions = nullptr;
};

struct MetricOutput {
    std::vector<MetricValue> values;
    std::vector<MetricTable> tables;
};

// What a metric needs, to decide whether it applies to a run (without building anything).
struct MetricRequirements {
    bool classification = false;
    bool inputAction = false;
    bool outputAction = false;
    bool bandLimited = false;  // the input is band-limited on the circle (TaskData::bandLimit)
    bool image = false;        // the inputs are images (TaskData::imageHeight > 0)
    // The input is [x; g] (TaskData::carriesElement) and a group is known.
    bool groupAction = false;
    // The task states a parity y(T x) = p·y(x) (TaskData::parity).
    bool parity = false;
    // The target is an involution of the input space (TaskData::involution).
    bool involution = false;
    // The task has a held-out test set (TaskData::hasTest()).
    bool testSet = false;
    // The group acts on the input patterns: on the inputs (inputAction), or on the patterns a
    // run's codes come from (MetricContext::patternAction).
    bool patternAction = false;
};

struct MetricKind {
    std::string name;     // "invariance"
    std::string summary;  // one line
    std::vector<ParamSpec> params;
    // The value names it produces (for the CSV header), in order.
    std::vector<std::string> columns;
    // Whether it applies; metrics that do not apply are skipped when listed by default and
    // rejected (naming the reason) when the experiment asks for them explicitly.
    std::function<std::string(const MetricRequirements&)> whyNot;  // "" when it applies
    std::function<void(MetricContext<float>&, MetricOutput&)> evaluateFloat;
    std::function<void(MetricContext<double>&, MetricOutput&)> evaluateDouble;
    // It reads MetricContext::initialPredictions (the session keeps them only for such kinds).
    bool usesInitialPredictions = false;
};

template <class F>
MetricKind makeMetricKind(std::string name, std::string summary, std::vector<ParamSpec> params,
                          std::vector<std::string> columns,
                          std::function<std::string(const MetricRequirements&)> whyNot,
                          F evaluate) {
    MetricKind kind{std::move(name),
                    std::move(summary),
                    std::move(params),
                    std::move(columns),
                    std::move(whyNot),
                    {},
                    {}};
    kind.evaluateFloat = [evaluate](MetricContext<float>& c, MetricOutput& o) { evaluate(c, o); };
    kind.evaluateDouble = [evaluate](MetricContext<double>& c, MetricOutput& o) { evaluate(c, o); };
    return kind;
}

const std::vector<MetricKind>& metricKinds();
const MetricKind* findMetricKind(const std::string& name);

// loss, accuracy, invariance, equivariance and their test-set twins test-loss, test-accuracy,
// test-invariance, test-equivariance (basic_metric_kinds.cpp).
void appendBasicMetricKinds(std::vector<MetricKind>& kinds);
// rotation-invariance, harmonic-distortion, aliasing, ipr (so2_metric_kinds.cpp).
void appendSo2MetricKinds(std::vector<MetricKind>& kinds);
// layer-symmetry, angle-curve, orbit-spread, stabilizer-reconstruction, stabilizer-order
// (symmetry_metric_kinds.cpp).
void appendSymmetryMetricKinds(std::vector<MetricKind>& kinds);
// orientation-curve (orientation_metric_kinds.cpp).
void appendOrientationMetricKinds(std::vector<MetricKind>& kinds);
// group-law, log-det, involution, parity (action_metric_kinds.cpp).
void appendActionMetricKinds(std::vector<MetricKind>& kinds);
// parameters, weight-symmetry, alignment, descramble (weight_space_kinds.cpp).
void appendWeightSpaceMetricKinds(std::vector<MetricKind>& kinds);

// The model's prediction on X in chunks of 256 columns (bounded memory for any dataset size).
template <class S>
nn::Matrix<S> predictAll(nn::Model<S>& model, const nn::Matrix<S>& X);

}  // namespace eqlab::metrics
