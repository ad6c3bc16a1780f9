#pragma once

// Translation-invariant non-Gaussian ring data (docs/math.md §4.10; Ingrosso & Goldt, "Data-driven
// emergence of convolutional structure in neural networks", arXiv 2202.00565) and its Gaussian
// clone.
//
// NLGP (non-linear Gaussian process) on a ring of D pixels:
//   z ~ N(0, C),  C_ij = exp(−d_ij²/ξ²),  d_ij = min(|i−j|, D−|i−j|)   (C_ii = 1)
//   x = erf(g z/√2) / √γ,  γ = (2/π) arcsin(g²/(1+g²))                  (so Var x_i = 1)
// The gain g sets how non-Gaussian x is (g → 0: Gaussian; large g: nearly ±1/√γ). Because erf is
// odd and z Gaussian, the covariance of x is known in closed form (the arcsine law):
//   Σ_ij = E[x_i x_j] = (2/π) arcsin(g² C_ij/(1+g²)) / γ.
// The Gaussian clone is x ~ N(0, Σ): the same mean and covariance, Gaussian higher moments — so a
// network that only used second-order statistics could not tell the two apart.
//
// The task: two classes, one per correlation length (ξ₀ for class 0, ξ₁ for class 1), as in the
// paper's discrimination task; sample s has class s mod 2 (exactly balanced; the trainer shuffles).
// z and the clone are sampled as L·ε with L = V·diag(√λ₊) from the symmetric eigen-decomposition
// of the covariance (robust where the Gaussian kernel makes C numerically singular).

#include <cstdint>

#include <Eigen/Core>

#include "compute/data/tasks.h"

namespace eqlab::data {

// C (D × D) above. D ≥ 1, ξ > 0 (Error InvalidArgument otherwise).
Eigen::MatrixXd ringCovariance(int D, double xi);
// γ(g) = (2/π) arcsin(g²/(1+g²)) = Var erf(g z/√2) for z ~ N(0, 1). g > 0.
double nlgpGamma(double gain);
// Σ (D × D) above: the exact covariance of the NLGP and of its clone.
Eigen::MatrixXd nlgpCovariance(int D, double xi, double gain);

enum class RingDistribution { Nlgp, GaussianClone };

// samples columns of one distribution, D × samples (no labels).
Eigen::MatrixXd sampleRing(RingDistribution distribution, int D, double xi, double gain,
                           int samples, std::uint64_t seed);

struct NlgpTaskConfig {
    int D = 40;          // pixels on the ring
    double xi0 = 1.0;    // correlation length of class 0 (short)
    double xi1 = 3.0;    // correlation length of class 1 (long)
    double gain = 3.0;   // g
    int samples = 4000;  // total, both classes
    RingDistribution distribution = RingDistribution::Nlgp;
};

// X: D × samples, Y: 1 × samples class indices (0, 1), classification with 2 classes.
TaskData makeNlgpTask(const NlgpTaskConfig& config, std::uint64_t seed);

// Draws NLGP tasks again and again (online learning: a fresh batch every step) without redoing
// the O(D³) square roots of the two covariances, which makeNlgpTask computes per call.
// draw(samples, seed) == makeNlgpTask(config with that many samples, seed), bit for bit.
class NlgpSampler {
public:
    // Checks the config (Error InvalidArgument) and factors both covariances once.
    explicit NlgpSampler(const NlgpTaskConfig& config);
    // samples >= 2.
    TaskData draw(int samples, std::uint64_t seed) const;

private:
    NlgpTaskConfig config_;
    Eigen::MatrixXd L0_, L1_;  // square roots of the covariance sampled for class 0 / class 1
};

}  // namespace eqlab::data
