#include "compute/nn/direct_conv.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "compute/core/error.h"
#include "compute/nn/simd.h"

namespace eqlab::nn {

namespace {

constexpr int kPixels = 6;      // forward tile: pixels of one image row
constexpr int kRows = 6;        // filter-gradient tile: filter rows
constexpr Index kBandRows = 4;  // filter gradient: image rows per pass (keeps dy + input in L1)

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

}  // namespace

template <class S>
DirectConv<S>::DirectConv(Index inSize, Index inChannels, Index outChannels, Index kernel,
                          Index pad)
    : n_(inSize),
      cin_(inChannels),
      cout_(outChannels),
      k_(kernel),
      pad_(pad),
      m_(inSize + 2 * pad - kernel + 1),
      pw_(inSize + 2 * pad) {
    if (n_ < 1 || cin_ < 1 || cout_ < 1 || k_ < 1 || m_ < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "direct conv: sizes must be >= 1 (input " + std::to_string(n_) + ", kernel " +
                        std::to_string(k_) + ", pad " + std::to_string(pad_) + " gives output " +
                        std::to_string(m_) + ")");
    const Index B = 2 * simd::Pack<S>::L;
    ldw_ = (cout_ + B - 1) / B * B;
    panel_ = Mat::Zero(ldw_, filterRows());
    bias_ = Vector<S>::Zero(ldw_);
}

template <class S>
void DirectConv<S>::setFilters(const Mat& W, const S* bias) {
    if (W.rows() != cout_ || W.cols() != filterRows())
        throw Error(ErrorKind::Internal, "direct conv: filters must be " + std::to_string(cout_) +
                                             " x " + std::to_string(filterRows()) + ", got " +
                                             std::to_string(W.rows()) + " x " +
                                             std::to_string(W.cols()));
    panel_.topRows(cout_) = W;
    if (bias)
        bias_.head(cout_) = Eigen::Map<const Vector<S>>(bias, cout_);
    else
        bias_.setZero();
}

template <class S>
const S* DirectConv<S>::padded(const S* x, Mat& scratch) const {
    if (pad_ == 0)
        return x;
    const Index c = cin_, P = pw_;
    scratch.resize(P * P * c, 1);
    S* o = scratch.data();
    // Columns px in [lo, hi) come from the image (sx = px − pad); the rest is zero.
    const Index lo = std::max<Index>(0, pad_), hi = std::min(P, pad_ + n_);
    const auto bytes = [](Index count) { return sizeof(S) * std::size_t(count); };
    for (Index py = 0; py < P; ++py, o += P * c) {
        const Index sy = py - pad_;
        if (sy < 0 || sy >= n_) {
            std::memset(o, 0, bytes(P * c));
            continue;
        }
        std::memset(o, 0, bytes(lo * c));
        std::memcpy(o + lo * c, x + (sy * n_ + lo - pad_) * c, bytes((hi - lo) * c));
        std::memset(o + hi * c, 0, bytes((P - hi) * c));
    }
    return scratch.data();
}

template <class S>
void DirectConv<S>::forward(const S* x, S* y, Mat& scratch) const {
    const S* in = padded(x, scratch);
    const Index B = 2 * simd::Pack<S>::L, rowStride = pw_ * cin_;
    // Channel panels outermost: one panel (k²·C_in × B) stays in L1 over the whole image.
    for (Index co = 0; co < cout_; co += B) {
        const Index valid = std::min(B, cout_ - co);
        const S* w = panel_.data() + co;
        const S* b = bias_.data() + co;
        for (Index py = 0; py < m_; ++py) {
            const S* a = in + py * rowStride;
            S* out = y + py * m_ * cout_ + co;
            // The row in ceil(m/6) tiles of near-equal width (16 = 6 + 5 + 5, not 6 + 6 + 4):
            // a tile of 4 pixels has only 8 independent FMA chains, too few to hide the FMA
            // latency (4 cycles × 2 pipes), and measured ~1.45× slower per pixel.
            const Index tiles = (m_ + kPixels - 1) / kPixels;
            for (Index t = 0, px = 0; t < tiles; ++t) {
                const Index P = (m_ - px) / (tiles - t);  // the wider tiles come last
                kForwardTiles<S>[P](a + px * cin_, cin_, rowStride, k_, w, ldw_, b,
                                    out + px * cout_, cout_, valid);
                px += P;
            }
        }
    }
}

template <class S>
void DirectConv<S>::resetFilterGrad(Mat& dW) const {
    dW.resize(ldw_, filterRows());
    dW.setZero();
}

template <class S>
void DirectConv<S>::filterGrad(const S* x, const S* dy, Mat& dW, Mat& scratch,
                               Mat& dyScratch) const {
    const S* in = padded(x, scratch);
    // The tile reads whole channel vectors of dy: give it ldw channels when C_out is not a
    // multiple of the tile width (odd sizes in tests; the benchmark nets of docs/performance.md never need it).
    Index ldd = cout_;
    if (ldw_ != cout_) {
        dyScratch.resize(ldw_, m_ * m_);
        dyScratch.bottomRows(ldw_ - cout_).setZero();
        dyScratch.topRows(cout_) = Eigen::Map<const Mat>(dy, cout_, m_ * m_);
        dy = dyScratch.data();
        ldd = ldw_;
    }
    const Index B = 2 * simd::Pack<S>::L, rowStride = pw_ * cin_, kc = k_ * cin_;
    // Bands of image rows: dy of the band and the input rows it reads stay in L1 while every
    // (zy, filter-row block, channel block) tile sweeps them.
    for (Index y0 = 0; y0 < m_; y0 += kBandRows) {
        const Index rows = std::min(kBandRows, m_ - y0);
        for (Index zy = 0; zy < k_; ++zy) {
            const S* a = in + (y0 + zy) * rowStride;
            // Near-equal tiles as in forward() (10 = 5 + 5, not 6 + 4).
            const Index tiles = (kc + kRows - 1) / kRows;
            for (Index t = 0, j = 0; t < tiles; ++t) {
                const Index R = (kc - j) / (tiles - t);
                for (Index co = 0; co < ldw_; co += B)
                    kFilterGradTiles<S>[R](a + j, cin_, rowStride, dy + y0 * m_ * ldd + co, ldd,
                                           rows, m_, dW.data() + (zy * kc + j) * ldw_ + co, ldw_);
                j += R;
            }
        }
    }
}

template class DirectConv<float>;
template class DirectConv<double>;

}  // namespace eqlab::nn
