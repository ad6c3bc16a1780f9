#include "compute/nn/diagonal_scale.h"

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
DiagonalScale<S>::DiagonalScale(Index dim) : dim_(dim) {
    if (dim < 1)
        throw Error(ErrorKind::InvalidArgument, "diagonal scale: dimension must be >= 1");
}

template <class S>
void DiagonalScale<S>::initialize(Rng&) {
    Eigen::Map<Vector<S>>(p_, dim_).setZero();
}

template <class S>
void DiagonalScale<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    Mat* m = cache.buffers(NBUF);
    const Eigen::Map<const Vector<S>> s(p_, dim_);
    m[EXPS].resize(dim_, 1);
    m[EXPS].col(0) = s.array().exp().matrix();
    Y.resize(dim_, X.cols());
    Y.noalias() = m[EXPS].col(0).asDiagonal() * X;
    m[LOGDET].resize(1, X.cols());
    m[LOGDET].setConstant(s.sum());
}

template <class S>
void DiagonalScale<S>::inverse(const Mat& Y, Mat& X, Cache<S>& cache) const {
    Mat* m = cache.buffers(NBUF);
    m[EXPS].resize(dim_, 1);
    m[EXPS].col(0) = (-Eigen::Map<const Vector<S>>(p_, dim_)).array().exp().matrix();
    X.resize(dim_, Y.cols());
    X.noalias() = m[EXPS].col(0).asDiagonal() * Y;
    m[LOGDET].resize(1, Y.cols());
    m[LOGDET].setConstant(Eigen::Map<const Vector<S>>(p_, dim_).sum());
}

template <class S>
void DiagonalScale<S>::inverseBackward(const Mat&, const Mat& X, const Mat& dX, Mat* dY, S* grad,
                                       Cache<S>& cache) const {
    // x_i = y_i e^{−s_i}:  ∂x_i/∂s_i = −x_i,  ∂x_i/∂y_i = e^{−s_i} (EXPS after inverse()).
    Eigen::Map<Vector<S>> g(grad, dim_);
    g -= dX.cwiseProduct(X).rowwise().sum();
    if (dY) {
        dY->resize(dim_, X.cols());
        dY->noalias() = cache.m[EXPS].col(0).asDiagonal() * dX;
    }
}

template <class S>
const typename DiagonalScale<S>::Mat& DiagonalScale<S>::logDet(const Cache<S>& cache) const {
    return cache.m[LOGDET];
}

template <class S>
void DiagonalScale<S>::backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                                Cache<S>& cache) const {
    backwardWithLogDet(X, Y, dY, Mat(), dX, grad, cache);
}

template <class S>
void DiagonalScale<S>::backwardWithLogDet(const Mat& X, const Mat& Y, const Mat& dY,
                                          const Mat& dLogDet, Mat* dX, S* grad,
                                          Cache<S>& cache) const {
    // ∂y_i/∂s_i = y_i;  ∂logDet_j/∂s_i = 1 for every sample j.
    Eigen::Map<Vector<S>> g(grad, dim_);
    g += dY.cwiseProduct(Y).rowwise().sum();
    if (dLogDet.size() == X.cols())
        g.array() += dLogDet.sum();
    if (dX) {
        dX->resize(dim_, X.cols());
        dX->noalias() = cache.m[EXPS].col(0).asDiagonal() * dY;
    }
}

template class DiagonalScale<float>;
template class DiagonalScale<double>;

}  // namespace eqlab::nn
