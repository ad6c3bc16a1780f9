// Metric kinds of weight space (docs/math.md §4.11, §4.12), for two-layer nets (dense, activation,
// dense):
//   parameters       the number of trainable parameters (for headlines about parameter sharing)
//   weight-symmetry  the function change under a random element of the activation's intertwiner
//                    group (round-off) and under a hidden-unit scaling outside it (not round-off)
//   alignment        distance to another run's net before and after alignment modulo the group
//   descramble       roughness across hidden units before and after the best reordering, and
//                    the incoming weights in both orders (the descramble view's pictures)

#include <algorithm>
#include <numeric>
#include <sstream>

#include "compute/core/error.h"
#include "compute/metrics/alignment.h"
#include "compute/metrics/descramble.h"
#include "compute/metrics/metric_kinds.h"

namespace eqlab::metrics {

namespace {

std::string always(const MetricRequirements&) {
    return {};
}

template <class S>
TwoLayerNet twoLayerOf(const nn::Model<S>& model, const std::string& metric) {
    try {
        return twoLayerNetFromModel(model);
    } catch (const Error& e) {
        throw Error(ErrorKind::Parse, "metric '" + metric + "': " + e.detail());
    }
}

// The first `samples` training inputs, in double.
template <class S>
Eigen::MatrixXd inputsOf(const MetricContext<S>& c) {
    const Eigen::Index n = std::min<Eigen::Index>(c.params.integer("samples"), c.data.X.cols());
    return c.data.X.leftCols(n).template cast<double>();
}

// An element of the hidden symmetries that σ does NOT respect: sign flips for ReLU, positive
// scales otherwise (for the identity every scale is allowed, so this is round-off too).
SymmetryKind outsideKind(SymmetryKind k) {
    return k == SymmetryKind::PositiveScaledPermutation ? SymmetryKind::SignedPermutation
                                                        : SymmetryKind::PositiveScaledPermutation;
}

template <class S>
void weightSymmetry(MetricContext<S>& c, MetricOutput& out) {
    const TwoLayerNet net = twoLayerOf(c.model, "weight-symmetry");
    const Eigen::MatrixXd X = inputsOf(c);
    const SymmetryKind kind = hiddenSymmetryKind(net.activation);
    // A fixed stream: the same elements at every evaluation, so the curve shows the net, not the
    // draw.
    Rng rng(0x5e77);
    double inside = 0;
    for (int t = 0; t < 4; ++t)
        inside = std::max(
            inside,
            functionDistance(
                net, applyHiddenSymmetry(net, randomHiddenSymmetry(kind, net.hidden(), rng)), X));
    const double outside = functionDistance(
        net, applyHiddenSymmetry(net, randomHiddenSymmetry(outsideKind(kind), net.hidden(), rng)),
        X);
    out.values.push_back({"symmetry_error", inside});
    out.values.push_back({"outside_error", outside});
}

template <class S>
void alignment(MetricContext<S>& c, MetricOutput& out) {
    const std::string& with = c.params.text("with");
    const nn::Model<S>* other = nullptr;
    std::string labels;
    if (c.runs) {
        for (const auto& run : *c.runs) {
            labels += (labels.empty() ? "" : ", ") + run.label;
            if (run.label == with)
                other = run.model;
        }
    }
    if (!other)
        throw Error(ErrorKind::Parse, "metric 'alignment': no run labelled '" + with +
                                          "' to align with (runs: " + labels + ")");
    const TwoLayerNet self = twoLayerOf(c.model, "alignment");
    const TwoLayerNet reference = twoLayerOf(*other, "alignment");
    const Eigen::MatrixXd X = inputsOf(c);
    // The reference net moved onto this one: g·reference ≈ self.
    const Alignment a = alignNets(reference, self, X);
    out.values.push_back({"distance_before", a.relativeBefore});
    out.values.push_back({"distance_after", a.relativeAfter});
    out.values.push_back(
        {"alignment_ratio", a.relativeBefore > 0 ? a.relativeAfter / a.relativeBefore : 0.0});
    out.values.push_back({"matched_correlation", a.matchedCorrelation});

    // |correlation| of this run's unit i (row) with the reference's unit π(j) (column j): the
    // matched pairs on the diagonal.
    MetricTable t;
    t.name = "alignment_correlation";
    t.rowTitle = "hidden unit of this run";
    t.columnTitle = "matched hidden unit of '" + with + "'";
    t.valueTitle = "|correlation| of the activations";
    const int h = self.hidden();
    t.rows = t.cols = h;
    for (int i = 0; i < h; ++i) {
        t.rowLabels.push_back(std::to_string(i));
        t.columnLabels.push_back(std::to_string(a.symmetry.permutation[i]));
    }
    for (int i = 0; i < h; ++i)
        for (int j = 0; j < h; ++j)
            t.values.push_back(std::abs(a.correlation(i, a.symmetry.permutation[j])));
    out.tables.push_back(std::move(t));
}

// A hidden unit's incoming weights as a table, rows in the order given (and signs flipped): the
// pictures of the descramble view.
MetricTable weightTable(const Eigen::MatrixXd& W1, const std::vector<int>& order,
                        const std::vector<int>& signs, std::string name, std::string rowTitle) {
    MetricTable t;
    t.name = std::move(name);
    t.rowTitle = std::move(rowTitle);
    t.columnTitle = "input";
    t.valueTitle = "incoming weight";
    t.rows = static_cast<int>(W1.rows());
    t.cols = static_cast<int>(W1.cols());
    for (int k = 0; k < t.rows; ++k)
        t.rowLabels.push_back(
            std::string(signs[k] < 0 ? 1 : 0, '-').append(std::to_string(order[k])));
    for (int j = 0; j < t.cols; ++j)
        t.columnLabels.push_back(std::to_string(j));
    for (int k = 0; k < t.rows; ++k)
        for (int j = 0; j < t.cols; ++j)
            t.values.push_back(signs[k] * W1(order[k], j));
    return t;
}

template <class S>
void descramble(MetricContext<S>& c, MetricOutput& out) {
    const TwoLayerNet net = twoLayerOf(c.model, "descramble");
    const Eigen::MatrixXd signal = net.hiddenOutputs(inputsOf(c));
    // Within the layer's symmetry group: sign flips too when σ is odd (tanh, the identity).
    const SymmetryKind kind = hiddenSymmetryKind(net.activation);
    const bool flips =
        kind == SymmetryKind::SignedPermutation || kind == SymmetryKind::ScaledPermutation;
    const Descrambling d =
        flips ? descrambleSignedPermutation(signal) : descramblePermutation(signal);
    out.values.push_back({"roughness_before", d.roughnessBefore});
    out.values.push_back({"roughness_after", d.roughnessAfter});
    out.values.push_back(
        {"roughness_ratio", d.roughnessBefore > 0 ? d.roughnessAfter / d.roughnessBefore : 0.0});
    // The same reordering applied to the incoming weights, whose pictures show it.
    const Eigen::MatrixXd descrambled = d.Q * net.W1;
    const double weightsBefore = roughness(net.W1);
    out.values.push_back({"weight_roughness_ratio",
                          weightsBefore > 0 ? roughness(descrambled) / weightsBefore : 0.0});
    std::vector<int> identity(d.order.size());
    std::iota(identity.begin(), identity.end(), 0);
    out.tables.push_back(weightTable(net.W1, identity, std::vector<int>(identity.size(), 1),
                                     "descramble_weights_trained", "hidden unit, as trained"));
    out.tables.push_back(weightTable(net.W1, d.order, d.signs, "descramble_weights_descrambled",
                                     "hidden unit, descrambled"));
}

}  // namespace

void appendWeightSpaceMetricKinds(std::vector<MetricKind>& kinds) {
    kinds.push_back(makeMetricKind(
        "parameters", "number of trainable parameters", {}, {"parameters"}, always,
        [](auto& c, MetricOutput& out) {
            out.values.push_back({"parameters", static_cast<double>(c.model.paramCount())});
        }));
    kinds.push_back(makeMetricKind(
        "weight-symmetry",
        "two-layer nets: relative change of f under 4 random hidden-unit symmetries of the "
        "activation (round-off) and under a scaling outside that group",
        {integerParam("samples", 64, 2, 1 << 16, "inputs the functions are compared on")},
        {"symmetry_error", "outside_error"}, always,
        [](auto& c, MetricOutput& out) { weightSymmetry(c, out); }));
    kinds.push_back(makeMetricKind(
        "alignment",
        "two-layer nets: relative weight distance to another run's net before and after "
        "matching hidden units (Hungarian algorithm) and fitting their scales",
        {required(textParam("with", "", "label of the run to align with")),
         integerParam("samples", 256, 2, 1 << 16, "inputs the activations are correlated on")},
        {"distance_before", "distance_after", "alignment_ratio", "matched_correlation"}, always,
        [](auto& c, MetricOutput& out) { alignment(c, out); }));
    kinds.push_back(makeMetricKind(
        "descramble",
        "two-layer nets: roughness across hidden units of their outputs, before and after the "
        "smoothest reordering (Amey et al.)",
        {integerParam("samples", 256, 2, 1 << 16, "inputs the hidden signals are taken on")},
        {"roughness_before", "roughness_after", "roughness_ratio", "weight_roughness_ratio"},
        always, [](auto& c, MetricOutput& out) { descramble(c, out); }));
}

}  // namespace eqlab::metrics
