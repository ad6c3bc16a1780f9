#pragma once

// Helpers for the tests of conjugated actions (involutive nets, neural group actions): random
// parameters, a Jacobian by central differences, and a gradient check at a GIVEN input whose
// first `rows` rows are differentiable (a neural group action's last input row is a group element
// index, a constant).

#include <functional>

#include "gradcheck.h"

namespace flowcheck {

using Mat = eqlab::nn::Matrix<double>;
using Vec = eqlab::nn::Vector<double>;

inline void randomParams(eqlab::nn::Model<double>& m, std::uint64_t seed, double scale = 0.5) {
    eqlab::Rng rng(seed);
    for (Eigen::Index i = 0; i < m.paramCount(); ++i)
        m.params()[i] = scale * rng.normal();
    m.prepare();
}

// J = ∂f/∂x at x (f: R^d -> R^m on one column), central differences with step h.
inline Mat jacobian(const std::function<Mat(const Mat&)>& f, const Mat& x, double h = 1e-6) {
    const Mat f0 = f(x);
    Mat J(f0.rows(), x.rows());
    for (Eigen::Index k = 0; k < x.rows(); ++k) {
        Mat xp = x, xm = x;
        xp(k, 0) += h;
        xm(k, 0) -= h;
        J.col(k) = (f(xp) - f(xm)) / (2 * h);
    }
    return J;
}

// gradcheck::checkAt with a random R drawn from the seed.
inline gradcheck::Result checkAt(eqlab::nn::Model<double>& model, const Mat& X, Eigen::Index rows,
                                 std::uint64_t seed, double h = 1e-5) {
    eqlab::Rng rng(seed);
    const Mat R = gradcheck::randomMatrix(model.outDim(), X.cols(), rng);
    return gradcheck::checkAt(model, X, R, rows, h);
}

}  // namespace flowcheck
