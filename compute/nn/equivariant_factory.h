#pragma once

// Builds an equivariant linear layer from two representations of the same group, with the basis
// of Hom_G(V_in, V_out) solved by compute/groups (docs/math.md §2) and the bias in the invariant
// subspace of V_out. Checks on entry that both representations are valid and belong to the same
// group (Error InvalidArgument naming both otherwise).

#include <memory>

#include "compute/groups/representation.h"
#include "compute/nn/equivariant_linear.h"

namespace eqlab::nn {

enum class EquivariantBasisKind {
    Orthonormal,  // Frobenius-orthonormal basis (any representations)
    Orbits,       // 0/1 matrices, one per orbit of G on index pairs (permutation representations)
};

template <class S>
std::unique_ptr<EquivariantLinear<S>> makeEquivariantLinear(
    const groups::Representation& in, const groups::Representation& out,
    EquivariantBasisKind kind = EquivariantBasisKind::Orthonormal);

extern template std::unique_ptr<EquivariantLinear<float>> makeEquivariantLinear<float>(
    const groups::Representation&, const groups::Representation&, EquivariantBasisKind);
extern template std::unique_ptr<EquivariantLinear<double>> makeEquivariantLinear<double>(
    const groups::Representation&, const groups::Representation&, EquivariantBasisKind);

}  // namespace eqlab::nn
