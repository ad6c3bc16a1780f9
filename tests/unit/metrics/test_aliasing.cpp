// The aliased power of a pointwise σ sampled at N points (compute/metrics/aliasing.h): exactly 0
// for u² from N = 3K+1 on and clearly positive below; positive and shrinking with N for ReLU;
// equal, to round-off, to an independent brute force (explicit DFT on a grid that contains the N
// sampling angles, folded by hand); closed-form values on cos θ.

#include <QTest>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <vector>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/metrics/aliasing.h"
#include "compute/metrics/harmonic_distortion.h"
#include "compute/nn/band_limited.h"
#include "suite/suite.h"

using eqlab::metrics::Aliasing;
using eqlab::metrics::aliasing;
using eqlab::metrics::AliasingOptions;
using eqlab::metrics::meanAliasing;
using eqlab::nn::Activation;
using eqlab::nn::bandWidth;

namespace {

// channels random channels of band limit K, one per column, a₀ included.
Eigen::MatrixXd randomChannels(int K, int channels, std::uint64_t seed) {
    eqlab::Rng rng(seed);
    Eigen::MatrixXd X(bandWidth(K), channels);
    for (Eigen::Index i = 0; i < X.size(); ++i)
        X.data()[i] = rng.normal();
    return X;
}

struct Brute {
    double power = 0, total = 0;
};

// The definition, computed independently of aliasing.cpp: evaluate f by its cosine/sine sum on
// M = N·L points, apply σ, take the DFT by explicit sums (ĉ_m for every residue m mod M), and add
// up, for every kept k, the coefficients ĉ_m with m ≡ k (mod N), m ≢ k (mod M) — what the N-point
// DFT folds onto k. Because N divides M, the N sampling angles are points of this grid and the
// folding is exact; P_K σ f is taken from the same grid as in aliasing() with gridSize = M.
Brute bruteForce(const Eigen::VectorXd& c, int K, int N, Activation act, int L) {
    const int M = N * L;
    std::vector<double> g(static_cast<std::size_t>(M));
    for (int j = 0; j < M; ++j) {
        const double theta = 2.0 * std::numbers::pi * j / M;
        double f = c[0];
        for (int k = 1; k <= K; ++k)
            f += c[2 * k - 1] * std::cos(k * theta) + c[2 * k] * std::sin(k * theta);
        g[static_cast<std::size_t>(j)] = act == Activation::Square ? f * f : std::max(f, 0.0);
    }
    std::vector<std::complex<double>> chat(static_cast<std::size_t>(M));
    Brute b;
    for (int m = 0; m < M; ++m) {
        std::complex<double> sum = 0;
        for (int j = 0; j < M; ++j)
            sum += g[static_cast<std::size_t>(j)] *
                   std::polar(1.0, -2.0 * std::numbers::pi * double((long(m) * j) % M) / M);
        chat[static_cast<std::size_t>(m)] = sum / double(M);
        b.total += std::norm(sum / double(M));
    }
    for (int k = -K; k <= K; ++k) {
        const int self = (k + M) % M;
        std::complex<double> folded = 0;
        for (int m = 0; m < M; ++m)
            if (m != self && ((m - k) % N + N) % N == 0)
                folded += chat[static_cast<std::size_t>(m)];
        b.power += std::norm(folded);
    }
    return b;
}

QString show(int K, int N, const Aliasing& a) {
    return QString("K=%1 N=%2: power %3 relative %4 error %5")
        .arg(K)
        .arg(N)
        .arg(a.power)
        .arg(a.relative)
        .arg(a.equivarianceError);
}

}  // namespace

class TestAliasing : public QObject {
    Q_OBJECT
private slots:
    // cos²θ = ½ + ¼e^{2iθ} + ¼e^{−2iθ}, total power 3/8. With K = 1 and N = 3 the harmonics ±2 land
    // on ∓1: aliased power 2·(1/16) = 1/8, a third of the total. Then L_N(cos) = ½ + ½ cos θ
    // (‖·‖² = 3/8) and L_N(R_α cos) − R_α L_N(cos) has c_{±1} = ¼(e^{∓2iα} − e^{±iα}), so the error
    // at α is |sin(3α/2)|·2/√3. N = 4 = 3K+1: ±2 fold onto ∓2, outside the band — nothing aliases.
    void squareOfCosine() {
        Eigen::VectorXd c = Eigen::VectorXd::Zero(3);
        c[1] = 1.0;
        AliasingOptions options;
        options.shifts = 5;
        const Aliasing a = aliasing(c, 1, 3, Activation::Square, options);
        double error = 0;
        for (int s = 0; s < options.shifts; ++s)
            error += std::abs(std::sin(1.5 * (s + 0.5) / options.shifts * 2.0 * std::numbers::pi /
                                       3.0)) *
                     2.0 / std::sqrt(3.0) / options.shifts;
        QVERIFY2(std::abs(a.power - 0.125) < 1e-14, qPrintable(show(1, 3, a)));
        QVERIFY2(std::abs(a.relative - 1.0 / 3.0) < 1e-14, qPrintable(show(1, 3, a)));
        QVERIFY2(std::abs(a.equivarianceError - error) < 1e-14,
                 qPrintable(show(1, 3, a) + QString(" expected %1").arg(error)));
        const Aliasing b = aliasing(c, 1, 4, Activation::Square, options);
        QVERIFY2(b.power < 1e-28 && b.equivarianceError < 1e-14, qPrintable(show(1, 4, b)));
    }

