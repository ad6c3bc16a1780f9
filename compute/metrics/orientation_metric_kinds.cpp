// Metric kind of the orientation-stack lesson (docs/math-orientation.md):
//   orientation-curve   invariance error of the output versus the input's rotation angle over
//                       [0°, 90°] (bilinear rotation, data/image_transform.h), split into the
//                       multiples of 360°/N (the net's orientations) and the angles in between,
//                       and the parameter counts of the orientation layers against the plain
//                       CNN layers they stand for.

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "compute/core/error.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/metrics/rotation_curve.h"
#include "compute/nn/orient_conv.h"

namespace eqlab::metrics {

namespace {

// Whether `degrees` is a multiple of 360°/N (to round-off of the angle grid).
bool onOrientationGrid(double degrees, int N) {
    const double m = degrees * N / 360.0;
    return std::abs(m - std::round(m)) < 1e-9;
}

// 0, step, 2·step, ... ≤ 90, plus 90° and the multiples of 360°/N below it.
std::vector<double> curveAngles(double step, int N) {
    std::vector<double> a;
    for (int i = 0; i * step <= 90.0 + 1e-9; ++i)
        a.push_back(std::min(90.0, i * step));
    a.push_back(90.0);
    for (int m = 1; m * 360.0 / N < 90.0; ++m)
        a.push_back(m * 360.0 / N);
    std::sort(a.begin(), a.end());
    a.erase(
        std::unique(a.begin(), a.end(), [](double x, double y) { return std::abs(x - y) < 1e-9; }),
        a.end());
    return a;
}

template <class S>
void orientationCurve(MetricContext<S>& c, MetricOutput& out) {
    const data::TaskData& task = c.task;
    if (task.imageHeight == 0 || task.imageHeight != task.imageWidth)
        throw Error(ErrorKind::InvalidArgument, "orientation-curve needs square image inputs");
    c.model.prepare();
    // N of the first orientation layer (1 for a net without one: no orientations between 0 and
    // 90°), and the parameter counts of the layers (docs/math-orientation.md):
    //   orientation layer   C_out·C_in·N_in·P + C_out            (P disc pixels)
    //   CNN, same channels  C_out·C_in·k² + C_out                 (C channels per layer)
    //   CNN, same maps      (C_out·N)·(C_in·N_in)·k² + C_out·N    (C·N feature maps per layer)
    int N = 0;
    double own = 0, sameChannels = 0, sameMaps = 0;
    for (std::size_t i = 0; i < c.model.net().size(); ++i) {
        const auto* l = dynamic_cast<const nn::OrientConv2d<S>*>(&c.model.net().layer(i));
        if (!l)
            continue;
        if (N == 0)
            N = static_cast<int>(l->orientations());
        const double co = double(l->outChannels()), ci = double(l->inChannels()),
                     nin = double(l->inOrientationAxis()), n = double(l->orientations()),
                     kk = double(l->kernel() * l->kernel()), b = l->hasBias() ? 1.0 : 0.0;
        own += double(l->paramCount());
        sameChannels += co * ci * kk + b * co;
        sameMaps += co * n * ci * nin * kk + b * co * n;
    }
    const std::vector<double> angles = curveAngles(c.params.number("step_degrees"), std::max(1, N));
    const Eigen::Index cols = std::min<Eigen::Index>(c.params.integer("samples"), c.data.X.cols());
    const AngleCurve curve = rotationInvarianceCurve(
        c.model, Eigen::MatrixXd(c.data.X.leftCols(cols).template cast<double>()), task.imageHeight,
        std::max(1, task.imageChannels), angles);
    MetricTable table;
    table.name = "orientation_error_vs_angle";
    table.columnTitle = "rotation angle (degrees)";
    table.valueTitle = "mean |f(R x) - f(x)| / |f(x)|, R bilinear";
    table.rowLabels = {"invariance error"};
    table.rows = 1;
    table.cols = static_cast<int>(angles.size());
    double quarter = 0, grid = 0, between = 0, all = 0;
    int gridCount = 0, betweenCount = 0, allCount = 0;
    for (std::size_t k = 0; k < angles.size(); ++k) {
        char label[32];
        std::snprintf(label, sizeof label, "%g", angles[k]);
        table.columnLabels.push_back(label);
        const double e = curve.error[k];
        table.values.push_back(e);
        if (angles[k] == 90.0)
            quarter = e;
        if (angles[k] <= 0.0 || angles[k] >= 90.0)
            continue;
        all += e;
        ++allCount;
        if (N > 0 && onOrientationGrid(angles[k], N)) {
            grid += e;
            ++gridCount;
        } else {
            between += e;
            ++betweenCount;
        }
    }
    out.tables.push_back(std::move(table));
    out.values.push_back({"orientation_error_quarter", quarter});
    if (allCount)
        out.values.push_back({"orientation_error_mean", all / allCount});
    if (gridCount)  // only when 360°/N < 90°, i.e. N > 4
        out.values.push_back({"orientation_error_grid", grid / gridCount});
    if (betweenCount)
        out.values.push_back({"orientation_error_between", between / betweenCount});
    if (N > 0) {
        out.values.push_back({"conv_parameters", own});
        out.values.push_back({"cnn_parameters_same_channels", sameChannels});
        out.values.push_back({"cnn_parameters_same_maps", sameMaps});
    }
}

}  // namespace

void appendOrientationMetricKinds(std::vector<MetricKind>& kinds) {
    kinds.push_back(makeMetricKind(
        "orientation-curve",
        "invariance error versus the input's rotation angle over 0-90 degrees, at the net's "
        "orientations and between them, and parameter counts against a plain CNN (images)",
        {integerParam("samples", 16, 1, 4096, "training samples averaged over"),
         numberParam("step_degrees", 1.0, 0.25, 45.0, "spacing of the angles", true)},
        {"orientation_error_quarter", "orientation_error_mean", "orientation_error_grid",
         "orientation_error_between", "conv_parameters", "cnn_parameters_same_channels",
         "cnn_parameters_same_maps"},
        [](const MetricRequirements& r) {
            return r.image ? std::string() : std::string("needs image inputs");
        },
        [](auto& c, MetricOutput& out) { orientationCurve(c, out); }));
}

}  // namespace eqlab::metrics
