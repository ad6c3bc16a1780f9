#pragma once

// Builders of whole equivariant networks (docs/math.md §3.3 and §3.4).
//
// makeEquivariantMlp: a chain V_0 → V_1 → … → V_L of equivariant linear layers in the solved
// basis, with a nonlinearity after every layer but the last that commutes with the group:
//   * V_k a permutation representation (perm, regular, k*perm, perm*perm, …): pointwise σ,
//     because a permutation matrix only moves coordinates around;
//   * otherwise (std, rotations, sign, sums with them): the norm nonlinearity of
//     nn/norm_activation.h on the blocks of V_k, because a pointwise σ does not commute with a
//     rotation (σ(Rx) ≠ Rσ(x)) but a function of ‖x_b‖ does.
// Every layer checks that the representations belong to the same group.
//
// makeInvariantNet: the first- and second-order G-invariant nets of Maron et al. (arXiv
// 1901.09342) for a group G acting on R^n by a permutation representation P ("perm"):
//   order 1:  P → k·P, σ, (k·P → k·P, σ) × (depth−1), k·P → m·trivial, σ, dense m → 1
//   order 2:  P → k·(P⊗P), σ, (k·(P⊗P) → k·(P⊗P), σ) × (depth−1), k·(P⊗P) → m·trivial, σ,
//             dense m → 1
// (k = channels, m = head). The first layer of the second-order net is the product lift
// x ↦ x⊗x (nn/tensor_lift.h) followed by P⊗P → k·(P⊗P), or without outerLift the linear
// equivariant lift P → k·(P⊗P) from order-1 to order-2 tensors. The dense head acts on
// invariants only, so both nets are exactly G-invariant.
//
// Why order matters: each layer's weights live in Hom_G, whose basis is given by the orbits of G
// on index pairs (P → P) or on index quadruples (P⊗P → P⊗P). If G is 2-transitive on the n points
// but smaller than S_n — e.g. the alternating group A_4 ≤ S_4 — its orbits on pairs are the same
// two as those of S_n (diagonal, off-diagonal), so every first-order layer, and hence the whole
// first-order net, is S_n-invariant: it cannot tell x from an odd permutation of x. On quadruples
// A_4 has 22 orbits against 15 for S_4 (Burnside: (4⁴ + 8)/12 and (4⁴ + 6·2⁴ + 8)/24), the extra
// ones telling the two orientations of a triple of distinct points apart, so a second-order A_4
// net can represent functions that change sign under odd permutations (data/set_tasks.h,
// set-alternating).

#include <memory>
#include <vector>

#include "compute/groups/representation.h"
#include "compute/nn/activation.h"
#include "compute/nn/equivariant_factory.h"
#include "compute/nn/norm_activation.h"

namespace eqlab::nn {

struct EquivariantMlpOptions {
    Activation pointwise = Activation::ReLU;  // after permutation representations
    NormFunction norm = NormFunction::ReLU;   // after the others
    EquivariantBasisKind basis = EquivariantBasisKind::Orthonormal;
};

// reps: V_0 (input), …, V_L (output), L ≥ 1, all of one group (Error InvalidArgument otherwise).
// The orbit basis is used only where both sides are permutation representations.
template <class S>
std::vector<LayerPtr<S>> makeEquivariantMlp(const std::vector<groups::Representation>& reps,
                                            const EquivariantMlpOptions& options = {});

// The nonlinearity makeEquivariantMlp puts after a layer with output representation rep.
template <class S>
LayerPtr<S> makeEquivariantNonlinearity(const groups::Representation& rep,
                                        const EquivariantMlpOptions& options = {});

struct InvariantNetOptions {
    int order = 1;     // 1 or 2
    int channels = 4;  // k: copies of P (order 1) or of P⊗P (order 2) in the hidden layers
    int depth = 2;     // equivariant hidden layers (≥ 1)
    int head = 16;     // m: invariant features fed to the dense output layer
    // Order 2: start with x ↦ x⊗x instead of the linear lift. On alternating targets the linear
    // lift often sits for hundreds of steps on a plateau where the net is still nearly
    // S_n-invariant; the product lift starts with degree-2 features and leaves it quickly.
    bool outerLift = true;
    Activation activation = Activation::ReLU;
};

// perm: a permutation representation of G on R^n. Error(InvalidArgument) naming the option for
// order ∉ {1, 2}, channels/depth/head < 1, or a representation that is not a permutation one.
template <class S>
std::vector<LayerPtr<S>> makeInvariantNet(const groups::Representation& perm,
                                          const InvariantNetOptions& options);

// k copies of V (k·V = trivial_k ⊗ V: copy c occupies coordinates c·dim V … (c+1)·dim V − 1).
groups::Representation copiesOf(const groups::Representation& v, int k);

extern template std::vector<LayerPtr<float>> makeEquivariantMlp<float>(
    const std::vector<groups::Representation>&, const EquivariantMlpOptions&);
extern template std::vector<LayerPtr<double>> makeEquivariantMlp<double>(
    const std::vector<groups::Representation>&, const EquivariantMlpOptions&);
extern template LayerPtr<float> makeEquivariantNonlinearity<float>(const groups::Representation&,
                                                                   const EquivariantMlpOptions&);
extern template LayerPtr<double> makeEquivariantNonlinearity<double>(const groups::Representation&,
                                                                     const EquivariantMlpOptions&);
extern template std::vector<LayerPtr<float>> makeInvariantNet<float>(const groups::Representation&,
                                                                     const InvariantNetOptions&);
extern template std::vector<LayerPtr<double>> makeInvariantNet<double>(
    const groups::Representation&, const InvariantNetOptions&);

}  // namespace eqlab::nn
