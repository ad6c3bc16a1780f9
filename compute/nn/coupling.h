#pragma once

// Coupling layers (NICE / RealNVP) with exact inverses.
//
// The input (dim × n) is split by rows into a conditioning block a and a transformed block b:
// without flip a = rows [0, h), b = rows [h, dim) with h = dim/2; with flip the roles swap, so
// alternating flips let a stack transform every coordinate.
//   additive: y_a = x_a, y_b = x_b + t(x_a);             net: |a| -> |b|;  log|det J| = 0
//   affine:   y_a = x_a, y_b = x_b ⊙ exp(s(x_a)) + t(x_a); net: |a| -> 2|b| (rows: s then t);
//             log|det J| = Σ_rows s   (end the net with tanh to keep the scale bounded)
// The net is any Layer (usually a Sequential); its parameters are this layer's parameters.

#include "compute/nn/layer.h"

namespace eqlab::nn {

enum class CouplingKind { Additive, Affine };

template <class S>
class Coupling final : public InvertibleLayer<S> {
public:
    using typename Layer<S>::Mat;

    Coupling(CouplingKind kind, Index dim, LayerPtr<S> net, bool flip = false);

    std::string describe() const override;
    Index inDim() const override { return dim_; }
    Index outDim() const override { return dim_; }
    Index paramCount() const override { return net_->paramCount(); }
    void bind(S* params) override { net_->bind(params); }
    std::vector<ParamTensor> paramTensors() const override {
        return prefixTensors(net_->paramTensors(), "net", 0);
    }
    void initialize(Rng& rng) override;
    void prepare() override { net_->prepare(); }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;
    void inverse(const Mat& Y, Mat& X, Cache<S>& cache) const override;
    const Mat& logDet(const Cache<S>& cache) const override;
    void backwardWithLogDet(const Mat& X, const Mat& Y, const Mat& dY, const Mat& dLogDet, Mat* dX,
                            S* grad, Cache<S>& cache) const override;
    void inverseBackward(const Mat& Y, const Mat& X, const Mat& dX, Mat* dY, S* grad,
                         Cache<S>& cache) const override;

    CouplingKind kind() const noexcept { return kind_; }
    Index conditioningRows() const noexcept { return na_; }

private:
    enum Buf { XA, H, EXPS, LOGDET, DH, DXA, NBUF };  // cache buffers
    // The net's output H from the conditioning rows xa; fills cache buffers.
    void conditioner(const Mat& source, Cache<S>& cache) const;

    CouplingKind kind_;
    Index dim_, a0_, na_, b0_, nb_;  // a = rows [a0, a0+na), b = rows [b0, b0+nb)
    bool flip_;
    LayerPtr<S> net_;
};

template <class S>
inline LayerPtr<S> makeAdditiveCoupling(Index dim, LayerPtr<S> net, bool flip = false) {
    return std::make_unique<Coupling<S>>(CouplingKind::Additive, dim, std::move(net), flip);
}
template <class S>
inline LayerPtr<S> makeAffineCoupling(Index dim, LayerPtr<S> net, bool flip = false) {
    return std::make_unique<Coupling<S>>(CouplingKind::Affine, dim, std::move(net), flip);
}

extern template class Coupling<float>;
extern template class Coupling<double>;

}  // namespace eqlab::nn
