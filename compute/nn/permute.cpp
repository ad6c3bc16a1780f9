#include "compute/nn/permute.h"

#include "compute/core/error.h"

namespace eqlab::nn {

namespace {
// The cache holds one matrix: the zero log-determinant (1 × n).
template <class S>
void zeroLogDet(Cache<S>& cache, Index n) {
    Matrix<S>& ld = cache.buffers(1)[0];
    ld.resize(1, n);
    ld.setZero();
}
}  // namespace

template <class S>
Permute<S>::Permute(SignedPermutation p) : p_(std::move(p)) {
    if (const std::string why = p_.validate(); !why.empty())
        throw Error(ErrorKind::InvalidArgument, "permute layer: " + why);
    if (p_.dim() < 1)
        throw Error(ErrorKind::InvalidArgument, "permute layer: dimension must be >= 1");
}

template <class S>
void Permute<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    p_.apply(X, Y);
    zeroLogDet(cache, X.cols());
}

template <class S>
void Permute<S>::inverse(const Mat& Y, Mat& X, Cache<S>& cache) const {
    p_.applyTranspose(Y, X);
    zeroLogDet(cache, Y.cols());
}

template <class S>
void Permute<S>::backward(const Mat&, const Mat&, const Mat& dY, Mat* dX, S*, Cache<S>&) const {
    if (dX)
        p_.applyTranspose(dY, *dX);
}

template <class S>
void Permute<S>::backwardWithLogDet(const Mat& X, const Mat& Y, const Mat& dY, const Mat&, Mat* dX,
                                    S* grad, Cache<S>& cache) const {
    backward(X, Y, dY, dX, grad, cache);  // log|det| = 0 has no gradient
}

template <class S>
void Permute<S>::inverseBackward(const Mat&, const Mat&, const Mat& dX, Mat* dY, S*,
                                 Cache<S>&) const {
    if (dY)
        p_.apply(dX, *dY);  // x = Pᵀ y  ⇒  dL/dy = P dL/dx
}

template class Permute<float>;
template class Permute<double>;

}  // namespace eqlab::nn
