#pragma once

// Neural group action (Spanbauer & Sciarappa, arXiv 2010.03733; docs/math.md §3.9):
//   N_g = Φ⁻¹ ∘ P(g) ∘ Φ
// for a finite group G with a faithful action P by signed permutations of the coordinates (a
// representation from compute/groups whose matrices are all signed permutations: 'perm',
// 'regular', 'std' of C4/D4/V4/Q8/S_n, sums of those, …). N_e = id and N_g ∘ N_h = N_gh hold to
// round-off for any weights. With additive couplings only (volumePreserving()), log|det J_{N_g}| =
// 0 exactly.
//
// INPUT CONVENTION: the group element travels with the point, as one extra row:
//   X = [x; g] is (d+1) × n, row d holding the element index g ∈ 0..|G|-1 (as a number); Y = N_g(x)
//   is d × n. So a dataset of triples (g, x, g·x) is X = [x; g], Y = g·x, and the ordinary trainer
//   fits N_g(x) ≈ target(g, x) with MSE. dL/d(row d) is 0 (the index is not differentiable).
// withElement(X, g) builds the input for one element and a batch of points.

#include <vector>

#include "compute/groups/representation.h"
#include "compute/nn/conjugation.h"

namespace eqlab::nn {

// The matrices of `rep` as signed permutations, checked: each ρ(g) must be a signed permutation
// and ρ must be faithful (ρ(g) ≠ I for g ≠ e). Error(InvalidArgument) naming the group, the
// representation text and the offending element otherwise.
std::vector<SignedPermutation> signedPermutationAction(const groups::Representation& rep);

template <class S>
class NeuralGroupAction final : public ConjugatedAction<S> {
public:
    using typename Layer<S>::Mat;

    // Φ: a flow on R^d; action: a representation of dimension d (checked as above).
    NeuralGroupAction(std::unique_ptr<Sequential<S>> phi, const groups::Representation& action);

    std::string describe() const override;
    Index inDim() const override { return this->dim() + 1; }
    Index outDim() const override { return this->dim(); }

    const groups::Group& group() const { return *group_; }
    const groups::GroupPtr& groupPtr() const noexcept { return group_; }
    const std::string& actionText() const noexcept { return actionText_; }
    const std::vector<SignedPermutation>& actions() const noexcept { return P_; }

    // The element index in row d of column j, checked (Error(InvalidArgument) naming the sample
    // when it is not an integer in 0..|G|-1).
    int elementOf(const Mat& X, Index j) const;

private:
    const SignedPermutation& actionFor(const Mat& X, Index j) const override {
        return P_[static_cast<std::size_t>(elementOf(X, j))];
    }
    void checkInput(const Mat& X) const override;

    groups::GroupPtr group_;
    std::string actionText_;
    std::vector<SignedPermutation> P_;
};

// [X; g·1ᵀ]: the input of a neural group action for element g and a batch X (d × n).
template <class S>
Matrix<S> withElement(const Matrix<S>& X, int g) {
    Matrix<S> out(X.rows() + 1, X.cols());
    out.topRows(X.rows()) = X;
    out.bottomRows(1).setConstant(S(g));
    return out;
}

extern template class NeuralGroupAction<float>;
extern template class NeuralGroupAction<double>;

}  // namespace eqlab::nn
