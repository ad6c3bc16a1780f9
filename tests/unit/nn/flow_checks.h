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

// Relative errors of dL/dparams and dL/dX (first `rows` rows) for L = Σ R ⊙ model(X), against
// central differences; the remaining rows of dL/dX must be exactly 0.
inline gradcheck::Result checkAt(eqlab::nn::Model<double>& model, const Mat& X, Eigen::Index rows,
                                 std::uint64_t seed, double h = 1e-5) {
    eqlab::Rng rng(seed);
    const Mat R = gradcheck::randomMatrix(model.outDim(), X.cols(), rng);
    auto value = [&](const Mat& x) {
        Mat y;
        eqlab::nn::Cache<double> c;
        model.forward(x, y, c);
        return (R.array() * y.array()).sum();
    };
    eqlab::nn::Cache<double> cache;
    Mat Y, dX;
    model.forward(X, Y, cache);
    Vec grad = Vec::Zero(model.paramCount());
    model.backward(X, Y, R, &dX, grad.data(), cache);

    Vec numGrad(model.paramCount());
    for (Eigen::Index i = 0; i < model.paramCount(); ++i) {
        const double keep = model.params()[i];
        model.params()[i] = keep + h;
        model.prepare();
        const double up = value(X);
        model.params()[i] = keep - h;
        model.prepare();
        const double down = value(X);
        model.params()[i] = keep;
        model.prepare();
        numGrad[i] = (up - down) / (2 * h);
    }
    Mat numDX = Mat::Zero(X.rows(), X.cols());
    Mat Xp = X;
    for (Eigen::Index j = 0; j < X.cols(); ++j)
        for (Eigen::Index i = 0; i < rows; ++i) {
            const double keep = Xp(i, j);
            Xp(i, j) = keep + h;
            const double up = value(Xp);
            Xp(i, j) = keep - h;
            const double down = value(Xp);
            Xp(i, j) = keep;
            numDX(i, j) = (up - down) / (2 * h);
        }
    gradcheck::Result r;
    r.paramError = model.paramCount() ? gradcheck::relError(grad, numGrad) : 0.0;
    r.inputError = gradcheck::relError(dX, numDX);
    if (rows < X.rows() && dX.bottomRows(X.rows() - rows).cwiseAbs().maxCoeff() != 0.0)
        r.inputError = 1.0;  // the constant rows must get no gradient
    return r;
}

}  // namespace flowcheck
