// Metric kinds of weight space (docs/math.md §4.11, §4.12), for nets of dense and activation layers
// (dense, activation, …, dense; descramble: two-layer nets):
//   parameters       the number of trainable parameters (for headlines about parameter sharing)
//   weight-symmetry  the function change under a random element of the activations' intertwiner
//                    groups (round-off) and under hidden-unit scalings outside them (not round-off)
//   alignment        distance to another run's net before and after alignment modulo the groups,
//                    layer by layer
//   descramble       roughness across hidden units before and after the best reordering (or,
//                    for a linear layer, the orthogonal closed form), and
//                    the incoming weights in both orders (the descramble view's pictures)
//   stitching        the loss of this run's first layers stitched to another run's
//                    remaining layers, without and with the layer-by-layer alignment, and the
//                    aligned weight distance per layer

#include <algorithm>
#include <numeric>
#include <sstream>

#include "compute/core/error.h"
#include "compute/metrics/descramble.h"
#include "compute/metrics/layer_alignment.h"
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

// A model of dense, activation, …, dense layers with at least one hidden layer.
template <class S>
DeepNet deepNetOfModel(const nn::Model<S>& model, const std::string& metric) {
    try {
        DeepNet net = deepNetFromModel(model);
        if (net.hiddenLayers() == 0)
            throw Error(ErrorKind::InvalidArgument,
                        "multilayer net: no hidden layer (expected dense, activation, dense at "
                        "least)");
        return net;
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

// The model of the run named by the metric's "with" parameter; Error(Parse) listing the runs when
// there is none.
template <class S>
const nn::Model<S>* peerModel(const MetricContext<S>& c, const std::string& metric,
                              const std::string& verb) {
    const std::string& with = c.params.text("with");
    std::string labels;
    if (c.runs) {
        for (const auto& run : *c.runs) {
            labels += (labels.empty() ? "" : ", ") + run.label;
            if (run.label == with)
                return run.model;
        }
    }
    throw Error(ErrorKind::Parse, "metric '" + metric + "': no run labelled '" + with + "' to " +
                                      verb + " with (runs: " + labels + ")");
}

template <class S>
void weightSymmetry(MetricContext<S>& c, MetricOutput& out) {
    const DeepNet net = deepNetOfModel(c.model, "weight-symmetry");
    const Eigen::MatrixXd X = inputsOf(c);
    // A fixed stream: the same elements at every evaluation, so the curve shows the net, not the
    // draw. One element per hidden layer, drawn layer after layer.
    Rng rng(0x5e77);
    auto moved = [&](bool inGroup) {
        std::vector<HiddenSymmetry> g;
        for (int l = 0; l < net.hiddenLayers(); ++l) {
            const SymmetryKind kind = hiddenSymmetryKind(net.activation[l]);
            g.push_back(
                randomHiddenSymmetry(inGroup ? kind : outsideKind(kind), net.width(l), rng));
        }
        return applyLayerSymmetries(net, g);
    };
    double inside = 0;
    for (int t = 0; t < 4; ++t)
        inside = std::max(inside, functionDistance(net, moved(true), X));
    const double outside = functionDistance(net, moved(false), X);
    out.values.push_back({"symmetry_error", inside});
    out.values.push_back({"outside_error", outside});
}

template <class S>
void alignment(MetricContext<S>& c, MetricOutput& out) {
    const std::string& with = c.params.text("with");
    const nn::Model<S>* other = peerModel(c, "alignment", "align");
    const DeepNet self = deepNetOfModel(c.model, "alignment");
    const DeepNet reference = deepNetOfModel(*other, "alignment");
    const Eigen::MatrixXd X = inputsOf(c);
    // The reference net moved onto this one, layer by layer: g·reference ≈ self.
    const LayerAlignment a = alignLayers(self, reference, X);
    out.values.push_back({"distance_before", a.relativeBefore});
    out.values.push_back({"distance_after", a.relativeAfter});
    out.values.push_back(
        {"alignment_ratio", a.relativeBefore > 0 ? a.relativeAfter / a.relativeBefore : 0.0});
    // The mean matched correlation over every hidden unit of every layer.
    double matched = 0;
    int units = 0;
    for (int l = 0; l < self.hiddenLayers(); ++l) {
        matched += a.matchedCorrelation[static_cast<std::size_t>(l)] * self.width(l);
        units += self.width(l);
    }
    out.values.push_back({"matched_correlation", units > 0 ? matched / units : 0.0});

    // |correlation| of this run's unit i (row) of the first hidden layer with the reference's unit
    // π(j) (column j): the matched pairs on the diagonal.
    MetricTable t;
    t.name = "alignment_correlation";
    t.rowTitle = "hidden unit of this run";
    t.columnTitle = "matched hidden unit of '" + with + "'";
    t.valueTitle = "|correlation| of the activations";
    const int h = self.width(0);
    const auto& pi = a.symmetry.front().permutation;
    t.rows = t.cols = h;
    for (int i = 0; i < h; ++i) {
        t.rowLabels.push_back(std::to_string(i));
        t.columnLabels.push_back(std::to_string(pi[static_cast<std::size_t>(i)]));
    }
    for (int i = 0; i < h; ++i)
        for (int j = 0; j < h; ++j)
            t.values.push_back(std::abs(a.correlation.front()(i, pi[static_cast<std::size_t>(j)])));
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

// The group descrambling searches: the one asked for, or (automatic) the layer's own symmetry
// group — the orthogonal closed form when σ is the identity (GL_h, of which O_h is the part that
// keeps the signal's scale), signed permutations when σ is odd, plain ones otherwise.
enum class DescrambleGroup { Orthogonal, SignedPermutation, Permutation };

DescrambleGroup descrambleGroup(const std::string& asked, nn::Activation activation) {
    if (asked == "orthogonal")
        return DescrambleGroup::Orthogonal;
    if (asked == "signed-permutation")
        return DescrambleGroup::SignedPermutation;
    if (asked == "permutation")
        return DescrambleGroup::Permutation;
    if (activation == nn::Activation::Identity)
        return DescrambleGroup::Orthogonal;
    const SymmetryKind kind = hiddenSymmetryKind(activation);
    return kind == SymmetryKind::SignedPermutation || kind == SymmetryKind::ScaledPermutation
               ? DescrambleGroup::SignedPermutation
               : DescrambleGroup::Permutation;
}

template <class S>
void descramble(MetricContext<S>& c, MetricOutput& out) {
    const TwoLayerNet net = twoLayerOf(c.model, "descramble");
    const Eigen::MatrixXd signal = net.hiddenOutputs(inputsOf(c));
    const DescrambleGroup group = descrambleGroup(c.params.text("group"), net.activation);
    if (group == DescrambleGroup::Orthogonal && net.activation != nn::Activation::Identity)
        throw Error(ErrorKind::Parse,
                    "metric 'descramble': group 'orthogonal' needs a linear hidden layer "
                    "(activation 'identity'); a pointwise activation is only symmetric under "
                    "permutations");
    const Descrambling d = group == DescrambleGroup::Orthogonal ? descrambleOrthogonal(signal)
                           : group == DescrambleGroup::SignedPermutation
                               ? descrambleSignedPermutation(signal)
                               : descramblePermutation(signal);
    out.values.push_back({"roughness_before", d.roughnessBefore});
    out.values.push_back({"roughness_after", d.roughnessAfter});
    out.values.push_back(
        {"roughness_ratio", d.roughnessBefore > 0 ? d.roughnessAfter / d.roughnessBefore : 0.0});
    // The same transformation applied to the incoming weights, whose pictures show it.
    const Eigen::MatrixXd descrambled = d.Q * net.W1;
    const double weightsBefore = roughness(net.W1);
    out.values.push_back({"weight_roughness_ratio",
                          weightsBefore > 0 ? roughness(descrambled) / weightsBefore : 0.0});
    // Along the other axis: how much neighbouring inputs' weights differ, relative to the weights'
    // size, ‖W₁ Dᵀ‖²_F / ‖W₁‖²_F (≈ 2 for white noise, 2 − 2cos(2πk/d) for a sinusoid of k
    // cycles over the d inputs). No orthogonal Q or signed permutation changes it.
    const double weightNorm = net.W1.squaredNorm();
    out.values.push_back(
        {"input_roughness", weightNorm > 0 ? roughness(net.W1.transpose()) / weightNorm : 0.0});
    const int h = net.hidden();
    std::vector<int> identity(static_cast<std::size_t>(h));
    std::iota(identity.begin(), identity.end(), 0);
    const std::vector<int> plus(identity.size(), 1);
    out.tables.push_back(weightTable(net.W1, identity, plus, "descramble_weights_trained",
                                     "hidden unit, as trained"));
    if (group == DescrambleGroup::Orthogonal)
        // Rows are mixtures of units: numbered, not named after a unit.
        out.tables.push_back(weightTable(descrambled, identity, plus,
                                         "descramble_weights_descrambled",
                                         "descrambled component"));
    else
        out.tables.push_back(weightTable(net.W1, d.order, d.signs, "descramble_weights_descrambled",
                                         "hidden unit, descrambled"));
}

template <class S>
void stitching(MetricContext<S>& c, MetricOutput& out) {
    const nn::Model<S>* other = peerModel(c, "stitching", "stitch");
    // A run stitched to itself is itself: nothing to show (and its curves would only crowd the
    // chart).
    if (other == &c.model)
        return;
    const DeepNet self = deepNetOfModel(c.model, "stitching");
    const DeepNet peer = deepNetOfModel(*other, "stitching");
    const int layer = static_cast<int>(c.params.integer("layer"));
    if (layer > self.hiddenLayers())
        throw Error(ErrorKind::Parse, "metric 'stitching': layer " + std::to_string(layer) +
                                          ", but the nets have " +
                                          std::to_string(self.hiddenLayers()) + " hidden layers");
    const Eigen::MatrixXd X = inputsOf(c);
    const Eigen::Index n = X.cols();
    const nn::Matrix<S> Y = c.data.Y.leftCols(n);
    auto loss = [&](const DeepNet& net) {
        const nn::Matrix<S> prediction = net.evaluate(X).template cast<S>();
        nn::Matrix<S> grad;
        // The loss sums over samples; the mean, as train_loss reports it.
        return c.loss.evaluate(prediction, Y, grad) / static_cast<double>(n);
    };
    // The peer moved onto this run layer by layer: g·peer ≈ self.
    const LayerAlignment a = alignLayers(self, peer, X);
    const int k = layer - 1;
    const double before = loss(stitchNets(self, peer, k));
    const double after = loss(stitchNets(self, a.aligned, k));
    out.values.push_back({"stitched_loss_before", before});
    out.values.push_back({"stitched_loss_after", after});
    out.values.push_back({"stitched_loss_fitted", loss(stitchFitted(self, peer, k, X))});
    out.values.push_back({"own_loss", loss(self)});
    out.values.push_back({"peer_loss", loss(peer)});
    out.values.push_back({"stitching_ratio", before > 0 ? after / before : 0.0});

    // The relative distance of every weight layer to the peer's, before and after the alignment.
    MetricTable t;
    t.name = "aligned_distance_per_layer";
    t.rowTitle = "weight layer";
    t.columnTitle = "alignment";
    t.valueTitle = "relative weight distance";
    t.rows = static_cast<int>(a.layerBefore.size());
    t.cols = 2;
    for (int l = 0; l < t.rows; ++l)
        t.rowLabels.push_back(std::to_string(l + 1));
    t.columnLabels = {"before", "after"};
    for (int l = 0; l < t.rows; ++l) {
        t.values.push_back(a.layerBefore[static_cast<std::size_t>(l)]);
        t.values.push_back(a.layerAfter[static_cast<std::size_t>(l)]);
    }
    out.tables.push_back(std::move(t));
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
        "nets of dense and activation layers: relative change of f under 4 random hidden-unit "
        "symmetries of the activations, one per hidden layer (round-off), and under scalings "
        "outside those groups",
        {integerParam("samples", 64, 2, 1 << 16, "inputs the functions are compared on")},
        {"symmetry_error", "outside_error"}, always,
        [](auto& c, MetricOutput& out) { weightSymmetry(c, out); }));
    kinds.push_back(makeMetricKind(
        "alignment",
        "nets of dense and activation layers: relative weight distance to another run's net "
        "before and after matching hidden units (Hungarian algorithm) and fitting their scales, "
        "layer by layer",
        {required(textParam("with", "", "label of the run to align with")),
         integerParam("samples", 256, 2, 1 << 16, "inputs the activations are correlated on")},
        {"distance_before", "distance_after", "alignment_ratio", "matched_correlation"}, always,
        [](auto& c, MetricOutput& out) { alignment(c, out); }));
    kinds.push_back(makeMetricKind(
        "descramble",
        "two-layer nets: roughness across hidden units of their outputs, before and after the "
        "smoothest reordering or (linear layer) orthogonal mixing (Amey et al.)",
        {integerParam("samples", 256, 2, 1 << 16, "inputs the hidden signals are taken on"),
         choiceParam("group", "automatic",
                     {"automatic", "orthogonal", "signed-permutation", "permutation"},
                     "the transformations searched; automatic: the layer's symmetry group "
                     "(orthogonal for a linear layer)")},
        {"roughness_before", "roughness_after", "roughness_ratio", "weight_roughness_ratio",
         "input_roughness"},
        always, [](auto& c, MetricOutput& out) { descramble(c, out); }));
    kinds.push_back(makeMetricKind(
        "stitching",
        "nets of dense and activation layers: loss of this run's layers up to a hidden layer "
        "followed by another "
        "run's remaining layers, without and with aligning them layer by layer, and through a "
        "fitted affine stitching layer",
        {required(textParam("with", "", "label of the run to stitch to")),
         integerParam("layer", 1, 1, 64, "the hidden layer after which the nets are cut"),
         integerParam("samples", 256, 2, 1 << 16, "inputs the activations are correlated on")},
        {"stitched_loss_before", "stitched_loss_after", "stitched_loss_fitted", "own_loss",
         "peer_loss", "stitching_ratio"},
        always, [](auto& c, MetricOutput& out) { stitching(c, out); }));
}

}  // namespace eqlab::metrics
