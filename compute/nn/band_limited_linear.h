#pragma once

// A linear layer on band-limited features that commutes with every rotation R_α
// (docs/math.md §3.6).
//   X: C_in(2K+1) × n  ->  Y: C_out(2K+1) × n   (layout of band_limited.h)
// Rotations act on frequency k by the 2×2 rotation by kα on (a_k, b_k) and leave a₀ alone, so (by
// Schur's lemma over the reals) an equivariant map mixes channels frequency by frequency:
//   k = 0:  a₀'[o] = Σ_i w₀[o,i] a₀[i] + bias[o]
//   k ≥ 1:  (a_k'[o], b_k'[o]) = Σ_i [[u_k, −v_k], [v_k, u_k]][o,i] · (a_k[i], b_k[i]),
// i.e. one complex scalar w_k = u_k + i v_k per (k, in-channel, out-channel): in complex
// coefficients c_k'[o] = Σ_i conj(w_k[o,i]) c_k[i]. The blocks [[u, −v], [v, u]] commute with
// every 2-D rotation, hence with R_α for every angle (exactly, for any weights). The bias lives at
// k = 0 only, the invariant part.
//
// Parameters (C_out·C_in·(2K+1) + C_out), each block C_out × C_in column-major:
//   w₀, then u₁, v₁, u₂, v₂, …, u_K, v_K, then the bias (C_out).
// prepare() expands them into one dense C_out(2K+1) × C_in(2K+1) matrix so that forward is a
// single GEMM (as EquivariantLinear does); backward scatters dW = dY Xᵀ back into the blocks.
//
// Initialisation (He-like for the complex weights): w₀ ~ N(0, 2/C_in); u, v ~ N(0, 1/C_in), so
// E|w_k|² = 2/C_in; bias zero.

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class BandLimitedLinear final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    // inChannels, outChannels ≥ 1, K ≥ 0 (Error InvalidArgument otherwise).
    BandLimitedLinear(Index inChannels, Index outChannels, int K, bool bias = true);

    // e.g. "band-limited-linear 2->4 (K=3)"
    std::string describe() const override;
    Index inDim() const override { return cin_ * (2 * K_ + 1); }
    Index outDim() const override { return cout_ * (2 * K_ + 1); }
    Index paramCount() const override { return cout_ * cin_ * (2 * K_ + 1) + (bias_ ? cout_ : 0); }
    void bind(S* params) override;
    // "weight" [2K+1, C_out, C_in]: slice 0 is w₀, slice 2k−1 is u_k and 2k is v_k (each block
    // column-major in storage); "bias" [C_out].
    std::vector<ParamTensor> paramTensors() const override {
        const Index block = cout_ * cin_;
        std::vector<ParamTensor> t{{"weight", {2 * K_ + 1, cout_, cin_}, 0, {block, 1, cout_}}};
        if (bias_)
            t.push_back({"bias", {cout_}, block * (2 * K_ + 1), {1}});
        return t;
    }
    void initialize(Rng& rng) override;
    void prepare() override;

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    int bandLimit() const noexcept { return K_; }
    Index inChannels() const noexcept { return cin_; }
    Index outChannels() const noexcept { return cout_; }
    // The expanded C_out(2K+1) × C_in(2K+1) matrix of the last prepare().
    const Mat& expandedWeight() const noexcept { return W_; }

private:
    bool stale() const;

    Index cin_, cout_;
    int K_;
    bool bias_;
    S* p_ = nullptr;
    Mat W_;         // expanded weight
    Vector<S> at_;  // parameters at the last expansion
    bool expanded_ = false;
};

extern template class BandLimitedLinear<float>;
extern template class BandLimitedLinear<double>;

}  // namespace eqlab::nn
