#include "compute/nn/group_average.h"

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
GroupAverage<S>::GroupAverage(LayerPtr<S> f, const std::vector<Matrix<double>>& inputMatrices,
                              const std::vector<Matrix<double>>& outputMatrices)
    : f_(std::move(f)) {
    if (!f_)
        throw Error(ErrorKind::InvalidArgument, "group average: null net");
    if (inputMatrices.empty() || inputMatrices.size() != outputMatrices.size())
        throw Error(ErrorKind::InvalidArgument,
                    "group average: need one input and one output matrix per group element");
    for (std::size_t g = 0; g < inputMatrices.size(); ++g) {
        const auto& P = inputMatrices[g];
        const auto& Q = outputMatrices[g];
        if (P.rows() != f_->inDim() || P.cols() != f_->inDim() || Q.rows() != f_->outDim() ||
            Q.cols() != f_->outDim())
            throw Error(ErrorKind::InvalidArgument,
                        "group average: matrices of element " + std::to_string(g) + " must be " +
                            std::to_string(f_->inDim()) + "x" + std::to_string(f_->inDim()) +
                            " and " + std::to_string(f_->outDim()) + "x" +
                            std::to_string(f_->outDim()));
        P_.push_back(P.cast<S>());
        Q_.push_back(Q.cast<S>());
    }
}

template <class S>
std::string GroupAverage<S>::describe() const {
    return "group-average |G|=" + std::to_string(P_.size()) + " [" + f_->describe() + "]";
}

// Cache: m[3g] = P_g X, m[3g+1] = f(P_g X), m[3g+2] = scratch for gradients; sub[g] = f's cache.
template <class S>
void GroupAverage<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    const std::size_t G = P_.size();
    Mat* m = cache.buffers(3 * G + 1);
    cache.child(G - 1);
    Y.resize(f_->outDim(), X.cols());
    Y.setZero();
    const S w = S(1) / S(G);
    for (std::size_t g = 0; g < G; ++g) {
        m[3 * g].resize(X.rows(), X.cols());
        m[3 * g].noalias() = P_[g] * X;
        f_->forward(m[3 * g], m[3 * g + 1], cache.sub[g]);
        Y.noalias() += Q_[g] * m[3 * g + 1];
    }
    Y *= w;
}

template <class S>
void GroupAverage<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                               Cache<S>& cache) const {
    const std::size_t G = P_.size();
    Mat* m = cache.m.data();
    Mat& dYg = m[3 * G];
    const S w = S(1) / S(G);
    if (dX) {
        dX->resize(X.rows(), X.cols());
        dX->setZero();
    }
    for (std::size_t g = 0; g < G; ++g) {
        dYg.resize(dY.rows(), dY.cols());
        dYg.noalias() = w * (Q_[g].transpose() * dY);
        f_->backward(m[3 * g], m[3 * g + 1], dYg, dX ? &m[3 * g + 2] : nullptr, grad, cache.sub[g]);
        if (dX)
            dX->noalias() += P_[g].transpose() * m[3 * g + 2];
    }
}

template class GroupAverage<float>;
template class GroupAverage<double>;

}  // namespace eqlab::nn
