#pragma once

// Characters, the (complex) character table, decomposition into irreducibles.
//
// The character table is computed numerically by Burnside's method made stable: the class sums
// C_j span the centre Z(ℂG); multiplication by C_j is a normal operator on it in the orthonormal
// basis C_k/√|C_k|, and all of them commute. A random Hermitian combination H = N + N* of them
// (N = Σ_j α_j N_j, α_j random complex) has, almost surely, distinct eigenvalues, and its
// eigenvectors are then the common eigenvectors v, with v_k ∝ √|C_k|·conj(χ(C_k)) for the
// irreducible characters χ. The scale follows from Σ_k |C_k|·|χ(C_k)|² = |G|.
// Result checked (integer degrees, Σ dim² = |G|, row orthonormality), else retried with another
// random combination.
//
// Irreducibles are over ℂ. A real representation such as 'std' of C_n (n ≥ 3) is irreducible over
// ℝ but splits over ℂ into a pair of complex-conjugate characters; decompose() reports such pairs
// with equal multiplicities. The Frobenius–Schur indicator tells which irreducibles are real (1),
// complex (0) or quaternionic (−1).

#include <string>
#include <vector>

#include <Eigen/Core>

#include "compute/groups/group.h"
#include "compute/groups/representation.h"

namespace eqlab::groups {

struct CharacterTable {
    int order = 0;
    std::vector<int> classSizes;            // per class, in the group's class order
    std::vector<int> classRepresentatives;  // smallest element of each class
    std::vector<int> dims;                  // per irreducible χ_i, χ_i(e)
    Eigen::MatrixXcd values;                // #irreps × #classes: χ_i(class j)
    std::vector<int> indicators;            // Frobenius–Schur ν_i ∈ {1, 0, −1}

    int numIrreps() const { return static_cast<int>(dims.size()); }
    // Row i as a function on elements (size |G|), for inner products with characters().
    Eigen::VectorXcd onElements(const Group& group, int irrep) const;
};

// Sorted: by degree; the trivial character first; real (ν = 1) before complex and quaternionic;
// then by the real parts of the values. Deterministic for a given group.
CharacterTable characterTable(const Group& group);

// χ(class j) of a representation, per class (size #classes).
Eigen::VectorXd classCharacter(const Representation& rep);

// (1/|G|) Σ_g χ_a(g) χ_b(g), which for real representations is dim Hom_G(a, b) (docs/math.md §1.3).
double characterInnerProduct(const Representation& a, const Representation& b);
// The same rounded to the nearest integer: the dimension the basis solver must reproduce.
int characterDimension(const Representation& in, const Representation& out);

struct Decomposition {
    std::vector<int> multiplicities;  // per irreducible of the table
    double residual = 0.0;            // max distance of the raw inner products to integers
    // "chi0[1] + 2*chi3[2]": multiplicity * irreducible index [its degree] (for logs and JSON).
    std::string text(const CharacterTable& table) const;
};

// m_i = (1/|G|) Σ_g χ_rep(g) conj(χ_i(g)).
Decomposition decompose(const Representation& rep, const CharacterTable& table);

}  // namespace eqlab::groups
