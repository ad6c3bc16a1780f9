#include "compute/metrics/aliasing.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "compute/core/error.h"
#include "compute/nn/band_limited.h"

namespace eqlab::metrics {

namespace {

using Mat = Eigen::MatrixXd;

void check(Eigen::Index rows, int K, int N, const AliasingOptions& options, const char* what) {
    const auto fail = [what](const std::string& message) {
        throw Error(ErrorKind::InvalidArgument, std::string(what) + ": " + message);
    };
    if (K < 0 || rows % nn::bandWidth(K) != 0)
        fail(std::to_string(rows) +
             " coefficients per column is not a multiple of 2K+1 for K = " + std::to_string(K));
    if (N < 2 * K + 1)
        fail("sample count N = " + std::to_string(N) +
             " is below 2K+1 = " + std::to_string(2 * K + 1));
    if (options.gridSize < 2 * K + 1)
        fail("grid size " + std::to_string(options.gridSize) +
             " is below 2K+1 = " + std::to_string(2 * K + 1));
    if (options.shifts < 1)
        fail("shifts must be >= 1, got " + std::to_string(options.shifts));
}

// The |k| ≤ K coefficients of σ sampled at N points: B_N σ(A_N X), one channel per column.
struct SampledNonlinearity {
    Mat A, B;
    nn::Pointwise<double> sigma;

    SampledNonlinearity(int K, int N, nn::Activation act, double alpha)
        : A(nn::synthesisMatrix(K, N)), B(nn::analysisMatrix(K, N)), sigma(act, N, alpha) {}

    Mat operator()(const Mat& X) const {
        Mat G;
        nn::Cache<double> cache;
        sigma.forward(A * X, G, cache);
        return B * G;
    }
};

// (1/2π)∫|g|² dθ of each column of real coefficients [a₀, a₁, b₁, …]: a₀² + ½Σ(a_k² + b_k²).
Eigen::VectorXd circleNorm2(const Mat& Y) {
    return Y.row(0).transpose().cwiseAbs2() +
           0.5 * Y.bottomRows(Y.rows() - 1).colwise().squaredNorm().transpose();
}

struct PerChannel {
    Eigen::VectorXd power, relative, error;  // relative / error −1 where undefined
};

PerChannel perChannel(const Mat& channels, int K, int N, nn::Activation act,
                      const AliasingOptions& options) {
    const SampledNonlinearity coarse(K, N, act, options.leakySlope);
    const SampledNonlinearity fine(K, options.gridSize, act, options.leakySlope);
    const Mat L = coarse(channels);
    PerChannel out;
    out.power = circleNorm2(L - fine(channels));
    // ‖σ(f)‖² as the mean of σ(f)² over the fine grid (exact for a band-limited σ(f)).
    Mat G;
    nn::Cache<double> cache;
    fine.sigma.forward(fine.A * channels, G, cache);
    const Eigen::VectorXd total = G.colwise().squaredNorm().transpose() / double(options.gridSize);
    const Eigen::VectorXd norm = circleNorm2(L);
    Eigen::VectorXd errorSum = Eigen::VectorXd::Zero(channels.cols());
    for (int s = 0; s < options.shifts; ++s) {
        const double alpha =
            (s + 0.5) / options.shifts * 2.0 * std::numbers::pi / static_cast<double>(N);
        const Mat rotatedFirst = coarse(nn::rotateBandLimited<double>(channels, K, alpha));
        errorSum +=
            circleNorm2(rotatedFirst - nn::rotateBandLimited<double>(L, K, alpha)).cwiseSqrt();
    }
    out.relative.resize(channels.cols());
    out.error.resize(channels.cols());
    for (Eigen::Index j = 0; j < channels.cols(); ++j) {
        out.relative[j] = total[j] > 0 ? out.power[j] / total[j] : -1.0;
        out.error[j] = norm[j] > 0 ? errorSum[j] / options.shifts / std::sqrt(norm[j]) : -1.0;
    }
    return out;
}

double meanOfDefined(const Eigen::VectorXd& v) {
    double sum = 0;
    Eigen::Index count = 0;
    for (const double x : v)
        if (x >= 0) {
            sum += x;
            ++count;
        }
    return count ? sum / double(count) : 0.0;
}

}  // namespace

Aliasing aliasing(const Eigen::VectorXd& coefficients, int K, int N, nn::Activation sigma,
                  const AliasingOptions& options) {
    check(coefficients.size(), K, N, options, "aliasing");
    if (coefficients.size() != nn::bandWidth(K))
        throw Error(ErrorKind::InvalidArgument,
                    "aliasing: expected one channel of 2K+1 = " + std::to_string(nn::bandWidth(K)) +
                        " coefficients, got " + std::to_string(coefficients.size()));
    const PerChannel c = perChannel(coefficients, K, N, sigma, options);
    return {c.power[0], std::max(c.relative[0], 0.0), std::max(c.error[0], 0.0)};
}

Aliasing meanAliasing(const Eigen::MatrixXd& X, int K, int N, nn::Activation sigma,
                      const AliasingOptions& options) {
    check(X.rows(), K, N, options, "mean aliasing");
    const Eigen::Index w = nn::bandWidth(K);
    const Eigen::Map<const Mat> channels(X.data(), w, X.size() / w);
    const PerChannel c = perChannel(channels, K, N, sigma, options);
    return {c.power.size() ? c.power.mean() : 0.0, meanOfDefined(c.relative),
            meanOfDefined(c.error)};
}

}  // namespace eqlab::metrics
