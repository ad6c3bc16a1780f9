#pragma once

// Harmonic distortion of a pointwise nonlinearity on band-limited features (docs/math.md §4.8,
// Franzen & Wand, arXiv 2109.06861). For one channel f with band limit K (layout of
// nn/band_limited.h):
//
//   HD = Σ_{|k|>K} |ĉ_k|² / Σ_k |ĉ_k|²,   ĉ the Fourier coefficients of σ(f),
//
// the fraction of σ(f)'s power that lands above the band — the part an FFT nonlinearity must
// either throw away (large enough N) or alias back into the band (small N). Computed on a fine grid
// of M samples: σ(f) is not band-limited in general and its harmonics above M/2 fold back; for
// the smooth σ of nn/activation.h that is negligible, for ReLU's kink the error is O(1/M²)
// (2.5e-6 at the default M = 1024 on ReLU(cos θ)). Known values (tests): σ(u) = u² on cos θ gives
// 1/3; ReLU on cos θ gives ½ − 4/π².

#include <Eigen/Core>
#include <vector>

#include "compute/nn/activation.h"

namespace eqlab::metrics {

struct HarmonicOptions {
    int gridSize = 1024;       // M ≥ 2K+1
    double leakySlope = 0.01;  // α of LeakyReLU
};

// coefficients: 2K+1 reals of one channel. Returns 0 when σ(f) is identically zero.
// Error InvalidArgument when the length is not 2K+1 or M < 2K+1.
double harmonicDistortion(const Eigen::VectorXd& coefficients, int K, nn::Activation sigma,
                          const HarmonicOptions& options = {});

// Mean HD over every channel of every sample of X (C(2K+1) × n), skipping channels whose σ(f)
// is identically zero (HD undefined); 0 when all are.
double meanHarmonicDistortion(const Eigen::MatrixXd& X, int K, nn::Activation sigma,
                              const HarmonicOptions& options = {});

// The spectrum of σ(f) by harmonic order: entry k (k = 0..M/2) is |ĉ_k|² + |ĉ_{−k}|² (ĉ₀² for
// k = 0) divided by the total power, so the entries sum to 1 and Σ_{k>K} entry_k = HD.
std::vector<double> harmonicSpectrum(const Eigen::VectorXd& coefficients, int K,
                                     nn::Activation sigma, const HarmonicOptions& options = {});

}  // namespace eqlab::metrics
