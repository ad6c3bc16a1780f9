#include "compute/nn/coupling_stack.h"

#include "compute/core/error.h"
#include "compute/nn/dense.h"
#include "compute/nn/permute.h"

namespace eqlab::nn {

template <class S>
std::unique_ptr<Sequential<S>> makeCouplingStack(const CouplingStackSpec& spec) {
    if (spec.dim < 2)
        throw Error(ErrorKind::InvalidArgument,
                    "coupling stack: dim must be >= 2, got " + std::to_string(spec.dim));
    if (spec.couplings < 1)
        throw Error(ErrorKind::InvalidArgument, "coupling stack: couplings must be >= 1, got " +
                                                    std::to_string(spec.couplings));
    if (spec.hidden < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "coupling stack: hidden must be >= 1, got " + std::to_string(spec.hidden));
    auto phi = std::make_unique<Sequential<S>>();
    const Index d = spec.dim;
    SignedPermutation mixed = SignedPermutation::identity(d);  // the riffles so far
    for (int i = 0; i < spec.couplings; ++i) {
        const bool flip = i % 2 == 1;
        const Index na = flip ? d - d / 2 : d / 2;
        const Index nb = d - na;
        const Index out = spec.kind == CouplingKind::Additive ? nb : 2 * nb;
        std::vector<LayerPtr<S>> net;
        net.push_back(std::make_unique<Dense<S>>(na, spec.hidden, Init::Glorot));
        net.push_back(std::make_unique<Pointwise<S>>(spec.activation, spec.hidden));
        net.push_back(std::make_unique<Dense<S>>(spec.hidden, out,
                                                 spec.identityInit ? Init::Zero : Init::He));
        phi->add(std::make_unique<Coupling<S>>(
            spec.kind, d, std::make_unique<Sequential<S>>(std::move(net)), flip));
        if (flip && i + 1 < spec.couplings && d > 2) {
            phi->add(std::make_unique<Permute<S>>(riffle(d)));
            mixed = riffle(d).compose(mixed);
        }
    }
    // Undo the riffles at the end, so that Φ is the identity when the couplings are (identityInit)
    // and N_g starts as P(g) itself rather than a permuted copy of it.
    if (!mixed.isIdentity())
        phi->add(std::make_unique<Permute<S>>(mixed.inverse()));
    return phi;
}

template std::unique_ptr<Sequential<float>> makeCouplingStack<float>(const CouplingStackSpec&);
template std::unique_ptr<Sequential<double>> makeCouplingStack<double>(const CouplingStackSpec&);

}  // namespace eqlab::nn
