#pragma once

// The intertwiner group of a pointwise nonlinearity σ acting on R^n, computed from σ itself
// (docs/math.md §4.11; Godfrey et al., arXiv 2205.14258):
//
//   G_σ = { A ∈ GL_n : there is φ(A) ∈ GL_n with σ(A z) = φ(A) σ(z) for every z }.
//
// A hidden layer h = σ(W1 x + b1) followed by W2 h can then be rewritten as σ(A W1 x + A b1)
// followed by W2 φ(A)⁻¹ without changing the net: G_σ is the weight-space symmetry of that layer.
//
// How it is computed. If σ is linear (σ(a u + b v) = a σ(u) + b σ(v) on sample points), every
// invertible A qualifies: G_σ = GL_n with φ(A) = A. Otherwise, as the paper shows for pointwise
// nonlinearities, every element is a permutation times a diagonal matrix, A = P diag(s), with
// φ(A) = P diag(t(s)), so G_σ is fixed by the scalar set
//
//   S_σ = { s ≠ 0 : σ(s z) = t σ(z) for every real z, for some t = t(s) },
//
// a subgroup of R^× = {±1} × R_{>0}. For each tested s, t is fitted by least squares on a grid of
// z in [−6, 6] and s is a member when the fit is exact to round-off (relative residual ≤ 1e-12):
// s = −1 (does σ have a parity?) and several positive scales (is σ positively homogeneous, and of
// which degree: t(s) = s^k?). What comes out for eqlab's activations:
//
//   identity           GL_n
//   ReLU, leaky ReLU   positive scaled permutations, t(s) = s         (homogeneous of degree 1)
//   square x²          scaled permutations, t(s) = s²: signs and scales (even, degree 2)
//   tanh, erf          signed permutations, t(−1) = −1                (odd)
//   GELU, sigmoid, softplus   permutations only: a scale s ≠ 1 changes the function
//
// Nothing above is a lookup table: a new activation gets its group by the same test.

#include <optional>
#include <string>

#include <Eigen/Core>

#include "compute/core/rng.h"
#include "compute/metrics/two_layer_net.h"
#include "compute/nn/activation.h"

namespace eqlab::metrics {

struct IntertwinerGroup {
    nn::Activation activation = nn::Activation::ReLU;
    bool linear = false;          // G_σ = GL_n, φ(A) = A
    bool signFlip = false;        // s = −1 ∈ S_σ ...
    double signImage = 0;         // ... with t(−1) = signImage (−1 odd σ, +1 even σ)
    bool positiveScales = false;  // every s > 0 ∈ S_σ ...
    double degree = 0;            // ... with t(s) = s^degree

    // t(s) for s ∈ S_σ (the linear case: s); nothing for a non-member.
    std::optional<double> image(double s) const;
    // The largest of the four hidden-symmetry kinds of two_layer_net.h whose elements act with
    // φ(A) = A (outgoing weights divided by the same s): what the alignment searches. For x² that
    // is the permutations, although G_σ is larger (its φ squares the scales).
    SymmetryKind alignmentKind() const;
    // "GL_n", "positive scaled permutations, t(s) = s", ...
    std::string describe() const;
};

// σ(s z) = t σ(z) for all z: t fitted on the grid, or nothing when no t fits to round-off.
// alpha: the leaky ReLU's slope (as nn::Pointwise takes it).
std::optional<double> scalarIntertwiner(nn::Activation a, double s, double alpha = 0.01);

IntertwinerGroup intertwinerGroup(nn::Activation a, double alpha = 0.01);

// A random element of G_σ for h hidden units (not for the linear case, whose elements are not
// scaled permutations: use applyLinearSymmetry): a uniform permutation, and per unit a scale from
// S_σ — a sign where −1 is a member, a factor e^u (u uniform in [−1, 1]) where positive scales are
// — with its image t(s) as the outgoing factor.
HiddenSymmetry randomIntertwiner(const IntertwinerGroup& group, int h, Rng& rng);

// The linear case, A ∈ GL_h: (W1, b1, W2) ↦ (A W1, A b1, W2 A⁻¹), A h × h (Error(InvalidArgument)
// when A is not square of the hidden size or is singular).
TwoLayerNet applyLinearSymmetry(const TwoLayerNet& net, const Eigen::MatrixXd& A);

}  // namespace eqlab::metrics
