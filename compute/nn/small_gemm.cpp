#include "compute/nn/small_gemm.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#include "compute/nn/simd.h"

namespace eqlab::nn {

namespace {

// Columns per tile: 24 accumulators need the 32 registers of AVX-512; 16 registers hold 12.
constexpr int kColumns = simd::kBytes == 64 ? 12 : 6;

// One tile: 2 vectors of rows × NC columns of C.
//   a:  A at the tile's first row, column 0 (column stride lda; 2L readable rows per column)
//   b:  B at the tile's first column: B(k, n) at b[k·bsk + n·bsn], broadcast from memory
//   c:  C at the tile's first row and column (column stride ldc)
//   rows: how many of the 2L rows exist (< 2L only in the last tile when M is not a multiple)
template <class S, int NC>
void gemmTile(Index K, const S* a, Index lda, const S* b, Index bsk, Index bsn, S* c, Index ldc,
              Index rows, GemmMode mode, const S* bias) {
    using T = simd::Pack<S>;
    using V = typename T::V;
    constexpr int L = T::L;
    const bool full = rows == 2 * L;
    S tmp[2 * L];
    // Loads 2L rows of a column of C (or the bias), zero beyond `rows`.
    auto loadRows = [&](const S* p, V& v0, V& v1) {
        if (full) {
            v0 = T::load(p);
            v1 = T::load(p + L);
            return;
        }
        std::fill(tmp, tmp + 2 * L, S(0));
        std::memcpy(tmp, p, sizeof(S) * std::size_t(rows));
        v0 = T::load(tmp);
        v1 = T::load(tmp + L);
    };
    V acc[NC][2];
    if (mode == GemmMode::Accumulate) {
#pragma GCC unroll 12
        for (int n = 0; n < NC; ++n)
            loadRows(c + n * ldc, acc[n][0], acc[n][1]);
    } else {
        V b0 = V{}, b1 = V{};
        if (bias)
            loadRows(bias, b0, b1);
#pragma GCC unroll 12
        for (int n = 0; n < NC; ++n) {
            acc[n][0] = b0;
            acc[n][1] = b1;
        }
    }
    for (Index k = 0; k < K; ++k, a += lda, b += bsk) {
        const V w0 = T::load(a), w1 = T::load(a + L);
#pragma GCC unroll 12
        for (int n = 0; n < NC; ++n) {
            const V x = T::broadcast(b + n * bsn);
            acc[n][0] = T::fma(w0, x, acc[n][0]);
            acc[n][1] = T::fma(w1, x, acc[n][1]);
        }
    }
    // Unrolled like every loop over acc: indexing acc with a run-time n would keep the tile in
    // memory instead of registers.
#pragma GCC unroll 12
    for (int n = 0; n < NC; ++n) {
        if (full) {
            T::store(c + n * ldc, acc[n][0]);
            T::store(c + n * ldc + L, acc[n][1]);
        } else {
            T::store(tmp, acc[n][0]);
            T::store(tmp + L, acc[n][1]);
            std::memcpy(c + n * ldc, tmp, sizeof(S) * std::size_t(rows));
        }
    }
}

template <class S>
using GemmTileFn = void (*)(Index, const S*, Index, const S*, Index, Index, S*, Index, Index,
                            GemmMode, const S*);

template <class S, std::size_t... I>
constexpr auto makeTiles(std::index_sequence<I...>) {
    return std::array<GemmTileFn<S>, sizeof...(I) + 1>{nullptr, gemmTile<S, int(I) + 1>...};
}

// kTiles<S>[nc]: the tile with nc columns (the last column tile has fewer than kColumns).
template <class S>
constexpr auto kTiles = makeTiles<S>(std::make_index_sequence<kColumns>{});

}  // namespace

template <class S>
void smallGemm(Index M, Index N, Index K, const S* A, Index lda, const S* B, Index bsk, Index bsn,
               S* C, Index ldc, GemmMode mode, const S* bias, Matrix<S>& scratch) {
    if (M <= 0 || N <= 0)
        return;
    constexpr Index R = 2 * simd::Pack<S>::L;  // rows per tile
    const Index fullRows = M / R * R;
    const Index lastRows = M - fullRows;
    // scratch: A's last rows padded to R (R × K), so that the last tile reads whole vectors.
    S* aLast = nullptr;
    if (lastRows > 0) {
        if (scratch.size() < R * K)
            scratch.resize(R * K, 1);
        aLast = scratch.data();
        for (Index k = 0; k < K; ++k) {
            S* col = aLast + k * R;
            std::memcpy(col, A + fullRows + k * lda, sizeof(S) * std::size_t(lastRows));
            std::fill(col + lastRows, col + R, S(0));
        }
    }
    for (Index n0 = 0; n0 < N; n0 += kColumns) {
        const Index nc = std::min<Index>(kColumns, N - n0);
        const auto tile = kTiles<S>[std::size_t(nc)];
        const S* b = B + n0 * bsn;
        S* c = C + n0 * ldc;
        for (Index r0 = 0; r0 < fullRows; r0 += R)
            tile(K, A + r0, lda, b, bsk, bsn, c + r0, ldc, R, mode, bias ? bias + r0 : nullptr);
        if (lastRows > 0)
            tile(K, aLast, R, b, bsk, bsn, c + fullRows, ldc, lastRows, mode,
                 bias ? bias + fullRows : nullptr);
    }
}

template void smallGemm<float>(Index, Index, Index, const float*, Index, const float*, Index, Index,
                               float*, Index, GemmMode, const float*, Matrix<float>&);
template void smallGemm<double>(Index, Index, Index, const double*, Index, const double*, Index,
                                Index, double*, Index, GemmMode, const double*, Matrix<double>&);

}  // namespace eqlab::nn
