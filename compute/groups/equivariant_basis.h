#pragma once

// The space of equivariant linear maps Hom_G(V_in, V_out) = {W : ρ_out(g) W = W ρ_in(g) ∀g}
// (docs/math.md §2), as an orthonormal basis, and for permutation representations as the sparse 0/1
// basis of orbits of G on index pairs. Its dimension equals characterDimension(in, out).
//
// Shapes: every W is dimOut × dimIn (it maps V_in → V_out). Vectorisation is column-major,
// vec(W)[c·dimOut + r] = W(r, c), so vec(ρ_out W ρ_inᵀ) = (ρ_in ⊗ ρ_out) vec(W).
//
// Methods (chosen automatically by equivariantBasis):
//  * Orbits — both representations are permutation representations: W is equivariant iff it is
//    constant on the orbits of G on pairs (r, c) under g·(r, c) = (p_out(g)[r], p_in(g)[c]).
//    A breadth-first search over pairs with the generators, O(dimOut·dimIn·#gens); D4 on
//    grid:28 → grid:28 (614,656 pairs, 77,028 orbits) takes about 8 ms.
//  * Isotypic — otherwise. Both representations are split into real isotypic components with the
//    projectors P_τ = (χ(1)/|G|) Σ_g ψ_τ(g) ρ(g) from the character table (ψ_τ = χ, or χ + χ̄ for
//    a complex pair); equivariant maps are block diagonal in that split. A block of a real
//    1-dimensional type is unconstrained (ρ acts by the same scalar on both sides); every other
//    block is solved by the Reynolds projection R(X) = (1/|G|) Σ_g σ_out(g) X σ_in(g)ᵀ applied
//    to k random probes (k = the block's character dimension) as two large matrix products per
//    element, orthonormalised (Cholesky QR), then projected and orthonormalised once more, which
//    removes round-off that left the subspace. Non-orthogonal representations are first made
//    orthogonal by the symmetric square root of (1/|G|) Σ_g ρ(g)ᵀρ(g).

#include <vector>

#include <Eigen/Core>

#include "compute/groups/representation.h"

namespace eqlab::groups {

struct EquivariantBasis {
    enum class Method { Orbits, Isotypic };

    int dimIn = 0, dimOut = 0;
    Method method = Method::Isotypic;
    // (dimOut·dimIn) × dimension, column j = vec(W_j) (column-major); orthonormal columns, i.e.
    // the W_j are orthonormal in the Frobenius inner product.
    Eigen::MatrixXd vectors;
    // Isotypic blocks solved by the slower probe method because the adapted construction failed a
    // numerical check (0 normally; for diagnostics and tests).
    int probeBlocks = 0;

    int dimension() const { return static_cast<int>(vectors.cols()); }
    Eigen::MatrixXd matrix(int j) const;                                 // W_j, dimOut × dimIn
    std::vector<Eigen::MatrixXd> matrices() const;                       // all W_j
    Eigen::MatrixXd combine(const Eigen::VectorXd& coefficients) const;  // Σ c_j W_j
};

// Throws Error(InvalidArgument) for representations of different groups and Error(Unsupported)
// when the dense result would exceed 2^26 doubles (use orbitBasis for large permutation pairs).
EquivariantBasis equivariantBasis(const Representation& in, const Representation& out);

struct OrbitBasis {
    int dimIn = 0, dimOut = 0, dimension = 0;
    // dimOut·dimIn, row-major: orbitOf[r·dimIn + c] is the basis element (orbit) of cell (r, c),
    // numbered by first appearance in row-major order — the colour of a cell in a weight-sharing
    // picture.
    std::vector<int> orbitOf;
    std::vector<int> orbitSize;  // cells per orbit

    Eigen::MatrixXd matrix(int j) const;  // the 0/1 matrix of orbit j, dimOut × dimIn
    // Σ_j c_j B_j, dimOut × dimIn: a weight matrix with this sharing pattern.
    Eigen::MatrixXd combine(const Eigen::VectorXd& coefficients) const;
    // The orthonormal version B_j/√|orbit j| as vec columns (see EquivariantBasis).
    Eigen::MatrixXd normalizedVectors() const;
};

// Requires permutation representations (Error(InvalidArgument) otherwise).
OrbitBasis orbitBasis(const Representation& in, const Representation& out);

// The invariant vectors {v : ρ(g)v = v}: dim × k with orthonormal columns (bias of a layer).
Eigen::MatrixXd invariantSubspace(const Representation& rep);
std::vector<Eigen::VectorXd> invariantVectors(const Representation& rep);

// max_g ‖ρ_out(g) W − W ρ_in(g)‖_F (W dimOut × dimIn): zero to round-off iff W is equivariant.
double equivarianceError(const Representation& in, const Representation& out,
                         const Eigen::MatrixXd& W);

}  // namespace eqlab::groups
