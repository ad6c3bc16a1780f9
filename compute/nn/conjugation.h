#pragma once

// Conjugated actions N_j = Φ⁻¹ ∘ P_j ∘ Φ (docs/math.md §3.7), the common core of involutive nets
// and neural group actions. Φ is a flow on R^d (a Sequential whose layers are all invertible:
// coupling layers, permutations, diagonal scales) and P_j a fixed signed permutation chosen per
// sample j by the subclass. Because P_j P_k = P_{jk} exactly in floating point and Φ⁻¹ is Φ's exact
// inverse (to round-off), the relations of the P's hold for the N's for any weights: N∘N = id when
// σ∘σ = id, N_g∘N_h = N_gh when P is a homomorphism.
//
// Shapes: X is inDim() × n (the subclass decides; its first d rows are the point x), Y is d × n.
// The parameters are Φ's.
//
// Backward: y = Φ⁻¹(w), w = P z, z = Φ(x). dL/dw and Φ's parameter gradient from the inverse pass
// come from Sequential::inverseBackward, dL/dz = Pᵀ dL/dw, then Φ's ordinary backward adds the
// forward pass's share; both passes share Φ's parameters, so their gradients add.

#include <memory>

#include "compute/nn/sequential.h"
#include "compute/nn/signed_permutation.h"

namespace eqlab::nn {

template <class S>
class ConjugatedAction : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    Index paramCount() const override { return phi_->paramCount(); }
    void bind(S* params) override { phi_->bind(params); }
    std::vector<ParamTensor> paramTensors() const override {
        return prefixTensors(phi_->paramTensors(), "phi", 0);
    }
    void initialize(Rng& rng) override { phi_->initialize(rng); }
    void prepare() override { phi_->prepare(); }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    // log|det ∂N/∂x| per sample (1 × n) after forward() on `cache`:
    // log|det J_Φ(x)| − log|det J_Φ(N(x))| (|det P| = 1). Exactly 0 when volumePreserving().
    void logDet(const Cache<S>& cache, Mat& out) const;
    // Every layer of Φ is an additive coupling or a permutation, so every log|det J| is 0.
    bool volumePreserving() const;

    const Sequential<S>& phi() const noexcept { return *phi_; }
    Index dim() const noexcept { return d_; }

protected:
    // Takes Φ (checked: non-empty, every layer invertible, square); `what` names the subclass in
    // messages ("involutive net").
    ConjugatedAction(std::unique_ptr<Sequential<S>> phi, const std::string& what);

    // The signed permutation applied to sample j of X (X as given to forward()).
    virtual const SignedPermutation& actionFor(const Mat& X, Index j) const = 0;
    // Non-null when every sample gets the same P (then whole-batch copies are used).
    virtual const SignedPermutation* uniformAction() const { return nullptr; }
    // Called at the start of forward() to validate the extra input rows (if any).
    virtual void checkInput(const Mat& X) const { (void)X; }

private:
    // Cache buffers. XIN: the point rows of X when X has extra rows; Z = Φ(x); W = P z; DW, DZ
    // their gradients; DXIN: dL/dx before it is widened to X's rows.
    enum Buf { XIN, Z, W, DW, DZ, DXIN, NBUF };
    enum Child { PHI_FORWARD, PHI_INVERSE };  // child caches
    const Mat& point(const Mat& X, Mat& copy) const;

    std::unique_ptr<Sequential<S>> phi_;
    Index d_;
};

extern template class ConjugatedAction<float>;
extern template class ConjugatedAction<double>;

}  // namespace eqlab::nn
