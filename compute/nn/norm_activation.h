#pragma once

// Norm nonlinearity: for representations on which a pointwise σ would break equivariance
// (rotations, reflections, any ρ(g) that mixes coordinates with signs or non-0/1 entries).
//
// The coordinates are split into blocks ("fields") that every ρ(g) maps onto themselves by an
// orthogonal matrix, so the norm n_b = ‖x_b‖ of each block is invariant. The layer multiplies
// each block by a function of its own norm,
//     y_b = x_b · s(n_b),   n_b = √(‖x_b‖² + ε²)  (ε = 1e-6 keeps s smooth at x_b = 0),
// which commutes with ρ(g) exactly: ρ_b(g) x_b has the same norm, so ρ_b(g) y_b = y_(g·x)_b.
//   NormFunction::ReLU     s(n) = relu(n − β_b)/n   (shrinks the norm by β_b, kills small fields)
//   NormFunction::Sigmoid  s(n) = sigmoid(n − β_b)  (gates a field by its own norm)
// One learnable threshold β_b per block (parameters: #blocks). Shapes: X, Y dim × n.
//
// normBlocks(rep) finds the finest such blocks: the connected components of the coordinates
// linked by a nonzero entry of some ρ(g). For "3*std" of D4 these are the three planes; for a
// permutation representation the orbits.

#include <vector>

#include "compute/groups/representation.h"
#include "compute/nn/layer.h"

namespace eqlab::nn {

enum class NormFunction { ReLU, Sigmoid };

const char* normFunctionName(NormFunction f) noexcept;  // "norm-relu", "norm-sigmoid"

template <class S>
class NormActivation final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    // blocks: disjoint, non-empty index lists covering 0..dim-1 exactly (Error InvalidArgument
    // naming the index otherwise).
    NormActivation(std::vector<std::vector<Index>> blocks, Index dim, NormFunction f);

    std::string describe() const override;
    Index inDim() const override { return dim_; }
    Index outDim() const override { return dim_; }
    Index paramCount() const override { return static_cast<Index>(blocks_.size()); }
    void bind(S* params) override { p_ = params; }
    // One threshold β_b per block, in block order.
    std::vector<ParamTensor> paramTensors() const override {
        return {{"threshold", {paramCount()}, 0, {1}}};
    }
    // β_b = 0.1 for ReLU (a small dead zone, so the layer is nonlinear from the start), 0 for
    // Sigmoid. No random draw: the layer stays equivariant whatever its parameters.
    void initialize(Rng& rng) override;

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    const std::vector<std::vector<Index>>& blocks() const noexcept { return blocks_; }
    NormFunction function() const noexcept { return f_; }

private:
    // s(n) and, if wanted, ds/dn and ds/dβ.
    void scale(S n, S beta, S& s, S* dsdn, S* dsdb) const;

    std::vector<std::vector<Index>> blocks_;
    Index dim_;
    NormFunction f_;
    S* p_ = nullptr;
};

extern template class NormActivation<float>;
extern template class NormActivation<double>;

// The connected components described above, each sorted, ordered by their smallest index.
// Error(InvalidArgument) naming the representation when it is not orthogonal (then block norms
// are not invariant).
std::vector<std::vector<Index>> normBlocks(const groups::Representation& rep);

template <class S>
std::unique_ptr<NormActivation<S>> makeNormActivation(const groups::Representation& rep,
                                                      NormFunction f = NormFunction::ReLU);

extern template std::unique_ptr<NormActivation<float>> makeNormActivation<float>(
    const groups::Representation&, NormFunction);
extern template std::unique_ptr<NormActivation<double>> makeNormActivation<double>(
    const groups::Representation&, NormFunction);

}  // namespace eqlab::nn
