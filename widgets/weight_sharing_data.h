#pragma once

// What the weight-sharing view shows: a dimOut × dimIn weight matrix whose cells are tied by the
// equivariance constraint, as plain values.

#include <QString>
#include <vector>

namespace eqlab::widgets {

struct WeightSharingData {
    QString title;               // "perm → perm of S4"
    int rows = 0;                // dimOut
    int cols = 0;                // dimIn
    int dimension = 0;           // number of basis elements (free parameters)
    int characterDimension = 0;  // the character formula's value, shown as a check
    QString method;              // "orbits" or "isotypic"
    std::vector<int> cellBasis;  // rows·cols, row-major: the basis element a cell belongs to
                                 // (orbits), or the one with the largest weight there; −1: none
    std::vector<double> values;  // rows·cols, row-major: a random equivariant W = Σ c_j W_j,
                                 // scaled to max |value| = 1
};

}  // namespace eqlab::widgets
