#pragma once

// Permutations of {0..m-1} stored as image lists: p[i] is the image of i.
//
// Composition convention used everywhere in eqlab: compose(a, b) = a ∘ b, "apply b first, then a",
// so (a ∘ b)[i] = a[b[i]]. With this convention a permutation group acts on points from the left,
// g·(h·i) = (gh)·i, and the permutation matrix P(g) with P(g) e_i = e_{g[i]} is a homomorphism.

#include <cstddef>
#include <string>
#include <vector>

namespace eqlab::groups {

using Permutation = std::vector<int>;

Permutation identityPermutation(int m);
Permutation compose(const Permutation& a, const Permutation& b);  // a ∘ b
Permutation inversePermutation(const Permutation& p);
bool isPermutation(const std::vector<int>& p);  // a bijection of {0..size-1}
int cycleCount(const Permutation& p);           // cycles including fixed points
int fixedPointCount(const Permutation& p);
int permutationSign(const Permutation& p);        // +1 even, -1 odd
std::string cycleNotation(const Permutation& p);  // "(0 1 2)(3 4)", "()" for the identity

// Hash of an image list, for the closure's element lookup.
struct PermutationHash {
    size_t operator()(const Permutation& p) const noexcept;
};

}  // namespace eqlab::groups
