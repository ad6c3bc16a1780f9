#include "compute/metrics/layer_representations.h"

#include <cmath>

#include "compute/core/error.h"
#include "compute/nn/activation.h"
#include "compute/nn/equivariant_linear.h"
#include "compute/nn/group_average.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/pooling.h"

namespace eqlab::metrics {

namespace {

using OptRep = std::optional<groups::Representation>;

// For each element of G, the element of D4 (the square's symmetries) that moves the pixels of a
// 3 × 3 grid the same way (both act faithfully there), or empty if G does not act on the grid.
std::vector<int> pixelActions(const groups::GroupPtr& G) {
    groups::Representation grid;
    try {
        grid = groups::gridRep(G, 3);
    } catch (const Error&) {
        return {};  // G is not a group of symmetries of the square
    }
    std::vector<int> image;
    for (int a = 0; a < G->order(); ++a) {
        const auto& p = grid.permutation(a);
        int found = -1;
        for (int e = 0; e < nn::planarGroupOrder(nn::PlanarGroup::D4) && found < 0; ++e) {
            bool same = true;
            for (int y = 0; y < 3 && same; ++y)
                for (int x = 0; x < 3 && same; ++x) {
                    const auto q = nn::planarActOnPixel(e, x, y, 3);
                    same = p[static_cast<std::size_t>(y * 3 + x)] == q[1] * 3 + q[0];
                }
            if (same)
                found = e;
        }
        if (found < 0)
            return {};
        image.push_back(found);
    }
    return image;
}

// The G-CNN feature maps: the value at (o, h, p), index (p·C + o)·|H| + h, moves to
// (o, φ(g)·h, φ(g)p), where φ(g) ∈ D4 is the pixel action of g. When φ(g) is in H this is left
// multiplication. When H = C4 and φ(g) is a mirror, the group axis carries D4's action on the
// cosets of {e, f} (C4 ≅ D4/{e, f}, each coset holding one rotation): r^k ↦ φ(g) r^k f. This is
// the action under which a C4 layer with mirror-symmetric filters (ψ(f·z) = ψ(z)) is exactly
// mirror-equivariant, so a C4-CNN measured against D4 shows round-off for the rotations and its
// real error for the mirrors, layer by layer (an invariance error of a lifted map is large for
// every non-identity element and says nothing).
template <class S>
OptRep gconvRepresentation(const nn::GroupConv2d<S>& layer, const groups::GroupPtr& G) {
    const auto phi = pixelActions(G);
    if (phi.empty())
        return std::nullopt;
    const auto& D4 = nn::planarGroupTable(nn::PlanarGroup::D4);
    constexpr int kMirror = 4;  // f in D4's indexing r^k f^m -> k + 4m
    const int H = nn::planarGroupOrder(layer.group()), C = static_cast<int>(layer.outChannels()),
              m = static_cast<int>(layer.outSize());
    const auto moveGroupAxis = [&](int e, int h) {
        const int eh = D4.product[static_cast<std::size_t>(e)][static_cast<std::size_t>(h)];
        return e < H ? eh : D4.product[static_cast<std::size_t>(eh)][kMirror];
    };
    std::vector<groups::Permutation> perms;
    for (int a = 0; a < G->order(); ++a) {
        const int e = phi[static_cast<std::size_t>(a)];
        groups::Permutation perm(static_cast<std::size_t>(m * m * C * H));
        for (int y = 0; y < m; ++y)
            for (int x = 0; x < m; ++x) {
                const auto q = nn::planarActOnPixel(e, x, y, m);
                const int p = y * m + x, pq = q[1] * m + q[0];
                for (int o = 0; o < C; ++o)
                    for (int h = 0; h < H; ++h)
                        perm[static_cast<std::size_t>((p * C + o) * H + h)] =
                            (pq * C + o) * H + moveGroupAxis(e, h);
            }
        perms.push_back(std::move(perm));
    }
    return groups::Representation::fromPermutations(
        G, std::move(perms),
        "gcnn(" + std::to_string(C) + "x" + nn::planarGroupName(layer.group()) + "x" +
            std::to_string(m) + "x" + std::to_string(m) + ")");
}

}  // namespace

bool actsTrivially(const groups::Representation& rep) {
    for (int g = 0; g < rep.group().order(); ++g) {
        if (rep.isPermutation()) {
            const auto& p = rep.permutation(g);
            for (std::size_t j = 0; j < p.size(); ++j)
                if (p[j] != static_cast<int>(j))
                    return false;
        } else if (!rep.matrix(g).isIdentity(1e-12)) {
            return false;
        }
    }
    return true;
}

Eigen::MatrixXd applyRepresentation(const groups::Representation& rep, int g,
                                    const Eigen::MatrixXd& M) {
    if (M.rows() != rep.dim())
        throw Error(ErrorKind::InvalidArgument, "representation '" + rep.text() + "' acts on " +
                                                    std::to_string(rep.dim()) + " values, not " +
                                                    std::to_string(M.rows()));
    if (!rep.isPermutation())
        return rep.matrix(g) * M;
    Eigen::MatrixXd out(M.rows(), M.cols());
    const auto& p = rep.permutation(g);
    for (Eigen::Index j = 0; j < M.rows(); ++j)
        out.row(p[static_cast<std::size_t>(j)]) = M.row(j);
    return out;
}

template <class S>
std::vector<OptRep> layerRepresentations(const nn::Sequential<S>& net,
                                         const groups::Representation& input) {
    if (!input.valid() || input.dim() != net.inDim())
        throw Error(ErrorKind::InvalidArgument,
                    "layer representations: the input representation '" +
                        (input.valid() ? input.text() : std::string()) + "' must have dimension " +
                        std::to_string(net.inDim()));
    const groups::GroupPtr G = input.groupPtr();
    std::vector<OptRep> reps;
    OptRep previous = input;
    for (std::size_t i = 0; i < net.size(); ++i) {
        const nn::Layer<S>& layer = net.layer(i);
        const int out = static_cast<int>(layer.outDim());
        OptRep rep;
        if (previous && actsTrivially(*previous)) {
            rep = groups::trivialRep(G, out);
        } else if (const auto* conv = dynamic_cast<const nn::GroupConv2d<S>*>(&layer)) {
            rep = gconvRepresentation(*conv, G);
        } else if (const auto* pool = dynamic_cast<const nn::GroupPool<S>*>(&layer)) {
            const int m = static_cast<int>(std::lround(std::sqrt(double(pool->pixels()))));
            try {
                rep = groups::tensorProduct(groups::gridRep(G, m),
                                            groups::trivialRep(G, int(pool->channels())));
            } catch (const Error&) {
                rep = std::nullopt;  // not a group of symmetries of the square
            }
        } else if (dynamic_cast<const nn::GlobalAvgPool<S>*>(&layer)) {
            rep = groups::trivialRep(G, out);
        } else if (dynamic_cast<const nn::Pointwise<S>*>(&layer)) {
            if (previous && previous->isPermutation())
                rep = previous;
        } else if (const auto* eq = dynamic_cast<const nn::EquivariantLinear<S>*>(&layer)) {
            if (!eq->outputRepresentation().empty())
                rep = groups::makeRepresentation(G, eq->outputRepresentation());
        } else if (const auto* avg = dynamic_cast<const nn::GroupAverage<S>*>(&layer)) {
            const auto& r = avg->outputRepresentation();
            if (r && r->group().name() == G->name())
                rep = r;
        }
        if (rep && rep->dim() != out)
            rep = std::nullopt;  // defensive: never compare vectors of different sizes
        reps.push_back(rep);
        previous = rep;
    }
    return reps;
}

template std::vector<OptRep> layerRepresentations<float>(const nn::Sequential<float>&,
                                                         const groups::Representation&);
template std::vector<OptRep> layerRepresentations<double>(const nn::Sequential<double>&,
                                                          const groups::Representation&);

}  // namespace eqlab::metrics
