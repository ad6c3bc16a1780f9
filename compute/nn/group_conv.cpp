#include "compute/nn/group_conv.h"

#include <cmath>
#include <cstring>

#include "compute/core/error.h"
#include "compute/nn/init.h"

namespace eqlab::nn {

namespace {
enum Buf { COLS, DWEXP, DCOLS, BSUM, NBUF };
}

template <class S>
GroupConv2d<S>::GroupConv2d(PlanarGroup group, bool lifting, Index inChannels, Index outChannels,
                            Index size, Index kernel, Index padding, bool bias)
    : group_(group),
      lifting_(lifting),
      bias_(bias),
      G_(planarGroupOrder(group)),
      gin_(lifting ? 1 : planarGroupOrder(group)),
      cin_(inChannels),
      cout_(outChannels),
      cinx_(inChannels * gin_),
      coutx_(outChannels * G_),
      size_(size),
      k_(kernel),
      pad_(padding),
      outSize_(size + 2 * padding - kernel + 1) {
    if (cin_ < 1 || cout_ < 1 || size_ < 1)
        throw Error(ErrorKind::InvalidArgument, "group conv: channels and size must be >= 1");
    if (k_ < 1 || k_ % 2 == 0)
        throw Error(ErrorKind::InvalidArgument,
                    "group conv: kernel size must be odd (it has a centre pixel), got " +
                        std::to_string(k_));
    if (pad_ < 0 || outSize_ < 1)
        throw Error(ErrorKind::InvalidArgument, "group conv: padding leaves no output pixels");

    // W_exp[(o·G + r), (kk·cinx + c·gin + h)] = ψ[o][c][r⁻¹h][r⁻¹z] (kk = kernel pixel z).
    const auto& T = planarGroupTable(group_);
    const Index rows = coutx_, cols = k_ * k_ * cinx_;
    gather_.resize(static_cast<std::size_t>(rows * cols));
    for (Index o = 0; o < cout_; ++o)
        for (int r = 0; r < G_; ++r) {
            const int rinv = T.inverse[static_cast<std::size_t>(r)];
            const Index row = o * G_ + r;
            for (Index zy = 0; zy < k_; ++zy)
                for (Index zx = 0; zx < k_; ++zx) {
                    const auto src = planarActOnPixel(rinv, int(zx), int(zy), int(k_));
                    const Index srcPix = Index(src[1]) * k_ + Index(src[0]);
                    for (Index c = 0; c < cin_; ++c)
                        for (Index h = 0; h < gin_; ++h) {
                            const Index hs =
                                lifting_ ? 0 : Index(T.product[std::size_t(rinv)][std::size_t(h)]);
                            const Index col = (zy * k_ + zx) * cinx_ + c * gin_ + h;
                            const Index param = ((o * cin_ + c) * gin_ + hs) * k_ * k_ + srcPix;
                            gather_[static_cast<std::size_t>(col * rows + row)] = param;
                        }
                }
        }
    Wexp_ = Mat::Zero(rows, cols);
    biasExp_ = Vector<S>::Zero(coutx_);
}

template <class S>
std::string GroupConv2d<S>::describe() const {
    return std::string(lifting_ ? "lifting-conv " : "group-conv ") + planarGroupName(group_) + " " +
           std::to_string(cin_) + "->" + std::to_string(cout_) + " " + std::to_string(size_) + "x" +
           std::to_string(size_) + " k" + std::to_string(k_) + " pad" + std::to_string(pad_);
}

template <class S>
void GroupConv2d<S>::bind(S* params) {
    p_ = params;
    expanded_ = false;
}

template <class S>
void GroupConv2d<S>::initialize(Rng& rng) {
    fillNormal(p_, filterCount(), initStd(Init::He, cinx_ * k_ * k_, 0), rng);
    if (bias_)
        Eigen::Map<Vector<S>>(p_ + filterCount(), cout_).setZero();
    expanded_ = false;
}

template <class S>
void GroupConv2d<S>::prepare() {
    const Eigen::Map<const Vector<S>> all(p_, paramCount());
    if (expanded_ && expandedAt_ == all)
        return;
    S* w = Wexp_.data();
    for (std::size_t i = 0; i < gather_.size(); ++i)
        w[i] = p_[gather_[i]];
    for (Index o = 0; o < cout_; ++o)
        biasExp_.segment(o * G_, G_).setConstant(bias_ ? p_[filterCount() + o] : S(0));
    expandedAt_ = all;
    expanded_ = true;
}

template <class S>
void GroupConv2d<S>::im2col(const Mat& X, Mat& cols) const {
    // cols: (k²·cinx) × (n·m²); column (j, py, px), row block kk of cinx channels.
    const Index n = X.cols(), m = outSize_, K = k_ * k_ * cinx_;
    cols.resize(K, n * m * m);
    for (Index j = 0; j < n; ++j) {
        const S* img = X.col(j).data();
        for (Index py = 0; py < m; ++py)
            for (Index px = 0; px < m; ++px) {
                S* dst = cols.col((j * m + py) * m + px).data();
                for (Index zy = 0; zy < k_; ++zy) {
                    const Index iy = py + zy - pad_;
                    for (Index zx = 0; zx < k_; ++zx, dst += cinx_) {
                        const Index ix = px + zx - pad_;
                        if (iy < 0 || iy >= size_ || ix < 0 || ix >= size_)
                            std::memset(dst, 0, sizeof(S) * std::size_t(cinx_));
                        else
                            std::memcpy(dst, img + (iy * size_ + ix) * cinx_,
                                        sizeof(S) * std::size_t(cinx_));
                    }
                }
            }
    }
}

template <class S>
void GroupConv2d<S>::col2im(const Mat& dcols, Mat& dX) const {
    const Index n = dX.cols(), m = outSize_;
    dX.setZero();
    for (Index j = 0; j < n; ++j) {
        S* img = dX.col(j).data();
        for (Index py = 0; py < m; ++py)
            for (Index px = 0; px < m; ++px) {
                const S* src = dcols.col((j * m + py) * m + px).data();
                for (Index zy = 0; zy < k_; ++zy) {
                    const Index iy = py + zy - pad_;
                    for (Index zx = 0; zx < k_; ++zx, src += cinx_) {
                        const Index ix = px + zx - pad_;
                        if (iy < 0 || iy >= size_ || ix < 0 || ix >= size_)
                            continue;
                        S* d = img + (iy * size_ + ix) * cinx_;
                        for (Index c = 0; c < cinx_; ++c)
                            d[c] += src[c];
                    }
                }
            }
    }
}

template <class S>
void GroupConv2d<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    if (!expanded_ || expandedAt_ != Eigen::Map<const Vector<S>>(p_, paramCount()))
        throw Error(ErrorKind::Internal, "group conv: parameters changed without prepare()");
    Mat* b = cache.buffers(NBUF);
    im2col(X, b[COLS]);
    const Index n = X.cols(), mm = outSize_ * outSize_;
    Y.resize(outDim(), n);
    // (coutx × n·m²) = (coutx × k²cinx) · (k²cinx × n·m²): the memory of Y, sample by sample.
    Eigen::Map<Mat> Yall(Y.data(), coutx_, n * mm);
    Yall.noalias() = Wexp_ * b[COLS];
    if (bias_)
        Yall.colwise() += biasExp_;
}

