#pragma once

// Rotation-invariant readout of band-limited features (docs/math.md §3.6): per channel, the mean a₀
// and the power a_k² + b_k² of every harmonic k = 1..K.
//   X: C(2K+1) × n (layout of band_limited.h)  ->  Y: C(K+1) × n, channel c at rows
//   [c(K+1), (c+1)(K+1)) = [a₀, a₁² + b₁², …, a_K² + b_K²].
// R_α rotates each (a_k, b_k) pair by kα, which keeps a₀ and every a_k² + b_k² (= 4|c_k|²): the
// output is exactly invariant for every angle. No parameters.

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class BandPower final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    // channels ≥ 1, K ≥ 0 (Error InvalidArgument otherwise).
    BandPower(Index channels, int K);

    // e.g. "band-power 4x(K=3)"
    std::string describe() const override;
    Index inDim() const override { return channels_ * (2 * K_ + 1); }
    Index outDim() const override { return channels_ * (K_ + 1); }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

private:
    Index channels_;
    int K_;
};

extern template class BandPower<float>;
extern template class BandPower<double>;

}  // namespace eqlab::nn
