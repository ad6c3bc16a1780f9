#include "compute/nn/band_limited_linear.h"

#include <cmath>

#include "compute/core/error.h"
#include "compute/nn/init.h"

namespace eqlab::nn {

template <class S>
BandLimitedLinear<S>::BandLimitedLinear(Index inChannels, Index outChannels, int K, bool bias)
    : cin_(inChannels), cout_(outChannels), K_(K), bias_(bias) {
    if (inChannels < 1 || outChannels < 1)
        throw Error(ErrorKind::InvalidArgument, "band-limited linear: channels must be >= 1, got " +
                                                    std::to_string(inChannels) + "->" +
                                                    std::to_string(outChannels));
    if (K < 0)
        throw Error(ErrorKind::InvalidArgument,
                    "band-limited linear: band limit K must be >= 0, got " + std::to_string(K));
    W_ = Mat::Zero(outDim(), inDim());
}

template <class S>
std::string BandLimitedLinear<S>::describe() const {
    return "band-limited-linear " + std::to_string(cin_) + "->" + std::to_string(cout_) +
           " (K=" + std::to_string(K_) + ")" + (bias_ ? "" : " no bias");
}

template <class S>
void BandLimitedLinear<S>::bind(S* params) {
    p_ = params;
    expanded_ = false;
}

template <class S>
void BandLimitedLinear<S>::initialize(Rng& rng) {
    const Index block = cout_ * cin_;
    fillNormal(p_, block, std::sqrt(2.0 / double(cin_)), rng);
    fillNormal(p_ + block, 2 * K_ * block, std::sqrt(1.0 / double(cin_)), rng);
    if (bias_)
        Eigen::Map<Vector<S>>(p_ + (2 * K_ + 1) * block, cout_).setZero();
    expanded_ = false;
}

template <class S>
bool BandLimitedLinear<S>::stale() const {
    return !expanded_ || at_ != Eigen::Map<const Vector<S>>(p_, paramCount());
}

template <class S>
void BandLimitedLinear<S>::prepare() {
    if (!stale())
        return;
    // W_ row o(2K+1)+r, column i(2K+1)+s; only the blocks below are non-zero (set once in the
    // constructor to zero, rewritten here).
    const Index w = 2 * K_ + 1;
    const Index block = cout_ * cin_;
    for (Index i = 0; i < cin_; ++i)
        for (Index o = 0; o < cout_; ++o) {
            const Index oi = o + cout_ * i;  // column-major index in a C_out × C_in block
            W_(o * w, i * w) = p_[oi];
            for (int k = 1; k <= K_; ++k) {
                const S u = p_[(2 * k - 1) * block + oi];
                const S v = p_[2 * k * block + oi];
                const Index ra = o * w + 2 * k - 1, ca = i * w + 2 * k - 1;
                W_(ra, ca) = u;
                W_(ra, ca + 1) = -v;
                W_(ra + 1, ca) = v;
                W_(ra + 1, ca + 1) = u;
            }
        }
    at_ = Eigen::Map<const Vector<S>>(p_, paramCount());
    expanded_ = true;
}

template <class S>
void BandLimitedLinear<S>::forward(const Mat& X, Mat& Y, Cache<S>&) const {
    if (stale())
        throw Error(ErrorKind::Internal,
                    "band-limited linear: parameters changed without prepare()");
    Y.resize(outDim(), X.cols());
    Y.noalias() = W_ * X;
    if (bias_) {
        const Index w = 2 * K_ + 1;
        const S* b = p_ + w * cout_ * cin_;
        for (Index o = 0; o < cout_; ++o)
            Y.row(o * w).array() += b[o];
    }
}

template <class S>
void BandLimitedLinear<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                                    Cache<S>& cache) const {
    // dW (C_out(2K+1) × C_in(2K+1)) = dY Xᵀ, then the chain rule through the expansion:
    //   dw₀ = dW(a₀', a₀);  du = dW(a', a) + dW(b', b);  dv = dW(b', a) − dW(a', b).
    Mat& dW = cache.buffers(1)[0];
    dW.resize(outDim(), inDim());
    dW.noalias() = dY * X.transpose();
    const Index w = 2 * K_ + 1;
    const Index block = cout_ * cin_;
    for (Index i = 0; i < cin_; ++i)
        for (Index o = 0; o < cout_; ++o) {
            const Index oi = o + cout_ * i;
            grad[oi] += dW(o * w, i * w);
            for (int k = 1; k <= K_; ++k) {
                const Index ra = o * w + 2 * k - 1, ca = i * w + 2 * k - 1;
                grad[(2 * k - 1) * block + oi] += dW(ra, ca) + dW(ra + 1, ca + 1);
                grad[2 * k * block + oi] += dW(ra + 1, ca) - dW(ra, ca + 1);
            }
        }
    if (bias_)
        for (Index o = 0; o < cout_; ++o)
            grad[w * block + o] += dY.row(o * w).sum();
    if (dX) {
        dX->resize(inDim(), dY.cols());
        dX->noalias() = W_.transpose() * dY;
    }
}

template class BandLimitedLinear<float>;
template class BandLimitedLinear<double>;

}  // namespace eqlab::nn
