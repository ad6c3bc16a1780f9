#include "compute/nn/dense.h"

#include "compute/core/error.h"

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
void Dense<S>::forward(const Mat& X, Mat& Y, Cache<S>&) const {
    Y.resize(out_, X.cols());
    Y.noalias() = weight() * X;
    if (bias_)
        Y.colwise() += bias();
}

template <class S>
void Dense<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                        Cache<S>&) const {
    // dW (out×in) += dY (out×n) · Xᵀ (n×in);  db += dY · 1;  dX (in×n) = Wᵀ dY.
    Eigen::Map<Mat> gW(grad, out_, in_);
    gW.noalias() += dY * X.transpose();
    if (bias_)
        Eigen::Map<Vector<S>>(grad + out_ * in_, out_) += dY.rowwise().sum();
    if (dX) {
        dX->resize(in_, dY.cols());
        dX->noalias() = weight().transpose() * dY;
    }
}

template class Dense<float>;
template class Dense<double>;

}  // namespace eqlab::nn
