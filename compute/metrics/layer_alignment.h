#pragma once

// Aligning two multilayer nets layer by layer modulo their intertwiner groups, and model stitching
// through the alignment (docs/math.md §4.11; Godfrey et al., arXiv 2205.14258).
//
// Alignment. Net B is moved onto net A (same widths and activations) one hidden layer at a time,
// from the input on. For hidden layer ℓ, with B's layers before ℓ already aligned:
//
//  1. C(i, j) = corr(unit i of A, unit j of B) over the inputs X (rowCorrelation, alignment.h).
//     Aligning the earlier layers of B does not change B's activations in layer ℓ (it is a
//     symmetry), only the coordinates its incoming weights are written in.
//  2. π maximises Σ_i C(i, π(i)) — Σ_i |C(i, π(i))| when σ_ℓ's group has signs — by the Hungarian
//     algorithm (compute/core/assignment.h).
//  3. A scale per unit from the incoming weights and bias v of A's unit i and of B's unit π(i),
//     the latter already in A's coordinates of layer ℓ − 1: s_i = ‖v_A‖/‖v_B‖ (positive scaled
//     permutations), the least-squares ⟨v_A, v_B⟩/‖v_B‖² (scaled permutations), sign C(i, π(i))
//     (signed permutations) or 1 (permutations).
//  4. g_ℓ = (π, s) acts on B's incoming weights of layer ℓ and its outgoing weights (the incoming
//     weights of layer ℓ + 1) before layer ℓ + 1 is aligned.
//
// If B = (g⁰_0, …, g⁰_{L−1})·A exactly, each step recovers (g⁰_ℓ)⁻¹ and the aligned B equals A to
// round-off; the order matters because the scales of layer ℓ + 1 are read from incoming weights
// that g_ℓ has put into A's coordinates.
//
// Stitching. The first k + 1 weight layers of A (up to hidden layer k) followed by the remaining
// layers of B: with B as it is (unaligned: A's units feed B's units of the same index), with the
// aligned B (A's unit i feeds what was B's unit π(i), scaled), or through a fitted affine
// stitching layer M (least squares from A's hidden layer k to B's, merged into B's next weight
// layer), the comparison the paper uses to ask whether two nets' representations agree up to a
// group. For B = g·A, stitching through the alignment gives A's function exactly.

#include <vector>

#include <Eigen/Core>

#include "compute/metrics/deep_net.h"

namespace eqlab::metrics {

struct LayerAlignment {
    std::vector<HiddenSymmetry> symmetry;      // g_ℓ, one per hidden layer: g·B ≈ A
    std::vector<SymmetryKind> kind;            // the group searched in each layer
    std::vector<Eigen::MatrixXd> correlation;  // C_ℓ(i, j) = corr(A unit i, B unit j)
    std::vector<double> matchedCorrelation;    // mean of C_ℓ(i, π(i)) (|C| for signed kinds)
    DeepNet aligned;                           // g·B
    // Per weight layer ℓ: ‖θ_B^ℓ − θ_A^ℓ‖ / ‖θ_A^ℓ‖ before and after the alignment.
    std::vector<double> layerBefore, layerAfter;
    double relativeBefore = 0;  // all parameters, relative to ‖θ_A‖
    double relativeAfter = 0;
};

// X: inputs × N (N ≥ 2). Error(InvalidArgument) naming what differs when the nets' shapes or
// activations differ. Each layer searches its activation's group (hiddenSymmetryKind).
LayerAlignment alignLayers(const DeepNet& a, const DeepNet& b, const Eigen::MatrixXd& X);

// A's weight layers 0..k and activations 0..k, then B's weight layers k+1..L and activations
// k+1..L−1 (k: a hidden layer, 0-based). Error(InvalidArgument) when k is out of range or the
// widths differ.
DeepNet stitchNets(const DeepNet& front, const DeepNet& back, int k);

// The same through the affine map M = argmin ‖M [H_front; 1] − H_back‖ on the inputs X (H: the
// hidden outputs of layer k; a pseudo-inverse where [H; 1] is rank-deficient), merged into the
// first weight layer of the back: W ↦ W M_H, b ↦ W m + b.
DeepNet stitchFitted(const DeepNet& front, const DeepNet& back, int k, const Eigen::MatrixXd& X);

}  // namespace eqlab::metrics
