#pragma once

// Representations as values: a group and one real dim×dim matrix per element, ρ(g)ρ(h) = ρ(gh).
//
// Permutation representations (perm, regular, grid:K, trivial, and sums/tensor products of them)
// also keep their permutations: ρ(g) e_j = e_{p_g[j]}. The dense matrices of those are built only
// when matrix() is first asked for (thread-safe), so large ones such as grid:28 (784 points) or the
// regular representation of S6 cost |G|·dim integers, not |G|·dim² doubles, until someone needs a
// matrix. The equivariant basis and orbit code use the permutations directly.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include "compute/groups/group.h"
#include "compute/groups/permutation.h"

namespace eqlab::groups {

class Representation {
public:
    Representation() = default;  // an empty placeholder; valid() is false

    // One matrix per element (dim×dim each). Throws Error(InvalidArgument) on wrong counts or
    // sizes. orthogonal: known by construction (sums and products of orthogonal representations);
    // otherwise checked, which costs dim³ per element.
    static Representation fromMatrices(GroupPtr group, std::vector<Eigen::MatrixXd> matrices,
                                       std::string text,
                                       std::optional<bool> orthogonal = std::nullopt);
    // One permutation of {0..dim-1} per element: ρ(g) e_j = e_{p_g[j]}.
    static Representation fromPermutations(GroupPtr group, std::vector<Permutation> permutations,
                                           std::string text);

    bool valid() const { return d_ != nullptr; }
    const Group& group() const;
    std::shared_ptr<const Group> groupPtr() const;
    int dim() const;
    const Eigen::MatrixXd& matrix(int g) const;  // dim×dim
    const std::string& text() const;

    bool isPermutation() const;                   // kept as permutations (see above)
    const Permutation& permutation(int g) const;  // throws Error(InvalidArgument) if not
    double character(int g) const;                // tr ρ(g); fixed points for permutations
    Eigen::VectorXd characters() const;           // |G|: tr ρ(g) for every element
    bool isOrthogonal() const;                    // every ρ(g)ᵀρ(g) = I to 1e-9

    // The same representation under another text (e.g. the canonical form of an expression).
    Representation withText(std::string text) const;

private:
    struct Data;
    explicit Representation(std::shared_ptr<const Data> d) : d_(std::move(d)) {}
    const Data& data() const;
    std::shared_ptr<const Data> d_;
};

// ---- the named representations (see docs/representations.md for the conventions) ----
Representation trivialRep(GroupPtr group, int copies = 1);  // copies×copies identity, a perm rep
Representation signRep(GroupPtr group);      // det of 'std': the parity for permutation groups
Representation standardRep(GroupPtr group);  // the group's defining 'std' matrices
Representation permRep(GroupPtr group);      // the group's natural set ('perm')
Representation regularRep(GroupPtr group);   // ρ(g) e_h = e_{gh}, dimension |G|
// The pixels of a K×K image (index row·K + col), for groups whose 'std' matrices are 2×2 signed
// permutation matrices (C1, C2, C4, D1, D2, D4, V4 and custom subgroups of D4): the pixel with
// centred coordinates p = (col − (K−1)/2, (K−1)/2 − row) (x right, y up) moves to std(g)·p.
// Throws Error(Parse) for other groups, Error(InvalidArgument) for K outside 1..256.
Representation gridRep(GroupPtr group, int K);

// ---- constructions ----
Representation directSum(const Representation& a, const Representation& b);      // block diagonal
Representation tensorProduct(const Representation& a, const Representation& b);  // Kronecker a⊗b
Representation tensorPower(const Representation& a, int k);  // a⊗…⊗a, k ≥ 1 (k = 0: trivial)
Representation dualRep(const Representation& a);             // ρ(g⁻¹)ᵀ

// Parses an expression (grammar in docs/representations.md):
//   expr := term ('+' term)* ; term := power ('*' power)* ; power := atom ('^' INT)?
//   atom := 'trivial' | 'sign' | 'std' | 'perm' | 'regular' | 'grid:' INT | INT
//         | 'dual' '(' expr ')' | '(' expr ')'
// An integer n alone is n copies of the trivial representation, so "2*perm" = perm + perm.
// Throws Error(Parse) with the offending text, the 1-based position and what was expected, also
// when a name is not available for the group (e.g. grid:K on S3); Error(Unsupported) when the
// result would be too large to store (|G|·dim² > 2^26 doubles for a dense representation).
Representation makeRepresentation(std::shared_ptr<const Group> group, std::string_view text);

// max over g ∈ G and generators s of ‖ρ(g)ρ(s) − ρ(gs)‖_F, and ‖ρ(e) − I‖_F: zero (to round-off)
// iff ρ is a homomorphism, because every element is a product of generators. With allPairs, every
// pair (g, h) is compared instead (|G|² products; for tests of small representations).
double homomorphismError(const Representation& rep, bool allPairs = false);

}  // namespace eqlab::groups
