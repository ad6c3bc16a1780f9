#pragma once

// B = Aᵀ for the dense layers' Wᵀ (made once per step for dX = Wᵀ dY): A is rows × cols,
// column-major with leading dimension lda; B is cols × rows, column-major with leading dimension
// ldb. With AVX, 8 × 8 (float) or 4 × 4 (double) tiles are transposed in registers: five times
// faster than Eigen's element-by-element copy for a 128 × 128 float matrix (1.9 against 9.5 µs,
// measured on the Zen 5 machine of docs/performance.md). A copy: the result is exact either way.

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
void transposeInto(Index rows, Index cols, const S* A, Index lda, S* B, Index ldb);

extern template void transposeInto<float>(Index, Index, const float*, Index, float*, Index);
extern template void transposeInto<double>(Index, Index, const double*, Index, double*, Index);

}  // namespace eqlab::nn
