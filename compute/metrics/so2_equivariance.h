#pragma once

// Equivariance error of a map on band-limited features under continuous rotations
// (docs/math.md §3.6, §4.7):
//
//   e(α) = mean over the columns x of X of ‖f(R_α x) − R_α f(x)‖ / ‖f(x)‖,
//
// with R_α the rotation of nn/band_limited.h on the input (band limit K) and on the output (band
// limit K_out), or e(α) = mean ‖f(R_α x) − f(x)‖ / ‖f(x)‖ for a map whose output should be
// invariant. Norms are Euclidean on the coefficient vectors (R_α is orthogonal there). For an FFT
// nonlinearity with pointwise σ, e vanishes at multiples of 2π/N; between them it measures how much
// aliased harmonic power the N samples let through.

#include <Eigen/Core>
#include <functional>
#include <vector>

#include "compute/nn/layer.h"
#include "compute/nn/model.h"

namespace eqlab::metrics {

// A map on batches: in × n -> out × n, one sample per column.
using BatchFunction = std::function<Eigen::MatrixXd(const Eigen::MatrixXd&)>;

enum class So2Output {
    Equivariant,  // output rotates with R_α (band limit outputK)
    Invariant,    // output does not change
};

struct So2Action {
    int K = 0;                                  // band limit of the input
    So2Output output = So2Output::Equivariant;  //
    int outputK = -1;                           // band limit of the output; −1: same as K
};

// e(α) as above. Error InvalidArgument when the input or output rows are not multiples of 2K+1.
// A column with f(x) = 0 counts as error ‖f(R_α x)‖ / 1e-300 (so 0 only if that is 0 too).
double so2EquivarianceError(const BatchFunction& f, const Eigen::MatrixXd& X,
                            const So2Action& action, double alpha);

// e(α) for every angle of `angles` (f(x) is evaluated once).
std::vector<double> so2EquivarianceCurve(const BatchFunction& f, const Eigen::MatrixXd& X,
                                         const So2Action& action,
                                         const std::vector<double>& angles);

// count angles 2πi/count, i = 0..count−1, uniform on [0, 2π).
std::vector<double> uniformAngles(int count);

// Adapters: a layer evaluated with a fresh cache; a model through predict() (which prepares it).
BatchFunction layerFunction(const nn::Layer<double>& layer);
BatchFunction modelFunction(nn::Model<double>& model);

}  // namespace eqlab::metrics
