#pragma once

// A task for the band-limited SO(2) network (docs/math.md §3.6): random band-limited functions on
// the circle (one channel, layout of nn/band_limited.h) with a rotation-invariant target.
//
//   f(θ) = Σ_{k=1..K} (a_k cos kθ + b_k sin kθ),  a_k, b_k ~ N(0, 1/K)   (no mean: a₀ = 0,
//   so E⟨f²⟩ = 1), and the target is the third moment  m₃ = ⟨f³⟩ = (1/2π)∫ f(θ)³ dθ,
// or for classification its sign (class 1 when m₃ > 0: "the signal's large excursions point up").
//
// m₃ is invariant under rotation (a shift of θ) but is NOT a function of the power spectrum
// (a_k² + b_k²): it depends on the relative phases of the harmonics k, l, k+l (the bispectrum).
// So a net reading out powers needs a nonlinearity before the readout; with square σ,
// two band-limited layers can represent m₃ exactly (⟨f·P_K(f²)⟩ is the mean of a square of a
// channel mix). m₃ is computed exactly as the mean of f³ over 3K+1 samples: f³ has harmonics up to
// 3K, none of which aliases onto k = 0 at that many samples.

#include <cstdint>

#include "compute/data/tasks.h"

namespace eqlab::data {

struct BandLimitedTaskConfig {
    int K = 4;  // band limit, ≥ 1
    int samples = 2000;
    bool classification = false;  // false: regress m₃; true: classes sign(m₃) ∈ {0, 1}
};

// X: (2K+1) × samples coefficients, Y: 1 × samples (m₃ or the class index).
TaskData makeBandLimitedTask(const BandLimitedTaskConfig& config, std::uint64_t seed);

}  // namespace eqlab::data