template <class S>
void GroupConv2d<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                              Cache<S>& cache) const {
    Mat* b = cache.m.data();
    const Index n = X.cols(), mm = outSize_ * outSize_;
    const Eigen::Map<const Mat> dYall(dY.data(), coutx_, n * mm);
    // dW_exp = dY_all · colsᵀ, scattered back onto the filter parameters it was gathered from.
    b[DWEXP].resize(Wexp_.rows(), Wexp_.cols());
    b[DWEXP].noalias() = dYall * b[COLS].transpose();
    const S* dw = b[DWEXP].data();
    for (std::size_t i = 0; i < gather_.size(); ++i)
        grad[gather_[i]] += dw[i];
    if (bias_) {
        Mat& rowSums = b[BSUM];  // coutx × 1
        rowSums.resize(coutx_, 1);
        rowSums.noalias() = dYall.rowwise().sum();
        for (Index o = 0; o < cout_; ++o)
            grad[filterCount() + o] += rowSums.col(0).segment(o * G_, G_).sum();
    }
    if (dX) {
        b[DCOLS].resize(b[COLS].rows(), b[COLS].cols());
        b[DCOLS].noalias() = Wexp_.transpose() * dYall;
        dX->resize(inDim(), n);
        col2im(b[DCOLS], *dX);
    }
}

template class GroupConv2d<float>;
template class GroupConv2d<double>;

}  // namespace eqlab::nn
