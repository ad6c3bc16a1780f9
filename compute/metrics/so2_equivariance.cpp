#include "compute/metrics/so2_equivariance.h"

#include <algorithm>
#include <numbers>

#include "compute/core/error.h"
#include "compute/nn/band_limited.h"

namespace eqlab::metrics {

namespace {

void checkRows(Eigen::Index rows, int K, const char* which) {
    if (K < 0 || rows % nn::bandWidth(K) != 0)
        throw Error(ErrorKind::InvalidArgument,
                    std::string("SO(2) equivariance: ") + which + " has " + std::to_string(rows) +
                        " rows, not a multiple of 2K+1 for K = " + std::to_string(K));
}

double meanRelative(const Eigen::MatrixXd& diff, const Eigen::MatrixXd& ref) {
    double sum = 0;
    for (Eigen::Index j = 0; j < ref.cols(); ++j)
        sum += diff.col(j).norm() / std::max(ref.col(j).norm(), 1e-300);
    return ref.cols() ? sum / double(ref.cols()) : 0.0;
}

}  // namespace

std::vector<double> so2EquivarianceCurve(const BatchFunction& f, const Eigen::MatrixXd& X,
                                         const So2Action& action,
                                         const std::vector<double>& angles) {
    checkRows(X.rows(), action.K, "the input");
    const Eigen::MatrixXd Y = f(X);
    const int outK = action.outputK >= 0 ? action.outputK : action.K;
    if (action.output == So2Output::Equivariant)
        checkRows(Y.rows(), outK, "the output");
    std::vector<double> errors;
    errors.reserve(angles.size());
    for (const double alpha : angles) {
        const Eigen::MatrixXd Yr = f(nn::rotateBandLimited(X, action.K, alpha));
        const Eigen::MatrixXd expected =
            action.output == So2Output::Equivariant ? nn::rotateBandLimited(Y, outK, alpha) : Y;
        errors.push_back(meanRelative(Yr - expected, Y));
    }
    return errors;
}

double so2EquivarianceError(const BatchFunction& f, const Eigen::MatrixXd& X,
                            const So2Action& action, double alpha) {
    return so2EquivarianceCurve(f, X, action, {alpha})[0];
}

std::vector<double> uniformAngles(int count) {
    std::vector<double> a(static_cast<std::size_t>(std::max(count, 0)));
    for (int i = 0; i < count; ++i)
        a[static_cast<std::size_t>(i)] = 2.0 * std::numbers::pi * i / count;
    return a;
}

BatchFunction layerFunction(const nn::Layer<double>& layer) {
    return [&layer](const Eigen::MatrixXd& X) {
        Eigen::MatrixXd Y;
        nn::Cache<double> cache;
        layer.forward(X, Y, cache);
        return Y;
    };
}

BatchFunction modelFunction(nn::Model<double>& model) {
    return [&model](const Eigen::MatrixXd& X) { return model.predict(X); };
}

}  // namespace eqlab::metrics
