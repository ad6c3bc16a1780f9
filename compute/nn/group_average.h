#pragma once

// Group-averaging (Reynolds) wrapper (docs/math.md §3.1):
//   f_G(x) = (1/|G|) Σ_g Q_g f(P_g x),
// with P_g = ρ_in(g) (in × in) and Q_g = ρ_out(g)⁻¹ (out × out), given per group element in the
// same order. f_G is exactly equivariant for any inner f; with Q_g = I it is invariant. The
// parameters are f's.
//
// Two ways to build it:
//   - from matrices: the caller passes P_g and Q_g (already inverted; for orthogonal ρ the
//     transpose);
//   - from representations of one group (compute/groups): P_g = ρ_in(g), Q_g = ρ_out(g)⁻¹.
//     Permutation representations (grid:K, perm, regular, trivial, ...) are applied as row
//     gathers, never as dense dim × dim products; identities are skipped. invariant() uses
//     ρ_out = trivial, giving the invariant net mean_g f(g·x).
//
// Cost: |G| evaluations of f per forward and backward.

#include <optional>
#include <vector>

#include "compute/groups/representation.h"
#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class GroupAverage final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    GroupAverage(LayerPtr<S> f, const std::vector<Matrix<double>>& inputMatrices,
                 const std::vector<Matrix<double>>& outputMatrices);
    // Equivariant f_G(x) = mean_g ρ_out(g)⁻¹ f(ρ_in(g)x). Error(InvalidArgument) if the
    // representations belong to different groups or do not match f's dimensions.
    GroupAverage(LayerPtr<S> f, const groups::Representation& in,
                 const groups::Representation& out);
    // Invariant f_G(x) = mean_g f(ρ_in(g)x) (ρ_out trivial).
    static std::unique_ptr<GroupAverage> invariant(LayerPtr<S> f, const groups::Representation& in);

    std::string describe() const override;
    Index inDim() const override { return f_->inDim(); }
    Index outDim() const override { return f_->outDim(); }
    Index paramCount() const override { return f_->paramCount(); }
    void bind(S* params) override { f_->bind(params); }
    std::vector<ParamTensor> paramTensors() const override {
        return prefixTensors(f_->paramTensors(), "inner", 0);
    }
    void initialize(Rng& rng) override { f_->initialize(rng); }
    void prepare() override { f_->prepare(); }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    std::size_t groupOrder() const noexcept { return in_.size(); }
    const Layer<S>& inner() const noexcept { return *f_; }
    // Set when built from representations (the metrics use them).
    const std::optional<groups::Representation>& inputRepresentation() const noexcept {
        return inRep_;
    }
    const std::optional<groups::Representation>& outputRepresentation() const noexcept {
        return outRep_;
    }

private:
    // One linear map per element: a dense matrix, or the permutation p with M e_j = e_{p[j]}
    // (empty p with identity = true for the identity).
    struct Action {
        Mat matrix;
        std::vector<Index> perm;
        bool identity = false;
    };
    static Action denseAction(const Matrix<double>& m);
    static Action permutationAction(const groups::Representation& rep, int g);
    // out = M·in, M = a (transpose = false) or aᵀ (transpose = true). out must not alias in.
    static void apply(const Action& a, bool transpose, const Mat& in, Mat& out);
    // out += M·in
    static void applyAdd(const Action& a, bool transpose, const Mat& in, Mat& out);

    LayerPtr<S> f_;
    std::vector<Action> in_, outInv_;  // P_g and Q_g = ρ_out(g)⁻¹
    std::optional<groups::Representation> inRep_, outRep_;
};

extern template class GroupAverage<float>;
extern template class GroupAverage<double>;

}  // namespace eqlab::nn
