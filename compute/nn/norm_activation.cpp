#include "compute/nn/norm_activation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "compute/core/error.h"

namespace eqlab::nn {

namespace {

constexpr double kEps = 1e-6;

}  // namespace

const char* normFunctionName(NormFunction f) noexcept {
    return f == NormFunction::ReLU ? "norm-relu" : "norm-sigmoid";
}

template <class S>
NormActivation<S>::NormActivation(std::vector<std::vector<Index>> blocks, Index dim, NormFunction f)
    : blocks_(std::move(blocks)), dim_(dim), f_(f) {
    if (dim < 1)
        throw Error(ErrorKind::InvalidArgument, "norm activation: dimension must be >= 1");
    std::vector<int> seen(static_cast<std::size_t>(dim), 0);
    for (std::size_t b = 0; b < blocks_.size(); ++b) {
        if (blocks_[b].empty())
            throw Error(ErrorKind::InvalidArgument,
                        "norm activation: block " + std::to_string(b) + " is empty");
        for (Index i : blocks_[b]) {
            if (i < 0 || i >= dim || seen[static_cast<std::size_t>(i)]++)
                throw Error(ErrorKind::InvalidArgument,
                            "norm activation: index " + std::to_string(i) + " in block " +
                                std::to_string(b) + " is out of range 0.." +
                                std::to_string(dim - 1) + " or in two blocks");
        }
    }
    for (Index i = 0; i < dim; ++i)
        if (!seen[static_cast<std::size_t>(i)])
            throw Error(ErrorKind::InvalidArgument,
                        "norm activation: index " + std::to_string(i) + " is in no block");
}

template <class S>
std::string NormActivation<S>::describe() const {
    return std::string(normFunctionName(f_)) + " " + std::to_string(dim_) + " (" +
           std::to_string(blocks_.size()) + " fields)";
}

template <class S>
void NormActivation<S>::initialize(Rng&) {
    const S beta = f_ == NormFunction::ReLU ? S(0.1) : S(0);
    std::fill(p_, p_ + paramCount(), beta);
}

template <class S>
void NormActivation<S>::scale(S n, S beta, S& s, S* dsdn, S* dsdb) const {
    if (f_ == NormFunction::ReLU) {
        const bool on = n > beta;
        s = on ? (n - beta) / n : S(0);
        if (dsdn)
            *dsdn = on ? beta / (n * n) : S(0);  // d/dn (1 − β/n)
        if (dsdb)
            *dsdb = on ? S(-1) / n : S(0);
    } else {
        s = S(1) / (S(1) + std::exp(beta - n));
        const S d = s * (S(1) - s);
        if (dsdn)
            *dsdn = d;
        if (dsdb)
            *dsdb = -d;
    }
}

template <class S>
void NormActivation<S>::forward(const Mat& X, Mat& Y, Cache<S>&) const {
    Y.resize(X.rows(), X.cols());
    const S eps2 = S(kEps * kEps);
    for (Index j = 0; j < X.cols(); ++j) {
        for (std::size_t b = 0; b < blocks_.size(); ++b) {
            S sq = eps2;
            for (Index i : blocks_[b])
                sq += X(i, j) * X(i, j);
            S s;
            scale(std::sqrt(sq), p_[b], s, nullptr, nullptr);
            for (Index i : blocks_[b])
                Y(i, j) = s * X(i, j);
        }
    }
}

template <class S>
void NormActivation<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                                 Cache<S>&) const {
    // y = s(n) x with n = √(‖x‖² + ε²): dy/dx = s I + (s'(n)/n) x xᵀ, dy/dβ = (ds/dβ) x.
    if (dX)
        dX->resize(X.rows(), X.cols());
    const S eps2 = S(kEps * kEps);
    for (Index j = 0; j < X.cols(); ++j) {
        for (std::size_t b = 0; b < blocks_.size(); ++b) {
            S sq = eps2, xdy = 0;
            for (Index i : blocks_[b]) {
                sq += X(i, j) * X(i, j);
                xdy += X(i, j) * dY(i, j);
            }
            const S n = std::sqrt(sq);
            S s, dsdn, dsdb;
            scale(n, p_[b], s, &dsdn, &dsdb);
            grad[b] += xdy * dsdb;
            if (dX) {
                const S c = xdy * dsdn / n;
                for (Index i : blocks_[b])
                    (*dX)(i, j) = s * dY(i, j) + c * X(i, j);
            }
        }
    }
}

template class NormActivation<float>;
template class NormActivation<double>;

std::vector<std::vector<Index>> normBlocks(const groups::Representation& rep) {
    if (!rep.valid())
        throw Error(ErrorKind::InvalidArgument, "norm activation: invalid representation");
    if (!rep.isOrthogonal())
        throw Error(ErrorKind::InvalidArgument,
                    "norm activation: representation '" + rep.text() +
                        "' is not orthogonal, so the norms of its blocks are not invariant");
    const int d = rep.dim();
    // Union–find over the coordinates, linked by the nonzero entries of every ρ(g).
    std::vector<int> parent(static_cast<std::size_t>(d));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    auto unite = [&](int a, int b) {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    };
    for (int g = 0; g < rep.group().order(); ++g) {
        if (rep.isPermutation()) {
            const auto& p = rep.permutation(g);
            for (int i = 0; i < d; ++i)
                unite(i, p[i]);
        } else {
            const Eigen::MatrixXd& m = rep.matrix(g);
            for (int c = 0; c < d; ++c)
                for (int r = 0; r < d; ++r)
                    if (std::abs(m(r, c)) > 1e-12)
                        unite(r, c);
        }
    }
    std::vector<std::vector<Index>> blocks;
    std::vector<int> blockOfRoot(static_cast<std::size_t>(d), -1);
    for (int i = 0; i < d; ++i) {
        const int r = find(i);
        if (blockOfRoot[r] < 0) {
            blockOfRoot[r] = static_cast<int>(blocks.size());
            blocks.emplace_back();
        }
        blocks[static_cast<std::size_t>(blockOfRoot[r])].push_back(i);
    }
    return blocks;
}

template <class S>
std::unique_ptr<NormActivation<S>> makeNormActivation(const groups::Representation& rep,
                                                      NormFunction f) {
    return std::make_unique<NormActivation<S>>(normBlocks(rep), rep.dim(), f);
}

template std::unique_ptr<NormActivation<float>> makeNormActivation<float>(
    const groups::Representation&, NormFunction);
template std::unique_ptr<NormActivation<double>> makeNormActivation<double>(
    const groups::Representation&, NormFunction);

}  // namespace eqlab::nn
