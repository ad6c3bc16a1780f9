#pragma once

// The second-order lift x ↦ x ⊗ x = vec(x xᵀ), from R^n to R^{n²} (Maron et al., arXiv
// 1901.09342: second-order invariant networks act on tensors of order 2):
//     y[i·n + j] = x_i x_j,
// the index convention of the tensor product of representations (compute/groups: pairs indexed
// as i_a·dim_b + i_b). It is equivariant from ρ to ρ⊗ρ for ANY representation ρ, because
// (ρ(g)x)⊗(ρ(g)x) = (ρ(g)⊗ρ(g))(x⊗x). No parameters. X: n × N, Y: n² × N.

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class OuterProductLift final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    explicit OuterProductLift(Index n);

    std::string describe() const override;
    Index inDim() const override { return n_; }
    Index outDim() const override { return n_ * n_; }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    // dx_k = Σ_j (dY_kj + dY_jk) x_j, with dY the n × n reshaping of a column of dY.
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

private:
    Index n_;
};

extern template class OuterProductLift<float>;
extern template class OuterProductLift<double>;

}  // namespace eqlab::nn
