#include "compute/nn/equivariant_factory.h"

#include "compute/core/error.h"
#include "compute/groups/equivariant_basis.h"

namespace eqlab::nn {

namespace {

bool sameGroup(const groups::Representation& a, const groups::Representation& b) {
    if (a.groupPtr() == b.groupPtr())
        return true;
    const auto& g = a.group();
    const auto& h = b.group();
    return g.order() == h.order() && g.name() == h.name() && g.table() == h.table();
}

}  // namespace

template <class S>
std::unique_ptr<EquivariantLinear<S>> makeEquivariantLinear(const groups::Representation& in,
                                                            const groups::Representation& out,
                                                            EquivariantBasisKind kind) {
    if (!in.valid() || !out.valid())
        throw Error(ErrorKind::InvalidArgument, "equivariant linear: invalid representation");
    if (!sameGroup(in, out))
        throw Error(ErrorKind::InvalidArgument, "equivariant linear: input '" + in.text() +
                                                    "' is a representation of " +
                                                    in.group().name() + " but output '" +
                                                    out.text() + "' of " + out.group().name());
    std::unique_ptr<EquivariantLinear<S>> layer;
    if (kind == EquivariantBasisKind::Orbits) {
        // Kept as each cell's orbit: no dense basis matrices (EquivariantLinear).
        const auto ob = groups::orbitBasis(in, out);
        layer = std::make_unique<EquivariantLinear<S>>(
            ob.orbitOf, ob.dimension, groups::invariantVectors(out), in.dim(), out.dim());
    } else {
        layer = std::make_unique<EquivariantLinear<S>>(groups::equivariantBasis(in, out).matrices(),
                                                       groups::invariantVectors(out), in.dim(),
                                                       out.dim());
    }
    layer->setRepresentationTexts(in.text(), out.text());
    return layer;
}

template std::unique_ptr<EquivariantLinear<float>> makeEquivariantLinear<float>(
    const groups::Representation&, const groups::Representation&, EquivariantBasisKind);
template std::unique_ptr<EquivariantLinear<double>> makeEquivariantLinear<double>(
    const groups::Representation&, const groups::Representation&, EquivariantBasisKind);

}  // namespace eqlab::nn
