#pragma once

// A named tensor as weight files hold it (compute/io/safetensors.h): plain values, so the layers
// (compute/nn/model_tensors.h) and the file format (compute/io) can share it without depending on
// each other.

#include <cstdint>
#include <string>
#include <vector>

namespace eqlab {

// The element type a tensor is stored with. Values are held as doubles in memory either way: a
// float32 value converts to double and back exactly.
enum class TensorDtype { F32, F64 };

inline const char* tensorDtypeName(TensorDtype d) noexcept {
    return d == TensorDtype::F32 ? "F32" : "F64";
}

struct Tensor {
    std::string name;  // "0.weight"
    TensorDtype dtype = TensorDtype::F64;
    std::vector<std::int64_t> shape;  // [] is a scalar (one value)
    std::vector<double> values;       // row-major (last index fastest), product(shape) values
};

// "[3, 8]"
inline std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

}  // namespace eqlab
