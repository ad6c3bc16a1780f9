#pragma once

// Closing a set of generators (permutations or matrices) into a finite group.
//
// Both closures run a breadth-first search from the identity, multiplying on the right by each
// generator, and record for every element its BFS parent and the generator used. The full Cayley
// table then follows without any further hashing: if h = p·s then g·h = (g·p)·s, and p comes
// before h in BFS order. Cost: O(|G|·#gens) hash look-ups plus O(|G|²) integer operations.

#include <memory>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "compute/groups/group.h"
#include "compute/groups/permutation.h"

namespace eqlab::groups {

// The largest group the library builds (A7 has 2520 elements; its Cayley table is 25 MB).
constexpr int kMaxGroupOrder = 2520;

struct PermutationClosure {
    std::vector<Permutation> elements;  // BFS order, elements[0] the identity
    std::vector<int> table;             // row-major |G|×|G| Cayley table, a·b = a ∘ b
    std::vector<int> generators;        // element index of each generator
};

// Throws Error(InvalidArgument) if a generator is not a permutation, the sizes differ, or the
// group has more than maxOrder elements.
// `degree` is the number of points (needed only when there are no generators; -1: from them).
PermutationClosure closePermutations(const std::vector<Permutation>& generators,
                                     int maxOrder = kMaxGroupOrder, int degree = -1);

struct MatrixClosure {
    std::vector<Eigen::MatrixXd> elements;  // BFS order, elements[0] the identity
    std::vector<int> table;                 // row-major |G|×|G| Cayley table, matrix product
    std::vector<int> generators;
};

// Matrices are identified by rounding their entries to multiples of `quantum` (default 1e-6),
// which is robust because products accumulate only ~1e-15 per multiplication while distinct
// group elements differ by O(1); each hit is then verified entrywise to 1e-6·(1+‖M‖∞).
// Throws Error(InvalidArgument) for non-square or mismatched sizes, non-finite entries, or more
// than maxOrder elements (e.g. a rotation by an irrational angle generates an infinite group).
MatrixClosure closeMatrices(const std::vector<Eigen::MatrixXd>& generators,
                            int maxOrder = kMaxGroupOrder, double quantum = 1e-6);

// Groups straight from generators. The permutation group gets 'perm' = the permutations and
// 'std' = their permutation matrices; the matrix group gets 'std' = the matrices (no 'perm').
GroupPtr groupFromPermutations(std::string name, const std::vector<Permutation>& generators,
                               std::vector<std::string> generatorNames = {},
                               std::string naturalSet = {}, int degree = -1);
// The group data of the closure of matrix generators ('std' = the closed matrices), for callers
// that add more (a natural set) before constructing the Group.
GroupData groupDataFromMatrices(std::string name, const std::vector<Eigen::MatrixXd>& generators,
                                std::vector<std::string> generatorNames);
GroupPtr groupFromMatrices(std::string name, const std::vector<Eigen::MatrixXd>& generators,
                           std::vector<std::string> generatorNames = {});

// The permutation matrix P with P e_i = e_{p[i]}.
Eigen::MatrixXd permutationMatrix(const Permutation& p);

}  // namespace eqlab::groups
