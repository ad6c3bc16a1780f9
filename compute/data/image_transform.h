#pragma once

// Rotation of square images by any angle, by bilinear interpolation (docs/math.md §4.6: the
// invariance error over a continuous angle). Images use the engine's layout: one sample per column,
// an n × n image pixel-major with channels fastest, entry (row·n + col)·C + c, row 0 at the top.
//
// Convention (the same as grid:K in docs/representations.md): a pixel has centred coordinates
// p = (col − (n−1)/2, (n−1)/2 − row), x right and y up, and rotating by θ moves the content at p
// to R(θ)p, counter-clockwise. So rotated(q) = image(R(−θ)q), interpolated bilinearly from the
// four neighbouring pixels, with zeros outside the image.
//
// For θ a multiple of 90° the cosine and sine are taken exactly (0, ±1), every sampling point is
// a pixel centre and the result is an exact permutation of the pixels: rotateImages(X, n, C, 90)
// equals grid:n's element r applied to X bit for bit. Between the multiples of 90° interpolation
// blurs and corners leave the image, which is why only those angles can be exact on a grid.

#include <Eigen/Core>

namespace eqlab::data {

// X: (n·n·C) × N. Returns the same shape. Error(InvalidArgument) if X.rows() != n·n·C.
Eigen::MatrixXd rotateImages(const Eigen::Ref<const Eigen::MatrixXd>& X, int n, int channels,
                             double degrees);

// cos and sin of an angle in degrees, exact (0, ±1) at multiples of 90°.
void cosSinDegrees(double degrees, double& c, double& s);

}  // namespace eqlab::data
