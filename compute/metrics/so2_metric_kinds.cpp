// Metric kinds of the SO(2) and receptive-field lessons (docs/math.md §4.7, §4.8, §4.10):
//   rotation-invariance   ‖f(R_α x) − f(x)‖ / ‖f(x)‖ for α on a uniform grid of [0, 2π)
//   harmonic-distortion   HD of each FFT nonlinearity's σ on the features it receives
//   aliasing              the power σ folds back onto |k| ≤ K at N samples, and its equivariance
//                         error; against N for u² and ReLU
//   ipr                   mean inverse participation ratio of the first dense layer's rows

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

#include "compute/core/error.h"
#include "compute/metrics/aliasing.h"
#include "compute/metrics/harmonic_distortion.h"
#include "compute/metrics/ipr.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/metrics/so2_equivariance.h"
#include "compute/nn/band_limited.h"
#include "compute/nn/dense.h"
#include "compute/nn/fft_nonlinearity.h"

namespace eqlab::metrics {

namespace {

std::string needsBandLimited(const MetricRequirements& r) {
    return r.bandLimited ? std::string()
                         : std::string(
                               "needs a band-limited task on the circle (e.g. "
                               "band-limited-signals)");
}

template <class S>
Eigen::Index sampleCount(MetricContext<S>& c) {
    return std::min<Eigen::Index>(c.params.integer("samples"), c.data.X.cols());
}

template <class S>
void rotationInvariance(MetricContext<S>& c, MetricOutput& out) {
    const int K = c.task.bandLimit;
    const Eigen::MatrixXd X = c.data.X.leftCols(sampleCount(c)).template cast<double>();
    const BatchFunction f = [&c](const Eigen::MatrixXd& x) {
        const nn::Matrix<S> xs = x.template cast<S>();
        return Eigen::MatrixXd(predictAll(c.model, xs).template cast<double>());
    };
    const std::vector<double> angles = uniformAngles(static_cast<int>(c.params.integer("angles")));
    const std::vector<double> errors =
        so2EquivarianceCurve(f, X, So2Action{K, So2Output::Invariant}, angles);
    double sum = 0, worst = 0;
    for (const double e : errors) {
        sum += e;
        worst = std::max(worst, e);
    }
    out.values.push_back({"rotation_error", sum / double(errors.size())});
    out.values.push_back({"rotation_error_max", worst});
    MetricTable t;
    t.name = "rotation_error_vs_angle";
    t.columnTitle = "rotation angle (degrees)";
    t.valueTitle = "|f(R x) - f(x)| / |f(x)|";
    t.rowLabels = {"error"};
    t.rows = 1;
    t.cols = static_cast<int>(angles.size());
    for (std::size_t i = 0; i < angles.size(); ++i) {
        char label[32];
        std::snprintf(label, sizeof label, "%.1f", angles[i] * 180.0 / std::numbers::pi);
        t.columnLabels.push_back(label);
        t.values.push_back(errors[i]);
    }
    out.tables.push_back(std::move(t));
}

// Runs the model layer by layer on the first samples and calls visit(fft, X, i) at every
// top-level FFT nonlinearity with the features it receives (X: bandWidth(K)·channels × samples,
// in double; i: its index in the net). Returns how many there were; none is an error naming the
// metric.
template <class S, class Visit>
int forEachFftNonlinearity(MetricContext<S>& c, const std::string& metric, Visit&& visit) {
    c.model.prepare();
    nn::Matrix<S> current = c.data.X.leftCols(sampleCount(c)), next;
    int layers = 0;
    for (std::size_t i = 0; i < c.model.net().size(); ++i) {
        const auto& layer = c.model.net().layer(i);
        if (const auto* fft = dynamic_cast<const nn::FftNonlinearity<S>*>(&layer)) {
            visit(*fft, Eigen::MatrixXd(current.template cast<double>()), i);
            ++layers;
        }
        nn::Cache<S> cache;
        layer.forward(current, next, cache);
        current.swap(next);
    }
    if (layers == 0) {
        throw Error(ErrorKind::InvalidArgument,
                    metric + ": the model has no fft-nonlinearity layer to measure");
    }
    return layers;
}

// At every top-level FFT nonlinearity, the harmonic distortion of its σ on the features it
// receives.
template <class S>
void harmonicDistortionOfModel(MetricContext<S>& c, MetricOutput& out) {
    HarmonicOptions options;
    options.gridSize = static_cast<int>(c.params.integer("grid"));
    MetricTable t;
    t.name = "harmonic_spectrum";
    t.rowTitle = "layer";
    t.columnTitle = "harmonic order k";
    t.valueTitle = "share of the power of sigma(f)";
    double sum = 0;
    const auto visit = [&](const nn::FftNonlinearity<S>& fft, const Eigen::MatrixXd& X,
                           std::size_t i) {
        const int K = fft.bandLimit();
        sum += meanHarmonicDistortion(X, K, fft.activation(), options);
        // The spectrum averaged over every channel of every sample, up to order 4K.
        const int kMax = std::min(4 * K + 1, options.gridSize / 2);
        if (t.cols == 0) {
            t.cols = kMax + 1;
            for (int k = 0; k <= kMax; ++k) {
                t.columnLabels.push_back(std::to_string(k));
            }
        }
        const Eigen::Index w = nn::bandWidth(K);
        const Eigen::Map<const Eigen::MatrixXd> channels(X.data(), w, X.size() / w);
        std::vector<double> mean(static_cast<std::size_t>(t.cols), 0.0);
        for (Eigen::Index j = 0; j < channels.cols(); ++j) {
            const auto s = harmonicSpectrum(channels.col(j), K, fft.activation(), options);
            for (int k = 0; k < t.cols && k < static_cast<int>(s.size()); ++k) {
                mean[static_cast<std::size_t>(k)] += s[static_cast<std::size_t>(k)];
            }
        }
        for (double& m : mean) {
            t.values.push_back(channels.cols() ? m / double(channels.cols()) : 0.0);
        }
        t.rowLabels.push_back("layer " + std::to_string(i) + " (" + fft.describe() + ")");
        ++t.rows;
    };
    const int layers = forEachFftNonlinearity(c, "harmonic-distortion", visit);
    out.values.push_back({"harmonic_distortion", sum / layers});
    out.tables.push_back(std::move(t));
}

// One row per σ, for the Curves view: the aliased share or the equivariance error at N = 2K+1 …
// 6K+1 samples (u² is exact from 3K+1 on).
MetricTable aliasingTable(const std::string& name, const std::string& valueTitle, int K) {
    MetricTable t;
    t.name = name;
    t.rowTitle = "nonlinearity";
    t.columnTitle = "samples N";
    t.valueTitle = valueTitle;
    t.rows = 1;
    for (int N = 2 * K + 1; N <= 6 * K + 1; ++N) {
        t.columnLabels.push_back(std::to_string(N));
    }
    t.cols = static_cast<int>(t.columnLabels.size());
    return t;
}

// At every top-level FFT nonlinearity, the aliasing of its own σ at its own N on the features it
// receives (values); on the features the first one receives, the curves against N for u² and
// ReLU (tables).
template <class S>
void aliasingOfModel(MetricContext<S>& c, MetricOutput& out) {
    AliasingOptions options;
    options.gridSize = static_cast<int>(c.params.integer("grid"));
    options.shifts = static_cast<int>(c.params.integer("shifts"));
    double share = 0, error = 0;
    bool first = true;
    const auto visit = [&](const nn::FftNonlinearity<S>& fft, const Eigen::MatrixXd& X,
                           std::size_t) {
        const int K = fft.bandLimit();
        if (options.gridSize < 2 * K + 1) {
            throw Error(ErrorKind::InvalidArgument,
                        "aliasing: grid " + std::to_string(options.gridSize) +
                            " is below 2K+1 = " + std::to_string(2 * K + 1));
        }
        const Aliasing own = meanAliasing(X, K, fft.samples(), fft.activation(), options);
        share += own.relative;
        error += own.equivarianceError;
        if (!first) {
            return;
        }
        first = false;
        for (const auto& [act, label] : {std::pair{nn::Activation::Square, "square"},
                                         std::pair{nn::Activation::ReLU, "relu"}}) {
            MetricTable power = aliasingTable(std::string("aliased_power_vs_n_") + label,
                                              "aliased share of sigma(f)'s power", K);
            MetricTable err = aliasingTable(std::string("aliasing_error_vs_n_") + label,
                                            "|L(R x) - R L(x)| / |L(x)|", K);
            power.rowLabels = err.rowLabels = {label};
            for (int N = 2 * K + 1; N <= 6 * K + 1; ++N) {
                const Aliasing a = meanAliasing(X, K, N, act, options);
                power.values.push_back(a.relative);
                err.values.push_back(a.equivarianceError);
            }
            out.tables.push_back(std::move(power));
            out.tables.push_back(std::move(err));
        }
    };
    const int layers = forEachFftNonlinearity(c, "aliasing", visit);
    out.values.push_back({"aliased_power", share / layers});
    out.values.push_back({"aliasing_error", error / layers});
}

template <class S>
void firstLayerIpr(MetricContext<S>& c, MetricOutput& out) {
    for (std::size_t i = 0; i < c.model.net().size(); ++i) {
        if (const auto* dense = dynamic_cast<const nn::Dense<S>*>(&c.model.net().layer(i))) {
            const Eigen::MatrixXd W = dense->weight().template cast<double>();
            out.values.push_back({"ipr", meanRowIpr(W)});
            return;
        }
    }
    throw Error(ErrorKind::InvalidArgument, "ipr: the model has no dense layer");
}

}  // namespace

void appendSo2MetricKinds(std::vector<MetricKind>& kinds) {
    const auto samples = integerParam("samples", 64, 1, 1 << 16, "samples averaged over");
    kinds.push_back(makeMetricKind(
        "rotation-invariance",
        "mean and max over angles a in [0, 2pi) of |f(R_a x) - f(x)| / |f(x)|, band-limited input",
        {samples, integerParam("angles", 72, 1, 3600, "angles, uniform on [0, 2pi)")},
        {"rotation_error", "rotation_error_max"}, needsBandLimited,
        [](auto& c, MetricOutput& out) { rotationInvariance(c, out); }));
    kinds.push_back(makeMetricKind(
        "harmonic-distortion",
        "share of sigma(f)'s power above the band limit, mean over the fft-nonlinearity layers "
        "and the features they receive",
        {integerParam("samples", 16, 1, 4096, "samples averaged over"),
         integerParam("grid", 1024, 16, 1 << 16, "samples of the fine grid")},
        {"harmonic_distortion"}, needsBandLimited,
        [](auto& c, MetricOutput& out) { harmonicDistortionOfModel(c, out); }));
    kinds.push_back(makeMetricKind(
        "aliasing",
        "share of sigma(f)'s power that sampling at N points folds back onto |k| <= K, and the "
        "equivariance error it causes between sampling angles; curves against N for u^2 and relu",
        {integerParam("samples", 16, 1, 4096, "samples averaged over"),
         integerParam("grid", 1024, 16, 1 << 16, "samples of the fine grid"),
         integerParam("shifts", 8, 1, 360, "angles between two sampling angles")},
        {"aliased_power", "aliasing_error"}, needsBandLimited,
        [](auto& c, MetricOutput& out) { aliasingOfModel(c, out); }));
    kinds.push_back(makeMetricKind(
        "ipr", "mean inverse participation ratio of the first dense layer's weight rows", {},
        {"ipr"}, [](const MetricRequirements&) { return std::string(); },
        [](auto& c, MetricOutput& out) { firstLayerIpr(c, out); }));
}

}  // namespace eqlab::metrics
