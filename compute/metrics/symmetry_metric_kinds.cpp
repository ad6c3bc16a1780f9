// Metric kinds of the per-layer symmetry metrics (docs/math.md §4.4 to §4.6 and §5):
//   layer-symmetry             |G| × layers table of equivariance/invariance errors
//   angle-curve                invariance error versus a continuous rotation angle (images)
//   orbit-spread               how far each layer's orbits are from collapsing to a point
//   stabilizer-reconstruction  an autoencoder's error on patterns grouped by stabilizer size
//   stabilizer-order           the rank correlation of that error with the stabilizer order,
//                              with the data mean's direction cancelled and a shuffled control

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "compute/core/error.h"
#include "compute/metrics/layer_error_history.h"
#include "compute/metrics/layer_orbits.h"
#include "compute/metrics/layer_representations.h"
#include "compute/metrics/layer_symmetry.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/metrics/rotation_curve.h"
#include "compute/metrics/stabilizer_order.h"

namespace eqlab::metrics {

namespace {

std::string needsInputAction(const MetricRequirements& r) {
    return r.inputAction ? std::string() : std::string("needs a group acting on the task's input");
}

std::string needsPatternAction(const MetricRequirements& r) {
    return r.inputAction || r.patternAction
               ? std::string()
               : std::string("needs a group acting on the task's input patterns");
}

// The patterns the training columns stand for, with the group's action on them: the inputs
// themselves, or, for a run trained on another run's codes, the task's patterns those codes
// come from (MetricContext::patterns).
struct Patterns {
    Eigen::MatrixXd X;  // in × N, column s = the pattern of training column s
    const groups::Representation& action;
};

template <class S>
Patterns patternsOf(const MetricContext<S>& c) {
    if (c.patterns && c.patternAction)
        return {*c.patterns, *c.patternAction};
    return {c.data.X.template cast<double>(), *c.inputAction};
}

// The first n training inputs, in double.
template <class S>
Eigen::MatrixXd firstInputs(MetricContext<S>& c, std::int64_t n) {
    const Eigen::Index cols = std::min<Eigen::Index>(n, c.data.X.cols());
    return c.data.X.leftCols(cols).template cast<double>();
}

std::string degreesLabel(double d) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", d);
    return text;
}

template <class S>
void layerSymmetry(MetricContext<S>& c, MetricOutput& out) {
    c.model.prepare();
    const LayerSymmetryTable t =
        layerSymmetryTable(c.model, *c.inputAction, firstInputs(c, c.params.integer("samples")));
    MetricTable table;
    table.name = kLayerSymmetryTable;  // its column means make the history over training
    table.rowTitle = "group element g";
    table.columnTitle = "layer (output of)";
    table.valueTitle = "mean |f(g.x) - g.f(x)| / |f(x)|";
    table.rowLabels = t.elementLabels;
    for (std::size_t l = 0; l < t.layerNames.size(); ++l)
        table.columnLabels.push_back(t.layerNames[l] + (t.equivariance[l] ? "" : " (invariance)"));
    table.rows = static_cast<int>(t.error.rows());
    table.cols = static_cast<int>(t.error.cols());
    for (Eigen::Index g = 0; g < t.error.rows(); ++g)
        for (Eigen::Index l = 0; l < t.error.cols(); ++l)
            table.values.push_back(t.error(g, l));
    out.tables.push_back(std::move(table));
    out.values.push_back({"layer_error_max", t.error.maxCoeff()});
    out.values.push_back(
        {"layer_error_mean", t.error.rows() > 1 ? t.meanOverElements().mean() : 0.0});
}

template <class S>
void angleCurve(MetricContext<S>& c, MetricOutput& out) {
    const data::TaskData& task = c.task;
    if (task.imageHeight == 0 || task.imageHeight != task.imageWidth)
        throw Error(ErrorKind::InvalidArgument, "angle-curve needs square image inputs");
    c.model.prepare();
    std::vector<double> angles = angleGrid(c.params.number("step_degrees"));
    for (double must : {45.0, 90.0, 180.0, 270.0})
        if (std::find(angles.begin(), angles.end(), must) == angles.end())
            angles.push_back(must);
    std::sort(angles.begin(), angles.end());
    const AngleCurve curve =
        rotationInvarianceCurve(c.model, firstInputs(c, c.params.integer("samples")),
                                task.imageHeight, std::max(1, task.imageChannels), angles);
    MetricTable table;
    table.name = "invariance_error_vs_angle";
    table.columnTitle = "rotation angle (degrees)";
    table.valueTitle = "mean |f(R x) - f(x)| / |f(x)|, R bilinear";
    table.rowLabels = {"invariance error"};
    table.rows = 1;
    table.cols = static_cast<int>(angles.size());
    double quarter = 0.0, at45 = 0.0;
    for (std::size_t k = 0; k < angles.size(); ++k) {
        table.columnLabels.push_back(degreesLabel(angles[k]));
        table.values.push_back(curve.error[k]);
        if (angles[k] == 90.0 || angles[k] == 180.0 || angles[k] == 270.0)
            quarter = std::max(quarter, curve.error[k]);
        if (angles[k] == 45.0)
            at45 = curve.error[k];
    }
    out.tables.push_back(std::move(table));
    out.values.push_back({"invariance_error_quarter_turns", quarter});
    out.values.push_back({"invariance_error_45deg", at45});
}

template <class S>
void orbitSpread(MetricContext<S>& c, MetricOutput& out) {
    c.model.prepare();
    const auto layers =
        layerOrbitEmbeddings(c.model, *c.inputAction, firstInputs(c, c.params.integer("samples")));
    MetricTable table;
    table.name = "orbit_spread_per_layer";
    table.columnTitle = "layer (output of)";
    table.valueTitle = "orbit spread / rms norm (0 = collapsed)";
    table.rowLabels = {"relative orbit spread"};
    table.rows = 1;
    table.cols = static_cast<int>(layers.size());
    for (const auto& l : layers) {
        table.columnLabels.push_back(l.layerName);
        table.values.push_back(l.relativeSpread);
    }
    out.tables.push_back(std::move(table));
    out.values.push_back({"orbit_spread_output", layers.back().relativeSpread});
}

// Stabilizer size of every input column: #{g : ρ(g)x = x} (exact for permutations of 0/1 data).
std::vector<int> stabilizerSizes(const groups::Representation& rep, const Eigen::MatrixXd& X) {
    std::vector<int> sizes(static_cast<std::size_t>(X.cols()), 0);
    for (int g = 0; g < rep.group().order(); ++g) {
        const Eigen::MatrixXd moved = applyRepresentation(rep, g, X);
        for (Eigen::Index s = 0; s < X.cols(); ++s)
            if ((moved.col(s) - X.col(s)).cwiseAbs().maxCoeff() <= 1e-12)
                ++sizes[static_cast<std::size_t>(s)];
    }
    return sizes;
}

// Orbit label of every input column: the columns whose smallest image (lexicographically, over the
// group) agrees share a label, numbered in order of first appearance (exact for permutations of
// 0/1 data, like stabilizerSizes).
std::vector<int> orbitLabels(const groups::Representation& rep, const Eigen::MatrixXd& X) {
    std::vector<std::vector<double>> smallest(static_cast<std::size_t>(X.cols()));
    for (int g = 0; g < rep.group().order(); ++g) {
        const Eigen::MatrixXd moved = applyRepresentation(rep, g, X);
        for (Eigen::Index s = 0; s < X.cols(); ++s) {
            std::vector<double> image(moved.col(s).data(), moved.col(s).data() + moved.rows());
            auto& best = smallest[static_cast<std::size_t>(s)];
            if (g == 0 || image < best)
                best = std::move(image);
        }
    }
    std::map<std::vector<double>, int> label;
    std::vector<int> labels(smallest.size());
    for (std::size_t s = 0; s < smallest.size(); ++s)
        labels[s] = label.emplace(smallest[s], static_cast<int>(label.size())).first->second;
    return labels;
}

// (1/d)|p - y|² of every column of the predictions P against the targets Y (both d × N).
std::vector<double> columnErrors(const Eigen::MatrixXd& P, const Eigen::MatrixXd& Y) {
    std::vector<double> error(static_cast<std::size_t>(Y.cols()));
    for (Eigen::Index s = 0; s < Y.cols(); ++s)
        error[static_cast<std::size_t>(s)] =
            (P.col(s) - Y.col(s)).squaredNorm() / static_cast<double>(Y.rows());
    return error;
}

// The per-pattern reconstruction error (1/d)|x̂ - x|² of every training input; throws (naming the
// metric kind) unless the task's target is its input.
template <class S>
std::vector<double> reconstructionErrors(MetricContext<S>& c, const char* kind) {
    if (c.data.Y.rows() != c.data.X.rows())
        throw Error(ErrorKind::InvalidArgument,
                    std::string(kind) +
                        " needs a task whose target is its input (an autoencoder's, e.g. "
                        "binary-patterns)");
    return columnErrors(predictAll(c.model, c.data.X).template cast<double>(),
                        c.data.Y.template cast<double>());
}

// Each column's error now over its error at step 0 (the part of its starting error it still
// has: 0 learned, 1 not at all); empty when the starting predictions are not known. A column
// that started exact counts as 1.
template <class S>
std::vector<double> remainingErrorShares(const MetricContext<S>& c,
                                         const std::vector<double>& error) {
    if (!c.initialPredictions)
        return {};
    const std::vector<double> start = columnErrors(c.initialPredictions->template cast<double>(),
                                                   c.data.Y.template cast<double>());
    std::vector<double> share(error.size());
    for (std::size_t s = 0; s < error.size(); ++s)
        share[s] = start[s] > 0 ? error[s] / start[s] : 1.0;
    return share;
}

template <class S>
void stabilizerReconstruction(MetricContext<S>& c, MetricOutput& out) {
    const std::vector<double> error = reconstructionErrors(c, "stabilizer-reconstruction");
    const Patterns patterns = patternsOf(c);
    const Eigen::MatrixXd& X = patterns.X;
    const auto sizes = stabilizerSizes(patterns.action, X);
    std::map<int, std::pair<double, int>> bySize;  // |Stab| -> (sum of errors, count)
    for (Eigen::Index s = 0; s < X.cols(); ++s) {
        auto& entry = bySize[sizes[static_cast<std::size_t>(s)]];
        entry.first += error[static_cast<std::size_t>(s)];
        entry.second += 1;
    }
    MetricTable table;
    table.name = "reconstruction_error_by_stabilizer";
    table.columnTitle = "stabilizer size |Stab(x)|";
    table.valueTitle = "mean squared reconstruction error";
    table.rowLabels = {"reconstruction error"};
    table.rows = 1;
    for (const auto& [size, entry] : bySize) {
        const double mean = entry.first / entry.second;
        table.columnLabels.push_back(std::to_string(size));
        table.values.push_back(mean);
        if (size == 1 || size == 2 || size == 4 || size == 8)
            out.values.push_back({"recon_error_stab" + std::to_string(size), mean});
    }
    table.cols = static_cast<int>(table.values.size());
    out.tables.push_back(std::move(table));
    // The most symmetric patterns' error relative to the least symmetric ones' (< 1: the patterns
    // with the largest stabilizer are reconstructed better).
    const double least = bySize.begin()->second.first / bySize.begin()->second.second;
    const double most = bySize.rbegin()->second.first / bySize.rbegin()->second.second;
    out.values.push_back({"recon_error_stab_ratio", least > 0 ? most / least : 0.0});
}

// Seed of the shuffled-label control: fixed, so the control is the same labelling at every step
// and in every run.
constexpr std::uint64_t kShuffleSeed = 1;

template <class S>
void stabilizerOrder(MetricContext<S>& c, MetricOutput& out) {
    const std::vector<double> allErrors = reconstructionErrors(c, "stabilizer-order");
    const Patterns patterns = patternsOf(c);
    const Eigen::MatrixXd& allX = patterns.X;
    // Each distinct pattern once (a repeated one is one pattern, distinctColumns).
    const std::vector<std::size_t> keep = distinctColumns(allX);
    const auto kept = [&](const std::vector<double>& all) {  // empty stays empty
        std::vector<double> some;
        for (std::size_t k = 0; k < keep.size() && !all.empty(); ++k)
            some.push_back(all[keep[k]]);
        return some;
    };
    Eigen::MatrixXd X(allX.rows(), static_cast<Eigen::Index>(keep.size()));
    for (std::size_t k = 0; k < keep.size(); ++k)
        X.col(static_cast<Eigen::Index>(k)) = allX.col(static_cast<Eigen::Index>(keep[k]));
    const std::vector<double> error = kept(allErrors);
    const std::vector<double> share = kept(remainingErrorShares(c, allErrors));
    const std::vector<int> stab = stabilizerSizes(patterns.action, X);
    const std::vector<int> count = onPixelCounts(X);
    const double all = rankGamma(stab, error);
    const double sameCount = rankGamma(stab, error, count);
    const double shuffled = rankGamma(shuffledLabels(stab, kShuffleSeed), error);
    out.values.push_back({"stab_gamma", all});
    out.values.push_back({"stab_gamma_same_count", sameCount});
    out.values.push_back({"stab_gamma_shuffled", shuffled});
    // Each orbit once (orbitGamma): the orbits of large stabilizers are few and small.
    const std::vector<int> orbit = orbitLabels(patterns.action, X);
    const double orbits = orbitGamma(orbit, stab, error, count);
    out.values.push_back({"stab_gamma_orbits", orbits});
    // "Learned first" measured from where each pattern started: the same ranking over orbits of
    // the share of its step-0 error a pattern still has. Errors alone also rank where the
    // untrained net happens to put a pattern (a second stage's codes start unequally far from
    // their reconstruction); the share removes that starting point.
    const double progress = share.empty() ? std::nan("") : orbitGamma(orbit, stab, share, count);
    out.values.push_back({"stab_gamma_progress", progress});
    // The mean's own ranking: patterns far from half the pixels on lie far out along the all-ones
    // direction (rank = |2·count − d|).
    std::vector<int> offCentre(count.size());
    for (std::size_t s = 0; s < count.size(); ++s)
        offCentre[s] = std::abs(2 * count[s] - static_cast<int>(X.rows()));
    const double byCount = rankGamma(offCentre, error);
    out.values.push_back({"count_gamma", byCount});
    // The six side by side, one row each (a heat map with the values written in): which
    // ranking the errors follow at this step. The name avoids "correlation": the window sends
    // tables so named to the Alignment view.
    MetricTable ranks;
    ranks.name = "ranking_of_the_error";
    ranks.rowTitle = "ranked by";
    ranks.columnTitle = "gamma (+1: ranked higher, reconstructed better)";
    ranks.valueTitle = "gamma";
    ranks.rowLabels = {
        "pixel count",          "stabilizer",         "stabilizer, same count",
        "stabilizer, shuffled", "stabilizer, orbits", "stabilizer, orbits, progress"};
    ranks.columnLabels = {"gamma"};
    ranks.values = {byCount, all, sameCount, shuffled, orbits, progress};
    ranks.rows = 6;
    ranks.cols = 1;
    out.tables.push_back(std::move(ranks));
    MetricTable table = errorByCountAndRank(count, stab, error);
    table.name = "reconstruction_error_by_count_and_stabilizer";
    table.rowTitle = "pixels on";
    table.columnTitle = "stabilizer size |Stab(x)|";
    table.valueTitle = "mean squared reconstruction error";
    out.tables.push_back(std::move(table));
}

}  // namespace

