#include "compute/nn/dense.h"

#include <algorithm>

#include "compute/core/error.h"
#include "compute/nn/small_gemm.h"

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
    // Wᵀ for dX = Wᵀ dY (the product reads the rows of its left operand as contiguous columns).
    // Blocked: Eigen's transpose copy goes element by element with one side strided, which cost
    // more than a training step's products of the layer in the benchmark MLP.
    weightT_.resize(in_, out_);
    constexpr Index kBlock = 16;
    for (Index i0 = 0; i0 < in_; i0 += kBlock)
        for (Index o0 = 0; o0 < out_; o0 += kBlock) {
            const Index ni = std::min(kBlock, in_ - i0), no = std::min(kBlock, out_ - o0);
            for (Index i = i0; i < i0 + ni; ++i)
                for (Index o = o0; o < o0 + no; ++o)
                    weightT_(i, o) = p_[o + i * out_];
        }
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
        if (weightT_.rows() != in_ || weightT_.cols() != out_)
            throw Error(ErrorKind::Internal, "dense layer: backward() before prepare()");
        dX->resize(in_, n);
        smallGemm<S>(in_, n, out_, weightT_.data(), in_, dY.data(), 1, out_, dX->data(), in_,
                     GemmMode::Assign, nullptr, scratch);
    }
}

template class Dense<float>;
template class Dense<double>;

}  // namespace eqlab::nn
