#include "compute/groups/summary.h"

#include "compute/core/error.h"
#include "compute/groups/characters.h"

namespace eqlab::groups {

GroupSummary summarizeGroup(const Group& g) {
    GroupSummary s;
    s.name = g.name();
    s.order = g.order();
    s.abelian = g.isAbelian();
    s.exponent = g.exponent();
    s.generatorNames = g.generatorNames();
    s.generators = g.generators();
    for (int a = 0; a < g.order(); ++a) {
        s.elementOrders.push_back(g.elementOrder(a));
        s.elementLabels.push_back(g.elementLabel(a));
        for (size_t k = 0; k < g.generators().size(); ++k) {
            s.cayleyEdges.push_back({a, g.multiply(a, g.generators()[k]), static_cast<int>(k)});
        }
    }
    s.numClasses = g.numClasses();
    s.classSizes = g.classSizes();
    s.classes = g.conjugacyClasses();
    for (const auto& c : s.classes)
        s.classRepresentatives.push_back(c[0]);
    s.centre = g.centre();
    const CharacterTable t = characterTable(g);
    s.irrepDims = t.dims;
    s.irrepIndicators = t.indicators;
    for (int i = 0; i < t.numIrreps(); ++i) {
        std::vector<std::complex<double>> row;
        for (int k = 0; k < g.numClasses(); ++k)
            row.push_back(t.values(i, k));
        s.characterTable.push_back(std::move(row));
    }
    s.stdDim = g.standardDim();
    s.permSize = g.naturalSetSize();
    s.naturalSet = g.naturalSet();
    return s;
}

BasisSummary summarizeBasis(const Representation& in, const Representation& out, bool withBasis) {
    BasisSummary s;
    s.group = in.group().name();
    s.in = in.text();
    s.out = out.text();
    s.dimIn = in.dim();
    s.dimOut = out.dim();
    s.characterDimension = characterDimension(in, out);
    if (in.isPermutation() && out.isPermutation()) {
        OrbitBasis ob = orbitBasis(in, out);
        s.method = "orbits";
        s.dimension = ob.dimension;
        s.orbitOf = std::move(ob.orbitOf);
        s.orbitSize = std::move(ob.orbitSize);
        if (withBasis) {
            try {
                s.basis = equivariantBasis(in, out);
            } catch (const Error& e) {
                if (e.kind() != ErrorKind::Unsupported)
                    throw;
            }
        }
        return s;
    }
    EquivariantBasis b = equivariantBasis(in, out);
    s.method = "isotypic";
    s.dimension = b.dimension();
    if (withBasis)
        s.basis = std::move(b);
    return s;
}

}  // namespace eqlab::groups
