#include "compute/nn/signed_permutation.h"

#include <cmath>

#include "compute/core/error.h"

namespace eqlab::nn {

using Eigen::Index;

SignedPermutation SignedPermutation::identity(Index dim) {
    SignedPermutation p;
    p.image.resize(static_cast<std::size_t>(dim));
    p.sign.assign(static_cast<std::size_t>(dim), 1);
    for (Index i = 0; i < dim; ++i)
        p.image[static_cast<std::size_t>(i)] = i;
    return p;
}

std::string SignedPermutation::validate() const {
    if (sign.size() != image.size())
        return "signed permutation: " + std::to_string(image.size()) + " images but " +
               std::to_string(sign.size()) + " signs";
    std::vector<char> hit(image.size(), 0);
    for (std::size_t i = 0; i < image.size(); ++i) {
        if (sign[i] != 1 && sign[i] != -1)
            return "signed permutation: sign of coordinate " + std::to_string(i) +
                   " must be +1 or -1, got " + std::to_string(sign[i]);
        if (image[i] < 0 || image[i] >= dim() || hit[static_cast<std::size_t>(image[i])])
            return "signed permutation: image of coordinate " + std::to_string(i) + " (" +
                   std::to_string(image[i]) + ") is out of range or repeated";
        hit[static_cast<std::size_t>(image[i])] = 1;
    }
    return {};
}

std::optional<SignedPermutation> SignedPermutation::fromMatrix(const Eigen::MatrixXd& M, double tol,
                                                               std::string* why) {
    auto fail = [&](std::string msg) -> std::optional<SignedPermutation> {
        if (why)
            *why = std::move(msg);
        return std::nullopt;
    };
    if (M.rows() != M.cols())
        return fail("the matrix is " + std::to_string(M.rows()) + "x" + std::to_string(M.cols()) +
                    ", not square");
    const Index d = M.rows();
    SignedPermutation p;
    p.image.assign(static_cast<std::size_t>(d), -1);
    p.sign.assign(static_cast<std::size_t>(d), 0);
    std::vector<int> rowHits(static_cast<std::size_t>(d), 0);
    for (Index j = 0; j < d; ++j) {
        int nonZero = 0;
        for (Index i = 0; i < d; ++i) {
            const double v = M(i, j);
            if (std::abs(v) <= tol)
                continue;
            if (std::abs(std::abs(v) - 1.0) > tol)
                return fail("entry (" + std::to_string(i) + ", " + std::to_string(j) +
                            ") is neither 0 nor +-1");
            ++nonZero;
            p.image[static_cast<std::size_t>(j)] = i;
            p.sign[static_cast<std::size_t>(j)] = v > 0 ? 1 : -1;
            ++rowHits[static_cast<std::size_t>(i)];
        }
        if (nonZero != 1)
            return fail("column " + std::to_string(j) + " has " + std::to_string(nonZero) +
                        " non-zero entries, not 1");
    }
    for (Index i = 0; i < d; ++i)
        if (rowHits[static_cast<std::size_t>(i)] != 1)
            return fail("row " + std::to_string(i) + " has " +
                        std::to_string(rowHits[static_cast<std::size_t>(i)]) +
                        " non-zero entries, not 1");
    return p;
}

Eigen::MatrixXd SignedPermutation::matrix() const {
    Eigen::MatrixXd M = Eigen::MatrixXd::Zero(dim(), dim());
    for (Index i = 0; i < dim(); ++i)
        M(image[static_cast<std::size_t>(i)], i) = sign[static_cast<std::size_t>(i)];
    return M;
}

SignedPermutation SignedPermutation::compose(const SignedPermutation& other) const {
    if (other.dim() != dim())
        throw Error(ErrorKind::InvalidArgument, "signed permutation: cannot compose dimension " +
                                                    std::to_string(dim()) + " with " +
                                                    std::to_string(other.dim()));
    // x_i goes to other.sign[i]·e_{other.image[i]}, then to this.sign[k]·e_{this.image[k]}.
    SignedPermutation r;
    r.image.resize(image.size());
    r.sign.resize(image.size());
    for (std::size_t i = 0; i < image.size(); ++i) {
        const auto k = static_cast<std::size_t>(other.image[i]);
        r.image[i] = image[k];
        r.sign[i] = sign[k] * other.sign[i];
    }
    return r;
}

SignedPermutation SignedPermutation::inverse() const {
    SignedPermutation r;
    r.image.resize(image.size());
    r.sign.resize(image.size());
    for (std::size_t i = 0; i < image.size(); ++i) {
        const auto k = static_cast<std::size_t>(image[i]);
        r.image[k] = static_cast<Index>(i);
        r.sign[k] = sign[i];
    }
    return r;
}

bool SignedPermutation::isIdentity() const {
    for (std::size_t i = 0; i < image.size(); ++i)
        if (image[i] != static_cast<Index>(i) || sign[i] != 1)
            return false;
    return true;
}

std::string SignedPermutation::text() const {
    std::string s = "[";
    for (std::size_t i = 0; i < image.size(); ++i) {
        if (i)
            s += ' ';
        s += std::to_string(sign[i] * (image[i] + 1));
    }
    return s + "]";
}

SignedPermutation swapHalves(Index dim) {
    if (dim < 2 || dim % 2 != 0)
        throw Error(
            ErrorKind::InvalidArgument,
            "swap-halves involution: dimension must be even and >= 2, got " + std::to_string(dim));
    SignedPermutation p = SignedPermutation::identity(dim);
    const Index h = dim / 2;
    for (Index i = 0; i < dim; ++i)
        p.image[static_cast<std::size_t>(i)] = i < h ? i + h : i - h;
    return p;
}

SignedPermutation negateBlock(Index dim, Index start, Index count) {
    if (dim < 1 || start < 0 || count < 1 || start + count > dim)
        throw Error(ErrorKind::InvalidArgument,
                    "negate-block involution: block [" + std::to_string(start) + ", " +
                        std::to_string(start + count) + ") must be a non-empty range inside 0.." +
                        std::to_string(dim));
    SignedPermutation p = SignedPermutation::identity(dim);
    for (Index i = start; i < start + count; ++i)
        p.sign[static_cast<std::size_t>(i)] = -1;
    return p;
}

SignedPermutation riffle(Index dim) {
    SignedPermutation p = SignedPermutation::identity(dim);
    Index k = 0;
    for (int parity = 0; parity < 2; ++parity)
        for (Index i = parity; i < dim; i += 2)
            p.image[static_cast<std::size_t>(i)] = k++;  // y_k = x_i
    return p;
}

}  // namespace eqlab::nn
