#include "compute/nn/coupling.h"

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
Coupling<S>::Coupling(CouplingKind kind, Index dim, LayerPtr<S> net, bool flip)
    : kind_(kind), dim_(dim), flip_(flip), net_(std::move(net)) {
    if (dim < 2)
        throw Error(ErrorKind::InvalidArgument, "coupling: dimension must be >= 2");
    if (!net_)
        throw Error(ErrorKind::InvalidArgument, "coupling: null net");
    const Index h = dim / 2;
    if (!flip) {
        a0_ = 0, na_ = h, b0_ = h, nb_ = dim - h;
    } else {
        b0_ = 0, nb_ = h, a0_ = h, na_ = dim - h;
    }
    const Index want = kind == CouplingKind::Additive ? nb_ : 2 * nb_;
    if (net_->inDim() != na_ || net_->outDim() != want)
        throw Error(ErrorKind::InvalidArgument, "coupling: net must map " + std::to_string(na_) +
                                                    " -> " + std::to_string(want) + ", got " +
                                                    net_->describe());
}

template <class S>
std::string Coupling<S>::describe() const {
    return std::string(kind_ == CouplingKind::Additive ? "additive" : "affine") + "-coupling " +
           std::to_string(dim_) + (flip_ ? " flipped" : "") + " [" + net_->describe() + "]";
}

template <class S>
void Coupling<S>::initialize(Rng& rng) {
    net_->initialize(rng);
}

template <class S>
void Coupling<S>::conditioner(const Mat& source, Cache<S>& cache) const {
    Mat* m = cache.buffers(NBUF);
    // The net needs a contiguous matrix: copy the conditioning rows (na × n).
    m[XA] = source.middleRows(a0_, na_);
    net_->forward(m[XA], m[H], cache.child(0));
}

template <class S>
void Coupling<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    conditioner(X, cache);
    Mat* m = cache.m.data();
    const Index n = X.cols();
    Y.resize(dim_, n);
    Y.middleRows(a0_, na_) = X.middleRows(a0_, na_);
    Mat& ld = m[LOGDET];  // 1 × n
    ld.resize(1, n);
    if (kind_ == CouplingKind::Additive) {
        Y.middleRows(b0_, nb_) = X.middleRows(b0_, nb_) + m[H];
        ld.setZero();
    } else {
        m[EXPS] = m[H].topRows(nb_).array().exp();
        Y.middleRows(b0_, nb_).array() =
            X.middleRows(b0_, nb_).array() * m[EXPS].array() + m[H].bottomRows(nb_).array();
        ld = m[H].topRows(nb_).colwise().sum();
    }
}

template <class S>
const typename Coupling<S>::Mat& Coupling<S>::logDet(const Cache<S>& cache) const {
    return cache.m[LOGDET];
}

template <class S>
void Coupling<S>::inverse(const Mat& Y, Mat& X, Cache<S>& cache) const {
    conditioner(Y, cache);  // y_a = x_a, so the conditioner sees the same input
    Mat* m = cache.m.data();
    const Index n = Y.cols();
    X.resize(dim_, n);
    X.middleRows(a0_, na_) = Y.middleRows(a0_, na_);
    Mat& ld = m[LOGDET];  // of the forward map at the reconstructed x (see layer.h)
    ld.resize(1, n);
    if (kind_ == CouplingKind::Additive) {
        X.middleRows(b0_, nb_) = Y.middleRows(b0_, nb_) - m[H];
        ld.setZero();
    } else {
        m[EXPS] = (-m[H].topRows(nb_).array()).exp();  // e^{−s}, kept for inverseBackward
        X.middleRows(b0_, nb_).array() =
            (Y.middleRows(b0_, nb_).array() - m[H].bottomRows(nb_).array()) * m[EXPS].array();
        ld = m[H].topRows(nb_).colwise().sum();
    }
}

template <class S>
void Coupling<S>::inverseBackward(const Mat&, const Mat& X, const Mat& dX, Mat* dY, S* grad,
                                  Cache<S>& cache) const {
    Mat* m = cache.m.data();
    const Index n = X.cols();
    Mat& dH = m[DH];
    if (kind_ == CouplingKind::Additive) {
        dH = -dX.middleRows(b0_, nb_);  // x_b = y_b − t(y_a)
    } else {
        // x_b = (y_b − t) ⊙ e^{−s}:  ∂L/∂s = −dx_b ⊙ x_b,  ∂L/∂t = −dx_b ⊙ e^{−s}.
        dH.resize(2 * nb_, n);
        dH.topRows(nb_) = -dX.middleRows(b0_, nb_).cwiseProduct(X.middleRows(b0_, nb_));
        dH.bottomRows(nb_) = -dX.middleRows(b0_, nb_).cwiseProduct(m[EXPS]);
    }
    Mat* dYa = dY ? &m[DXA] : nullptr;
    net_->backward(m[XA], m[H], dH, dYa, grad, cache.child(0));
    if (dY) {
        dY->resize(dim_, n);
        dY->middleRows(a0_, na_) = dX.middleRows(a0_, na_) + m[DXA];
        if (kind_ == CouplingKind::Additive)
            dY->middleRows(b0_, nb_) = dX.middleRows(b0_, nb_);
        else
            dY->middleRows(b0_, nb_) = dX.middleRows(b0_, nb_).cwiseProduct(m[EXPS]);
    }
}

template <class S>
void Coupling<S>::backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                           Cache<S>& cache) const {
    backwardWithLogDet(X, Y, dY, Mat(), dX, grad, cache);
}

template <class S>
void Coupling<S>::backwardWithLogDet(const Mat& X, const Mat&, const Mat& dY, const Mat& dLogDet,
                                     Mat* dX, S* grad, Cache<S>& cache) const {
    Mat* m = cache.m.data();
    const Index n = X.cols();
    Mat& dH = m[DH];
    if (kind_ == CouplingKind::Additive) {
        dH = dY.middleRows(b0_, nb_);  // ∂y_b/∂t = I
    } else {
        // y_b = x_b ⊙ e^s + t:  ∂L/∂s = dy_b ⊙ x_b ⊙ e^s (+ dLogDet per sample),  ∂L/∂t = dy_b.
        dH.resize(2 * nb_, n);
        dH.topRows(nb_).array() =
            dY.middleRows(b0_, nb_).array() * X.middleRows(b0_, nb_).array() * m[EXPS].array();
        if (dLogDet.size() == n)
            dH.topRows(nb_).rowwise() += dLogDet.row(0);
        dH.bottomRows(nb_) = dY.middleRows(b0_, nb_);
    }
    Mat* dXa = dX ? &m[DXA] : nullptr;
    net_->backward(m[XA], m[H], dH, dXa, grad, cache.child(0));
    if (dX) {
        dX->resize(dim_, n);
        dX->middleRows(a0_, na_) = dY.middleRows(a0_, na_) + m[DXA];
        if (kind_ == CouplingKind::Additive)
            dX->middleRows(b0_, nb_) = dY.middleRows(b0_, nb_);
        else
            dX->middleRows(b0_, nb_).array() = dY.middleRows(b0_, nb_).array() * m[EXPS].array();
    }
}

template class Coupling<float>;
template class Coupling<double>;

}  // namespace eqlab::nn
