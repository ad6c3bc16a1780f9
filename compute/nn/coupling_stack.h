#pragma once

// The flow Φ of involutive nets and neural group actions: a stack of coupling layers with fixed
// permutations between them.
//   coupling 0 (rows [0, d/2) condition the rest), coupling 1 (flipped: the other half conditions),
//   permute riffle(d), coupling 2, coupling 3 (flipped), permute riffle(d), …, and at the end the
//   permutation that undoes the riffles (so Φ is the identity when every coupling is),
// so each pair of couplings transforms every coordinate and the riffle changes which coordinates
// condition which. Each conditioner is dense(|a| -> hidden, Glorot), activation,
// dense(hidden -> |b|, zero or He initialisation, see identityInit) for
// additive couplings (volume-preserving: log|det J| = 0) or -> 2|b| for affine ones.

#include <memory>

#include "compute/nn/activation.h"
#include "compute/nn/coupling.h"
#include "compute/nn/sequential.h"

namespace eqlab::nn {

struct CouplingStackSpec {
    Index dim = 4;      // d ≥ 2
    int couplings = 4;  // ≥ 1
    Index hidden = 16;  // ≥ 1, width of each conditioner's hidden layer
    CouplingKind kind = CouplingKind::Additive;
    Activation activation = Activation::Tanh;
    // The conditioners' last dense layer starts at zero (as in Glow), so Φ starts as the identity
    // (N_g starts as the linear P(g)); otherwise it is initialised like any dense layer (He).
    bool identityInit = true;
};

// Error(InvalidArgument) naming the field when the spec is out of range.
template <class S>
std::unique_ptr<Sequential<S>> makeCouplingStack(const CouplingStackSpec& spec);

}  // namespace eqlab::nn
