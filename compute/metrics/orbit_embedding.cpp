#include "compute/metrics/orbit_embedding.h"

#include <cmath>

#include "compute/core/decompositions.h"

namespace eqlab::metrics {

OrbitEmbedding embedOrbit(const groups::Representation& rep, const Eigen::VectorXd& x,
                          double tolerance) {
    const groups::Group& group = rep.group();
    const int order = group.order();
    const int dim = rep.dim();

    Eigen::MatrixXd orbit(dim, order);  // dim × |G|, column g = ρ(g)x
    for (int g = 0; g < order; ++g) {
        orbit.col(g).noalias() = rep.matrix(g) * x;
    }

    OrbitEmbedding result;
    result.sourceDimension = dim;
    result.points = embedPoints(orbit, &result.keptVariance);

    const auto& generators = group.generators();
    for (int g = 0; g < order; ++g) {
        for (int s = 0; s < static_cast<int>(generators.size()); ++s) {
            result.edges.push_back({g, group.multiply(generators[s], g), s});
        }
    }

    // Distinct points, quadratic in |G| (|G| ≤ a few hundred here).
    const double scale = tolerance * (1.0 + x.norm());
    for (int g = 0; g < order; ++g) {
        bool seen = false;
        for (int h = 0; h < g && !seen; ++h) {
            seen = (orbit.col(g) - orbit.col(h)).norm() <= scale;
        }
        result.distinctPoints += seen ? 0 : 1;
    }
    return result;
}

Eigen::Matrix3Xd embedPoints(const Eigen::MatrixXd& points, double* keptVariance) {
    const Eigen::Index dim = points.rows();
    Eigen::Matrix3Xd embedded = Eigen::Matrix3Xd::Zero(3, points.cols());
    double kept = 1.0;
    if (dim <= 3) {
        embedded.topRows(dim) = points;
    } else {
        const Eigen::VectorXd mean = points.rowwise().mean();
        const Eigen::MatrixXd centred = points.colwise() - mean;  // dim × m
        const LeftSingular svd = leftSingular(centred);
        const int rank = std::min<int>(3, static_cast<int>(svd.values.size()));
        embedded.topRows(rank) = svd.U.leftCols(rank).transpose() * centred;
        const double total = svd.values.squaredNorm();
        kept = total > 0 ? svd.values.head(rank).squaredNorm() / total : 1.0;
    }
    if (keptVariance) {
        *keptVariance = kept;
    }
    return embedded;
}

Eigen::VectorXd genericPoint(int n) {
    Eigen::VectorXd x(n);
    for (int i = 0; i < n; ++i) {
        // Distinct, non-zero, no simple ratios: fractional parts of multiples of the golden ratio.
        const double golden = 0.6180339887498949;
        x[i] = 0.35 + std::fmod((i + 1) * golden, 1.0);
    }
    return x / x.norm();
}

}  // namespace eqlab::metrics
