#include "compute/nn/conjugation.h"

#include "compute/core/error.h"
#include "compute/nn/coupling.h"
#include "compute/nn/permute.h"

namespace eqlab::nn {

template <class S>
ConjugatedAction<S>::ConjugatedAction(std::unique_ptr<Sequential<S>> phi, const std::string& what)
    : phi_(std::move(phi)) {
    if (!phi_ || phi_->size() == 0)
        throw Error(ErrorKind::InvalidArgument, what + ": the flow Φ has no layers");
    if (!phi_->invertible())
        throw Error(ErrorKind::InvalidArgument,
                    what +
                        ": every layer of the flow Φ must be invertible (coupling, permute, "
                        "diagonal-scale), got " +
                        phi_->describe());
    d_ = phi_->inDim();
    if (phi_->outDim() != d_)
        throw Error(ErrorKind::Internal, what + ": the flow Φ is not square");
}

template <class S>
const typename ConjugatedAction<S>::Mat& ConjugatedAction<S>::point(const Mat& X, Mat& copy) const {
    if (X.rows() == d_)
        return X;
    copy = X.topRows(d_);
    return copy;
}

template <class S>
void ConjugatedAction<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    checkInput(X);
    Mat* m = cache.buffers(NBUF);
    cache.child(PHI_INVERSE);
    const Index n = X.cols();
    const Mat& x = point(X, m[XIN]);
    phi_->forward(x, m[Z], cache.sub[PHI_FORWARD]);
    if (const SignedPermutation* p = uniformAction()) {
        p->apply(m[Z], m[W]);
    } else {
        m[W].resize(d_, n);
        for (Index j = 0; j < n; ++j)
            actionFor(X, j).applyColumn(m[Z], m[W], j);
    }
    phi_->inverse(m[W], Y, cache.sub[PHI_INVERSE]);
}

template <class S>
void ConjugatedAction<S>::backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                                   Cache<S>& cache) const {
    Mat* m = cache.m.data();
    const Index n = X.cols();
    phi_->inverseBackward(m[W], Y, dY, &m[DW], grad, cache.sub[PHI_INVERSE]);
    if (const SignedPermutation* p = uniformAction()) {
        p->applyTranspose(m[DW], m[DZ]);
    } else {
        m[DZ].resize(d_, n);
        for (Index j = 0; j < n; ++j)
            actionFor(X, j).applyTransposeColumn(m[DW], m[DZ], j);
    }
    const Mat& x = X.rows() == d_ ? X : m[XIN];
    if (!dX || X.rows() == d_) {
        phi_->backward(x, m[Z], m[DZ], dX, grad, cache.sub[PHI_FORWARD]);
        return;
    }
    phi_->backward(x, m[Z], m[DZ], &m[DXIN], grad, cache.sub[PHI_FORWARD]);
    dX->resize(X.rows(), n);
    dX->topRows(d_) = m[DXIN];
    dX->bottomRows(X.rows() - d_).setZero();  // extra rows (a group element) are not differentiable
}

template <class S>
void ConjugatedAction<S>::logDet(const Cache<S>& cache, Mat& out) const {
    Mat atOutput;
    phi_->logDet(cache.sub[PHI_FORWARD], out);
    phi_->logDet(cache.sub[PHI_INVERSE], atOutput);
    out -= atOutput;
}

template <class S>
bool ConjugatedAction<S>::volumePreserving() const {
    for (std::size_t i = 0; i < phi_->size(); ++i) {
        const Layer<S>& l = phi_->layer(i);
        if (dynamic_cast<const Permute<S>*>(&l))
            continue;
        const auto* c = dynamic_cast<const Coupling<S>*>(&l);
        if (!c || c->kind() != CouplingKind::Additive)
            return false;
    }
    return true;
}

template class ConjugatedAction<float>;
template class ConjugatedAction<double>;

}  // namespace eqlab::nn
