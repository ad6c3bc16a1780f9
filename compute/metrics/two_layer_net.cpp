#include "compute/metrics/two_layer_net.h"

#include <cmath>

#include "compute/core/error.h"
#include "compute/metrics/intertwiner_group.h"
#include "compute/nn/dense.h"

namespace eqlab::metrics {

Eigen::MatrixXd TwoLayerNet::hiddenOutputs(const Eigen::MatrixXd& X) const {
    if (X.rows() != W1.cols())
        throw Error(ErrorKind::InvalidArgument, "two-layer net: inputs have " +
                                                    std::to_string(X.rows()) + " rows, expected " +
                                                    std::to_string(W1.cols()));
    Eigen::MatrixXd Z = W1 * X;
    Z.colwise() += b1;
    Eigen::MatrixXd H;
    nn::Cache<double> cache;
    nn::Pointwise<double>(activation, std::max<Eigen::Index>(1, Z.rows())).forward(Z, H, cache);
    return H;
}

Eigen::MatrixXd TwoLayerNet::evaluate(const Eigen::MatrixXd& X) const {
    Eigen::MatrixXd Y = W2 * hiddenOutputs(X);
    Y.colwise() += b2;
    return Y;
}

Eigen::VectorXd TwoLayerNet::parameters() const {
    Eigen::VectorXd p(W1.size() + b1.size() + W2.size() + b2.size());
    p << Eigen::Map<const Eigen::VectorXd>(W1.data(), W1.size()), b1,
        Eigen::Map<const Eigen::VectorXd>(W2.data(), W2.size()), b2;
    return p;
}

template <class S>
TwoLayerNet twoLayerNetFromModel(const nn::Model<S>& model) {
    const auto& net = model.net();
    auto fail = [&](std::size_t i, const std::string& expected) {
        throw Error(ErrorKind::InvalidArgument,
                    "two-layer net: expected dense, activation, dense layers; " +
                        (i < net.size() ? model.layerName(i) : "layer " + std::to_string(i)) +
                        " is not " + expected);
    };
    if (net.size() != 3)
        throw Error(ErrorKind::InvalidArgument,
                    "two-layer net: expected 3 layers (dense, activation, dense), the model has " +
                        std::to_string(net.size()));
    const auto* d1 = dynamic_cast<const nn::Dense<S>*>(&net.layer(0));
    const auto* act = dynamic_cast<const nn::Pointwise<S>*>(&net.layer(1));
    const auto* d2 = dynamic_cast<const nn::Dense<S>*>(&net.layer(2));
    if (!d1 || d1->bias().size() == 0)
        fail(0, "a dense layer with bias");
    if (!act)
        fail(1, "a pointwise activation");
    if (!d2 || d2->bias().size() == 0)
        fail(2, "a dense layer with bias");
    TwoLayerNet t;
    t.W1 = d1->weight().template cast<double>();
    t.b1 = d1->bias().template cast<double>();
    t.W2 = d2->weight().template cast<double>();
    t.b2 = d2->bias().template cast<double>();
    t.activation = act->activation();
    return t;
}

template TwoLayerNet twoLayerNetFromModel<float>(const nn::Model<float>&);
template TwoLayerNet twoLayerNetFromModel<double>(const nn::Model<double>&);

const char* symmetryKindName(SymmetryKind k) noexcept {
    switch (k) {
        case SymmetryKind::Permutation:
            return "permutations";
        case SymmetryKind::SignedPermutation:
            return "signed permutations";
        case SymmetryKind::PositiveScaledPermutation:
            return "positive scaled permutations";
        case SymmetryKind::ScaledPermutation:
            return "scaled permutations";
    }
    return "unknown";
}

SymmetryKind hiddenSymmetryKind(nn::Activation a) {
    // Computed from σ, once per activation (intertwiner_group.h).
    static const auto kinds = [] {
        std::vector<SymmetryKind> k;
        for (int i = 0; i <= static_cast<int>(nn::Activation::Identity); ++i)
            k.push_back(intertwinerGroup(static_cast<nn::Activation>(i)).alignmentKind());
        return k;
    }();
    return kinds[static_cast<std::size_t>(a)];
}

TwoLayerNet applyHiddenSymmetry(const TwoLayerNet& net, const HiddenSymmetry& g) {
    const int h = net.hidden();
    if (static_cast<int>(g.permutation.size()) != h || g.scale.size() != h)
        throw Error(ErrorKind::InvalidArgument,
                    "hidden symmetry: expected a permutation and scales of " + std::to_string(h) +
                        " units, got " + std::to_string(g.permutation.size()) + " and " +
                        std::to_string(g.scale.size()));
    std::vector<int> seen(static_cast<std::size_t>(h), 0);
    for (int i = 0; i < h; ++i) {
        const int p = g.permutation[static_cast<std::size_t>(i)];
        if (p < 0 || p >= h || seen[static_cast<std::size_t>(p)]++)
            throw Error(ErrorKind::InvalidArgument,
                        "hidden symmetry: entry " + std::to_string(i) + " (" + std::to_string(p) +
                            ") breaks the permutation of 0.." + std::to_string(h - 1));
        if (!(g.scale[i] != 0.0) || !std::isfinite(g.scale[i]))
            throw Error(ErrorKind::InvalidArgument, "hidden symmetry: scale " + std::to_string(i) +
                                                        " must be finite and nonzero");
    }
    const bool ownOut = g.outScale.size() > 0;
    if (ownOut &&
        (g.outScale.size() != h || !g.outScale.allFinite() || (g.outScale.array() == 0.0).any()))
        throw Error(ErrorKind::InvalidArgument,
                    "hidden symmetry: the outgoing factors must be " + std::to_string(h) +
                        " finite nonzero numbers, got " + std::to_string(g.outScale.size()));
    TwoLayerNet out = net;
    for (int i = 0; i < h; ++i) {
        const int p = g.permutation[static_cast<std::size_t>(i)];
        out.W1.row(i) = g.scale[i] * net.W1.row(p);
        out.b1[i] = g.scale[i] * net.b1[p];
        out.W2.col(i) = net.W2.col(p) / (ownOut ? g.outScale[i] : g.scale[i]);
    }
    return out;
}

HiddenSymmetry randomHiddenSymmetry(SymmetryKind kind, int h, Rng& rng) {
    HiddenSymmetry g;
    std::vector<std::size_t> p;
    rng.permutation(static_cast<std::size_t>(h), p);
    g.permutation.assign(p.begin(), p.end());
    g.scale.resize(h);
    for (int i = 0; i < h; ++i) {
        const double sign = rng.uniform() < 0.5 ? -1.0 : 1.0;
        const double magnitude = std::exp(rng.uniform(-1.0, 1.0));
        switch (kind) {
            case SymmetryKind::Permutation:
                g.scale[i] = 1.0;
                break;
            case SymmetryKind::SignedPermutation:
                g.scale[i] = sign;
                break;
            case SymmetryKind::PositiveScaledPermutation:
                g.scale[i] = magnitude;
                break;
            case SymmetryKind::ScaledPermutation:
                g.scale[i] = sign * magnitude;
                break;
        }
    }
    return g;
}

double functionDistance(const TwoLayerNet& a, const TwoLayerNet& b, const Eigen::MatrixXd& X) {
    const Eigen::MatrixXd fa = a.evaluate(X);
    return (fa - b.evaluate(X)).norm() / std::max(1e-300, fa.norm());
}

}  // namespace eqlab::metrics
