#pragma once

// What a generated task hands to the rest of the engine besides its numbers: the shape of one input
// and, where the task has a symmetry, the group and the representation text of its action on the
// input (e.g. group "D4", representation "grid:9"), so that the runner can build
// groups::makeRepresentation(makeGroup(group), representation) and measure invariance with it.

#include <string>
#include <vector>

#include "compute/data/tasks.h"

namespace eqlab::data {

struct GeneratedTask {
    TaskData data;  // X: in × N, Y: 1 × N class indices (or values)
    // Shape of one input column, slowest index first: {K, K} for a one-channel K × K image (pixel
    // index row·K + col, row 0 at the top), {m, 3} for m points in R³ (index i·3 + c).
    std::vector<int> shape;
    std::string group;           // the symmetry of the labels, a catalogue name; empty if none
    std::string representation;  // its action on one input column, e.g. "grid:9", "20*std"
    std::vector<std::string> classNames;  // classification: one per class
};

}  // namespace eqlab::data
