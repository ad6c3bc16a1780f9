#pragma once

// Which representation of the group each layer's output carries (docs/math.md §4.4: "per layer,
// using each layer's representation"), inferred from the layer types for a network whose input
// carries `input`, a representation of a group G:
//
//   GroupConv2d (C4/D4)  feature maps f(o, h, p) (index (p·C + o)·|H| + h): g moves the value at
//                        (o, h, p) to (o, g·h, g·p) — the pixel moves and the group axis is
//                        permuted: by left multiplication when g acts on pixels like an element
//                        of H, and for a mirror g in a C4 layer by D4's action on the cosets
//                        C4 ≅ D4/{e, f} (r^k ↦ g r^k f), under which a C4 layer with
//                        mirror-symmetric filters is mirror-equivariant. Available whenever G
//                        acts on the pixel grid (a subgroup of D4).
//   GroupPool            the pixels move: grid:m ⊗ trivial(C).
//   GlobalAvgPool        trivial(C): invariant.
//   Pointwise            the same as its input's when that is a permutation representation
//                        (a pointwise σ commutes with permutations); otherwise none.
//   EquivariantLinear    its output representation (by its text).
//   GroupAverage         its output representation, when built from representations of G.
//   any layer            trivial when its input is trivial (everything after an invariant
//                        layer is invariant).
//   otherwise            none: the metrics then report the invariance error ‖f(g·x) − f(x)‖
//                        of that layer's output instead (e.g. a plain MLP's hidden layers).
//
// Representations of large feature maps are permutation representations: |G|·dim integers.

#include <optional>
#include <vector>

#include "compute/groups/representation.h"
#include "compute/nn/sequential.h"

namespace eqlab::metrics {

// One entry per top-level layer of `net`. `input` must have dimension net.inDim()
// (Error(InvalidArgument) otherwise).
template <class S>
std::vector<std::optional<groups::Representation>> layerRepresentations(
    const nn::Sequential<S>& net, const groups::Representation& input);

// ρ(g)·M for every column of M (dim × n), by a row gather for permutation representations.
Eigen::MatrixXd applyRepresentation(const groups::Representation& rep, int g,
                                    const Eigen::MatrixXd& M);

// True if every ρ(g) is the identity (a trivial representation, possibly of several copies).
bool actsTrivially(const groups::Representation& rep);

extern template std::vector<std::optional<groups::Representation>> layerRepresentations<float>(
    const nn::Sequential<float>&, const groups::Representation&);
extern template std::vector<std::optional<groups::Representation>> layerRepresentations<double>(
    const nn::Sequential<double>&, const groups::Representation&);

}  // namespace eqlab::metrics
