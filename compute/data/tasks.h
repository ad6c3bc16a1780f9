#pragma once

// Synthetic tasks generated in-process from a seed (more arrive with the lessons).
//   xor                 2 inputs in {−1, 1}², class (x₁ ≠ x₂), 4 samples
//   set-sum-of-squares  x ∈ [−1, 1]^n, y = Σ x_i²    (invariant under permuting the coordinates)
//   set-max             x ∈ [−1, 1]^n, y = max_i x_i (invariant under permuting the coordinates)
// Layout as everywhere in the engine: X is in × N, one sample per column; Y is 1 × N.

#include <cstdint>
#include <string>

#include <Eigen/Core>

namespace eqlab::data {

struct TaskData {
    Eigen::MatrixXd X;  // in × N
    Eigen::MatrixXd Y;  // 1 × N: a value (regression) or a class index
    bool classification = false;
    int classes = 0;  // classification: the number of classes
};

// kind: as above; setSize, samples: for the set tasks. Error(InvalidArgument) for other kinds.
TaskData makeTask(const std::string& kind, int setSize, int samples, std::uint64_t seed);

}  // namespace eqlab::data
