#include "compute/data/nlgp.h"

#include <cmath>
#include <numbers>
#include <string>

#include "compute/core/decompositions.h"
#include "compute/core/error.h"
#include "compute/core/rng.h"

namespace eqlab::data {

namespace {

void checkRing(int D, double xi, const char* what) {
    if (D < 1)
        throw Error(ErrorKind::InvalidArgument,
                    std::string(what) + ": ring size D must be >= 1, got " + std::to_string(D));
    if (!(xi > 0))
        throw Error(
            ErrorKind::InvalidArgument,
            std::string(what) + ": correlation length xi must be > 0, got " + std::to_string(xi));
}

void checkGain(double gain, const char* what) {
    if (!(gain > 0) || !std::isfinite(gain))
        throw Error(ErrorKind::InvalidArgument,
                    std::string(what) + ": gain g must be > 0, got " + std::to_string(gain));
}

// L (D × D) with L Lᵀ = cov, from the eigen-decomposition (negative round-off eigenvalues -> 0).
Eigen::MatrixXd squareRoot(const Eigen::MatrixXd& cov) {
    const SymmetricEigen eig = symmetricEigen(cov);
    const Eigen::VectorXd s = eig.values.cwiseMax(0.0).cwiseSqrt();
    return eig.vectors * s.asDiagonal();
}

Eigen::MatrixXd gaussian(const Eigen::MatrixXd& L, int samples, Rng& rng) {
    Eigen::MatrixXd eps(L.cols(), samples);
    for (Eigen::Index j = 0; j < eps.cols(); ++j)
        for (Eigen::Index i = 0; i < eps.rows(); ++i)
            eps(i, j) = rng.normal();
    return L * eps;
}

}  // namespace

Eigen::MatrixXd ringCovariance(int D, double xi) {
    checkRing(D, xi, "ring covariance");
    Eigen::MatrixXd C(D, D);
    for (int i = 0; i < D; ++i)
        for (int j = 0; j < D; ++j) {
            const int d = std::min(std::abs(i - j), D - std::abs(i - j));
            C(i, j) = std::exp(-double(d) * d / (xi * xi));
        }
    return C;
}

double nlgpGamma(double gain) {
    checkGain(gain, "NLGP");
    const double g2 = gain * gain;
    return 2.0 / std::numbers::pi * std::asin(g2 / (1.0 + g2));
}

Eigen::MatrixXd nlgpCovariance(int D, double xi, double gain) {
    const double gamma = nlgpGamma(gain);
    const double g2 = gain * gain;
    return ringCovariance(D, xi).unaryExpr(
        [&](double c) { return 2.0 / std::numbers::pi * std::asin(g2 * c / (1.0 + g2)) / gamma; });
}

namespace {

// The square root L of the covariance that ring data of this distribution is drawn through.
Eigen::MatrixXd ringFactor(RingDistribution distribution, int D, double xi, double gain) {
    checkRing(D, xi, "ring data");
    checkGain(gain, "ring data");
    return squareRoot(distribution == RingDistribution::GaussianClone ? nlgpCovariance(D, xi, gain)
                                                                      : ringCovariance(D, xi));
}

// sampleRing() from the factor ringFactor() gave.
Eigen::MatrixXd sampleFactor(RingDistribution distribution, const Eigen::MatrixXd& L, double gain,
                             int samples, std::uint64_t seed) {
    if (samples < 0)
        throw Error(ErrorKind::InvalidArgument,
                    "ring data: samples must be >= 0, got " + std::to_string(samples));
    Rng rng = Rng(seed).split(0x9119);
    if (distribution == RingDistribution::GaussianClone)
        return gaussian(L, samples, rng);
    const double scale = 1.0 / std::sqrt(nlgpGamma(gain));
    const double a = gain / std::numbers::sqrt2;
    return gaussian(L, samples, rng).unaryExpr([&](double z) { return std::erf(a * z) * scale; });
}

}  // namespace

Eigen::MatrixXd sampleRing(RingDistribution distribution, int D, double xi, double gain,
                           int samples, std::uint64_t seed) {
    return sampleFactor(distribution, ringFactor(distribution, D, xi, gain), gain, samples, seed);
}

NlgpSampler::NlgpSampler(const NlgpTaskConfig& config)
    : config_(config),
      L0_(ringFactor(config.distribution, config.D, config.xi0, config.gain)),
      L1_(ringFactor(config.distribution, config.D, config.xi1, config.gain)) {}

TaskData NlgpSampler::draw(int samples, std::uint64_t seed) const {
    if (samples < 2)
        throw Error(ErrorKind::InvalidArgument,
                    "NLGP task: samples must be >= 2, got " + std::to_string(samples));
    // Class c gets the columns s with s mod 2 = c, each class from its own split of the seed.
    const int n1 = samples / 2, n0 = samples - n1;
    const Rng root = Rng(seed).split(0xda7a0191);
    const Eigen::MatrixXd X0 =
        sampleFactor(config_.distribution, L0_, config_.gain, n0, root.split(0).key());
    const Eigen::MatrixXd X1 =
        sampleFactor(config_.distribution, L1_, config_.gain, n1, root.split(1).key());
    TaskData task;
    task.X.resize(config_.D, samples);
    task.Y.resize(1, samples);
    for (int s = 0; s < samples; ++s) {
        const int c = s % 2;
        task.X.col(s) = c == 0 ? X0.col(s / 2) : X1.col(s / 2);
        task.Y(0, s) = c;
    }
    task.classification = true;
    task.classes = 2;
    return task;
}

TaskData makeNlgpTask(const NlgpTaskConfig& config, std::uint64_t seed) {
    if (config.samples < 2)
        throw Error(ErrorKind::InvalidArgument,
                    "NLGP task: samples must be >= 2, got " + std::to_string(config.samples));
    return NlgpSampler(config).draw(config.samples, seed);
}

}  // namespace eqlab::data
