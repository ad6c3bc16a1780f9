#include "compute/nn/winograd_conv.h"

#include <algorithm>
#include <string>

#include "compute/core/error.h"
#include "compute/nn/conv_tiles.h"
#include "compute/nn/simd.h"

namespace eqlab::nn {

namespace {

constexpr Index kXi = 16;     // entries ξ = r·4 + s of a transformed 4 × 4 tile
constexpr Index kBlock = 24;  // tiles per block: V and M of a block (~64 KiB at 32 channels) in L2

// The 1-D transforms of F(2, 3), applied to the rows and then the columns of a tile:
//   Bᵀ d (input, 4 → 4),  G g (filter, 3 → 4),  Aᵀ m (output, 4 → 2),
//   A e (output gradient, 2 → 4),  Gᵀ u (filter gradient, 4 → 3).
// The three of the hot loops are generic: they run on scalars and on SIMD vectors of channels.
constexpr auto inputStep = [](const auto& d, auto& v) {
    v[0] = d[0] - d[2];
    v[1] = d[1] + d[2];
    v[2] = d[2] - d[1];
    v[3] = d[1] - d[3];
};
constexpr auto outputStep = [](const auto& m, auto& y) {
    y[0] = m[0] + m[1] + m[2];
    y[1] = m[1] - m[2] - m[3];
};
constexpr auto gradStep = [](const auto& e, auto& m) {
    m[0] = e[0];
    m[1] = e[0] + e[1];
    m[2] = e[0] - e[1];
    m[3] = -e[1];
};
// The filter steps scale by ½: S is the scalar type, E a scalar or a SIMD vector of S.
template <class S, class E>
void filterStep(const E (&g)[3], E (&u)[4]) {
    u[0] = g[0];
    u[1] = S(0.5) * (g[0] + g[1] + g[2]);
    u[2] = S(0.5) * (g[0] - g[1] + g[2]);
    u[3] = g[2];
}
template <class S, class E>
void filterGradStep(const E (&u)[4], E (&g)[3]) {
    g[0] = u[0] + S(0.5) * (u[1] + u[2]);
    g[1] = S(0.5) * (u[1] - u[2]);
    g[2] = S(0.5) * (u[1] + u[2]) + u[3];
}

// A separable 2-D transform out = T in Tᵀ of an I × I tile (row-major) to an O × O one, with the
// 1-D step `step` (I → O) applied down each column and then along each row. E is a scalar or a
// SIMD vector of channels.
template <int I, int O, class E, class Step>
void transform2d(const E (&in)[I * I], E (&out)[O * O], Step step) {
    E rows[O][I];  // step applied down each column of `in`: rows[o][j]
#pragma GCC unroll 4
    for (int j = 0; j < I; ++j) {
        E col[I], t[O];
#pragma GCC unroll 4
        for (int i = 0; i < I; ++i)
            col[i] = in[i * I + j];
        step(col, t);
#pragma GCC unroll 4
        for (int o = 0; o < O; ++o)
            rows[o][j] = t[o];
    }
#pragma GCC unroll 4
    for (int o = 0; o < O; ++o) {
        E t[O];
        step(rows[o], t);
#pragma GCC unroll 4
        for (int p = 0; p < O; ++p)
            out[o * O + p] = t[p];
    }
}

// Lanes of the channel loops: a SIMD vector of channels, or one channel for the remainder.
template <class S>
struct VectorLanes {
    using E = typename simd::Pack<S>::V;
    static E load(const S* p) { return simd::Pack<S>::load(p); }
    static void store(S* p, E v) { simd::Pack<S>::store(p, v); }
};
template <class S>
struct ScalarLanes {
    using E = S;
    static S load(const S* p) { return *p; }
    static void store(S* p, S v) { *p = v; }
};

// body(c, lanes) over the channels [0, count): whole SIMD vectors first, then one at a time.
template <class S, class Body>
void overChannels(Index count, Body&& body) {
    Index c = 0;
    for (; c + simd::Pack<S>::L <= count; c += simd::Pack<S>::L)
        body(c, VectorLanes<S>{});
    for (; c < count; ++c)
        body(c, ScalarLanes<S>{});
}

}  // namespace

template <class S>
struct WinogradConv<S>::Scratch {
    S* padded;  // pw² · C_in
    S* V;       // kXi · kBlock · C_in
    S* M;       // kXi · kBlock · ldw
};

template <class S>
WinogradConv<S>::WinogradConv(Index inSize, Index inChannels, Index outChannels, Index pad)
    : n_(inSize),
      cin_(inChannels),
      cout_(outChannels),
      pad_(pad),
      m_(inSize + 2 * pad - kKernel + 1),
      side_((m_ + 1) / 2),
      pw_(2 * side_ + 2) {
    if (n_ < 1 || cin_ < 1 || cout_ < 1 || m_ < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "winograd conv: sizes must be >= 1 (input " + std::to_string(n_) + ", pad " +
                        std::to_string(pad_) + " gives output " + std::to_string(m_) + ")");
    const Index B = 2 * simd::Pack<S>::L;
    ldw_ = (cout_ + B - 1) / B * B;
    U_ = Mat::Zero(ldw_, kXi * cin_);
    bias_ = Vector<S>::Zero(ldw_);
    zero_ = Vector<S>::Zero(ldw_);
}

template <class S>
void WinogradConv<S>::setFilters(const Mat& W, const S* bias) {
    if (W.rows() != cout_ || W.cols() != filterRows())
        throw Error(ErrorKind::Internal, "winograd conv: filters must be " + std::to_string(cout_) +
                                             " x " + std::to_string(filterRows()) + ", got " +
                                             std::to_string(W.rows()) + " x " +
                                             std::to_string(W.cols()));
    // W(co, z·C_in + ci) and U(co, ξ·C_in + ci) are both contiguous in co: vectors of channels.
    for (Index ci = 0; ci < cin_; ++ci)
        overChannels<S>(cout_, [&](Index co, auto lanes) {
            using Ln = decltype(lanes);
            using E = typename Ln::E;
            E g[9], u[kXi];
#pragma GCC unroll 9
            for (Index z = 0; z < 9; ++z)
                g[z] = Ln::load(W.data() + (z * cin_ + ci) * cout_ + co);
            transform2d<3, 4>(g, u, [](const auto& a, auto& b) { filterStep<S>(a, b); });
#pragma GCC unroll 16
            for (Index xi = 0; xi < kXi; ++xi)
                Ln::store(U_.data() + (xi * cin_ + ci) * ldw_ + co, u[xi]);
        });
    if (bias)
        bias_.head(cout_) = Eigen::Map<const Vector<S>>(bias, cout_);
    else
        bias_.setZero();
}

template <class S>
typename WinogradConv<S>::Scratch WinogradConv<S>::layout(Mat& scratch) const {
    const Index padded = pw_ * pw_ * cin_, V = kXi * kBlock * cin_, M = kXi * kBlock * ldw_;
    if (scratch.size() < padded + V + M)
        scratch.resize(padded + V + M, 1);
    S* p = scratch.data();
    return {p, p + padded, p + padded + V};
}

template <class S>
typename WinogradConv<S>::Tile WinogradConv<S>::tileAt(Index index) const {
    const Index y = 2 * (index / side_), x = 2 * (index % side_);
    return {y, x, std::min<Index>(2, m_ - y), std::min<Index>(2, m_ - x)};
}

template <class S>
void WinogradConv<S>::transformInput(const S* padded, Index first, Index count, S* V) const {
    const Index c = cin_;
    for (Index t = 0; t < count; ++t) {
        const Tile tile = tileAt(first + t);
        const S* d = padded + (tile.y * pw_ + tile.x) * c;  // the patch's top-left pixel
        S* v = V + t * c;
        overChannels<S>(c, [&](Index ci, auto lanes) {
            using Ln = decltype(lanes);
            typename Ln::E in[kXi], out[kXi];
#pragma GCC unroll 16
            for (Index rs = 0; rs < kXi; ++rs)
                in[rs] = Ln::load(d + ((rs / 4) * pw_ + rs % 4) * c + ci);
            transform2d<4, 4>(in, out, inputStep);
#pragma GCC unroll 16
            for (Index xi = 0; xi < kXi; ++xi)
                Ln::store(v + xi * kBlock * c + ci, out[xi]);
        });
    }
}

template <class S>
template <class F>
void WinogradConv<S>::forEachBlock(const S* x, Mat& scratch, F&& f) const {
    const Scratch s = layout(scratch);
    tiles::padImage(x, n_, cin_, pad_, pw_, s.padded);
    const Index tiles = side_ * side_;
    for (Index first = 0; first < tiles; first += kBlock) {
        const Index count = std::min(kBlock, tiles - first);
        transformInput(s.padded, first, count, s.V);
        f(first, count, s);
    }
}

template <class S>
void WinogradConv<S>::forward(const S* x, S* y, Mat& scratch) const {
    const Index B = 2 * simd::Pack<S>::L;
    forEachBlock(x, scratch, [&](Index first, Index count, const Scratch& s) {
        // M_ξ(t, co) = Σ_ci U_ξ(co, ci) V_ξ(t, ci): a 1 × 1 convolution over the block's tiles.
        for (Index xi = 0; xi < kXi; ++xi) {
            const S* V = s.V + xi * kBlock * cin_;
            S* M = s.M + xi * kBlock * ldw_;
            for (Index co = 0; co < ldw_; co += B)  // one panel (C_in × B) in L1 over the block
                tiles::nearEqualPieces(count, tiles::kPixels, [&](Index t, Index P) {
                    tiles::kForwardTiles<S>[P](V + t * cin_, cin_, 0, 1,
                                               U_.data() + xi * cin_ * ldw_ + co, ldw_,
                                               zero_.data() + co, M + t * ldw_ + co, ldw_, B);
                });
        }
        // y = Aᵀ M A + b, the 2 × 2 pixels of each tile that lie in the image.
        for (Index t = 0; t < count; ++t) {
            const Tile tile = tileAt(first + t);
            S* out = y + (tile.y * m_ + tile.x) * cout_;
            const S* M = s.M + t * ldw_;
            overChannels<S>(cout_, [&](Index co, auto lanes) {
                using Ln = decltype(lanes);
                typename Ln::E in[kXi], px[4];
#pragma GCC unroll 16
                for (Index xi = 0; xi < kXi; ++xi)
                    in[xi] = Ln::load(M + xi * kBlock * ldw_ + co);
                transform2d<4, 2>(in, px, outputStep);
                const typename Ln::E b = Ln::load(bias_.data() + co);
                for (Index i = 0; i < tile.rows; ++i)
                    for (Index j = 0; j < tile.cols; ++j)
                        Ln::store(out + (i * m_ + j) * cout_ + co, px[i * 2 + j] + b);
            });
        }
    });
}

template <class S>
void WinogradConv<S>::resetFilterGrad(Mat& dU) const {
    dU.resize(ldw_, kXi * cin_);
    dU.setZero();
}

template <class S>
void WinogradConv<S>::filterGrad(const S* x, const S* dy, Mat& dU, Mat& scratch) const {
    const Index B = 2 * simd::Pack<S>::L;
    forEachBlock(x, scratch, [&](Index first, Index count, const Scratch& s) {
        // dM_ξ(t, co) = (A dy_t Aᵀ)_ξ, dy zero outside the image and in the padding channels.
        for (Index t = 0; t < count; ++t) {
            const Tile tile = tileAt(first + t);
            const S* g = dy + (tile.y * m_ + tile.x) * cout_;
            S* dM = s.M + t * ldw_;
            overChannels<S>(cout_, [&](Index co, auto lanes) {
                using Ln = decltype(lanes);
                typename Ln::E e[4] = {}, out[kXi];
                for (Index i = 0; i < tile.rows; ++i)
                    for (Index j = 0; j < tile.cols; ++j)
                        e[i * 2 + j] = Ln::load(g + (i * m_ + j) * cout_ + co);
                transform2d<2, 4>(e, out, gradStep);
#pragma GCC unroll 16
                for (Index xi = 0; xi < kXi; ++xi)
                    Ln::store(dM + xi * kBlock * ldw_ + co, out[xi]);
            });
            for (Index xi = 0; xi < kXi; ++xi)
                std::fill(dM + xi * kBlock * ldw_ + cout_, dM + xi * kBlock * ldw_ + ldw_, S(0));
        }
        // dU_ξ(co, ci) += Σ_t dM_ξ(t, co) V_ξ(t, ci).
        for (Index xi = 0; xi < kXi; ++xi) {
            const S* V = s.V + xi * kBlock * cin_;
            const S* dM = s.M + xi * kBlock * ldw_;
            tiles::nearEqualPieces(cin_, tiles::kRows, [&](Index ci, Index R) {
                for (Index co = 0; co < ldw_; co += B)
                    tiles::kFilterGradTiles<S>[R](V + ci, cin_, 0, dM + co, ldw_, 1, count,
                                                  dU.data() + (xi * cin_ + ci) * ldw_ + co, ldw_);
            });
        }
    });
}

template <class S>
void WinogradConv<S>::finishFilterGrad(const Mat& dU, Mat& dW) const {
    dW.resize(ldw_, filterRows());
    for (Index ci = 0; ci < cin_; ++ci)
        overChannels<S>(ldw_, [&](Index co, auto lanes) {
            using Ln = decltype(lanes);
            using E = typename Ln::E;
            E u[kXi], g[9];
#pragma GCC unroll 16
            for (Index xi = 0; xi < kXi; ++xi)
                u[xi] = Ln::load(dU.data() + (xi * cin_ + ci) * ldw_ + co);
            transform2d<4, 3>(u, g, [](const auto& a, auto& b) { filterGradStep<S>(a, b); });
#pragma GCC unroll 9
            for (Index z = 0; z < 9; ++z)
                Ln::store(dW.data() + (z * cin_ + ci) * ldw_ + co, g[z]);
        });
}

template class WinogradConv<float>;
template class WinogradConv<double>;

}  // namespace eqlab::nn
