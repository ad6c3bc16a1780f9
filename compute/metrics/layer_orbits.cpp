#include "compute/metrics/layer_orbits.h"

#include <cmath>

#include "compute/core/error.h"
#include "compute/metrics/layer_representations.h"
#include "compute/metrics/orbit_embedding.h"

namespace eqlab::metrics {

template <class S>
std::vector<LayerOrbitEmbedding> layerOrbitEmbeddings(const nn::Model<S>& model,
                                                      const groups::Representation& input,
                                                      const Eigen::MatrixXd& X) {
    if (!input.valid() || input.dim() != model.inDim() || X.rows() != model.inDim() ||
        X.cols() == 0)
        throw Error(ErrorKind::InvalidArgument,
                    "layer orbits: expected a representation and inputs of dimension " +
                        std::to_string(model.inDim()));
    const int order = input.group().order();
    const Eigen::Index n = X.cols(), N = n * order;
    // All orbits as one batch, column s·|G| + g = ρ(g)x_s.
    Eigen::MatrixXd orbit(X.rows(), N);
    for (int g = 0; g < order; ++g) {
        const Eigen::MatrixXd moved = applyRepresentation(input, g, X);
        for (Eigen::Index s = 0; s < n; ++s)
            orbit.col(s * order + g) = moved.col(s);
    }
    nn::Matrix<S> Y;
    nn::Cache<S> cache;
    model.forward(orbit.cast<S>(), Y, cache);

    const std::size_t L = model.net().size();
    std::vector<LayerOrbitEmbedding> result(L + 1);
    for (std::size_t l = 0; l <= L; ++l) {
        Eigen::MatrixXd P;
        if (l == 0)
            P = orbit;
        else if (l < L)
            P = nn::Sequential<S>::hiddenOutput(cache, l - 1).template cast<double>();
        else
            P = Y.template cast<double>();
        LayerOrbitEmbedding& e = result[l];
        e.layerName = l == 0 ? std::string("input") : model.layerName(l - 1);
        e.sourceDimension = static_cast<int>(P.rows());
        e.points = embedPoints(P, &e.keptVariance);
        double spread = 0;
        for (Eigen::Index s = 0; s < n; ++s) {
            const auto block = P.middleCols(s * order, order);
            const Eigen::VectorXd mean = block.rowwise().mean();
            spread += (block.colwise() - mean).colwise().norm().mean();
        }
        e.spread = spread / static_cast<double>(n);
        const double rms = std::sqrt(P.squaredNorm() / static_cast<double>(N));
        e.relativeSpread = rms > 0 ? e.spread / rms : 0.0;
    }
    return result;
}

template std::vector<LayerOrbitEmbedding> layerOrbitEmbeddings<float>(const nn::Model<float>&,
                                                                      const groups::Representation&,
                                                                      const Eigen::MatrixXd&);
template std::vector<LayerOrbitEmbedding> layerOrbitEmbeddings<double>(
    const nn::Model<double>&, const groups::Representation&, const Eigen::MatrixXd&);

}  // namespace eqlab::metrics
