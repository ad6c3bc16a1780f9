#pragma once

// Invariance error over a continuous rotation angle, for image models (docs/math.md §4.6):
//   e(θ) = mean_s ‖f(R_θ x_s) − f(x_s)‖ / ‖f(x_s)‖,
// with R_θ the bilinear rotation of data/image_transform.h (zeros outside the image). At
// multiples of 90° R_θ is an exact pixel permutation, so a C4- or D4-invariant net has e = 0 to
// round-off there; in between interpolation blurs the image and its corners leave the grid, so
// e(θ) > 0 for every net: only the quarter turns are symmetries of a square grid.

#include <vector>

#include <Eigen/Core>

#include "compute/nn/model.h"

namespace eqlab::metrics {

struct AngleCurve {
    std::vector<double> degrees;
    std::vector<double> error;  // one per angle
};

// X: (n·n·channels) × samples, the model's input layout (row·n + col, channels fastest).
template <class S>
AngleCurve rotationInvarianceCurve(const nn::Model<S>& model, const Eigen::MatrixXd& X, int n,
                                   int channels, const std::vector<double>& degrees);

// 0, step, 2·step, ... < 360 (step > 0).
std::vector<double> angleGrid(double stepDegrees);

extern template AngleCurve rotationInvarianceCurve<float>(const nn::Model<float>&,
                                                          const Eigen::MatrixXd&, int, int,
                                                          const std::vector<double>&);
extern template AngleCurve rotationInvarianceCurve<double>(const nn::Model<double>&,
                                                           const Eigen::MatrixXd&, int, int,
                                                           const std::vector<double>&);

}  // namespace eqlab::metrics
