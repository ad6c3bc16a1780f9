#pragma once

// Learned per-coordinate scaling y = x ⊙ exp(s), the "diagonal scale" that closes a stack of
// volume-preserving additive couplings (NICE). Invertible: x = y ⊙ exp(−s); log|det J| = Σ_i s_i
// for every sample. Parameters: s (dim), initialised to zero (the identity map).

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class DiagonalScale final : public InvertibleLayer<S> {
public:
    using typename Layer<S>::Mat;

    explicit DiagonalScale(Index dim);

    std::string describe() const override { return "diagonal-scale " + std::to_string(dim_); }
    Index inDim() const override { return dim_; }
    Index outDim() const override { return dim_; }
    Index paramCount() const override { return dim_; }
    void bind(S* params) override { p_ = params; }
    std::vector<ParamTensor> paramTensors() const override {
        return {{"log_scale", {dim_}, 0, {1}}};
    }
    void initialize(Rng& rng) override;

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;
    void inverse(const Mat& Y, Mat& X, Cache<S>& cache) const override;
    const Mat& logDet(const Cache<S>& cache) const override;
    void backwardWithLogDet(const Mat& X, const Mat& Y, const Mat& dY, const Mat& dLogDet, Mat* dX,
                            S* grad, Cache<S>& cache) const override;
    void inverseBackward(const Mat& Y, const Mat& X, const Mat& dX, Mat* dY, S* grad,
                         Cache<S>& cache) const override;

private:
    enum Buf { EXPS, LOGDET, NBUF };  // cache buffers
    Index dim_;
    S* p_ = nullptr;
};

extern template class DiagonalScale<float>;
extern template class DiagonalScale<double>;

}  // namespace eqlab::nn
