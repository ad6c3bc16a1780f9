#include "compute/nn/activation.h"

#include <cmath>

#include "compute/core/error.h"

namespace eqlab::nn {

const char* activationName(Activation a) noexcept {
    switch (a) {
        case Activation::ReLU:
            return "relu";
        case Activation::LeakyReLU:
            return "leaky_relu";
        case Activation::Tanh:
            return "tanh";
        case Activation::Sigmoid:
            return "sigmoid";
        case Activation::GELU:
            return "gelu";
        case Activation::Softplus:
            return "softplus";
        case Activation::Erf:
            return "erf";
        case Activation::Square:
            return "square";
        case Activation::Identity:
            return "identity";
    }
    return "unknown";
}

template <class S>
Pointwise<S>::Pointwise(Activation act, Index dim, double alpha)
    : act_(act), dim_(dim), alpha_(static_cast<S>(alpha)) {
    if (dim < 1)
        throw Error(ErrorKind::InvalidArgument, "activation layer: dimension must be >= 1");
}

template <class S>
std::string Pointwise<S>::describe() const {
    return std::string(activationName(act_)) + " " + std::to_string(dim_);
}

namespace {

template <class S>
constexpr S kInvSqrt2 = S(0.70710678118654752440);
template <class S>
constexpr S kInvSqrt2Pi = S(0.39894228040143267794);  // 1/√(2π)
template <class S>
constexpr S kTwoOverSqrtPi = S(1.12837916709551257390);  // 2/√π

template <class S>
inline S sigmoid(S x) {
    // exp(-x) overflows to +inf for very negative x, giving exactly 0: no NaN.
    return S(1) / (S(1) + std::exp(-x));
}

}  // namespace

template <class S>
void Pointwise<S>::forward(const Mat& X, Mat& Y, Cache<S>&) const {
    Y.resize(X.rows(), X.cols());
    auto x = X.array();
    auto y = Y.array();
    switch (act_) {
        case Activation::ReLU:
            y = x.max(S(0));
            break;
        case Activation::LeakyReLU:
            y = (x > S(0)).select(x, alpha_ * x);
            break;
        case Activation::Tanh:
            y = x.tanh();
            break;
        case Activation::Sigmoid:
            y = x.unaryExpr([](S v) { return sigmoid(v); });
            break;
        case Activation::GELU:
            y = x.unaryExpr([](S v) { return S(0.5) * v * (S(1) + std::erf(v * kInvSqrt2<S>)); });
            break;
        case Activation::Softplus:
            y = x.max(S(0)) + (-x.abs()).exp().log1p();
            break;
        case Activation::Erf:
            y = x.unaryExpr([](S v) { return std::erf(v); });
            break;
        case Activation::Square:
            y = x.square();
            break;
        case Activation::Identity:
            y = x;
            break;
    }
}

template <class S>
void Pointwise<S>::backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S*,
                            Cache<S>&) const {
    if (!dX)
        return;
    dX->resize(X.rows(), X.cols());
    auto x = X.array();
    auto y = Y.array();
    auto g = dY.array();
    auto d = dX->array();
    switch (act_) {
        case Activation::ReLU:
            d = (x > S(0)).select(g, S(0));
            break;
        case Activation::LeakyReLU:
            d = (x > S(0)).select(g, alpha_ * g);
            break;
        case Activation::Tanh:
            d = g * (S(1) - y.square());
            break;
        case Activation::Sigmoid:
            d = g * y * (S(1) - y);
            break;
        case Activation::GELU:
            // d/dx xΦ(x) = Φ(x) + x φ(x)
            d = g * x.unaryExpr([](S v) {
                return S(0.5) * (S(1) + std::erf(v * kInvSqrt2<S>)) +
                       v * kInvSqrt2Pi<S> * std::exp(S(-0.5) * v * v);
            });
            break;
        case Activation::Softplus:
            d = g * x.unaryExpr([](S v) { return sigmoid(v); });
            break;
        case Activation::Erf:
            d = g * kTwoOverSqrtPi<S> * (-x.square()).exp();
            break;
        case Activation::Square:
            d = S(2) * g * x;
            break;
        case Activation::Identity:
            d = g;
            break;
    }
}

template class Pointwise<float>;
template class Pointwise<double>;

}  // namespace eqlab::nn
