#pragma once

// Central finite-difference checks of a layer's backward() in double precision.
// The scalar probed is L = Σ R ⊙ f(X) with a fixed random R, so dL/dY = R exactly.

#include <functional>

#include "compute/core/rng.h"
#include "compute/nn/model.h"

namespace gradcheck {

using Mat = eqlab::nn::Matrix<double>;
using Vec = eqlab::nn::Vector<double>;

inline Mat randomMatrix(Eigen::Index r, Eigen::Index c, eqlab::Rng& rng, double scale = 1.0) {
    Mat m(r, c);
    for (Eigen::Index j = 0; j < c; ++j)
        for (Eigen::Index i = 0; i < r; ++i)
            m(i, j) = scale * rng.normal();
    return m;
}

// Norm-wise relative error ‖a − b‖ / max(‖a‖, ‖b‖, 1e-300).
inline double relError(const Mat& a, const Mat& b) {
    const double d = std::max({a.norm(), b.norm(), 1e-300});
    return (a - b).norm() / d;
}

struct Result {
    double paramError = 0;  // relative error of dL/dparams
    double inputError = 0;  // relative error of dL/dX
};

// Relative errors of dL/dparams and dL/dX for L = Σ R ⊙ model(X) at the model's current
// parameters, against central differences with step h. Only the first `rows` rows of X are
// differentiated numerically (a neural group action's last input row is a group element index, a
// constant); the remaining rows of dL/dX must be exactly 0.
inline Result checkAt(eqlab::nn::Model<double>& model, const Mat& X, const Mat& R,
                      Eigen::Index rows, double h = 1e-5) {
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
    Result r;
    r.paramError = model.paramCount() ? relError(grad, numGrad) : 0.0;
    r.inputError = relError(dX, numDX);
    if (rows < X.rows() && dX.bottomRows(X.rows() - rows).cwiseAbs().maxCoeff() != 0.0)
        r.inputError = 1.0;  // the constant rows must get no gradient
    return r;
}

// Checks the whole model (its only layer is usually the one under test) at random parameters
// and inputs. Parameters are drawn N(0, paramScale²) so that biases are not zero and every path
// is exercised.
inline Result check(eqlab::nn::Model<double>& model, Eigen::Index n, std::uint64_t seed,
                    double paramScale = 0.5, double inputScale = 1.0, double h = 1e-5) {
    eqlab::Rng rng(seed);
    for (Eigen::Index i = 0; i < model.paramCount(); ++i)
        model.params()[i] = paramScale * rng.normal();
    model.prepare();
    const Mat X = randomMatrix(model.inDim(), n, rng, inputScale);
    const Mat R = randomMatrix(model.outDim(), n, rng);
    return checkAt(model, X, R, X.rows(), h);
}

}  // namespace gradcheck
