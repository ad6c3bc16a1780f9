#include "compute/metrics/harmonic_distortion.h"

#include <complex>
#include <unsupported/Eigen/FFT>

#include "compute/core/error.h"
#include "compute/nn/band_limited.h"

namespace eqlab::metrics {

namespace {

using Mat = Eigen::MatrixXd;

void checkShape(Eigen::Index rows, int K, const HarmonicOptions& options, const char* what) {
    if (K < 0 || rows % nn::bandWidth(K) != 0)
        throw Error(
            ErrorKind::InvalidArgument,
            std::string(what) + ": " + std::to_string(rows) +
                " coefficients per column is not a multiple of 2K+1 for K = " + std::to_string(K));
    if (options.gridSize < 2 * K + 1)
        throw Error(ErrorKind::InvalidArgument,
                    std::string(what) + ": grid size " + std::to_string(options.gridSize) +
                        " is below 2K+1 = " + std::to_string(2 * K + 1));
}

// σ(f) on the M-point grid for every channel: M × (channels), one channel per column.
Mat sampledSigma(const Mat& channels, int K, nn::Activation sigma, const HarmonicOptions& options) {
    const Mat A = nn::synthesisMatrix(K, options.gridSize);
    const Mat F = A * channels;
    nn::Pointwise<double> act(sigma, options.gridSize, options.leakySlope);
    Mat G;
    nn::Cache<double> cache;
    act.forward(F, G, cache);
    return G;
}

// HD of each column of G (M × c): out-of-band power / total power, the out-of-band part taken as
// the residual of the projection on |k| ≤ K (accurate even when HD is tiny). −1 for a zero column.
Eigen::VectorXd columnDistortion(const Mat& G, int K, int M) {
    const Mat A = nn::synthesisMatrix(K, M);
    const Mat B = nn::analysisMatrix(K, M);
    const Mat R = G - A * (B * G);  // σ(f) minus its band-limited part, on the grid
    Eigen::VectorXd hd(G.cols());
    for (Eigen::Index j = 0; j < G.cols(); ++j) {
        const double total = G.col(j).squaredNorm();
        hd[j] = total > 0 ? R.col(j).squaredNorm() / total : -1.0;
    }
    return hd;
}

}  // namespace

double harmonicDistortion(const Eigen::VectorXd& coefficients, int K, nn::Activation sigma,
                          const HarmonicOptions& options) {
    checkShape(coefficients.size(), K, options, "harmonic distortion");
    if (coefficients.size() != nn::bandWidth(K))
        throw Error(ErrorKind::InvalidArgument,
                    "harmonic distortion: expected one channel of 2K+1 = " +
                        std::to_string(nn::bandWidth(K)) + " coefficients, got " +
                        std::to_string(coefficients.size()));
    const double hd =
        columnDistortion(sampledSigma(coefficients, K, sigma, options), K, options.gridSize)[0];
    return hd < 0 ? 0.0 : hd;
}

double meanHarmonicDistortion(const Eigen::MatrixXd& X, int K, nn::Activation sigma,
                              const HarmonicOptions& options) {
    checkShape(X.rows(), K, options, "mean harmonic distortion");
    const Eigen::Index w = nn::bandWidth(K);
    const Eigen::Map<const Mat> channels(X.data(), w, X.size() / w);
    const Eigen::VectorXd hd =
        columnDistortion(sampledSigma(channels, K, sigma, options), K, options.gridSize);
    double sum = 0;
    Eigen::Index count = 0;
    for (Eigen::Index j = 0; j < hd.size(); ++j)
        if (hd[j] >= 0) {
            sum += hd[j];
            ++count;
        }
    return count ? sum / double(count) : 0.0;
}

std::vector<double> harmonicSpectrum(const Eigen::VectorXd& coefficients, int K,
                                     nn::Activation sigma, const HarmonicOptions& options) {
    checkShape(coefficients.size(), K, options, "harmonic spectrum");
    const int M = options.gridSize;
    const Eigen::VectorXd g = sampledSigma(coefficients, K, sigma, options).col(0);
    Eigen::FFT<double> fft;
    std::vector<std::complex<double>> spectrum;
    std::vector<double> samples(g.data(), g.data() + g.size());
    fft.fwd(spectrum, samples);  // spectrum[m] = Σ_j g_j e^{−2πi jm/M} = M·ĉ_m (full length M)
    std::vector<double> power(static_cast<std::size_t>(M / 2 + 1), 0.0);
    double total = 0;
    for (int m = 0; m < M; ++m) {
        const double p = std::norm(spectrum[static_cast<std::size_t>(m)]);
        total += p;
        const int k = m <= M / 2 ? m : M - m;  // |k| of harmonic m (m > M/2 is −(M − m))
        power[static_cast<std::size_t>(k)] += p;
    }
    if (total > 0)
        for (double& p : power)
            p /= total;
    return power;
}

}  // namespace eqlab::metrics
