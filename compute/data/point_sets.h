#pragma once

// 3-D point sets: the vertices of a Platonic solid, with noise, in random order, rotated by a
// random element of a rotation group (T, O or I from the catalogue, or a uniformly random
// rotation). The class is the solid. Its label is invariant under rotating all points (and under
// reordering them), which is the symmetry an invariant point-set network should have.
//
// One sample is m points, x_i ∈ R³, stored point-major: entry i·3 + c. A solid with fewer than m
// vertices repeats vertices (each copy with its own noise), so every class fills the same m slots:
// the classes differ in geometry, not in the number of points. All solids have circumradius 1.

#include <cstdint>
#include <string>
#include <vector>

#include "compute/data/tasks.h"

namespace eqlab::data {

// "tetrahedron", "cube", "octahedron", "icosahedron", "dodecahedron"
const std::vector<std::string>& solidNames();
// The vertices of solid k (0..4) as a 3 × V matrix, circumradius 1, in the catalogue's
// orientation (docs/representations.md: T, O and I map each of them to itself where they can).
Eigen::Matrix3Xd solidVertices(int solid);

struct PointSetParams {
    int points = 20;              // m, at least 20 (the dodecahedron's vertices), at most 256
    std::string rotations = "I";  // "T", "O", "I" (catalogue groups) or "SO3" (uniform)
    int samples = 500;
    double noise = 0.02;  // standard deviation of Gaussian noise per coordinate
};

// Deterministic in (params, seed). Result: 3m inputs per column, group = rotations ("I" for "SO3":
// the labels are invariant under every rotation, and I is the largest catalogue group of them),
// inputRep "m*std" (m copies of the 3-D rotation, index i·3 + c), five classes.
TaskData makePointSets(const PointSetParams& params, std::uint64_t seed);

}  // namespace eqlab::data
