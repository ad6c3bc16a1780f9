#pragma once

// The catalogue of named groups and custom groups read from JSON.
//
// Names (case-sensitive): C<n> cyclic (order n, 1 ≤ n ≤ 1024), D<n> dihedral (order 2n,
// 1 ≤ n ≤ 1024), S<n> symmetric (1 ≤ n ≤ 6), A<n> alternating (1 ≤ n ≤ 7), V4 Klein four, Q8
// quaternion, T, O, I rotation groups of the tetrahedron, octahedron (cube) and icosahedron acting
// on R^3 (orders 12, 24, 60), products "GxH" (left-associative, e.g. "C3xC4", "D4xC2",
// "C2xC2xC2"), and "custom:FILE" (a JSON file of generators, see customGroupFromJson; must stand
// alone, not inside a product). The element conventions of every entry are in
// docs/representations.md.

#include <string>
#include <string_view>
#include <vector>

#include "compute/groups/group.h"

namespace eqlab::groups {

// Throws Error(Parse) naming the offending text and what was expected, Error(Unsupported) when the
// group would exceed kMaxGroupOrder, Error(Io) when a custom file cannot be read.
GroupPtr makeGroup(std::string_view name);

// Names for a GUI picker; each one is accepted by makeGroup.
std::vector<std::string> catalogueExamples();

// The catalogue entries one by one (n is checked: Error(InvalidArgument) when out of range).
// C_n: element k is r^k, r the rotation by 2π/n. D_n: element k + n·j is r^k s^j, s the reflection
// (x, y) ↦ (x, −y). 'std' of both is 2×2 orthogonal, 'perm' the n vertices of the regular n-gon
// (vertex i at angle 2πi/n).
GroupPtr cyclicGroup(int n);
GroupPtr dihedralGroup(int n);
GroupPtr symmetricGroup(int n);    // generators (0 1) and (0 1 … n−1)
GroupPtr alternatingGroup(int n);  // generators the 3-cycles (0 1 k), k = 2..n−1
GroupPtr kleinFourGroup();         // diag(±1) on R^2
GroupPtr quaternionGroup();  // left multiplication by ±1, ±i, ±j, ±k on R^4 = span(1,i,j,k)
GroupPtr tetrahedralGroup();
GroupPtr octahedralGroup();
GroupPtr icosahedralGroup();

// A custom group from JSON text:
//   {"name": "optional", "generator_names": ["optional", ...],
//    "generators": [[1, 2, 0], [1, 0, 2]]}                 permutations as 0-based image lists, or
//    "generators": [[[0, -1], [1, 0]], [[1, 0], [0, -1]]]  matrices as lists of rows,
//    "points": [[1, 0], [0, 1], [-1, 0], [0, -1]]          optional, matrix groups only: a finite
//                                                           set the matrices permute ('perm').
// `defaultName` is used when the JSON has no "name".
GroupPtr customGroupFromJson(std::string_view jsonText, const std::string& defaultName);
GroupPtr customGroupFromFile(const std::string& path);

}  // namespace eqlab::groups
