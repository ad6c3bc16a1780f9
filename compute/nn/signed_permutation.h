#pragma once

// Signed permutations of coordinates: the matrices with exactly one non-zero entry, ±1, in every
// row and column. They are the fixed maps σ and P(g) of involutive nets and neural group actions
// (docs/math.md §3.7): exact in floating point (a copy and a sign flip), orthogonal, |det| = 1.
//
// Convention: column i of the matrix is sign[i]·e_{image[i]}, i.e. (P x)[image[i]] = sign[i]·x[i].

#include <optional>
#include <string>
#include <vector>

#include <Eigen/Core>

namespace eqlab::nn {

struct SignedPermutation {
    std::vector<Eigen::Index> image;  // a permutation of 0..dim-1
    std::vector<int> sign;            // ±1, one per source coordinate

    Eigen::Index dim() const { return static_cast<Eigen::Index>(image.size()); }

    static SignedPermutation identity(Eigen::Index dim);
    // An error message when image/sign are not a valid signed permutation, empty otherwise.
    std::string validate() const;
    // The signed permutation equal to M (entries 0 or ±1 within tol, one non-zero per row and
    // column), or nullopt with `why` (if non-null) saying which row or column is wrong.
    static std::optional<SignedPermutation> fromMatrix(const Eigen::MatrixXd& M, double tol = 1e-12,
                                                       std::string* why = nullptr);

    Eigen::MatrixXd matrix() const;
    // (this ∘ other) x = this(other(x)).
    SignedPermutation compose(const SignedPermutation& other) const;
    SignedPermutation inverse() const;  // the transpose
    bool isIdentity() const;
    bool operator==(const SignedPermutation& o) const { return image == o.image && sign == o.sign; }
    // Text for describe(): entry i is sign[i]·(image[i]+1), the signed 1-based image of
    // coordinate i; e.g. "[3 4 1 2]" swaps the halves of R^4, "[-1 2 3 4]" negates x0.
    std::string text() const;

    // Y = P X for a whole batch (X: dim × n; Y resized). Y must not alias X.
    template <class MatIn, class MatOut>
    void apply(const MatIn& X, MatOut& Y) const {
        Y.resize(X.rows(), X.cols());
        for (Eigen::Index i = 0; i < dim(); ++i)
            Y.row(image[i]) = X.row(i) * typename MatOut::Scalar(sign[i]);
    }
    // Y = Pᵀ X = P⁻¹ X for a whole batch.
    template <class MatIn, class MatOut>
    void applyTranspose(const MatIn& X, MatOut& Y) const {
        Y.resize(X.rows(), X.cols());
        for (Eigen::Index i = 0; i < dim(); ++i)
            Y.row(i) = X.row(image[i]) * typename MatOut::Scalar(sign[i]);
    }
    // Column j only: y = P x, y = Pᵀ x (Y, X already sized).
    template <class MatIn, class MatOut>
    void applyColumn(const MatIn& X, MatOut& Y, Eigen::Index j) const {
        for (Eigen::Index i = 0; i < dim(); ++i)
            Y(image[i], j) = typename MatOut::Scalar(sign[i]) * X(i, j);
    }
    template <class MatIn, class MatOut>
    void applyTransposeColumn(const MatIn& X, MatOut& Y, Eigen::Index j) const {
        for (Eigen::Index i = 0; i < dim(); ++i)
            Y(i, j) = typename MatOut::Scalar(sign[i]) * X(image[i], j);
    }
};

// Fixed involutions σ (σ∘σ = id) used by involutive nets:
//   swapHalves(d):            (x_a, x_b) ↦ (x_b, x_a), halves of d/2 rows (d even)
//   negateBlock(d, start, n): x_i ↦ −x_i for i in [start, start+n)
SignedPermutation swapHalves(Eigen::Index dim);
SignedPermutation negateBlock(Eigen::Index dim, Eigen::Index start, Eigen::Index count);

// The "riffle" y = (x0, x2, x4, …, x1, x3, …): between coupling layers it regroups the halves so
// that every pair of coordinates eventually conditions each other.
SignedPermutation riffle(Eigen::Index dim);

}  // namespace eqlab::nn
