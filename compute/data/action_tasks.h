#pragma once

// Group-action targets (docs/math.md §3.9, neural group actions), generated from a seed: triples
// (g, x, g·x) laid out as the input convention of nn::NeuralGroupAction,
//   X = [x; g]  ((d+1) × N: the point, then the element index as a number),  Y = g·x  (d × N),
// so the ordinary trainer fits N_g(x) ≈ g·x with MSE. Elements are uniform over the group.
//
//   quaternionActionTask(N, seed)   Q8 on R⁴. x ~ N(0, I₄). The target action is the linear one
//       (left multiplication by ±1, ±i, ±j, ±k: Q8's 'std') conjugated by a fixed nonlinear
//       bijection ψ of R⁴,  g·x = ψ⁻¹(L(g) ψ(x)),  so it is a group action exactly and a neural
//       group action with P = 'std' can represent it (Φ = ψ is a pair of additive couplings):
//         ψ = ψ₂ ∘ ψ₁,  a = x₀,₁, b = x₂,₃,
//         ψ₁: b ↦ b + 0.8 tanh(M a + m),   ψ₂: a ↦ a + 0.8 tanh(M' b + m'),
//         M = [1 −0.6; 0.4 0.9], m = (0.3, −0.2), M' = [0.7 0.5; −0.8 0.6], m' = (−0.1, 0.4).
//
//   spiralRotationTask(n, N, seed)  C_n rotating points of a spiral in R²: x = r(cos θ, sin θ) with
//       t ~ U[0, 1], θ = 3πt, r = 0.2 + 0.8t (a spiral of one and a half turns); element k maps x
//       to its rotation by 2πk/n (C_n's 'std'). A neural group action needs a faithful
//       signed-permutation action on R², which C_n has only for n = 1, 2, 4 ('std'); for other n
//       this task is for plain nets taking [x; k].
//
//   involutionTask(N, seed)         an involution of R⁴ to fit (Z2 acting on R⁴): x ~ N(0, I₄),
//       y = ψ⁻¹(σ ψ(x)) with σ = swap halves, (a, b) ↦ (b, a), and ψ as above; y(y(x)) = x.
//       X = x (4 × N), no element row: there is only one non-trivial map.
//
// Error(InvalidArgument) naming the argument for N < 1 or n outside 1..64.
//
// The element row can be re-encoded one-hot (the task option "element_encoding": "one-hot"):
// encodeElementsOneHot replaces the index row of X (and testX) by |G| rows with a 1 in row g, so a
// plain net sees the element as a category rather than as a number.

#include <cstdint>

#include "compute/data/tasks.h"

namespace eqlab::data {

TaskData quaternionActionTask(int samples, std::uint64_t seed);
TaskData spiralRotationTask(int n, int samples, std::uint64_t seed);
TaskData involutionTask(int samples, std::uint64_t seed);

// The target maps themselves: g·x for every column of X (4 × n, or 2 × n), element g of Q8 / C_n
// (indices as in the catalogue, groups::makeGroup("Q8") / ("C<n>")).
Eigen::MatrixXd quaternionTargetAction(int g, const Eigen::MatrixXd& X);
Eigen::MatrixXd spiralTargetAction(int n, int g, const Eigen::MatrixXd& X);
Eigen::MatrixXd involutionTarget(const Eigen::MatrixXd& X);  // X: 4 × n

// Marks `task` as carrying the element in its last row (index encoding), or, with oneHot,
// replaces that row of X and testX by `order` one-hot rows. Error(InvalidArgument) when a row
// entry is not an index in 0..order-1.
void setElementEncoding(TaskData& task, int order, bool oneHot);
// [x; e(g)]: points x (d × n) with the element rows of element g appended, in the encoding
// (oneHotOrder 0: one index row; otherwise oneHotOrder rows, one-hot).
Eigen::MatrixXd withElementRows(const Eigen::MatrixXd& x, int g, int oneHotOrder);

}  // namespace eqlab::data
