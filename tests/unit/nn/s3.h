#pragma once

// The symmetric group S3 written out by hand for tests: its 6 permutation matrices acting on R³
// (P e_j = e_{σ(j)}), and bases of equivariant maps between sums of copies of this representation.

#include <vector>

#include "compute/nn/layer.h"

namespace s3 {

using Mat = eqlab::nn::Matrix<double>;
using Vec = eqlab::nn::Vector<double>;

inline std::vector<Mat> permutationMatrices() {
    const int perms[6][3] = {{0, 1, 2}, {1, 0, 2}, {0, 2, 1}, {2, 1, 0}, {1, 2, 0}, {2, 0, 1}};
    std::vector<Mat> out;
    for (const auto& p : perms) {
        Mat P = Mat::Zero(3, 3);
        for (int j = 0; j < 3; ++j)
            P(p[j], j) = 1.0;
        out.push_back(P);
    }
    return out;
}

// Block-diagonal sum of k copies of P.
inline Mat copies(const Mat& P, int k) {
    Mat out = Mat::Zero(P.rows() * k, P.cols() * k);
    for (int i = 0; i < k; ++i)
        out.block(i * P.rows(), i * P.cols(), P.rows(), P.cols()) = P;
    return out;
}

// Hom_{S3}(perm^kin, perm^kout): for each block pair, I and 11ᵀ (dimension 2·kin·kout).
inline std::vector<Mat> equivariantBasis(int kin, int kout) {
    std::vector<Mat> out;
    for (int bo = 0; bo < kout; ++bo)
        for (int bi = 0; bi < kin; ++bi)
            for (int t = 0; t < 2; ++t) {
                Mat B = Mat::Zero(3 * kout, 3 * kin);
                B.block(3 * bo, 3 * bi, 3, 3) =
                    t == 0 ? Mat(Mat::Identity(3, 3)) : Mat(Mat::Ones(3, 3));
                out.push_back(B);
            }
    return out;
}

// Invariant vectors of perm^k: the all-ones vector on each block.
inline std::vector<Vec> invariantBias(int k) {
    std::vector<Vec> out;
    for (int b = 0; b < k; ++b) {
        Vec v = Vec::Zero(3 * k);
        v.segment(3 * b, 3).setOnes();
        out.push_back(v);
    }
    return out;
}

}  // namespace s3
