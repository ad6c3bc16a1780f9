#pragma once

// Initialisation of a whole model from a seed. Each layer applies its own default scheme (He or
// Glorot for dense layers as chosen at construction, basis-norm-scaled He for equivariant linear
// layers, zero biases; formulas in compute/nn/init.h), drawing from Rng(seed).split(layer index),
// so the result is independent of the thread count and of the other layers.

#include <cstdint>

#include "compute/nn/model.h"

namespace eqlab::train {

template <class S>
void initialize(nn::Model<S>& model, std::uint64_t seed) {
    model.initialize(seed);
}

}  // namespace eqlab::train
