#pragma once

// The orbit of a point under a representation, embedded in 3-D for drawing (docs/math.md §4.5,
// orbit view). A representation of dimension ≤ 3 is drawn as is (padded with zeros); a larger one
// is projected on the three principal axes of the orbit set, and the fraction of variance kept is
// reported.

#include <Eigen/Core>
#include <vector>

#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"

namespace eqlab::metrics {

struct OrbitEmbedding {
    struct Edge {
        int from = 0;       // element g
        int to = 0;         // element s·g
        int generator = 0;  // index of s in Group::generators()
    };

    Eigen::Matrix3Xd points;    // 3 × |G|: column g is the embedded ρ(g)x
    std::vector<Edge> edges;    // |G| × #generators edges, g → s·g
    int sourceDimension = 0;    // dimension of the representation
    double keptVariance = 1.0;  // fraction of the orbit's variance the embedding keeps
    int distinctPoints = 0;     // |Orb(x)| = |G| / |Stab(x)|, points equal within tolerance
};

// x: dim(rep) vector. tolerance: points closer than tolerance·(1+‖x‖) count as one.
OrbitEmbedding embedOrbit(const groups::Representation& rep, const Eigen::VectorXd& x,
                          double tolerance = 1e-9);

// Points (dim × m, one per column) in 3-D: as they are when dim ≤ 3 (padded with zeros), else
// their projection on the three principal axes of the set (centred). keptVariance (optional): the
// fraction of the variance the three axes keep.
Eigen::Matrix3Xd embedPoints(const Eigen::MatrixXd& points, double* keptVariance = nullptr);

// A fixed point in general position for a representation of dimension n (no coordinate zero and no
// two equal), so that for the catalogue's defining representations its stabilizer is trivial.
Eigen::VectorXd genericPoint(int n);

}  // namespace eqlab::metrics