void appendSymmetryMetricKinds(std::vector<MetricKind>& kinds) {
    const auto samples = [](std::int64_t fallback) {
        return integerParam("samples", fallback, 1, 4096, "training samples averaged over");
    };
    kinds.push_back(makeMetricKind(
        "layer-symmetry",
        "equivariance error per layer and group element (invariance where a layer has no known "
        "representation), a |G| x layers table",
        {samples(16)}, {"layer_error_max", "layer_error_mean"}, needsInputAction,
        [](auto& c, MetricOutput& out) { layerSymmetry(c, out); }));
    kinds.push_back(makeMetricKind(
        "angle-curve",
        "invariance error of the output versus a continuous rotation angle (bilinear), images",
        {samples(16), numberParam("step_degrees", 15.0, 0.5, 90.0, "spacing of the angles", true)},
        {"invariance_error_quarter_turns", "invariance_error_45deg"},
        [](const MetricRequirements& r) {
            return r.image ? std::string() : std::string("needs image inputs");
        },
        [](auto& c, MetricOutput& out) { angleCurve(c, out); }));
    kinds.push_back(makeMetricKind(
        "orbit-spread",
        "spread of each layer's orbits relative to the features' size (0 = invariant)",
        {samples(4)}, {"orbit_spread_output"}, needsInputAction,
        [](auto& c, MetricOutput& out) { orbitSpread(c, out); }));
    kinds.push_back(makeMetricKind(
        "stabilizer-reconstruction",
        "mean squared reconstruction error of the inputs grouped by the size of their stabilizer, "
        "and the ratio largest/smallest stabilizer (autoencoders on patterns)",
        {},
        {"recon_error_stab1", "recon_error_stab2", "recon_error_stab4", "recon_error_stab8",
         "recon_error_stab_ratio"},
        needsPatternAction, [](auto& c, MetricOutput& out) { stabilizerReconstruction(c, out); }));
    kinds.push_back(makeMetricKind(
        "stabilizer-order",
        "rank correlation (Goodman-Kruskal gamma) of stabilizer size and reconstruction error: all "
        "pairs, pairs with the same pixel count, shuffled labels, pairs of orbits with the same "
        "pixel count (each orbit once, its mean error), the same for the share of its step-0 "
        "error an orbit still has (learned first); and that of the distance of the pixel count "
        "from half (autoencoders on patterns)",
        {},
        {"stab_gamma", "stab_gamma_same_count", "stab_gamma_shuffled", "stab_gamma_orbits",
         "stab_gamma_progress", "count_gamma"},
        needsPatternAction, [](auto& c, MetricOutput& out) { stabilizerOrder(c, out); }));
    kinds.back().usesInitialPredictions = true;  // stab_gamma_progress
}

}  // namespace eqlab::metrics
