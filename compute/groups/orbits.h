#pragma once

// Orbits and stabilizers: of vectors under any representation, of points and of patterns
// (labellings of the points) under permutation representations, and Burnside counts.
// Orbit–stabilizer: |orbit|·|stabilizer| = |G| for all of them (tested).

#include <string>
#include <vector>

#include <Eigen/Core>

#include "compute/groups/representation.h"

namespace eqlab::groups {

struct VectorOrbit {
    std::vector<Eigen::VectorXd>
        points;                   // the distinct ρ(g)x, first appearance order; points[0] = x
    std::vector<int> pointOf;     // size |G|: index in `points` of ρ(g)x
    std::vector<int> stabilizer;  // sorted elements with ρ(g)x = x
};
// Two images count as one point when they differ by at most tolerance·(1 + ‖x‖) (max norm).
VectorOrbit orbitOfVector(const Representation& rep, const Eigen::VectorXd& x,
                          double tolerance = 1e-9);

// A pattern is a label per point (a colouring); g moves the label of point i to point p_g[i]:
// (g·c)[p_g[i]] = c[i]. Requires a permutation representation (Error(InvalidArgument) otherwise).
std::vector<int> actOnPattern(const Representation& rep, int g, const std::vector<int>& pattern);

struct PatternOrbit {
    std::vector<std::vector<int>> patterns;  // distinct g·c, first appearance order
    std::vector<int> patternOf;              // size |G|
    std::vector<int> stabilizer;             // sorted
};
PatternOrbit orbitOfPattern(const Representation& rep, const std::vector<int>& pattern);

// Orbits of G on the points 0..dim−1 of a permutation representation, each sorted, ordered by
// smallest point.
std::vector<std::vector<int>> pointOrbits(const Representation& rep);
std::vector<int> pointStabilizer(const Representation& rep, int point);

// Burnside: (1/|G|) Σ_g |Fix(g)|, the number of orbits on points.
int burnsideOrbitCount(const Representation& rep);
// Number of colourings of the points with k colours up to the group, (1/|G|) Σ_g k^cycles(g),
// exactly, as a decimal string (it grows like k^dim/|G|), and as a double (inf when too large).
std::string burnsideColourings(const Representation& rep, int k);
double burnsideColouringsApprox(const Representation& rep, int k);

}  // namespace eqlab::groups
