#include "compute/nn/parity.h"

#include "compute/core/error.h"

namespace eqlab::nn {

Matrix<double> AffineInvolution::apply(const Matrix<double>& X) const {
    Matrix<double> Y = A * X;
    Y.colwise() += c;
    return Y;
}

void checkAffineInvolution(const Matrix<double>& A, const Vector<double>& c, Index dim,
                           const std::string& what) {
    const std::string d = std::to_string(dim);
    if (A.rows() != dim || A.cols() != dim)
        throw Error(ErrorKind::InvalidArgument, what + ": A must be " + d + "x" + d + ", got " +
                                                    std::to_string(A.rows()) + "x" +
                                                    std::to_string(A.cols()));
    if (c.size() != dim)
        throw Error(ErrorKind::InvalidArgument,
                    what + ": c must have " + d + " entries, got " + std::to_string(c.size()));
    const double square = (A * A - Matrix<double>::Identity(dim, dim)).cwiseAbs().maxCoeff();
    if (!(square <= 1e-10))
        throw Error(ErrorKind::InvalidArgument,
                    what + ": A must be an involution (A^2 = I), but max |A^2 - I| = " +
                        std::to_string(square));
    const double offset = (A * c + c).norm();
    if (!(offset <= 1e-10 * (1.0 + c.norm())))
        throw Error(
            ErrorKind::InvalidArgument,
            what + ": the offset must satisfy A c = -c (so that T(T x) = x), but |A c + c| = " +
                std::to_string(offset) + "; c must lie in the -1 eigenspace of A");
}

AffineInvolution negation(Index dim) {
    if (dim < 1)
        throw Error(ErrorKind::InvalidArgument, "negation: dimension must be >= 1");
    return {-Matrix<double>::Identity(dim, dim), Vector<double>::Zero(dim)};
}

AffineInvolution imageMirror(int K, int channels) {
    if (K < 1 || channels < 1)
        throw Error(ErrorKind::InvalidArgument, "image mirror: size and channels must be >= 1");
    const Index d = static_cast<Index>(K) * K * channels;
    AffineInvolution T{Matrix<double>::Zero(d, d), Vector<double>::Zero(d)};
    for (int row = 0; row < K; ++row)
        for (int col = 0; col < K; ++col)
            for (int ch = 0; ch < channels; ++ch)
                T.A((row * K + (K - 1 - col)) * channels + ch, (row * K + col) * channels + ch) = 1;
    return T;
}

AffineInvolution hyperplaneMirror(const Vector<double>& normal, double offset) {
    const double nn = normal.squaredNorm();
    if (!(nn > 0))
        throw Error(ErrorKind::InvalidArgument, "hyperplane mirror: the normal must be non-zero");
    const Index d = normal.size();
    return {Matrix<double>::Identity(d, d) - 2.0 / nn * normal * normal.transpose(),
            2.0 * offset / nn * normal};
}

template <class S>
ParityWrapper<S>::ParityWrapper(LayerPtr<S> g, const Matrix<double>& A, const Vector<double>& c,
                                int parity)
    : g_(std::move(g)), p_(parity) {
    if (!g_)
        throw Error(ErrorKind::InvalidArgument, "parity wrapper: null net");
    if (parity != 1 && parity != -1)
        throw Error(ErrorKind::InvalidArgument,
                    "parity wrapper: parity must be +1 or -1, got " + std::to_string(parity));
    checkAffineInvolution(A, c, g_->inDim(), "parity wrapper: T x = A x + c");
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
