#pragma once

// Parity-constrained wrapper (Bhattacharya, Mattheakis & Protopapas, arXiv 2106.12891):
//   f(x) = ½[g(x) + p·g(T x)],  T x = A x + c,  A² = I,  A c = −c,  p = ±1,
// so T∘T = id and f(T x) = p·f(x) exactly for any inner net g (MATH.md §3).
//   A: in × in, c: in. The parameters are g's.

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class ParityWrapper final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    // Checks A² = I and A c = −c to 1e-10 (Error InvalidArgument otherwise), p ∈ {+1, −1}.
    ParityWrapper(LayerPtr<S> g, const Matrix<double>& A, const Vector<double>& c, int parity);

    std::string describe() const override;
    Index inDim() const override { return g_->inDim(); }
    Index outDim() const override { return g_->outDim(); }
    Index paramCount() const override { return g_->paramCount(); }
    void bind(S* params) override { g_->bind(params); }
    void initialize(Rng& rng) override { g_->initialize(rng); }
    void prepare() override { g_->prepare(); }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

private:
    LayerPtr<S> g_;
    Mat A_;
    Vector<S> c_;
    int p_;
};

extern template class ParityWrapper<float>;
extern template class ParityWrapper<double>;

}  // namespace eqlab::nn
