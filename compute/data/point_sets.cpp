#include "compute/data/point_sets.h"

#include <Eigen/Geometry>
#include <cmath>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/groups/catalogue.h"

namespace eqlab::data {

const std::vector<std::string>& solidNames() {
    static const std::vector<std::string> names = {"tetrahedron", "cube", "octahedron",
                                                   "icosahedron", "dodecahedron"};
    return names;
}

Eigen::Matrix3Xd solidVertices(int solid) {
    const double phi = (1.0 + std::sqrt(5.0)) / 2.0;
    std::vector<Eigen::Vector3d> v;
    // The cyclic permutations (x, y, z), (z, x, y), (y, z, x) of a point.
    auto cyclic = [&](double x, double y, double z) {
        v.emplace_back(x, y, z);
        v.emplace_back(z, x, y);
        v.emplace_back(y, z, x);
    };
    switch (solid) {
        case 0:  // alternate corners of the cube, the orbit of (1, 1, 1) under T
            v = {{1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}};
            break;
        case 1:
            for (int k = 0; k < 8; ++k)
                v.emplace_back(k & 1 ? -1 : 1, k & 2 ? -1 : 1, k & 4 ? -1 : 1);
            break;
        case 2:
            for (int a = 0; a < 3; ++a)
                for (double s : {1.0, -1.0}) {
                    Eigen::Vector3d e = Eigen::Vector3d::Zero();
                    e[a] = s;
                    v.push_back(e);
                }
            break;
        case 3:  // cyclic permutations of (0, ±1, ±φ), as the catalogue's I
            for (double s : {1.0, -1.0})
                for (double t : {1.0, -1.0})
                    cyclic(0, s, t * phi);
            break;
        case 4:  // (±1, ±1, ±1) and cyclic permutations of (0, ±φ, ±1/φ): the icosahedron's dual
            for (int k = 0; k < 8; ++k)
                v.emplace_back(k & 1 ? -1 : 1, k & 2 ? -1 : 1, k & 4 ? -1 : 1);
            for (double s : {1.0, -1.0})
                for (double t : {1.0, -1.0})
                    cyclic(0, s * phi, t / phi);
            break;
        default:
            throw Error(ErrorKind::InvalidArgument,
                        "point sets: solid must be between 0 and 4, got " + std::to_string(solid));
    }
    Eigen::Matrix3Xd m(3, static_cast<Eigen::Index>(v.size()));
    for (std::size_t i = 0; i < v.size(); ++i)
        m.col(static_cast<Eigen::Index>(i)) = v[i].normalized();
    return m;
}

TaskData makePointSets(const PointSetParams& params, std::uint64_t seed) {
    auto fail = [](const std::string& what) {
        throw Error(ErrorKind::InvalidArgument, "point sets: " + what);
    };
    const int m = params.points;
    if (m < 20 || m > 256)
        fail("points must be between 20 and 256, got " + std::to_string(m));
    if (params.samples < 1)
        fail("samples must be at least 1, got " + std::to_string(params.samples));
    if (!(params.noise >= 0.0))
        fail("noise must be >= 0");
    const bool uniform = params.rotations == "SO3";
    if (!uniform && params.rotations != "T" && params.rotations != "O" && params.rotations != "I")
        fail("rotations must be T, O, I or SO3, got '" + params.rotations + "'");
    const auto group = groups::makeGroup(uniform ? "I" : params.rotations);

    TaskData d;
    d.group = group->name();
    d.inputRep = std::to_string(m) + "*std";
    d.classNames = solidNames();
    d.classification = true;
    d.classes = static_cast<int>(solidNames().size());
    d.X.resize(3 * m, params.samples);
    d.Y.resize(1, params.samples);

    std::vector<Eigen::Matrix3Xd> solids;
    for (int k = 0; k < d.classes; ++k)
        solids.push_back(solidVertices(k));

    Rng rng = Rng(seed).split(0x9015e75);
    std::vector<std::size_t> order;
    for (int s = 0; s < params.samples; ++s) {
        const int label = static_cast<int>(rng.below(static_cast<std::uint64_t>(d.classes)));
        const Eigen::Matrix3Xd& V = solids[static_cast<std::size_t>(label)];
        Eigen::Matrix3d R;
        if (uniform) {
            // A uniformly random rotation: a normalised Gaussian quaternion.
            Eigen::Quaterniond q(rng.normal(), rng.normal(), rng.normal(), rng.normal());
            R = q.normalized().toRotationMatrix();
        } else {
            R = group->standardMatrix(static_cast<int>(rng.below(group->order())));
        }
        // Every vertex once, then repeats of random vertices, in random order.
        rng.permutation(static_cast<std::size_t>(m), order);
        for (int i = 0; i < m; ++i) {
            const auto slot = static_cast<Eigen::Index>(order[static_cast<std::size_t>(i)]);
            const Eigen::Index vertex =
                i < V.cols() ? i : static_cast<Eigen::Index>(rng.below(V.cols()));
            Eigen::Vector3d p = V.col(vertex);
            for (int c = 0; c < 3; ++c)
                p[c] += params.noise * rng.normal();
            d.X.block<3, 1>(3 * slot, s) = R * p;
        }
        d.Y(0, s) = label;
    }
    return d;
}

}  // namespace eqlab::data
