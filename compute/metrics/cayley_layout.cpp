#include "compute/metrics/cayley_layout.h"

#include "compute/core/decompositions.h"
#include "compute/metrics/orbit_embedding.h"

namespace eqlab::metrics {

namespace {

Eigen::Matrix3Xd spectralLayout(const groups::Group& group) {
    const int n = group.order();
    // Undirected Cayley graph: g ~ s·g and g ~ s⁻¹·g for every generator s. |G| × |G|.
    Eigen::MatrixXd adjacency = Eigen::MatrixXd::Zero(n, n);
    for (int g = 0; g < n; ++g) {
        for (int s : group.generators()) {
            const int h = group.multiply(s, g);
            if (h != g) {
                adjacency(g, h) = adjacency(h, g) = 1.0;
            }
        }
    }
    const Eigen::VectorXd degree = adjacency.rowwise().sum();
    const Eigen::MatrixXd laplacian = Eigen::MatrixXd(degree.asDiagonal()) - adjacency;
    const SymmetricEigen solver = symmetricEigen(laplacian);
    Eigen::Matrix3Xd points = Eigen::Matrix3Xd::Zero(3, n);
    const int available = std::min(3, n - 1);  // skip the constant eigenvector
    if (available > 0) {
        points.topRows(available) = solver.vectors.middleCols(1, available).transpose();
    }
    return points;
}

}  // namespace

Eigen::Matrix3Xd cayleyGraphLayout(const groups::Group& group) {
    Eigen::Matrix3Xd points;
    const bool geometric = group.hasStandard() && group.standardDim() <= 3;
    if (geometric) {
        const int dim = group.standardDim();
        points = Eigen::Matrix3Xd::Zero(3, group.order());
        const Eigen::VectorXd x = genericPoint(dim);
        for (int g = 0; g < group.order(); ++g) {
            points.col(g).head(dim) = group.standardMatrix(g) * x;
        }
        // A faithful action puts every element at its own point; otherwise fall back.
        bool distinct = true;
        for (int g = 0; g < group.order() && distinct; ++g) {
            for (int h = 0; h < g && distinct; ++h) {
                distinct = (points.col(g) - points.col(h)).norm() > 1e-6;
            }
        }
        if (!distinct) {
            points = spectralLayout(group);
        }
    } else {
        points = spectralLayout(group);
    }
    const double radius = points.colwise().norm().maxCoeff();
    if (radius > 0) {
        points /= radius;
    }
    return points;
}

}  // namespace eqlab::metrics
