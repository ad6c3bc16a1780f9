#include "compute/nn/tensor_lift.h"

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
OuterProductLift<S>::OuterProductLift(Index n) : n_(n) {
    if (n < 1)
        throw Error(ErrorKind::InvalidArgument, "outer-product lift: dimension must be >= 1");
}

template <class S>
std::string OuterProductLift<S>::describe() const {
    return "outer-product " + std::to_string(n_) + "->" + std::to_string(n_ * n_);
}

template <class S>
void OuterProductLift<S>::forward(const Mat& X, Mat& Y, Cache<S>&) const {
    Y.resize(n_ * n_, X.cols());
    for (Index c = 0; c < X.cols(); ++c)
        for (Index i = 0; i < n_; ++i)
            for (Index j = 0; j < n_; ++j)
                Y(i * n_ + j, c) = X(i, c) * X(j, c);
}

template <class S>
void OuterProductLift<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S*,
                                   Cache<S>&) const {
    if (!dX)
        return;
    dX->setZero(n_, X.cols());
    for (Index c = 0; c < X.cols(); ++c)
        for (Index i = 0; i < n_; ++i)
            for (Index j = 0; j < n_; ++j) {
                const S g = dY(i * n_ + j, c);
                (*dX)(i, c) += g * X(j, c);
                (*dX)(j, c) += g * X(i, c);
            }
}

template class OuterProductLift<float>;
template class OuterProductLift<double>;

}  // namespace eqlab::nn
