#pragma once

// The weight-space symmetries of a two-layer net (docs/math.md §4.11, Godfrey et al., arXiv
// 2205.14258).
//
// The net is f(x) = W2 σ(W1 x + b1) + b2 with
//   W1  h × d  (row i: the incoming weights of hidden unit i),  b1  h,
//   W2  o × h  (column i: its outgoing weights),                b2  o.
// A hidden symmetry (π, s) relabels and rescales the hidden units: unit i of the new net is unit
// π(i) of the old one with incoming weights and bias multiplied by s_i and outgoing weights
// divided by s_i, i.e. (W1, b1, W2) ↦ (S P W1, S P b1, W2 Pᵀ S⁻¹) with P the permutation matrix
// P(i, π(i)) = 1 and S = diag(s). It leaves f unchanged exactly when σ(s z) = s σ(z) for the
// allowed s. Which s those are is computed from σ (intertwiner_group.h), with results:
//   ReLU, leaky ReLU  s > 0  (positive homogeneity)      → positive scaled permutations
//   tanh, erf         s = ±1 (odd functions)             → signed permutations
//   identity          s ≠ 0                              → scaled permutations (a subgroup of GL)
//   others (GELU, sigmoid, softplus, square)  s = 1      → permutations only
// (for GELU a scale s ≠ 1 changes the function: GELU(sz) ≠ s GELU(z); x² has more symmetries,
// σ(sz) = s² σ(z), whose outgoing factor is not 1/s: HiddenSymmetry::outScale).

#include <cstdint>
#include <vector>

#include <Eigen/Core>

#include "compute/core/rng.h"
#include "compute/nn/activation.h"
#include "compute/nn/model.h"

namespace eqlab::metrics {

struct TwoLayerNet {
    Eigen::MatrixXd W1;  // h × d
    Eigen::VectorXd b1;  // h
    Eigen::MatrixXd W2;  // o × h
    Eigen::VectorXd b2;  // o
    nn::Activation activation = nn::Activation::ReLU;

    int inputs() const { return static_cast<int>(W1.cols()); }
    int hidden() const { return static_cast<int>(W1.rows()); }
    int outputs() const { return static_cast<int>(W2.rows()); }

    // X: d × N (one sample per column). Returns the hidden outputs σ(W1 X + b1), h × N.
    Eigen::MatrixXd hiddenOutputs(const Eigen::MatrixXd& X) const;
    // f(X), o × N.
    Eigen::MatrixXd evaluate(const Eigen::MatrixXd& X) const;
    // All parameters in one vector: vec(W1), b1, vec(W2), b2 (for distances).
    Eigen::VectorXd parameters() const;
};

// Reads a model whose top-level layers are exactly Dense (with bias), Pointwise, Dense (with
// bias). Error(InvalidArgument) naming the layer that does not fit otherwise.
template <class S>
TwoLayerNet twoLayerNetFromModel(const nn::Model<S>& model);

extern template TwoLayerNet twoLayerNetFromModel<float>(const nn::Model<float>&);
extern template TwoLayerNet twoLayerNetFromModel<double>(const nn::Model<double>&);

enum class SymmetryKind {
    Permutation,                // s = 1
    SignedPermutation,          // s = ±1
    PositiveScaledPermutation,  // s > 0
    ScaledPermutation,          // s ≠ 0
};

const char* symmetryKindName(SymmetryKind k) noexcept;  // "positive scaled permutations", ...

// The largest of the four kinds that leaves a net with this σ unchanged with t = s (table above),
// computed from σ (IntertwinerGroup::alignmentKind).
SymmetryKind hiddenSymmetryKind(nn::Activation a);

struct HiddenSymmetry {
    std::vector<int> permutation;  // π: new unit i is old unit π(i)
    Eigen::VectorXd scale;         // s, one per hidden unit
    // t: the outgoing weights are divided by t_i instead of s_i, for a σ with σ(s z) = t σ(z),
    // t ≠ s (x²: t = s², intertwiner_group.h). Empty: t = s.
    Eigen::VectorXd outScale;
};

// Error(InvalidArgument) if π is not a permutation of 0..h−1, s (or t) has the wrong length or a
// zero.
TwoLayerNet applyHiddenSymmetry(const TwoLayerNet& net, const HiddenSymmetry& g);

// A random element of the given kind for h units: a uniform permutation and scales drawn as
// e^{u}, u uniform in [−1, 1] (positive), ±1 (signed), ±e^{u} (scaled) or 1.
HiddenSymmetry randomHiddenSymmetry(SymmetryKind kind, int h, Rng& rng);

// ‖f_a(X) − f_b(X)‖_F / ‖f_a(X)‖_F: the relative change of the function on the inputs X.
double functionDistance(const TwoLayerNet& a, const TwoLayerNet& b, const Eigen::MatrixXd& X);

}  // namespace eqlab::metrics
