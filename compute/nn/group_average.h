#pragma once

// Group-averaging (Reynolds) wrapper (MATH.md §3):
//   f_G(x) = (1/|G|) Σ_g Q_g f(P_g x),
// with P_g = ρ_in(g) (in × in) and Q_g = ρ_out(g)⁻¹ (out × out), given per group element in the
// same order. f_G is exactly equivariant for any inner f; with Q_g = I it is invariant. The
// parameters are f's. The caller passes Q_g already inverted (for orthogonal ρ: the transpose).

#include <vector>

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class GroupAverage final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    GroupAverage(LayerPtr<S> f, const std::vector<Matrix<double>>& inputMatrices,
                 const std::vector<Matrix<double>>& outputMatrices);

    std::string describe() const override;
    Index inDim() const override { return f_->inDim(); }
    Index outDim() const override { return f_->outDim(); }
    Index paramCount() const override { return f_->paramCount(); }
    void bind(S* params) override { f_->bind(params); }
    void initialize(Rng& rng) override { f_->initialize(rng); }
    void prepare() override { f_->prepare(); }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    std::size_t groupOrder() const noexcept { return P_.size(); }

private:
    LayerPtr<S> f_;
    std::vector<Mat> P_, Q_;
};

extern template class GroupAverage<float>;
extern template class GroupAverage<double>;

}  // namespace eqlab::nn
