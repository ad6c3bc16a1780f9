#include "compute/nn/band_power.h"

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
BandPower<S>::BandPower(Index channels, int K) : channels_(channels), K_(K) {
    if (channels < 1 || K < 0)
        throw Error(ErrorKind::InvalidArgument,
                    "band power: need channels >= 1 and band limit K >= 0, got channels = " +
                        std::to_string(channels) + ", K = " + std::to_string(K));
}

template <class S>
std::string BandPower<S>::describe() const {
    return "band-power " + std::to_string(channels_) + "x(K=" + std::to_string(K_) + ")";
}

template <class S>
void BandPower<S>::forward(const Mat& X, Mat& Y, Cache<S>&) const {
    // Views: x is (2K+1) × (C·n), y is (K+1) × (C·n); column j is one channel of one sample in
    // both.
    const Index cols = channels_ * X.cols();
    Y.resize(outDim(), X.cols());
    Eigen::Map<const Mat> x(X.data(), 2 * K_ + 1, cols);
    Eigen::Map<Mat> y(Y.data(), K_ + 1, cols);
    y.row(0) = x.row(0);
    for (int k = 1; k <= K_; ++k)
        y.row(k) = x.row(2 * k - 1).array().square() + x.row(2 * k).array().square();
}

template <class S>
void BandPower<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S*, Cache<S>&) const {
    if (!dX)
        return;
    const Index cols = channels_ * X.cols();
    dX->resize(X.rows(), X.cols());
    Eigen::Map<const Mat> x(X.data(), 2 * K_ + 1, cols);
    Eigen::Map<const Mat> g(dY.data(), K_ + 1, cols);
    Eigen::Map<Mat> d(dX->data(), 2 * K_ + 1, cols);
    d.row(0) = g.row(0);
    for (int k = 1; k <= K_; ++k) {
        d.row(2 * k - 1) = S(2) * g.row(k).array() * x.row(2 * k - 1).array();
        d.row(2 * k) = S(2) * g.row(k).array() * x.row(2 * k).array();
    }
}

template class BandPower<float>;
template class BandPower<double>;

}  // namespace eqlab::nn
