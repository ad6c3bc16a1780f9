#pragma once

// Plain value summaries for the command line (`eqlab group --json`, `eqlab basis --json`) and the
// GUI's group and weight-sharing views: everything they show, computed here so they stay thin.

#include <complex>
#include <optional>
#include <string>
#include <vector>

#include "compute/groups/equivariant_basis.h"
#include "compute/groups/group.h"
#include "compute/groups/representation.h"

namespace eqlab::groups {

struct GroupSummary {
    std::string name;
    int order = 0;
    bool abelian = false;
    int exponent = 1;
    std::vector<std::string> generatorNames;
    std::vector<int> generators;             // element indices
    std::vector<int> elementOrders;          // per element
    std::vector<std::string> elementLabels;  // shortest words, "e", "r^2 s"
    int numClasses = 0;
    std::vector<int> classSizes;
    std::vector<int> classRepresentatives;
    std::vector<std::vector<int>> classes;
    std::vector<int> centre;
    // Character table, irreducibles over ℂ (see characters.h): per irreducible its degree, its
    // Frobenius–Schur indicator, and its values on the classes (rows irreducibles, columns
    // classes).
    std::vector<int> irrepDims;
    std::vector<int> irrepIndicators;
    std::vector<std::vector<std::complex<double>>> characterTable;
    // Cayley graph edges a → a·s for each generator s (|G|·#gens of them): from, to, generator.
    struct Edge {
        int from, to, generator;
    };
    std::vector<Edge> cayleyEdges;
    int stdDim = 0;    // 0: no 'std'
    int permSize = 0;  // 0: no 'perm'
    std::string naturalSet;
};

GroupSummary summarizeGroup(const Group& group);

struct BasisSummary {
    std::string group, in, out;  // names and representation texts
    int dimIn = 0, dimOut = 0;
    int dimension = 0;           // from the solver
    int characterDimension = 0;  // (1/|G|) Σ χ_in χ_out, must equal `dimension`
    std::string method;          // "orbits" or "isotypic"
    // Permutation pairs: the orbit of every cell (dimOut·dimIn, row-major) and the orbit sizes.
    std::vector<int> orbitOf;
    std::vector<int> orbitSize;
    // The orthonormal basis, when asked for and small enough to store densely.
    std::optional<EquivariantBasis> basis;
};

// withBasis: also keep the dense orthonormal basis (skipped, basis empty, when the pair is a large
// permutation pair whose dense basis would not fit; the orbit data is there instead).
BasisSummary summarizeBasis(const Representation& in, const Representation& out, bool withBasis);

}  // namespace eqlab::groups
