#pragma once

// Orbit-view data through the layers (docs/math.md §4.5): the orbit {ρ_in(g)x_s : g ∈ G} of a few
// samples, pushed through the network, embedded in 3-D at every layer by PCA fitted on that
// layer's whole orbit set (all samples, all elements). Invariance shows as each sample's orbit
// collapsing to a point; an equivariant layer keeps the orbit's shape.

#include <string>
#include <vector>

#include <Eigen/Core>

#include "compute/groups/representation.h"
#include "compute/nn/model.h"

namespace eqlab::metrics {

struct LayerOrbitEmbedding {
    std::string layerName;  // "input", then the model's layer names
    int sourceDimension = 0;
    // 3 × (samples·|G|): column s·|G| + g is the embedded output for ρ_in(g)x_s (embedPoints of
    // orbit_embedding.h: as is up to 3 dimensions, else on the principal axes of the orbit set).
    Eigen::Matrix3Xd points;
    double keptVariance = 1.0;  // fraction of the orbit set's variance the three axes keep
    // Mean over samples of the mean distance of the orbit's points (in the layer's own space)
    // from the orbit's mean: 0 when the layer is invariant.
    double spread = 0.0;
    // spread divided by the root mean square norm of the layer's outputs (0 if they are all 0):
    // comparable across layers of different scales.
    double relativeSpread = 0.0;
};

// X: input × samples. Returns one entry for the input, then one per top-level layer.
template <class S>
std::vector<LayerOrbitEmbedding> layerOrbitEmbeddings(const nn::Model<S>& model,
                                                      const groups::Representation& input,
                                                      const Eigen::MatrixXd& X);

extern template std::vector<LayerOrbitEmbedding> layerOrbitEmbeddings<float>(
    const nn::Model<float>&, const groups::Representation&, const Eigen::MatrixXd&);
extern template std::vector<LayerOrbitEmbedding> layerOrbitEmbeddings<double>(
    const nn::Model<double>&, const groups::Representation&, const Eigen::MatrixXd&);

}  // namespace eqlab::metrics
