#pragma once

// The matrix products of the dense layers, register-tiled for the sizes small nets have (tens to
// hundreds of rows and columns, one chunk of 16-64 samples):
//
//   C (M×N) = [C +] [bias·1ᵀ +] A (M×K) · B (K×N),   B(k, n) = b[k·bsk + n·bsn]
//
// A and C are column-major (leading dimensions lda, ldc); B is read through its two strides, so
// that X (bsk = 1, bsn = in) and Xᵀ (bsk = in, bsn = 1) need no copy:
//   forward  Y  = W X + b          A = W  (out × in),  B = X
//   dW      += dY Xᵀ               A = dY (out × n),   B = Xᵀ
//   dX       = Wᵀ dY               A = Wᵀ (in × out, a copy),  B = dY
//
// Why not Eigen's GEMM: for these shapes it spends a third of its time packing both operands
// into panels, and its AVX-512 kernel has 4 columns. Here nothing is packed: A's columns are read
// in place (contiguous: one SIMD load per vector of rows) and B's entries are broadcast from
// memory through its strides (NC streams, each reusing its cache line for 16 or 8 k). The tile is
// 2 vectors of rows × NC columns: NC = 12 with 32 vector registers (AVX-512: 24 accumulators), 6
// with 16 (AVX2, SSE: 12 accumulators, the direct convolution's tile).
//
// Each entry of C sums over k in increasing order with one FMA per term, starting from C (or the
// bias, or 0): the result depends on the shapes only, never on threads (callers split by columns).
// It differs from Eigen's in the last bits (a different summation order).

#include "compute/nn/layer.h"

namespace eqlab::nn {

enum class GemmMode {
    Assign,      // C = A·B
    Accumulate,  // C += A·B
};

// bias: M values added to every column, or null (only with GemmMode::Assign).
// scratch: reused buffer (holds the last rows of A, padded, when M is not a multiple of the tile).
template <class S>
void smallGemm(Index M, Index N, Index K, const S* A, Index lda, const S* B, Index bsk, Index bsn,
               S* C, Index ldc, GemmMode mode, const S* bias, Matrix<S>& scratch);

extern template void smallGemm<float>(Index, Index, Index, const float*, Index, const float*, Index,
                                      Index, float*, Index, GemmMode, const float*, Matrix<float>&);
extern template void smallGemm<double>(Index, Index, Index, const double*, Index, const double*,
                                       Index, Index, double*, Index, GemmMode, const double*,
                                       Matrix<double>&);

}  // namespace eqlab::nn
