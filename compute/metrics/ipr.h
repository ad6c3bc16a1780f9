#pragma once

// Inverse participation ratio of a weight vector (docs/math.md §4.10; Ingrosso & Goldt, arXiv
// 2202.00565):
//
//   IPR(w) = Σ_i w_i⁴ / (Σ_i w_i²)²,
//
// 1/D for a vector spread evenly over D entries, 1 for a single non-zero entry. A localised
// receptive field (a first-layer weight row concentrated on a few neighbouring pixels) has a large
// IPR; a random dense row has IPR ≈ 3/D (Gaussian entries: E w⁴ = 3 (E w²)²).

#include <Eigen/Core>

namespace eqlab::metrics {

// Error InvalidArgument for an empty or all-zero vector (IPR undefined).
double inverseParticipationRatio(const Eigen::Ref<const Eigen::VectorXd>& w);

// Mean IPR of the rows of W (e.g. a dense layer's weight, out × in: one receptive field per row).
double meanRowIpr(const Eigen::Ref<const Eigen::MatrixXd>& W);

}  // namespace eqlab::metrics
