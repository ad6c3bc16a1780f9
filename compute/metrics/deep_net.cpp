#include "compute/metrics/deep_net.h"

#include <string>

#include "compute/core/error.h"
#include "compute/nn/dense.h"

namespace eqlab::metrics {

namespace {

Eigen::MatrixXd activate(nn::Activation a, const Eigen::MatrixXd& Z) {
    Eigen::MatrixXd H;
    nn::Cache<double> cache;
    nn::Pointwise<double>(a, std::max<Eigen::Index>(1, Z.rows())).forward(Z, H, cache);
    return H;
}

Eigen::MatrixXd affine(const Eigen::MatrixXd& W, const Eigen::VectorXd& b,
                       const Eigen::MatrixXd& X) {
    Eigen::MatrixXd Z = W * X;
    Z.colwise() += b;
    return Z;
}

}  // namespace

void checkDeepNet(const DeepNet& net) {
    auto fail = [](const std::string& what) {
        throw Error(ErrorKind::InvalidArgument, "multilayer net: " + what);
    };
    if (net.W.empty() || net.W.size() != net.b.size() || net.activation.size() + 1 != net.W.size())
        fail("expected L + 1 weight layers, L + 1 biases and L activations, got " +
             std::to_string(net.W.size()) + ", " + std::to_string(net.b.size()) + " and " +
             std::to_string(net.activation.size()));
    for (std::size_t l = 0; l < net.W.size(); ++l) {
        if (net.b[l].size() != net.W[l].rows())
            fail("layer " + std::to_string(l) + " has " + std::to_string(net.W[l].rows()) +
                 " outputs but " + std::to_string(net.b[l].size()) + " biases");
        if (l > 0 && net.W[l].cols() != net.W[l - 1].rows())
            fail("layer " + std::to_string(l) + " takes " + std::to_string(net.W[l].cols()) +
                 " inputs, layer " + std::to_string(l - 1) + " gives " +
                 std::to_string(net.W[l - 1].rows()));
    }
}

std::vector<Eigen::MatrixXd> DeepNet::hiddenOutputs(const Eigen::MatrixXd& X) const {
    if (X.rows() != W.front().cols())
        throw Error(ErrorKind::InvalidArgument, "multilayer net: inputs have " +
                                                    std::to_string(X.rows()) + " rows, expected " +
                                                    std::to_string(W.front().cols()));
    std::vector<Eigen::MatrixXd> H;
    for (int l = 0; l < hiddenLayers(); ++l)
        H.push_back(activate(activation[l], affine(W[l], b[l], l == 0 ? X : H.back())));
    return H;
}

Eigen::MatrixXd DeepNet::evaluateFrom(int layer, const Eigen::MatrixXd& H) const {
    Eigen::MatrixXd Y = H;
    for (int l = layer + 1; l < hiddenLayers(); ++l)
        Y = activate(activation[l], affine(W[l], b[l], Y));
    return affine(W.back(), b.back(), Y);
}

Eigen::MatrixXd DeepNet::evaluate(const Eigen::MatrixXd& X) const {
    if (hiddenLayers() == 0)
        return affine(W.back(), b.back(), X);
    return evaluateFrom(hiddenLayers() - 1, hiddenOutputs(X).back());
}

Eigen::VectorXd DeepNet::layerParameters(int layer) const {
    const auto& w = W[layer];
    Eigen::VectorXd p(w.size() + b[layer].size());
    p << Eigen::Map<const Eigen::VectorXd>(w.data(), w.size()), b[layer];
    return p;
}

Eigen::VectorXd DeepNet::parameters() const {
    Eigen::Index n = 0;
    for (std::size_t l = 0; l < W.size(); ++l)
        n += W[l].size() + b[l].size();
    Eigen::VectorXd p(n);
    Eigen::Index at = 0;
    for (std::size_t l = 0; l < W.size(); ++l) {
        const Eigen::VectorXd q = layerParameters(static_cast<int>(l));
        p.segment(at, q.size()) = q;
        at += q.size();
    }
    return p;
}

DeepNet deepNetOf(const TwoLayerNet& net) {
    return DeepNet{{net.W1, net.W2}, {net.b1, net.b2}, {net.activation}};
}

template <class S>
DeepNet deepNetFromModel(const nn::Model<S>& model) {
    const auto& net = model.net();
    auto fail = [&](std::size_t i, const std::string& expected) {
        throw Error(ErrorKind::InvalidArgument,
                    "multilayer net: expected dense, activation, dense, … layers; " +
                        model.layerName(i) + " is not " + expected);
    };
    if (net.size() % 2 == 0)
        throw Error(ErrorKind::InvalidArgument,
                    "multilayer net: expected an odd number of layers (dense, activation, …, "
                    "dense), the model has " +
                        std::to_string(net.size()));
    DeepNet d;
    for (std::size_t i = 0; i < net.size(); ++i) {
        if (i % 2 == 0) {
            const auto* dense = dynamic_cast<const nn::Dense<S>*>(&net.layer(i));
            if (!dense || dense->bias().size() == 0)
                fail(i, "a dense layer with bias");
            d.W.push_back(dense->weight().template cast<double>());
            d.b.push_back(dense->bias().template cast<double>());
        } else {
            const auto* act = dynamic_cast<const nn::Pointwise<S>*>(&net.layer(i));
            if (!act)
                fail(i, "a pointwise activation");
            d.activation.push_back(act->activation());
        }
    }
    return d;
}

template DeepNet deepNetFromModel<float>(const nn::Model<float>&);
template DeepNet deepNetFromModel<double>(const nn::Model<double>&);

DeepNet applyLayerSymmetry(const DeepNet& net, int layer, const HiddenSymmetry& g) {
    if (layer < 0 || layer >= net.hiddenLayers())
        throw Error(ErrorKind::InvalidArgument, "multilayer net: no hidden layer " +
                                                    std::to_string(layer) + " (the net has " +
                                                    std::to_string(net.hiddenLayers()) + ")");
    // The two weight layers around hidden layer `layer` form a two-layer net; its hidden symmetry
    // is this one.
    TwoLayerNet t{net.W[layer], net.b[layer], net.W[layer + 1], net.b[layer + 1],
                  net.activation[layer]};
    t = applyHiddenSymmetry(t, g);
    DeepNet out = net;
    out.W[layer] = std::move(t.W1);
    out.b[layer] = std::move(t.b1);
    out.W[layer + 1] = std::move(t.W2);
    return out;
}

DeepNet applyLayerSymmetries(const DeepNet& net, const std::vector<HiddenSymmetry>& g) {
    if (static_cast<int>(g.size()) != net.hiddenLayers())
        throw Error(ErrorKind::InvalidArgument,
                    "multilayer net: expected one symmetry per hidden layer (" +
                        std::to_string(net.hiddenLayers()) + "), got " + std::to_string(g.size()));
    DeepNet out = net;
    for (int l = 0; l < net.hiddenLayers(); ++l)
        out = applyLayerSymmetry(out, l, g[static_cast<std::size_t>(l)]);
    return out;
}

double functionDistance(const DeepNet& a, const DeepNet& b, const Eigen::MatrixXd& X) {
    const Eigen::MatrixXd fa = a.evaluate(X);
    return (fa - b.evaluate(X)).norm() / std::max(1e-300, fa.norm());
}

}  // namespace eqlab::metrics
