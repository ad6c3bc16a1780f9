#pragma once

// Targets with a parity under an involution T, f(T x) = p·f(x) (docs/math.md §3.10,
// parity-constrained nets), generated from a seed. The sample points come from Rng(seed); the
// target FUNCTION is fixed (it depends on the dimension or image size only), so runs with different
// seeds fit the same f.
//
//   parityFunctionTask(dim, p, N, seed)   T x = −x; x uniform in [−2, 2]^dim,
//       even (p = +1): y = Σ_k a_k cos(w_k·x) + ¼‖x‖²
//       odd  (p = −1): y = Σ_k a_k sin(w_k·x) + ¼ Σ_i x_i³ / dim
//     with four frequency vectors w_k ~ N(0, 1.2²/dim·I) and amplitudes |a_k| in [0.5, 1), random
//     signs, drawn once from a fixed stream keyed by dim.
//
//   mirrorImageTask(K, p, N, seed)        T = left–right mirror of a K×K image (nn::imageMirror(K),
//       pixel index row·K + col). Each image is two Gaussian blobs (centres uniform on the grid,
//       widths 0.6–1.2 pixels, amplitudes 0.5–1.5). With ξ = (col − (K−1)/2)/((K−1)/2) and
//       η = ((K−1)/2 − row)/((K−1)/2) in [−1, 1] and the image's centre of mass (u, v) in those
//       coordinates, u is odd and v even under the mirror:
//       even: y = 3u² + v        odd: y = 2u + 2uv
//
// Layout as everywhere: X is in × N (one sample per column), Y is 1 × N. Error(InvalidArgument)
// naming the argument when dim < 1, K < 2, p ∉ {+1, −1} or N < 1.

#include <cstdint>

#include "compute/data/tasks.h"

namespace eqlab::data {

TaskData parityFunctionTask(int dim, int parity, int samples, std::uint64_t seed);
TaskData mirrorImageTask(int size, int parity, int samples, std::uint64_t seed);

// The target functions themselves, for the points X (dim × n, or K² × n): 1 × n.
Eigen::MatrixXd parityFunction(int dim, int parity, const Eigen::MatrixXd& X);
Eigen::MatrixXd mirrorImageTarget(int size, int parity, const Eigen::MatrixXd& images);

}  // namespace eqlab::data
