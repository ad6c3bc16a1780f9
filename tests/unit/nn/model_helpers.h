#pragma once

// What the layer tests share to build and fill small nets (double precision). One copy, so that a
// unity build (several test files in one translation unit) sees each helper once.

#include <algorithm>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "compute/core/rng.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/model.h"
#include "compute/nn/sequential.h"

namespace eqlab::tests {

// Dense(in → hidden), tanh, Dense(hidden → out).
inline nn::LayerPtr<double> mlp(nn::Index in, nn::Index hidden, nn::Index out) {
    std::vector<nn::LayerPtr<double>> l;
    l.push_back(std::make_unique<nn::Dense<double>>(in, hidden));
    l.push_back(std::make_unique<nn::Pointwise<double>>(nn::Activation::Tanh, hidden));
    l.push_back(std::make_unique<nn::Dense<double>>(hidden, out));
    return std::make_unique<nn::Sequential<double>>(std::move(l));
}

// The list of layers of a model made of one layer.
inline std::vector<nn::LayerPtr<double>> one(nn::LayerPtr<double> layer) {
    std::vector<nn::LayerPtr<double>> v;
    v.push_back(std::move(layer));
    return v;
}

// A model made of one layer.
inline nn::Model<double> single(nn::LayerPtr<double> layer) {
    return nn::Model<double>(one(std::move(layer)));
}

// Every parameter scale · N(0, 1), drawn in order from Rng(seed); then the model's caches made.
inline void randomParams(nn::Model<double>& m, std::uint64_t seed, double scale = 1.0) {
    Rng rng(seed);
    for (nn::Index i = 0; i < m.paramCount(); ++i)
        m.params()[i] = scale * rng.normal();
    m.prepare();
}

// ‖a − b‖ / ‖b‖ (Frobenius).
inline double relDiff(const nn::Matrix<double>& a, const nn::Matrix<double>& b) {
    return (a - b).norm() / std::max(1e-300, b.norm());
}

}  // namespace eqlab::tests
