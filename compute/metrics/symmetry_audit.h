#pragma once

// The symmetry audit (docs/math.md §4.13): which subgroups of a group a net respects, given the
// net's invariance or equivariance error e(g) under each group element g.
//
// A subgroup's error is the largest error of its elements, max_{g ∈ H} e(g): H is a symmetry of
// the net only if every one of its elements is (a mean would let a few good elements hide a bad
// one, and would make a subgroup look better than its worst element). With this error the
// subgroups within the tolerance are closed under taking subgroups, so they are described by the
// maximal ones; conjugate subgroups are the "same" symmetry seen from another frame, so one
// representative per conjugacy class is reported.

#include <string>
#include <vector>

#include "compute/groups/subgroups.h"

namespace eqlab::metrics {

struct SymmetryAudit {
    std::string group;       // the lattice's group name
    double tolerance = 0.0;  // errors ≤ tolerance count as respected
    // One per lattice subgroup (same order): max of the element errors; NaN when any element's
    // error is NaN (never respected).
    std::vector<double> errors;
    // The maximal respected subgroups, one per conjugacy class, as indices into the lattice's
    // subgroups: largest order first, then by index. Within a class the representative is the
    // member with the smallest error, then the smallest index (the lexicographically smallest
    // sorted elements).
    std::vector<int> respected;
};

// elementError: size |G|, e(g) ≥ 0 (or NaN), e(identity) normally 0. tolerance ≥ 0.
// Error(InvalidArgument) on a size mismatch, a negative error or a negative/NaN tolerance.
SymmetryAudit auditSymmetry(const groups::SubgroupLattice& lattice,
                            const std::vector<double>& elementError, double tolerance);

// The audit as one line of JSON text (compute/core/json.h):
//   {"group": "D4", "respected": [...], "subgroups": [...], "tolerance": 1e-06}
// each subgroup {"conjugacy_class": 2, "elements": ["e", "r", ...], "error": 0.0,
//   "generators": ["r"], "name": "C4", "normal": true, "order": 4}; "respected" holds the same
// objects for the maximal respected subgroups. A NaN error is written as null.
std::string auditJson(const groups::SubgroupLattice& lattice, const SymmetryAudit& audit);

}  // namespace eqlab::metrics
