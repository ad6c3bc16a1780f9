#pragma once

// Aligning two nets modulo their intertwiner group (docs/math.md §4.11; Godfrey et al., arXiv
// 2205.14258). Two nets trained from different seeds may compute nearly the same function with
// hidden units in a different order and scale; their raw weight distance then says little. The
// alignment finds the hidden symmetry g (two_layer_net.h) that brings net A closest to net B:
//
//  1. Hidden outputs H_A, H_B (h × N) of both nets on the same inputs X.
//  2. Correlation C(i, j) = corr(row i of H_B, row j of H_A) (Pearson; 0 for a constant row).
//  3. Matching: the permutation π maximising Σ_i C(i, π(i)) — or Σ_i |C(i, π(i))| when σ allows
//     sign flips — by the Hungarian algorithm (compute/core/assignment.h), O(h³).
//  4. Scales in closed form, per unit, from the incoming weights and bias v = (W1 row, b1 entry)
//     of B's unit i and A's unit π(i): s_i = ‖v_B‖/‖v_A‖ for positive scaled permutations (ReLU:
//     both units then have the same incoming norm, a canonical representative of the orbit; the
//     ratio stays bounded for a poorly matched unit where a least-squares fit on activations can
//     blow up), the least-squares ⟨v_A, v_B⟩/‖v_A‖² for scaled permutations, sign(C(i, π(i)))
//     for signed ones and 1 for plain permutations; 1 wherever the fit is undefined.
//
// Then g·A = applyHiddenSymmetry(A, g), and the distances ‖θ_B − θ_A‖ (before) and
// ‖θ_B − θ_{g·A}‖ (after) over all parameters θ = (W1, b1, W2, b2). If B is exactly g₀·A for a
// symmetry g₀ of A's activation, the alignment recovers g₀ and the distance after is round-off.

#include <vector>

#include <Eigen/Core>

#include "compute/metrics/two_layer_net.h"

namespace eqlab::metrics {

struct Alignment {
    HiddenSymmetry symmetry;                        // g with g·A ≈ B
    SymmetryKind kind = SymmetryKind::Permutation;  // the group searched
    Eigen::MatrixXd correlation;                    // h × h, C(i, j) = corr(B unit i, A unit j)
    double matchedCorrelation = 0;  // mean over i of C(i, π(i)) (|C| for signed kinds)
    double distanceBefore = 0;      // ‖θ_B − θ_A‖
    double distanceAfter = 0;       // ‖θ_B − θ_{g·A}‖
    double relativeBefore = 0;      // the same divided by ‖θ_B‖
    double relativeAfter = 0;
};

// X: d × N inputs (N ≥ 2). The nets must have the same shapes and activation
// (Error(InvalidArgument) naming what differs otherwise). kind defaults to the intertwiner group
// of the activation (hiddenSymmetryKind).
Alignment alignNets(const TwoLayerNet& a, const TwoLayerNet& b, const Eigen::MatrixXd& X);
Alignment alignNets(const TwoLayerNet& a, const TwoLayerNet& b, const Eigen::MatrixXd& X,
                    SymmetryKind kind);

// Pearson correlation of every row of P (p × N) with every row of Q (q × N): p × q. A row with
// zero variance has correlation 0 with everything.
Eigen::MatrixXd rowCorrelation(const Eigen::MatrixXd& P, const Eigen::MatrixXd& Q);

}  // namespace eqlab::metrics
