#pragma once

// All binary patterns of a small K × K grid with their orbits and stabilizers under C4 or D4
// (docs/math.md §5, the group-theoretic view of pretraining, arXiv 1504.02462). Features with large
// stabilizers (small orbits) are the "simple" ones; the pretraining lesson trains a tiny
// autoencoder on these patterns and asks which it reconstructs first.
//
// Pattern p (0 ≤ p < 2^(K²)) has pixel j = row·K + col equal to bit j of p. The group acts by
// grid:K (docs/representations.md); orbit–stabilizer holds for every pattern (tested), and the
// number of orbits is Burnside's (1/|G|) Σ_g 2^cycles(g) (102 for D4 on 3 × 3, 140 for C4).

#include <string>
#include <vector>

#include "compute/data/tasks.h"

namespace eqlab::data {

struct BinaryPatternSet {
    // X: K² × 2^(K²), column p = pattern p (values 0/1); Y = X (the autoencoder's target).
    TaskData task;                    // group and inputRep "grid:K"; a K × K image per column
    std::vector<int> orbit;           // per pattern: its orbit's index, orbits numbered by their
                                      // smallest pattern
    std::vector<int> orbitSize;       // per pattern
    std::vector<int> stabilizerSize;  // per pattern, |G| / orbitSize
    std::vector<int> orbitRepresentative;  // per orbit: its smallest pattern
    int groupOrder = 0;
};

// K: 1..4 (at most 65,536 patterns); group "C4" or "D4". Error(InvalidArgument) otherwise.
BinaryPatternSet binaryPatterns(int K, const std::string& group);

}  // namespace eqlab::data
