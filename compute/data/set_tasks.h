#pragma once

// More symmetric-function tasks on sets of n numbers (x ∈ [−1, 1]^n, one sample per column):
//
//   set-pairwise-distance  y = mean over pairs i < j of |x_i − x_j|. Invariant under S_n; a
//                          DeepSets net needs its hidden units to resolve pairs (a statistic of
//                          pairs, not of single elements).
//   set-alternating        y = Δ(x)/c, Δ(x) = Π_{i<j} (x_j − x_i) the Vandermonde determinant,
//                          c such that the mean of y² over the dataset is 1. Invariant under the
//                          alternating group A_n, and y(τx) = −y(x) for every odd permutation τ.
//                          The samples come in pairs (x, τx) with τ = the transposition (0 1),
//                          so any S_n-invariant predictor f has f(x) = f(τx) on each pair and a
//                          mean squared error ≥ mean y² = 1 on the dataset (the first-order A_n
//                          net of nn/invariant_nets.h is such a predictor when A_n is
//                          2-transitive, n ≥ 4). Needs n ≥ 2 and an even number of samples.
//
// Both draw x from Rng(seed).split(0xda7a5e7), as the other set tasks do.

#include <cstdint>
#include <string>

#include "compute/data/task_kinds.h"
#include "compute/data/tasks.h"

namespace eqlab::data {

// Registers set-pairwise-distance (group S_n) and set-alternating (group A_n for n <= 7, the
// catalogue's range), both with input action "perm" (task_kinds.h).
void appendSetTaskKinds(std::vector<TaskKind>& kinds);

// True for the kinds made here.
bool isSetTask(const std::string& kind);

// Error(InvalidArgument) naming the kind and the value for setSize < 1 (< 2 for
// set-alternating), samples < 1, or an odd number of samples for set-alternating.
TaskData makeSetTask(const std::string& kind, int setSize, int samples, std::uint64_t seed);

}  // namespace eqlab::data
