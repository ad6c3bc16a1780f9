#pragma once

// What the convolutions (direct_conv.cpp, winograd_conv.cpp) share: the register tiles, the
// products whose FMAs are their whole cost, so that both run the same measured kernels
// (docs/performance.md), and the zero-padded copy of a sample. Internal to compute/nn.

#include <algorithm>
#include <cstring>

#include "compute/nn/layer.h"
#include "compute/nn/simd.h"

namespace eqlab::nn::tiles {

constexpr int kPixels = 6;  // forward tile: pixels of one image row
constexpr int kRows = 6;    // filter-gradient tile: filter rows

// Calls f(first, width) for ceil(count / maxWidth) consecutive pieces of near-equal width that
// cover [0, count), the wider ones last: 16 = 5 + 5 + 6, not 6 + 6 + 4. A tile of 4 pixels has only
// 8 independent FMA chains, too few to hide the FMA latency (4 cycles × 2 pipes), and measured
// ~1.45× slower per pixel than one of 6.
template <class F>
void nearEqualPieces(Index count, int maxWidth, F&& f) {
    const Index pieces = (count + maxWidth - 1) / maxWidth;
    for (Index t = 0, first = 0; t < pieces; ++t) {
        const Index width = (count - first) / (pieces - t);
        f(first, width);
        first += width;
    }
}

// The zero-padded copy `out` (side × side pixels of c channels, pixel-major) of the n × n sample
// x: padded pixel (py, px) is x(py − pad, px − pad), zero outside the image. pad may be negative
// (the input is cropped) and side larger than n + 2·pad (extra zero rows and columns).
template <class S>
void padImage(const S* x, Index n, Index c, Index pad, Index side, S* out) {
    // Columns px in [lo, hi) come from the image; the rest is zero.
    const Index lo = std::max<Index>(0, pad), hi = std::min(side, pad + n);
    const auto bytes = [](Index count) { return sizeof(S) * std::size_t(count); };
    for (Index py = 0; py < side; ++py, out += side * c) {
        const Index sy = py - pad;
        if (sy < 0 || sy >= n || lo >= hi) {
            std::memset(out, 0, bytes(side * c));
            continue;
        }
        std::memset(out, 0, bytes(lo * c));
        std::memcpy(out + lo * c, x + (sy * n + lo - pad) * c, bytes((hi - lo) * c));
        std::memset(out + hi * c, 0, bytes((side - hi) * c));
    }
}

// Forward tile: P consecutive output pixels × 2 vectors of output channels (B = 2L).
//   a:    padded input at the tile's first window (its top-left pixel), column 0
//   w:    panel at the tile's first channel, column 0 (column stride ldw)
//   bias: B bias values;  out: output pixel 0 at the tile's first channel (pixel stride cout)
//   valid: how many of the B channels exist (< B only in the last tile of odd channel counts)
template <class S, int P>
void forwardTile(const S* a, Index cin, Index rowStride, Index k, const S* w, Index ldw,
                 const S* bias, S* out, Index cout, Index valid) {
    using T = simd::Pack<S>;
    using V = typename T::V;
    constexpr int L = T::L;
    const Index kc = k * cin;
    V acc[P][2];
    const V b0 = T::load(bias), b1 = T::load(bias + L);
#pragma GCC unroll 8
    for (int p = 0; p < P; ++p) {
        acc[p][0] = b0;
        acc[p][1] = b1;
    }
    for (Index zy = 0; zy < k; ++zy) {
        const S* ar = a + zy * rowStride;
        const S* wr = w + zy * kc * ldw;
        for (Index j = 0; j < kc; ++j, wr += ldw) {
            const V w0 = T::load(wr), w1 = T::load(wr + L);
#pragma GCC unroll 8
            for (int p = 0; p < P; ++p) {
                const V x = T::broadcast(ar + p * cin + j);
                acc[p][0] = T::fma(w0, x, acc[p][0]);
                acc[p][1] = T::fma(w1, x, acc[p][1]);
            }
        }
    }
    if (valid == 2 * L) {
#pragma GCC unroll 8
        for (int p = 0; p < P; ++p) {
            T::store(out + p * cout, acc[p][0]);
            T::store(out + p * cout + L, acc[p][1]);
        }
    } else {
        S tmp[2 * L];
        // Unrolled like every loop over acc: indexing acc with a run-time p would keep the whole
        // tile in memory instead of registers.
#pragma GCC unroll 8
        for (int p = 0; p < P; ++p) {
            T::store(tmp, acc[p][0]);
            T::store(tmp + L, acc[p][1]);
            std::memcpy(out + p * cout, tmp, sizeof(S) * std::size_t(valid));
        }
    }
}

template <class S>
using ForwardTileFn = void (*)(const S*, Index, Index, Index, const S*, Index, const S*, S*, Index,
                               Index);

template <class S>
constexpr ForwardTileFn<S> kForwardTiles[kPixels + 1] = {
    nullptr,           forwardTile<S, 1>, forwardTile<S, 2>, forwardTile<S, 3>,
    forwardTile<S, 4>, forwardTile<S, 5>, forwardTile<S, 6>};

// Filter-gradient tile: R consecutive filter rows × 2 vectors of output channels, summed over
// `rows` image rows of m output pixels.
//   a:  padded input at the band's first pixel shifted by the tile's first filter row
//   dy: output gradient at the band's first pixel, the tile's first channel (pixel stride ldd)
//   dw: panel-layout accumulator at the tile's first row and channel (column stride ldw)
template <class S, int R>
void filterGradTile(const S* a, Index cin, Index rowStride, const S* dy, Index ldd, Index rows,
                    Index m, S* dw, Index ldw) {
    using T = simd::Pack<S>;
    using V = typename T::V;
    constexpr int L = T::L;
    V acc[R][2];
#pragma GCC unroll 8
    for (int t = 0; t < R; ++t) {
        acc[t][0] = T::load(dw + t * ldw);
        acc[t][1] = T::load(dw + t * ldw + L);
    }
    for (Index y = 0; y < rows; ++y) {
        const S* ar = a + y * rowStride;
        const S* dr = dy + y * m * ldd;
        for (Index x = 0; x < m; ++x, ar += cin, dr += ldd) {
            const V d0 = T::load(dr), d1 = T::load(dr + L);
#pragma GCC unroll 8
            for (int t = 0; t < R; ++t) {
                const V v = T::broadcast(ar + t);
                acc[t][0] = T::fma(d0, v, acc[t][0]);
                acc[t][1] = T::fma(d1, v, acc[t][1]);
            }
        }
    }
#pragma GCC unroll 8
    for (int t = 0; t < R; ++t) {
        T::store(dw + t * ldw, acc[t][0]);
        T::store(dw + t * ldw + L, acc[t][1]);
    }
}

template <class S>
using FilterGradTileFn = void (*)(const S*, Index, Index, const S*, Index, Index, Index, S*, Index);

template <class S>
constexpr FilterGradTileFn<S> kFilterGradTiles[kRows + 1] = {nullptr,
                                                             filterGradTile<S, 1>,
                                                             filterGradTile<S, 2>,
                                                             filterGradTile<S, 3>,
                                                             filterGradTile<S, 4>,
                                                             filterGradTile<S, 5>,
                                                             filterGradTile<S, 6>};

}  // namespace eqlab::nn::tiles
