#pragma once

// A multilayer perceptron as plain matrices, for weight-space comparisons of nets with several
// hidden layers (docs/math.md §4.11; Godfrey et al., arXiv 2205.14258).
//
// The net is x ↦ W_L σ_{L−1}( … σ_0(W_0 x + b_0) … ) + b_L: L hidden layers, weight layer ℓ
// (W_ℓ n_{ℓ+1} × n_ℓ, b_ℓ) produces hidden layer ℓ for ℓ < L, the output for ℓ = L. A hidden
// symmetry g_ℓ of hidden layer ℓ (HiddenSymmetry, two_layer_net.h) acts on the rows of weight layer
// ℓ (incoming weights and biases: unit i becomes unit π(i) scaled by s_i) and on the columns of
// weight layer ℓ + 1 (outgoing weights divided by t_i); for σ_ℓ in its intertwiner group the
// function is unchanged. Symmetries of different layers commute, so the group of the whole net is
// the product of the layers' groups.

#include <vector>

#include <Eigen/Core>

#include "compute/metrics/two_layer_net.h"
#include "compute/nn/activation.h"
#include "compute/nn/model.h"

namespace eqlab::metrics {

struct DeepNet {
    std::vector<Eigen::MatrixXd> W;          // L + 1 weight layers
    std::vector<Eigen::VectorXd> b;          // their biases
    std::vector<nn::Activation> activation;  // L: σ_ℓ after weight layer ℓ

    int hiddenLayers() const { return static_cast<int>(activation.size()); }
    int width(int layer) const { return static_cast<int>(W[layer].rows()); }  // n_{ℓ+1}
    int inputs() const { return static_cast<int>(W.front().cols()); }
    int outputs() const { return static_cast<int>(W.back().rows()); }

    // X: inputs × N. The outputs of every hidden layer (L matrices n_{ℓ+1} × N).
    std::vector<Eigen::MatrixXd> hiddenOutputs(const Eigen::MatrixXd& X) const;
    // f(X), outputs × N.
    Eigen::MatrixXd evaluate(const Eigen::MatrixXd& X) const;
    // The rest of the net after hidden layer `layer`, applied to that layer's outputs H.
    Eigen::MatrixXd evaluateFrom(int layer, const Eigen::MatrixXd& H) const;
    // Weight layer ℓ's parameters: vec(W_ℓ), b_ℓ. All of them: parameters() (for distances).
    Eigen::VectorXd layerParameters(int layer) const;
    Eigen::VectorXd parameters() const;
};

// Error(InvalidArgument) naming the problem when the shapes do not chain or a count is wrong.
void checkDeepNet(const DeepNet& net);

DeepNet deepNetOf(const TwoLayerNet& net);

// Reads a model whose top-level layers are Dense (with bias), then Pointwise and Dense pairs:
// dense, activation, dense, activation, …, dense. Error(InvalidArgument) naming the layer that does
// not fit otherwise.
template <class S>
DeepNet deepNetFromModel(const nn::Model<S>& model);

extern template DeepNet deepNetFromModel<float>(const nn::Model<float>&);
extern template DeepNet deepNetFromModel<double>(const nn::Model<double>&);

// g acting on hidden layer `layer` (0-based) as above; Error(InvalidArgument) for a bad layer or
// an element that is not a scaled permutation of its width (applyHiddenSymmetry's checks).
DeepNet applyLayerSymmetry(const DeepNet& net, int layer, const HiddenSymmetry& g);
// One element per hidden layer, applied in turn.
DeepNet applyLayerSymmetries(const DeepNet& net, const std::vector<HiddenSymmetry>& g);

// ‖f_a(X) − f_b(X)‖_F / ‖f_a(X)‖_F.
double functionDistance(const DeepNet& a, const DeepNet& b, const Eigen::MatrixXd& X);

}  // namespace eqlab::metrics
