// Ring data of Ingrosso & Goldt (compute/data/nlgp.h) and the band-limited signal task:
// the NLGP and its Gaussian clone have the closed-form covariance Σ (empirical vs exact within a
// tolerance derived from the sampling error), the clone has Gaussian 4th moments and the NLGP the
// ones given by numerical integration; the band-limited task's target is rotation invariant.
//
// Sampling-error bound used below. An entry of the empirical covariance is a mean of n products
// x_i x_j with variance ≤ E[x_i² x_j²] ≤ m, where m = 1/γ² for the NLGP (|x| ≤ 1/√γ) and
// m = 1 + 2Σ_ij² ≤ 3 for the Gaussian clone. With n = 40000 its standard error is ≤ √(m/n)
// (0.0087 for m = 3); the tolerance 6·√(m/n) on the LARGEST deviation over all D(D+1)/2 = 136
// entries leaves a margin far above the ~3 standard errors such a maximum reaches.

#include <QTest>

#include <cmath>
#include <numbers>

#include "compute/core/error.h"
#include "compute/data/band_limited_signals.h"
#include "compute/data/nlgp.h"
#include "compute/nn/band_limited.h"
#include "suite/suite.h"

using namespace eqlab::data;

namespace {

constexpr int kD = 16;
constexpr int kSamples = 40000;
constexpr double kGain = 3.0;
constexpr double kXi = 2.0;

Eigen::MatrixXd empiricalCovariance(const Eigen::MatrixXd& X) {
    return X * X.transpose() / double(X.cols());  // the mean is 0 by symmetry (erf is odd)
}

// E[erf(g z/√2)⁴] for z ~ N(0,1), Simpson's rule on [−12, 12] (the integrand is smooth and the
// Gaussian tail beyond 12 is < 1e-32).
double erfFourthMoment(double gain) {
    const int n = 24000;
    const double h = 24.0 / n;
    double s = 0;
    for (int i = 0; i <= n; ++i) {
        const double z = -12.0 + i * h;
        const double e = std::erf(gain * z / std::numbers::sqrt2);
        const double f = std::exp(-0.5 * z * z) / std::sqrt(2 * std::numbers::pi) * e * e * e * e;
        s += f * (i == 0 || i == n ? 1 : (i % 2 ? 4 : 2));
    }
    return s * h / 3;
}

double meanFourthPower(const Eigen::MatrixXd& X) {
    return X.array().square().square().mean();
}

}  // namespace

class TestRingData : public QObject {
    Q_OBJECT
private slots:
    void ringCovarianceIsCirculant() {
        const Eigen::MatrixXd C = ringCovariance(kD, kXi);
        for (int i = 0; i < kD; ++i)
            for (int j = 0; j < kD; ++j)
                QCOMPARE(C(i, j), C(0, (j - i + kD) % kD));
        QCOMPARE(C(0, 0), 1.0);
        QVERIFY(std::abs(C(0, 1) - std::exp(-1.0 / (kXi * kXi))) < 1e-15);
        QCOMPARE(C(0, kD - 1), C(0, 1));  // neighbours across the seam of the ring
        QVERIFY(std::abs(C(0, 3) - std::exp(-9.0 / (kXi * kXi))) < 1e-15);
    }

    // γ is the variance of erf(g z/√2): Var x = 1 exactly, Σ has unit diagonal.
    void gammaIsTheVariance() {
        const Eigen::MatrixXd S = nlgpCovariance(kD, kXi, kGain);
        for (int i = 0; i < kD; ++i)
            QVERIFY(std::abs(S(i, i) - 1.0) < 1e-14);
        QVERIFY(std::abs(nlgpGamma(kGain) - 2 / std::numbers::pi * std::asin(0.9)) < 1e-15);
    }

    void nlgpHasTheStatedCovariance() {
        const Eigen::MatrixXd S = nlgpCovariance(kD, kXi, kGain);
        const Eigen::MatrixXd X = sampleRing(RingDistribution::Nlgp, kD, kXi, kGain, kSamples, 1);
        const double gamma = nlgpGamma(kGain);
        const double tol = 6 * std::sqrt(1 / (gamma * gamma) / kSamples);
        const double dev = (empiricalCovariance(X) - S).cwiseAbs().maxCoeff();
        qInfo("NLGP: max |cov - Sigma| = %.4f (tolerance %.4f)", dev, tol);
        QVERIFY(dev < tol);
        // The test has power: Σ differs from the covariance C of the underlying Gaussian z by
        // more than twice the tolerance somewhere, and the sample detects it.
        const Eigen::MatrixXd C = ringCovariance(kD, kXi);
        QVERIFY((S - C).cwiseAbs().maxCoeff() > 2 * tol);
        QVERIFY((empiricalCovariance(X) - C).cwiseAbs().maxCoeff() > tol);
    }

