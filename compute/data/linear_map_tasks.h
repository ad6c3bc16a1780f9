#pragma once

// A linear signal map on a ring of D samples (the descrambler lesson, docs/math-lessons.md §6.15):
//     y = T x,   x ~ N(0, I_D),
// with T = B_out diag(g) B_inᵀ, g_k = exp(−f_k² / (2 w²)) the gain of the k-th basis vector,
// f_k its frequency on the ring and w the width:
//   "filter": B_in = B_out = F, the real Fourier basis of the ring (constant, cos/sin pairs,
//             Nyquist), so T is a translation-invariant (circulant) low-pass filter, a Gaussian
//             blur; its best rank-h approximations pass the lowest frequencies.
//   "random": B_in, B_out two random orthogonal matrices drawn from the seed: the same gains, but
//             in bases without structure, so its singular values are those of the filter.
// A linear net through h hidden units learns the best rank-h approximation of T, its first layer
// mixed by an arbitrary invertible h × h matrix (the layer's symmetry group GL_h).
//
// Layout as everywhere: X is D × N, Y is D × N.

#include <cstdint>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "compute/data/task_kinds.h"
#include "compute/data/tasks.h"

namespace eqlab::data {

// Registers "linear-map" (task_kinds.h).
void appendLinearMapTaskKinds(std::vector<TaskKind>& kinds);

struct LinearMapOptions {
    int inputs = 24;             // D, ≥ 2
    std::string map = "filter";  // "filter" or "random"
    double width = 2.0;          // w > 0, in cycles around the ring
    int samples = 2048;
    int testSamples = 0;  // > 0: also TaskData::testX, testY, inputs from Rng(testSeed)
    std::uint64_t testSeed = 0;
};

// D × D, orthonormal columns: the constant, then cos and sin of frequency 1, 2, … (and the
// alternating vector for even D); frequencies[k] the frequency of column k.
Eigen::MatrixXd ringFourierBasis(int D, std::vector<int>* frequencies = nullptr);

// T of the options (the seed draws the random bases). Error(InvalidArgument) for bad options.
Eigen::MatrixXd linearMap(const LinearMapOptions& options, std::uint64_t seed);

TaskData makeLinearMapTask(const LinearMapOptions& options, std::uint64_t seed);

}  // namespace eqlab::data
