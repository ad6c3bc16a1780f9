#pragma once

// A band-limited SO(2) network (docs/math.md §3.6): features are band-limited functions on the
// circle (band_limited.h), every linear layer commutes with rotations, nonlinearities act on
// samples (FFT nonlinearity), and the readout is invariant:
//
//   BandLimitedLinear(C_in → H₁) → FftNonlinearity(H₁) → … → BandLimitedLinear(H_{L−1} → H_L)
//   → FftNonlinearity(H_L) → BandPower(H_L) → Dense(H_L(K+1) → outputs)
//
// Input: C_in(2K+1) × n coefficients. Output: outputs × n, a function of rotation invariants
// only, hence exactly invariant for every angle when each FFT nonlinearity is exact — e.g. square
// σ with N ≥ 3K+1 — and exactly invariant at multiples of 2π/N for any pointwise σ.

#include <vector>

#include "compute/nn/activation.h"
#include "compute/nn/layer.h"

namespace eqlab::nn {

struct So2NetConfig {
    int K = 4;        // band limit of every feature
    int samples = 0;  // N of every FFT nonlinearity; 0 means exactSampleCount(K, 2) = 3K+1
    Activation activation = Activation::Square;
    Index inChannels = 1;
    std::vector<Index> hidden = {8, 8};  // channels of the hidden band-limited layers (≥ 1 layer)
    Index outputs = 1;
};

// The layers above, in order (Error InvalidArgument for an empty hidden list or bad sizes).
template <class S>
std::vector<LayerPtr<S>> makeSo2Net(const So2NetConfig& config);

extern template std::vector<LayerPtr<float>> makeSo2Net<float>(const So2NetConfig&);
extern template std::vector<LayerPtr<double>> makeSo2Net<double>(const So2NetConfig&);

}  // namespace eqlab::nn
