#include "compute/nn/equivariant_linear.h"

#include <cmath>

#include "compute/core/error.h"
#include "compute/nn/init.h"

namespace eqlab::nn {

template <class S>
EquivariantLinear<S>::EquivariantLinear(const std::vector<Matrix<double>>& basis,
                                        const std::vector<Vector<double>>& biasBasis, Index in,
                                        Index out)
    : in_(in),
      out_(out),
      nc_(static_cast<Index>(basis.size())),
      nb_(static_cast<Index>(biasBasis.size())) {
    if (in < 1 || out < 1)
        throw Error(ErrorKind::InvalidArgument, "equivariant linear: dimensions must be >= 1");
    basis_.resize(out * in, nc_);
    for (Index i = 0; i < nc_; ++i) {
        const auto& B = basis[static_cast<std::size_t>(i)];
        if (B.rows() != out || B.cols() != in)
            throw Error(ErrorKind::InvalidArgument,
                        "equivariant linear: basis matrix " + std::to_string(i) + " is " +
                            std::to_string(B.rows()) + "x" + std::to_string(B.cols()) +
                            ", expected " + std::to_string(out) + "x" + std::to_string(in));
        basis_.col(i) = Eigen::Map<const Vector<double>>(B.data(), out * in).template cast<S>();
        basisNormSq_ += B.squaredNorm();
    }
    setBiasBasis(biasBasis);
}

template <class S>
EquivariantLinear<S>::EquivariantLinear(const std::vector<int>& cellOrbit, Index orbits,
                                        const std::vector<Vector<double>>& biasBasis, Index in,
                                        Index out)
    : in_(in), out_(out), nc_(orbits), nb_(static_cast<Index>(biasBasis.size())) {
    if (in < 1 || out < 1)
        throw Error(ErrorKind::InvalidArgument, "equivariant linear: dimensions must be >= 1");
    if (static_cast<Index>(cellOrbit.size()) != out * in)
        throw Error(ErrorKind::InvalidArgument,
                    "equivariant linear: " + std::to_string(cellOrbit.size()) +
                        " cell orbits for a " + std::to_string(out) + "x" + std::to_string(in) +
                        " matrix");
    entryOrbit_.resize(static_cast<std::size_t>(out * in));
    std::vector<char> used(static_cast<std::size_t>(orbits), 0);
    for (Index r = 0; r < out; ++r) {
        for (Index c = 0; c < in; ++c) {
            const int j = cellOrbit[static_cast<std::size_t>(r * in + c)];
            if (j < 0 || j >= orbits)
                throw Error(ErrorKind::InvalidArgument,
                            "equivariant linear: cell (" + std::to_string(r) + ", " +
                                std::to_string(c) + ") is in orbit " + std::to_string(j) + " of " +
                                std::to_string(orbits));
            entryOrbit_[static_cast<std::size_t>(c * out + r)] = j;
            used[static_cast<std::size_t>(j)] = 1;
        }
    }
    for (Index j = 0; j < orbits; ++j)
        if (!used[static_cast<std::size_t>(j)])
            throw Error(ErrorKind::InvalidArgument,
                        "equivariant linear: orbit " + std::to_string(j) + " has no cell");
    basisNormSq_ = double(out * in);  // Σ_j ‖B_j‖² = the number of cells
    setBiasBasis(biasBasis);
}

template <class S>
void EquivariantLinear<S>::setBiasBasis(const std::vector<Vector<double>>& biasBasis) {
    biasBasis_.resize(out_, nb_);
    for (Index j = 0; j < nb_; ++j) {
        const auto& b = biasBasis[static_cast<std::size_t>(j)];
        if (b.size() != out_)
            throw Error(ErrorKind::InvalidArgument, "equivariant linear: bias basis vector " +
                                                        std::to_string(j) + " has length " +
                                                        std::to_string(b.size()) + ", expected " +
                                                        std::to_string(out_));
        biasBasis_.col(j) = b.template cast<S>();
    }
    W_ = Mat::Zero(out_, in_);
    b_ = Vector<S>::Zero(out_);
}

template <class S>
void EquivariantLinear<S>::setRepresentationTexts(std::string in, std::string out) {
    inText_ = std::move(in);
    outText_ = std::move(out);
}

template <class S>
std::string EquivariantLinear<S>::describe() const {
    std::string s = "equivariant-linear ";
    if (!inText_.empty())
        s += inText_ + "->" + outText_ + " ";
    return s + std::to_string(in_) + "->" + std::to_string(out_) + " (" + std::to_string(nc_) +
           "+" + std::to_string(nb_) + " coefficients)";
}

template <class S>
void EquivariantLinear<S>::bind(S* params) {
    p_ = params;
    expanded_ = false;
}

template <class S>
void EquivariantLinear<S>::initialize(Rng& rng) {
    const double s =
        basisNormSq_ > 0 ? std::sqrt(2.0 / double(in_) * double(out_ * in_) / basisNormSq_) : 0.0;
    fillNormal(p_, nc_, s, rng);
    Eigen::Map<Vector<S>>(p_ + nc_, nb_).setZero();
    expanded_ = false;
}

template <class S>
bool EquivariantLinear<S>::stale() const {
    return !expanded_ || cAt_ != Eigen::Map<const Vector<S>>(p_, nc_ + nb_);
}

template <class S>
void EquivariantLinear<S>::prepare() {
    if (!stale())
        return;
    Eigen::Map<const Vector<S>> c(p_, nc_), d(p_ + nc_, nb_);
    if (!entryOrbit_.empty()) {
        // A basis of orbits: every entry of W is its orbit's coefficient.
        S* w = W_.data();
        for (std::size_t e = 0; e < entryOrbit_.size(); ++e)
            w[e] = c[entryOrbit_[e]];
    } else {
        // vec(W) ((out·in) × 1) = basis ((out·in) × nc) · c
        Eigen::Map<Vector<S>>(W_.data(), out_ * in_).noalias() = basis_ * c;
    }
    b_.noalias() = biasBasis_ * d;
    cAt_ = Eigen::Map<const Vector<S>>(p_, nc_ + nb_);
    expanded_ = true;
    ++expansions_;
}

template <class S>
void EquivariantLinear<S>::forward(const Mat& X, Mat& Y, Cache<S>&) const {
    if (stale())
        throw Error(ErrorKind::Internal,
                    "equivariant linear: coefficients changed without prepare()");
    Y.resize(out_, X.cols());
    Y.noalias() = W_ * X;
    if (nb_ > 0)
        Y.colwise() += b_;
}

template <class S>
void EquivariantLinear<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                                    Cache<S>& cache) const {
    // dW (out×in) = dY Xᵀ; dc_i = <B_i, dW>_F, i.e. dc = basisᵀ vec(dW); dd = β̃ᵀ (dY·1).
    Mat& dW = cache.buffers(1)[0];
    dW.resize(out_, in_);
    dW.noalias() = dY * X.transpose();
    if (!entryOrbit_.empty()) {
        // dc_j = Σ of dW over orbit j's cells, added in storage order (deterministic).
        const S* dw = dW.data();
        for (std::size_t e = 0; e < entryOrbit_.size(); ++e)
            grad[entryOrbit_[e]] += dw[e];
    } else {
        Eigen::Map<Vector<S>>(grad, nc_).noalias() +=
            basis_.transpose() * Eigen::Map<const Vector<S>>(dW.data(), out_ * in_);
    }
    if (nb_ > 0)
        Eigen::Map<Vector<S>>(grad + nc_, nb_).noalias() +=
            biasBasis_.transpose() * dY.rowwise().sum();
    if (dX) {
        dX->resize(in_, dY.cols());
        dX->noalias() = W_.transpose() * dY;
    }
}

template class EquivariantLinear<float>;
template class EquivariantLinear<double>;

}  // namespace eqlab::nn
