#include "compute/nn/dense.h"

#include <chrono>

#include "compute/core/error.h"
#include "compute/core/spin.h"
#include "compute/nn/small_gemm.h"
#include "compute/nn/transpose.h"

namespace eqlab::nn {

template <class S>
Dense<S>::Dense(Index in, Index out, Init init, bool bias)
    : in_(in), out_(out), init_(init), bias_(bias) {
    if (in < 1 || out < 1)
        throw Error(ErrorKind::InvalidArgument, "dense layer: dimensions must be >= 1");
}

template <class S>
std::string Dense<S>::describe() const {
    return "dense " + std::to_string(in_) + "->" + std::to_string(out_);
}

template <class S>
void Dense<S>::initialize(Rng& rng) {
    fillNormal(p_, out_ * in_, initStd(init_, in_, out_), rng);
    if (bias_)
        Eigen::Map<Vector<S>>(p_ + out_ * in_, out_).setZero();
}

template <class S>
void Dense<S>::prepare() {
    weightTState_.store(kStale, std::memory_order_release);
}

template <class S>
const typename Dense<S>::Mat& Dense<S>::weightTransposed() const {
    int state = weightTState_.load(std::memory_order_acquire);
    if (state == kFresh)
        return weightT_;
    if (state == kStale && weightTState_.compare_exchange_strong(state, kMaking)) {
        try {
            weightT_.resize(in_, out_);
            transposeInto(out_, in_, p_, out_, weightT_.data(), in_);
        } catch (...) {
            weightTState_.store(kStale, std::memory_order_release);
            throw;
        }
        weightTState_.store(kFresh, std::memory_order_release);
        return weightT_;
    }
    // Another chunk is making it (or failed to: then this one tries).
    waitUntil([&] { return (state = weightTState_.load(std::memory_order_acquire)) != kMaking; },
              std::chrono::milliseconds(1));
    return state == kFresh ? weightT_ : weightTransposed();
}

template <class S>
void Dense<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    // Y (out × n) = W (out × in) · X (in × n) + b·1ᵀ.
    const Index n = X.cols();
    Y.resize(out_, n);
    Mat& scratch = cache.buffers(1)[0];
    smallGemm<S>(out_, n, in_, p_, out_, X.data(), 1, in_, Y.data(), out_, GemmMode::Assign,
                 bias_ ? p_ + out_ * in_ : nullptr, scratch);
}

template <class S>
void Dense<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                        Cache<S>& cache) const {
    const Index n = dY.cols();
    Mat& scratch = cache.buffers(1)[0];
    // dW (out × in) += dY (out × n) · Xᵀ (n × in): B(k = sample, col = input) = X(input, sample).
    smallGemm<S>(out_, in_, n, dY.data(), out_, X.data(), in_, 1, grad, out_, GemmMode::Accumulate,
                 nullptr, scratch);
    if (bias_)
        Eigen::Map<Vector<S>>(grad + out_ * in_, out_) += dY.rowwise().sum();
    if (dX) {
        // dX (in × n) = Wᵀ (in × out) · dY (out × n).
        const Mat& Wt = weightTransposed();
        dX->resize(in_, n);
        smallGemm<S>(in_, n, out_, Wt.data(), in_, dY.data(), 1, out_, dX->data(), in_,
                     GemmMode::Assign, nullptr, scratch);
    }
}

template class Dense<float>;
template class Dense<double>;

}  // namespace eqlab::nn
