#pragma once

// Involutive network (docs/math.md §3.8): N = Φ⁻¹ ∘ σ ∘ Φ with Φ a flow (coupling layers with
// permutations between them, see coupling_stack.h) and σ a fixed signed-permutation involution
// (swap halves, negate a block, or any σ with σ∘σ = id). Then N(N(x)) = x to round-off for any
// weights: N∘N = Φ⁻¹ σ Φ Φ⁻¹ σ Φ = Φ⁻¹ σ² Φ.
//   X: d × n -> Y: d × n. Parameters: Φ's.

#include "compute/nn/conjugation.h"

namespace eqlab::nn {

template <class S>
class InvolutiveNet final : public ConjugatedAction<S> {
public:
    using typename Layer<S>::Mat;

    // Error(InvalidArgument) when σ is not an involution or its dimension differs from Φ's.
    InvolutiveNet(std::unique_ptr<Sequential<S>> phi, SignedPermutation sigma);

    std::string describe() const override;
    Index inDim() const override { return this->dim(); }
    Index outDim() const override { return this->dim(); }
    const SignedPermutation& sigma() const noexcept { return sigma_; }

private:
    const SignedPermutation& actionFor(const Mat&, Index) const override { return sigma_; }
    const SignedPermutation* uniformAction() const override { return &sigma_; }

    SignedPermutation sigma_;
};

extern template class InvolutiveNet<float>;
extern template class InvolutiveNet<double>;

}  // namespace eqlab::nn
