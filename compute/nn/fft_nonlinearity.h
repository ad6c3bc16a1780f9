#pragma once

// The FFT nonlinearity on band-limited features (docs/math.md §3.6, Franzen & Wand, arXiv
// 2109.06861): for every channel, sample f at N points, apply a pointwise σ, transform back and
// keep |k| ≤ K.
//   X: C(2K+1) × n coefficients (layout of band_limited.h)  ->  Y: C(2K+1) × n.
// No parameters.
//
// Equivariance. Rotating the input by a multiple of 2π/N shifts the samples cyclically, which
// commutes with any pointwise σ: exact for those angles whatever σ and N. For other angles σ(f)'s
// harmonics above K alias into the kept band unless N is large enough; for a polynomial σ of
// degree d the layer is exactly equivariant for every angle iff N ≥ (d+1)K+1
// (exactSampleCount()). N = 2K+1 is the smallest N at which the transform is invertible.
//
// Implementation: with the batch viewed as a (2K+1) × (C·n) matrix (one channel per column),
//   F = A X  (N × Cn, samples),  G = σ(F),  Y = B G  ((2K+1) × Cn),
// with the synthesis and analysis matrices A, B of band_limited.h. Two small GEMMs over the whole
// chunk: at the sizes of this app (K ≤ 16, N ≤ 64) they are several times faster than an FFT per
// channel (bench/bench_fft.cpp, numbers in docs/engine.md). Backward:
//   dG = Bᵀ dY,  dF = σ'(F) ⊙ dG,  dX = Aᵀ dF.

#include "compute/nn/activation.h"
#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class FftNonlinearity final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    // channels ≥ 1, K ≥ 0, samples N ≥ 2K+1 (Error InvalidArgument otherwise). alpha: the slope
    // of LeakyReLU.
    FftNonlinearity(Activation act, Index channels, int K, int samples, double alpha = 0.01);

    // e.g. "fft-nonlinearity square 4x(K=3) N=10"
    std::string describe() const override;
    Index inDim() const override { return channels_ * (2 * K_ + 1); }
    Index outDim() const override { return inDim(); }

    Activation activation() const noexcept { return sigma_.activation(); }
    Index channels() const noexcept { return channels_; }
    int bandLimit() const noexcept { return K_; }
    int samples() const noexcept { return N_; }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

private:
    Index channels_;
    int K_, N_;
    Pointwise<S> sigma_;  // on N × (C·n) sample matrices
    Mat A_;               // N × (2K+1) synthesis
    Mat B_;               // (2K+1) × N analysis
};

extern template class FftNonlinearity<float>;
extern template class FftNonlinearity<double>;

}  // namespace eqlab::nn
