#pragma once

// The two nets on sets of 4 numbers that the session and experiment tests train (on Σ x_i² under
// S4): a plain MLP and a DeepSets net, as experiment layer specs.

#include <string>
#include <vector>

#include "compute/io/experiment.h"

namespace eqlab::tests {

// dense → hidden, tanh, dense → 1.
inline std::vector<LayerSpec> mlpOnSets(int hidden) {
    return {io::layer("dense", {{"out", hidden}}),
            io::layer("activation", {}, {{"function", "tanh"}}), io::layer("dense", {{"out", 1}})};
}

// equivariant perm → k·perm, square, equivariant k·perm → trivial: invariant by construction.
inline std::vector<LayerSpec> deepSetsOnSets(int channels) {
    const std::string hidden = std::to_string(channels) + "*perm";
    return {io::layer("equivariant", {}, {{"in", "perm"}, {"out", hidden}}),
            io::layer("activation", {}, {{"function", "square"}}),
            io::layer("equivariant", {}, {{"in", hidden}, {"out", "trivial"}})};
}

}  // namespace eqlab::tests
