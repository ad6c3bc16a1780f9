#include "compute/nn/direct_conv.h"

#include <algorithm>
#include <string>

#include "compute/core/error.h"
#include "compute/nn/conv_tiles.h"
#include "compute/nn/simd.h"

namespace eqlab::nn {

namespace {

using tiles::kFilterGradTiles;
using tiles::kForwardTiles;
using tiles::kPixels;
using tiles::kRows;
constexpr Index kBandRows = 4;  // filter gradient: image rows per pass (keeps dy + input in L1)

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
    scratch.resize(pw_ * pw_ * cin_, 1);
    tiles::padImage(x, n_, cin_, pad_, pw_, scratch.data());
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
            tiles::nearEqualPieces(m_, kPixels, [&](Index px, Index P) {
                kForwardTiles<S>[P](a + px * cin_, cin_, rowStride, k_, w, ldw_, b,
                                    out + px * cout_, cout_, valid);
            });
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
    // multiple of the tile width (odd sizes in tests; the benchmark nets of docs/performance.md
    // never need it).
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
            tiles::nearEqualPieces(kc, kRows, [&](Index j, Index R) {
                for (Index co = 0; co < ldw_; co += B)
                    kFilterGradTiles<S>[R](a + j, cin_, rowStride, dy + y0 * m_ * ldd + co, ldd,
                                           rows, m_, dW.data() + (zy * kc + j) * ldw_ + co, ldw_);
            });
        }
    }
}

template class DirectConv<float>;
template class DirectConv<double>;

}  // namespace eqlab::nn
