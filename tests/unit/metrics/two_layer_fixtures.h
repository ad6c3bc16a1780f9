#pragma once

// Random two-layer nets and inputs for the weight-space suites (test_weight_space,
// test_intertwiner_group): Gaussian weights scaled by 1/√fan-in, biases of scale 0.3.

#include <cmath>
#include <cstdint>

#include "compute/core/rng.h"
#include "compute/metrics/two_layer_net.h"

namespace eqlab::tests {

inline Eigen::MatrixXd gaussian(int r, int c, Rng& rng, double scale = 1.0) {
    Eigen::MatrixXd m(r, c);
    for (int j = 0; j < c; ++j)
        for (int i = 0; i < r; ++i)
            m(i, j) = scale * rng.normal();
    return m;
}

inline metrics::TwoLayerNet randomNet(int d, int h, int o, nn::Activation a, std::uint64_t seed) {
    Rng rng(seed);
    metrics::TwoLayerNet n;
    n.W1 = gaussian(h, d, rng, 1.0 / std::sqrt(double(d)));
    n.b1 = gaussian(h, 1, rng, 0.3);
    n.W2 = gaussian(o, h, rng, 1.0 / std::sqrt(double(h)));
    n.b2 = gaussian(o, 1, rng, 0.3);
    n.activation = a;
    return n;
}

}  // namespace eqlab::tests
