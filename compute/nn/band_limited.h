#pragma once

// Band-limited functions on the circle stored as real Fourier coefficients (docs/math.md §3.6,
// Franzen & Wand, arXiv 2109.06861). Shared by the FFT nonlinearity, the band-limited linear layer,
// the invariant readout and the SO(2) metrics.
//
// LAYOUT (one channel, 2K+1 reals):
//   f(θ) = a₀ + Σ_{k=1..K} (a_k cos kθ + b_k sin kθ)   stored as   [a₀, a₁, b₁, a₂, b₂, …, a_K,
//   b_K]
// i.e. a₀ at index 0, a_k at index 2k−1, b_k at index 2k. In complex form c₀ = a₀ and
// c_{±k} = (a_k ∓ i b_k)/2, so f(θ) = Σ_{|k|≤K} c_k e^{ikθ}.
// A feature of C channels is C such blocks one after the other (channel c at rows
// [c(2K+1), (c+1)(2K+1))), and a batch is C(2K+1) × n, one sample per column. Viewed as a
// (2K+1) × (C·n) matrix (the same memory), a batch has one channel of one sample per column: this
// is why the channel blocks are contiguous — every per-channel transform is then one product.
//
// ROTATION. (R_α f)(θ) = f(θ − α) multiplies c_k by e^{−ikα}; in real coefficients
//   a_k ↦ a_k cos kα − b_k sin kα,   b_k ↦ a_k sin kα + b_k cos kα   (a₀ unchanged).
// R_α is orthogonal in the coefficient norm, and R_α R_β = R_{α+β}.
//
// SAMPLING. θ_j = 2πj/N, j = 0..N−1. The synthesis matrix A (N × (2K+1)) gives the samples
// f(θ_j); the analysis matrix B ((2K+1) × N) is the discrete Fourier transform restricted to
// |k| ≤ K. For N ≥ 2K+1, B·A = I (exact up to round-off); for a function with harmonics above K,
// B·samples aliases harmonic m onto the kept harmonic m mod N — the effect the FFT
// nonlinearity's oversampling N controls.

#include "compute/nn/layer.h"

namespace eqlab::nn {

// Number of reals per channel, 2K+1.
constexpr Index bandWidth(int K) noexcept {
    return 2 * Index(K) + 1;
}

// N × (2K+1): row j = [1, cos θ_j, sin θ_j, …, cos Kθ_j, sin Kθ_j], θ_j = 2πj/N. K ≥ 0, N ≥ 1.
Matrix<double> synthesisMatrix(int K, int N);
// (2K+1) × N: row 0 = 1/N, row 2k−1 = (2/N) cos kθ_j, row 2k = (2/N) sin kθ_j. Needs N ≥ 2K+1
// (Error InvalidArgument otherwise: harmonic K would alias onto another kept one).
Matrix<double> analysisMatrix(int K, int N);

// X: C(2K+1) × n (any C ≥ 1; Error InvalidArgument when the rows are not a multiple of 2K+1).
// Returns R_α X, every channel of every column rotated by α.
template <class S>
Matrix<S> rotateBandLimited(const Matrix<S>& X, int K, double alpha);

extern template Matrix<float> rotateBandLimited<float>(const Matrix<float>&, int, double);
extern template Matrix<double> rotateBandLimited<double>(const Matrix<double>&, int, double);

// The smallest number of samples at which the FFT nonlinearity with a polynomial σ of degree d is
// exactly equivariant for every angle: (d+1)K + 1 (docs/math.md §3.6). σ(f) has harmonics up to dK;
// they alias into |k| ≤ K only when N − dK ≤ K.
constexpr int exactSampleCount(int K, int degree) noexcept {
    return (degree + 1) * K + 1;
}

}  // namespace eqlab::nn
