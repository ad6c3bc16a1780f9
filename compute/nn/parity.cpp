#include "compute/nn/parity.h"

#include "compute/core/error.h"

namespace eqlab::nn {

namespace {
enum Buf { XT, Y1, Y2, DY1, DY2, DX1, DX2, NBUF };
}

template <class S>
ParityWrapper<S>::ParityWrapper(LayerPtr<S> g, const Matrix<double>& A, const Vector<double>& c,
                                int parity)
    : g_(std::move(g)), p_(parity) {
    if (!g_)
        throw Error(ErrorKind::InvalidArgument, "parity wrapper: null net");
    const Index d = g_->inDim();
    if (A.rows() != d || A.cols() != d || c.size() != d)
        throw Error(ErrorKind::InvalidArgument,
                    "parity wrapper: T must act on dimension " + std::to_string(d));
    if (parity != 1 && parity != -1)
        throw Error(ErrorKind::InvalidArgument, "parity wrapper: parity must be +1 or -1");
    if (!(A * A).isApprox(Matrix<double>::Identity(d, d), 1e-10) ||
        (A * c + c).norm() > 1e-10 * (1.0 + c.norm()))
        throw Error(ErrorKind::InvalidArgument,
                    "parity wrapper: T x = A x + c must be an involution (A^2 = I, A c = -c)");
    A_ = A.cast<S>();
    c_ = c.cast<S>();
}

template <class S>
std::string ParityWrapper<S>::describe() const {
    return std::string("parity(") + (p_ > 0 ? "even" : "odd") + ") [" + g_->describe() + "]";
}

template <class S>
void ParityWrapper<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    Mat* m = cache.buffers(NBUF);
    cache.child(1);
    m[XT].resize(X.rows(), X.cols());
    m[XT].noalias() = A_ * X;  // T x (in × n)
    m[XT].colwise() += c_;
    g_->forward(X, m[Y1], cache.sub[0]);
    g_->forward(m[XT], m[Y2], cache.sub[1]);
    Y.resize(m[Y1].rows(), m[Y1].cols());
    Y = S(0.5) * (m[Y1] + S(p_) * m[Y2]);
}

template <class S>
void ParityWrapper<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                                Cache<S>& cache) const {
    Mat* m = cache.m.data();
    m[DY1] = S(0.5) * dY;
    m[DY2] = S(0.5 * p_) * dY;
    g_->backward(X, m[Y1], m[DY1], dX ? &m[DX1] : nullptr, grad, cache.sub[0]);
    g_->backward(m[XT], m[Y2], m[DY2], dX ? &m[DX2] : nullptr, grad, cache.sub[1]);
    if (dX) {
        dX->resize(X.rows(), X.cols());
        *dX = m[DX1];
        dX->noalias() += A_.transpose() * m[DX2];
    }
}

template class ParityWrapper<float>;
template class ParityWrapper<double>;

}  // namespace eqlab::nn
