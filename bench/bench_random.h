#pragma once

// Random inputs the benchmark programs share.

#include "compute/core/rng.h"
#include "compute/nn/layer.h"

namespace eqlab::bench {

// rows × cols entries drawn from N(0, 1) in column-major order.
template <class S>
nn::Matrix<S> randomNormal(nn::Index rows, nn::Index cols, Rng& rng) {
    nn::Matrix<S> m(rows, cols);
    for (nn::Index j = 0; j < cols; ++j)
        for (nn::Index i = 0; i < rows; ++i)
            m(i, j) = S(rng.normal());
    return m;
}

}  // namespace eqlab::bench