    void cloneMatchesCovarianceButNotFourthMoments() {
        const Eigen::MatrixXd S = nlgpCovariance(kD, kXi, kGain);
        const Eigen::MatrixXd G =
            sampleRing(RingDistribution::GaussianClone, kD, kXi, kGain, kSamples, 2);
        const Eigen::MatrixXd X = sampleRing(RingDistribution::Nlgp, kD, kXi, kGain, kSamples, 3);
        const double tol = 6 * std::sqrt(3.0 / kSamples);
        const double dev = (empiricalCovariance(G) - S).cwiseAbs().maxCoeff();
        qInfo("clone: max |cov - Sigma| = %.4f (tolerance %.4f)", dev, tol);
        QVERIFY(dev < tol);

        // 4th moments: Gaussian 3; NLGP E[erf(g z/√2)⁴]/γ² (≈ 1.56 for g = 3). The mean over
        // D·n values of x⁴ has standard error ≤ √(Var x⁴ / n): √(96/n) = 0.049 for the clone,
        // ≤ √(1/γ⁴/n) = 0.010 for the NLGP; tolerances are 4 such errors.
        const double gamma = nlgpGamma(kGain);
        const double nlgp4 = erfFourthMoment(kGain) / (gamma * gamma);
        const double m4Clone = meanFourthPower(G), m4Nlgp = meanFourthPower(X);
        qInfo("4th moments: clone %.3f (Gaussian 3), NLGP %.3f (exact %.4f)", m4Clone, m4Nlgp,
              nlgp4);
        QVERIFY(std::abs(m4Clone - 3.0) < 4 * std::sqrt(96.0 / kSamples));
        QVERIFY(std::abs(m4Nlgp - nlgp4) < 4 * std::sqrt(1 / std::pow(gamma, 4) / kSamples));
        QVERIFY(3.0 - nlgp4 > 1.0);  // the two really differ: well beyond both tolerances
    }

    void taskIsBalancedDeterministicAndSeparable() {
        NlgpTaskConfig c;
        c.D = 20;
        c.samples = 2001;
        const TaskData a = makeNlgpTask(c, 5), b = makeNlgpTask(c, 5), d = makeNlgpTask(c, 6);
        QVERIFY(a.classification);
        QCOMPARE(a.classes, 2);
        QCOMPARE(a.X.rows(), Eigen::Index(20));
        QCOMPARE(a.X.cols(), Eigen::Index(2001));
        QCOMPARE(a.Y.sum(), 1000.0);  // samples 1, 3, ..., 1999 are class 1
        QVERIFY(a.X == b.X);
        QVERIFY(a.X != d.X);
        // The neighbour correlation tells the classes apart (exact values Σ₀(0,1) ≈ 0.30,
        // Σ₁(0,1) ≈ 0.84). A sample's ring mean of x_i x_{i+1} has variance ≤ E[x²x²] ≤ 1/γ² ≈ 2,
        // so over 1000 samples the standard error is ≤ 0.045 even if the pixels were fully
        // correlated; 0.15 is over 3 of those and far below the gap between the classes.
        double near[2] = {0, 0};
        int count[2] = {0, 0};
        for (Eigen::Index s = 0; s < a.X.cols(); ++s) {
            const int y = int(a.Y(0, s));
            for (int i = 0; i < c.D; ++i)
                near[y] += a.X(i, s) * a.X((i + 1) % c.D, s);
            count[y] += c.D;
        }
        const double s0 = nlgpCovariance(c.D, c.xi0, c.gain)(0, 1);
        const double s1 = nlgpCovariance(c.D, c.xi1, c.gain)(0, 1);
        QVERIFY(std::abs(near[0] / count[0] - s0) < 0.15);
        QVERIFY(std::abs(near[1] / count[1] - s1) < 0.15);
        QVERIFY(s1 - s0 > 0.3);
    }

    void badArgumentsAreRejected() {
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, ringCovariance(0, 1.0));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, ringCovariance(10, 0.0));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, nlgpGamma(-1.0));
        NlgpTaskConfig c;
        c.samples = 1;
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, makeNlgpTask(c, 1));
    }

    // m₃ = ⟨f³⟩ does not change when f is rotated, and the 3K+1-sample formula is exact: it agrees
    // with a 997-sample mean (which is exact too: 997 > 3K) to round-off.
    void bandLimitedTargetIsInvariant() {
        BandLimitedTaskConfig c;
        c.K = 5;
        c.samples = 50;
        const TaskData t = makeBandLimitedTask(c, 7);
        QCOMPARE(t.X.rows(), eqlab::nn::bandWidth(c.K));
        QVERIFY(t.X.row(0).isZero());
        const Eigen::MatrixXd A = eqlab::nn::synthesisMatrix(c.K, 997);
        for (const double alpha : {0.0, 0.3, 2.0, 5.5}) {
            const Eigen::MatrixXd R =
                eqlab::nn::rotateBandLimited(Eigen::MatrixXd(t.X), c.K, alpha);
            const Eigen::RowVectorXd m3 = (A * R).array().cube().colwise().mean();
            QVERIFY2((m3 - t.Y).norm() < 1e-12 * (1 + t.Y.norm()),
                     qPrintable(QString::number((m3 - t.Y).norm())));
        }
    }

    void bandLimitedClassesAreBalanced() {
        BandLimitedTaskConfig c;
        c.K = 4;
        c.samples = 4000;
        c.classification = true;
        const TaskData t = makeBandLimitedTask(c, 8);
        QVERIFY(t.classification);
        // f and −f are equally likely and m₃(−f) = −m₃(f): P(class 1) = ½, standard error 0.008.
        const double p = t.Y.mean();
        QVERIFY2(std::abs(p - 0.5) < 0.04, qPrintable(QString::number(p)));
        // E⟨f²⟩ = Σ_k (a_k² + b_k²)/2 = 1 by the choice of variance 1/K.
        const double power = 0.5 * t.X.squaredNorm() / double(c.samples);
        QVERIFY2(std::abs(power - 1.0) < 0.05, qPrintable(QString::number(power)));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestRingData)
#include "test_ring_data.moc"
