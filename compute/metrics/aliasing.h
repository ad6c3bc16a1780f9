#pragma once

// Aliasing of a pointwise nonlinearity sampled at N points (docs/math.md §4.14, Franzen & Wand,
// arXiv 2109.06861). For one channel f with band limit K (layout of nn/band_limited.h), the FFT
// nonlinearity computes
//
//   L_N(f) = the |k| ≤ K part of the N-point DFT of σ(f(θ_j)),   θ_j = 2πj/N,
//
// while the exactly equivariant map it stands for is P_K σ(f), the band-limited part of σ applied
// in continuous space. The N-point DFT folds harmonic m of σ(f) onto m mod N, so
//
//   L_N(f)_k − (P_K σ f)_k = Σ_{j≠0} ĉ_{k+jN}   (|k| ≤ K),
//
// and the aliased power is A_N = Σ_{|k|≤K} |Σ_{j≠0} ĉ_{k+jN}|² (the squared L² norm on the circle,
// (1/2π)∫|·|² dθ). It is the only part of L_N that is not equivariant: P_K σ commutes with every
// rotation, and so L_N(R_α f) − R_α L_N(f) is the aliased part of R_α f minus the rotated aliased
// part of f. For a polynomial σ of degree d, σ(f) has harmonics up to dK and A_N = 0 exactly iff
// N ≥ (d+1)K + 1 (u²: N ≥ 3K + 1); ReLU has harmonics of every order (|ĉ_m| ~ 1/m² from its
// kink), so A_N > 0 for every N and shrinks as N grows.
//
// P_K σ(f) is computed on a fine grid of M samples (exact when σ(f) has no harmonic above M − K −
// 1, as for u² with M ≥ 3K+1; O(1/M²) for ReLU's kink).

#include <Eigen/Core>

#include "compute/nn/activation.h"

namespace eqlab::metrics {

struct AliasingOptions {
    int gridSize = 1024;       // M, the fine grid standing in for continuous space; M ≥ 2K+1
    int shifts = 8;            // angles between two sampling angles for the equivariance error
    double leakySlope = 0.01;  // α of LeakyReLU
};

struct Aliasing {
    double power = 0;     // A_N, absolute
    double relative = 0;  // A_N / ‖σ(f)‖², the share of σ(f)'s power folded onto |k| ≤ K
    // Mean over the angles α_s = (s + ½)/S · 2π/N, s = 0..S−1 (S = shifts: every one strictly
    // between two sampling angles) of ‖L_N(R_α f) − R_α L_N(f)‖ / ‖L_N(f)‖. At multiples of 2π/N
    // the rotation only shifts the samples and the error is exactly 0 for every σ.
    double equivarianceError = 0;
};

// coefficients: 2K+1 reals of one channel; N ≥ 2K+1. Zero when σ(f) or L_N(f) vanishes (no
// relative value). Error InvalidArgument when the length is not 2K+1, N < 2K+1, M < 2K+1 or
// shifts < 1.
Aliasing aliasing(const Eigen::VectorXd& coefficients, int K, int N, nn::Activation sigma,
                  const AliasingOptions& options = {});

// Over every channel of every sample of X (C(2K+1) × n): A_N averaged over all channels, the
// relative share and the equivariance error over the channels on which they are defined.
Aliasing meanAliasing(const Eigen::MatrixXd& X, int K, int N, nn::Activation sigma,
                      const AliasingOptions& options = {});

}  // namespace eqlab::metrics
