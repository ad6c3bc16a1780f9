#pragma once

// All binary patterns of a small K × K grid with their orbits and stabilizers under C4 or D4
// (docs/math.md §5, the group-theoretic view of pretraining, arXiv 1504.02462). Features with large
// stabilizers (small orbits) are the "simple" ones; the pretraining lesson trains a tiny
// autoencoder on these patterns and asks which it reconstructs first.
//
// Pattern p (0 ≤ p < 2^(K²)) has pixel j = row·K + col equal to bit j of p. The group acts by
// grid:K (docs/representations.md); orbit–stabilizer holds for every pattern (tested), and the
// number of orbits is Burnside's (1/|G|) Σ_g 2^cycles(g) (102 for D4 on 3 × 3, 140 for C4).
//
// All 2^(K²) patterns are mapped to themselves by every permutation of the K² pixels, not only by
// the grid's group, so on them a pattern's expected error can depend on its pixel count only. A
// few complete orbits (patternOrbits) are closed under the group but not under those permutations:
// the data on which a stabilizer can matter beyond the pixel count.

#include <string>
#include <vector>

#include "compute/data/tasks.h"

namespace eqlab::data {

struct BinaryPatternSet {
    // X: K² × N, one pattern per column (values 0/1); Y = X (the autoencoder's target). From
    // binaryPatterns N = 2^(K²) and column p is pattern p, so the per-column vectors below are
    // also per pattern code.
    TaskData task;                    // group and inputRep "grid:K"; a K × K image per column
    std::vector<int> pattern;         // per column: the pattern's code
    std::vector<int> orbit;           // per column: its orbit's index, orbits numbered by their
                                      // smallest pattern (patternOrbits: in the seeds' order)
    std::vector<int> orbitSize;       // per column
    std::vector<int> stabilizerSize;  // per column, |G| / orbitSize
    std::vector<int> orbitRepresentative;  // per orbit: its smallest pattern
    int groupOrder = 0;
};

// K: 1..4 (at most 65,536 patterns); group "C4" or "D4". Error(InvalidArgument) otherwise.
BinaryPatternSet binaryPatterns(int K, const std::string& group);

// The complete orbits of `seeds` (any pattern of each orbit) out of `all` (binaryPatterns' set),
// orbit after orbit in the seeds' order, each orbit's patterns in increasing order. Weighting:
//   "pattern"  each pattern once: an orbit weighs its size, so the most symmetric patterns (small
//              orbits) have the least mass in the loss;
//   "orbit"    each pattern |Stab| times: every orbit has |G| columns, so members of small orbits
//              are seen more often.
// Error(InvalidArgument) for a seed out of range, two seeds of one orbit, no seed, or another
// weighting.
BinaryPatternSet patternOrbits(const BinaryPatternSet& all, const std::vector<int>& seeds,
                               const std::string& weighting);

// The preset "equal-count": at the pixel counts ⌊K²/2⌋ − 1 and ⌊K²/2⌋ (3 and 4 on 3 × 3), for
// each stabilizer order found at that count, the two orbits with the smallest representatives
// (fewer where there are fewer). A rule, not a hand pick, so the lesson cannot choose its
// patterns. Two counts because on 3 × 3 under D4 no count has all four orders: order 8 occurs at
// counts 0, 1, 4, 5, 8, 9 only, order 4 at 2, 3, 6, 7 only. Seeds = orbit representatives.
std::vector<int> equalCountSeeds(const BinaryPatternSet& all);

// The task's "orbits" field: "all" (empty: every pattern), "equal-count" (equalCountSeeds) or seed
// patterns, integers separated by commas or spaces ("16, 170"). Error(InvalidArgument) otherwise.
std::vector<int> orbitSeeds(const BinaryPatternSet& all, const std::string& text);

}  // namespace eqlab::data
