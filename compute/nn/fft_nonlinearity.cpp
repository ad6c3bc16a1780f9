#include "compute/nn/fft_nonlinearity.h"

#include "compute/core/error.h"
#include "compute/nn/band_limited.h"

namespace eqlab::nn {

namespace {

// Validates the shape before any member is built; returns channels.
Index checkedShape(Index channels, int K, int N) {
    if (channels < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "fft nonlinearity: channels must be >= 1, got " + std::to_string(channels));
    if (K < 0)
        throw Error(ErrorKind::InvalidArgument,
                    "fft nonlinearity: band limit K must be >= 0, got " + std::to_string(K));
    if (N < 2 * K + 1)
        throw Error(ErrorKind::InvalidArgument,
                    "fft nonlinearity: samples N = " + std::to_string(N) + " is below 2K+1 = " +
                        std::to_string(2 * K + 1) + " for K = " + std::to_string(K));
    return channels;
}

}  // namespace

template <class S>
FftNonlinearity<S>::FftNonlinearity(Activation act, Index channels, int K, int samples,
                                    double alpha)
    : channels_(checkedShape(channels, K, samples)),
      K_(K),
      N_(samples),
      sigma_(act, samples, alpha),
      A_(synthesisMatrix(K, samples).template cast<S>()),
      B_(analysisMatrix(K, samples).template cast<S>()) {}

template <class S>
std::string FftNonlinearity<S>::describe() const {
    return "fft-nonlinearity " + std::string(activationName(sigma_.activation())) + " " +
           std::to_string(channels_) + "x(K=" + std::to_string(K_) + ") N=" + std::to_string(N_);
}

// Cache: m[0] = F (N × Cn samples), m[1] = G = σ(F), m[2] = dG, m[3] = dF.
template <class S>
void FftNonlinearity<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    const Index w = bandWidth(K_);
    const Index cols = channels_ * X.cols();
    Mat* buf = cache.buffers(4);
    Mat& F = buf[0];
    Mat& G = buf[1];
    F.resize(N_, cols);
    F.noalias() = A_ * Eigen::Map<const Mat>(X.data(), w, cols);
    sigma_.forward(F, G, cache.child(0));
    Y.resize(X.rows(), X.cols());
    Eigen::Map<Mat>(Y.data(), w, cols).noalias() = B_ * G;
}

template <class S>
void FftNonlinearity<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S*,
                                  Cache<S>& cache) const {
    if (!dX)
        return;
    const Index w = bandWidth(K_);
    const Index cols = channels_ * dY.cols();
    Mat* buf = cache.buffers(4);
    Mat& dG = buf[2];
    Mat& dF = buf[3];
    dG.resize(N_, cols);
    dG.noalias() = B_.transpose() * Eigen::Map<const Mat>(dY.data(), w, cols);
    sigma_.backward(buf[0], buf[1], dG, &dF, nullptr, cache.child(0));
    dX->resize(X.rows(), X.cols());
    Eigen::Map<Mat>(dX->data(), w, cols).noalias() = A_.transpose() * dF;
}

template class FftNonlinearity<float>;
template class FftNonlinearity<double>;

}  // namespace eqlab::nn