    // u² has band 2K: nothing folds onto |k| ≤ K once N ≥ 3K+1, for every input.
    void squareExactFromThreeKPlusOne() {
        for (const int K : {1, 2, 3, 4, 6, 8}) {
            const Eigen::MatrixXd X = randomChannels(K, 24, 10 + K);
            for (const int N : {3 * K + 1, 3 * K + 2, 3 * K + 5, 4 * K + 3, 6 * K + 1}) {
                const Aliasing a = meanAliasing(X, K, N, Activation::Square);
                QVERIFY2(a.power <= 1e-12 && a.relative <= 1e-12 && a.equivarianceError <= 1e-12,
                         qPrintable(show(K, N, a)));
            }
        }
    }

    // ...and at N = 3K harmonic ±2K lands on ∓K: the mean share over random channels is far above
    // round-off (measured ≥ 0.0066 over these K and N, error ≥ 0.11), and so for every smaller N
    // down to 2K+1.
    void squareAliasesBelowThreeKPlusOne() {
        for (const int K : {1, 2, 3, 4, 6, 8}) {
            const Eigen::MatrixXd X = randomChannels(K, 24, 20 + K);
            for (int N = 2 * K + 1; N <= 3 * K; ++N) {
                const Aliasing a = meanAliasing(X, K, N, Activation::Square);
                QVERIFY2(a.relative > 1e-4 && a.equivarianceError > 1e-2,
                         qPrintable(show(K, N, a)));
                // Every single channel aliases too (a random input has ĉ_{±2K} ≠ 0).
                for (Eigen::Index j = 0; j < X.cols(); ++j)
                    QVERIFY2(aliasing(X.col(j), K, N, Activation::Square).power > 1e-12,
                             qPrintable(show(K, N, aliasing(X.col(j), K, N, Activation::Square))));
            }
        }
    }

    // At N = 2K+1 each harmonic 2K ≥ |m| > K of u² folds onto exactly one kept k (m ∓ N), and no
    // two onto the same one: the aliased share is then the harmonic distortion (metrics/
    // harmonic_distortion.h, computed from the spectrum above K, not by sampling at N).
    void squareAtTwoKPlusOneAliasesAllItsDistortion() {
        for (const int K : {1, 2, 4, 7}) {
            const Eigen::MatrixXd X = randomChannels(K, 6, 40 + K);
            for (Eigen::Index j = 0; j < X.cols(); ++j) {
                const double share = aliasing(X.col(j), K, 2 * K + 1, Activation::Square).relative;
                const double hd =
                    eqlab::metrics::harmonicDistortion(X.col(j), K, Activation::Square);
                QVERIFY2(std::abs(share - hd) < 1e-13 && hd > 1e-6,
                         qPrintable(QString("K=%1: share %2, HD %3").arg(K).arg(share).arg(hd)));
            }
        }
    }

    // ReLU has harmonics of every order: aliasing at every N, shrinking as N grows.
    void reluAliasesAtEveryNAndDecays() {
        const int K = 4;
        const Eigen::MatrixXd X = randomChannels(K, 64, 7);
        double previousShare = INFINITY, previousError = INFINITY;
        for (const int N : {9, 13, 17, 21, 25, 33, 41, 49, 65}) {
            const Aliasing a = meanAliasing(X, K, N, Activation::ReLU);
            qInfo("%s", qPrintable(show(K, N, a)));
            QVERIFY2(a.relative > 1e-7 && a.equivarianceError > 1e-4, qPrintable(show(K, N, a)));
            QVERIFY2(a.relative < previousShare && a.equivarianceError < previousError,
                     qPrintable(show(K, N, a)));
            previousShare = a.relative;
            previousError = a.equivarianceError;
        }
    }

    // aliasing() against the brute force, for u² and ReLU, on grids M = 16N.
    void agreesWithBruteForce() {
        for (const Activation act : {Activation::Square, Activation::ReLU})
            for (const auto& [K, N] : std::vector<std::pair<int, int>>{
                     {1, 3}, {2, 6}, {2, 7}, {3, 9}, {3, 10}, {4, 9}, {4, 12}, {4, 13}, {4, 21}}) {
                const Eigen::MatrixXd X = randomChannels(K, 3, 30 + N);
                AliasingOptions options;
                options.gridSize = 16 * N;
                for (Eigen::Index j = 0; j < X.cols(); ++j) {
                    const Aliasing a = aliasing(X.col(j), K, N, act, options);
                    const Brute b = bruteForce(X.col(j), K, N, act, 16);
                    // ReLU of a channel that is negative everywhere is 0: nothing to alias.
                    const double share = b.total > 0 ? b.power / b.total : 0.0;
                    QVERIFY2(std::abs(a.power - b.power) <= 1e-13 * b.total &&
                                 std::abs(a.relative - share) <= 1e-13,
                             qPrintable(show(K, N, a) +
                                        QString(" brute %1 of %2").arg(b.power).arg(b.total)));
                }
            }
    }

    void badInput() {
        const Eigen::VectorXd c = Eigen::VectorXd::Ones(5);
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, aliasing(c, 2, 4, Activation::Square));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, aliasing(c, 3, 7, Activation::Square));
        AliasingOptions none;
        none.shifts = 0;
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, aliasing(c, 2, 7, Activation::Square, none));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error,
                                 meanAliasing(Eigen::MatrixXd::Ones(4, 2), 2, 7, Activation::ReLU));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestAliasing)
#include "test_aliasing.moc"
