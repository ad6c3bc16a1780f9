#pragma once

// Where to draw the elements of a group in 3-D for its Cayley graph. A group with a faithful 'std'
// action on R^2 or R^3 is drawn as the orbit of a point in general position (the Cayley graph of
// I then sits on a polyhedron); any other group by a spectral layout: the eigenvectors of the
// Cayley graph's Laplacian for its three smallest non-zero eigenvalues, which puts neighbours
// close and turns a cycle into a circle.

#include <Eigen/Core>

#include "compute/groups/group.h"

namespace eqlab::metrics {

// 3 × |G|: column g is where element g is drawn; scaled to unit radius.
Eigen::Matrix3Xd cayleyGraphLayout(const groups::Group& group);

}  // namespace eqlab::metrics
