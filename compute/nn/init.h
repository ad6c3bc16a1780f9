#pragma once

// Initialisation formulas shared by the layers (the trainer-side entry point that initialises a
// whole model is train::initialize in compute/train/init.h).

#include "compute/nn/layer.h"

namespace eqlab::nn {

enum class Init {
    He,      // N(0, 2/fan_in): for layers followed by ReLU-like activations
    Glorot,  // N(0, 2/(fan_in + fan_out)): for tanh/sigmoid/linear outputs
    Zero,
};

// Standard deviation of the normal distribution of the scheme.
double initStd(Init scheme, Index fanIn, Index fanOut);

// p[0..n) ~ N(0, stddev²), drawn from rng in index order.
template <class S>
void fillNormal(S* p, Index n, double stddev, Rng& rng);

extern template void fillNormal<float>(float*, Index, double, Rng&);
extern template void fillNormal<double>(double*, Index, double, Rng&);

}  // namespace eqlab::nn
