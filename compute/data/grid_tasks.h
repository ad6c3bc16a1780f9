#pragma once

// A D4-invariant regression task on small square images, for the lesson on the equivariant basis
// and parameter sharing (resources/lessons/equivariant-basis):
//
//   grid-roughness  x ∈ [−1, 1]^{K×K} (pixels row by row, the layout of grid:K), and
//                   y = mean over pairs of 4-neighbouring pixels of (x_p − x_q)², scaled to mean
//                   square 1 over the dataset.
//
// The rotations by 90° and the mirrors of the square map 4-neighbours to 4-neighbours, so y is
// invariant under D4 acting on the grid ("grid:K" of D4, docs/representations.md). The task says
// so (group D4, input action grid:K, a one-channel K×K image).

#include <cstdint>

#include "compute/data/task_kinds.h"
#include "compute/data/tasks.h"

namespace eqlab::data {

// Error(InvalidArgument) for K < 2 or samples < 1.
TaskData makeGridRoughness(int K, int samples, std::uint64_t seed);

// Registers "grid-roughness" (task_kinds.h).
void appendGridTaskKinds(std::vector<TaskKind>& kinds);

}  // namespace eqlab::data
