#include "compute/nn/equivariant_mlp.h"

#include "compute/core/error.h"
#include "compute/nn/dense.h"
#include "compute/nn/tensor_lift.h"

namespace eqlab::nn {

namespace {

EquivariantBasisKind basisFor(const groups::Representation& a, const groups::Representation& b,
                              EquivariantBasisKind wanted) {
    return a.isPermutation() && b.isPermutation() ? wanted : EquivariantBasisKind::Orthonormal;
}

void require(bool ok, const std::string& what) {
    if (!ok)
        throw Error(ErrorKind::InvalidArgument, "invariant net: " + what);
}

}  // namespace

groups::Representation copiesOf(const groups::Representation& v, int k) {
    if (k == 1)
        return v;
    const std::string text = v.text().find('+') == std::string::npos && !v.text().empty()
                                 ? std::to_string(k) + "*" + v.text()
                                 : std::to_string(k) + "*(" + v.text() + ")";
    return groups::tensorProduct(groups::trivialRep(v.groupPtr(), k), v).withText(text);
}

template <class S>
LayerPtr<S> makeEquivariantNonlinearity(const groups::Representation& rep,
                                        const EquivariantMlpOptions& options) {
    if (rep.isPermutation())
        return std::make_unique<Pointwise<S>>(options.pointwise, rep.dim());
    return makeNormActivation<S>(rep, options.norm);
}

template <class S>
std::vector<LayerPtr<S>> makeEquivariantMlp(const std::vector<groups::Representation>& reps,
                                            const EquivariantMlpOptions& options) {
    if (reps.size() < 2)
        throw Error(ErrorKind::InvalidArgument,
                    "equivariant MLP: expected at least an input and an output representation, "
                    "got " +
                        std::to_string(reps.size()) + " representation(s)");
    std::vector<LayerPtr<S>> layers;
    for (std::size_t k = 0; k + 1 < reps.size(); ++k) {
        const auto& in = reps[k];
        const auto& out = reps[k + 1];
        layers.push_back(makeEquivariantLinear<S>(in, out, basisFor(in, out, options.basis)));
        if (k + 2 < reps.size())
            layers.push_back(makeEquivariantNonlinearity<S>(out, options));
    }
    return layers;
}

template <class S>
std::vector<LayerPtr<S>> makeInvariantNet(const groups::Representation& perm,
                                          const InvariantNetOptions& o) {
    require(perm.valid() && perm.isPermutation(),
            "the input representation must be a permutation representation, got '" +
                (perm.valid() ? perm.text() : std::string("(none)")) + "'");
    require(o.order == 1 || o.order == 2, "order must be 1 or 2, got " + std::to_string(o.order));
    require(o.channels >= 1, "channels must be >= 1, got " + std::to_string(o.channels));
    require(o.depth >= 1, "depth must be >= 1, got " + std::to_string(o.depth));
    require(o.head >= 1, "head must be >= 1, got " + std::to_string(o.head));

    const auto G = perm.groupPtr();
    const groups::Representation tensor = o.order == 1 ? perm : groups::tensorProduct(perm, perm);
    const groups::Representation hidden = copiesOf(tensor, o.channels);
    const groups::Representation invariants = groups::trivialRep(G, o.head);
    const auto orbits = EquivariantBasisKind::Orbits;

    std::vector<LayerPtr<S>> layers;
    if (o.order == 2 && o.outerLift) {
        layers.push_back(std::make_unique<OuterProductLift<S>>(perm.dim()));
        layers.push_back(makeEquivariantLinear<S>(tensor, hidden, orbits));
    } else {
        layers.push_back(makeEquivariantLinear<S>(perm, hidden, orbits));
    }
    layers.push_back(std::make_unique<Pointwise<S>>(o.activation, hidden.dim()));
    for (int d = 1; d < o.depth; ++d) {
        layers.push_back(makeEquivariantLinear<S>(hidden, hidden, orbits));
        layers.push_back(std::make_unique<Pointwise<S>>(o.activation, hidden.dim()));
    }
    layers.push_back(makeEquivariantLinear<S>(hidden, invariants, orbits));
    layers.push_back(std::make_unique<Pointwise<S>>(o.activation, o.head));
    layers.push_back(std::make_unique<Dense<S>>(o.head, 1, Init::Glorot));
    return layers;
}

template std::vector<LayerPtr<float>> makeEquivariantMlp<float>(
    const std::vector<groups::Representation>&, const EquivariantMlpOptions&);
template std::vector<LayerPtr<double>> makeEquivariantMlp<double>(
    const std::vector<groups::Representation>&, const EquivariantMlpOptions&);
template LayerPtr<float> makeEquivariantNonlinearity<float>(const groups::Representation&,
                                                            const EquivariantMlpOptions&);
template LayerPtr<double> makeEquivariantNonlinearity<double>(const groups::Representation&,
                                                              const EquivariantMlpOptions&);
template std::vector<LayerPtr<float>> makeInvariantNet<float>(const groups::Representation&,
                                                              const InvariantNetOptions&);
template std::vector<LayerPtr<double>> makeInvariantNet<double>(const groups::Representation&,
                                                                const InvariantNetOptions&);

}  // namespace eqlab::nn
