#pragma once

// A fixed signed permutation of the coordinates, y = P x (no parameters). Between coupling layers
// it regroups which coordinates condition which (see riffle()). Invertible: x = Pᵀ y;
// log|det J| = 0.

#include "compute/nn/layer.h"
#include "compute/nn/signed_permutation.h"

namespace eqlab::nn {

template <class S>
class Permute final : public InvertibleLayer<S> {
public:
    using typename Layer<S>::Mat;

    // Error(InvalidArgument) when p is not a valid signed permutation.
    explicit Permute(SignedPermutation p);

    std::string describe() const override { return "permute " + p_.text(); }
    Index inDim() const override { return p_.dim(); }
    Index outDim() const override { return p_.dim(); }
    const SignedPermutation& permutation() const noexcept { return p_; }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;
    void inverse(const Mat& Y, Mat& X, Cache<S>& cache) const override;
    const Mat& logDet(const Cache<S>& cache) const override { return cache.m[0]; }
    void backwardWithLogDet(const Mat& X, const Mat& Y, const Mat& dY, const Mat& dLogDet, Mat* dX,
                            S* grad, Cache<S>& cache) const override;
    void inverseBackward(const Mat& Y, const Mat& X, const Mat& dX, Mat* dY, S* grad,
                         Cache<S>& cache) const override;

private:
    SignedPermutation p_;
};

extern template class Permute<float>;
extern template class Permute<double>;

}  // namespace eqlab::nn
