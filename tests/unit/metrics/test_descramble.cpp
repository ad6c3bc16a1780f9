// Descrambling hidden layers (compute/metrics/descramble.h): a smooth signal across units,
// scrambled by a known orthogonal matrix or (signed) permutation, is made smooth again — by the
// closed form (optimal over all orthogonal Q) and by the shortest-path (signed) permutation.

#include <QTest>

#include <algorithm>
#include <numeric>

#include "compute/core/decompositions.h"
#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/metrics/descramble.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::metrics;

namespace {

// h units, N inputs: unit k responds to input t ∈ [0, 1] with a bump centred at k/(h−1), so
// neighbouring units have similar signals (a smooth "image" across units).
Eigen::MatrixXd smoothSignal(int h, int N, double width = 0.15) {
    Eigen::MatrixXd S(h, N);
    for (int t = 0; t < N; ++t)
        for (int k = 0; k < h; ++k) {
            const double u = double(k) / (h - 1) - double(t) / (N - 1);
            S(k, t) = std::exp(-u * u / (2 * width * width));
        }
    return S;
}

Eigen::MatrixXd randomOrthogonal(int h, Rng& rng) {
    Eigen::MatrixXd A(h, h);
    for (int j = 0; j < h; ++j)
        for (int i = 0; i < h; ++i)
            A(i, j) = rng.normal();
    return orthonormalBasis(A);  // Q of A = QR: Haar-distributed for Gaussian A (up to signs)
}

Eigen::MatrixXd permutationMatrix(const std::vector<std::size_t>& p) {
    const int h = static_cast<int>(p.size());
    Eigen::MatrixXd P = Eigen::MatrixXd::Zero(h, h);
    for (int k = 0; k < h; ++k)
        P(k, static_cast<int>(p[k])) = 1.0;
    return P;
}

}  // namespace

class TestDescramble : public QObject {
    Q_OBJECT
private slots:
    void differencesAndRoughness() {
        const Eigen::MatrixXd D = firstDifferences(4);
        QCOMPARE(D.rows(), Eigen::Index(3));
        QCOMPARE(D.row(1), (Eigen::RowVectorXd(4) << 0, -1, 1, 0).finished());
        Eigen::MatrixXd S(3, 2);
        S << 0, 1,  //
            1, 1,   //
            3, 0;
        // (1² + 0²) + (2² + 1²) = 6
        QCOMPARE(roughness(S), 6.0);
        QCOMPARE(roughness(S), (D.topLeftCorner(2, 3) * S).squaredNorm());
        QCOMPARE(roughness(Eigen::MatrixXd::Ones(1, 5)), 0.0);
    }

    void orthogonalClosedForm() {
        const int h = 16;
        const Eigen::MatrixXd S0 = smoothSignal(h, 80);
        Rng rng(1);
        const Eigen::MatrixXd Q0 = randomOrthogonal(h, rng);
        const Eigen::MatrixXd S = Q0 * S0;  // scrambled
        const auto r = descrambleOrthogonal(S);
        // Q is orthogonal and the numbers are what they claim.
        QVERIFY((r.Q.transpose() * r.Q - Eigen::MatrixXd::Identity(h, h)).norm() <= 1e-12);
        QCOMPARE(r.roughnessBefore, roughness(S));
        QVERIFY(std::abs(r.roughnessAfter - roughness(r.Q * S)) <= 1e-12 * r.roughnessAfter);
        const double original = roughness(S0);
        qInfo("roughness: smooth %.4g, scrambled %.4g, descrambled %.4g", original,
              r.roughnessBefore, r.roughnessAfter);
        // Optimal over all orthogonal Q, so at least as smooth as the unscrambled signal (which is
        // reached by Q = Q0ᵀ), and much smoother than the scrambled one.
        QVERIFY(r.roughnessAfter <= original * (1 + 1e-9));
        QVERIFY(r.roughnessAfter < 0.05 * r.roughnessBefore);
        // The closed-form value Σ λ(DᵀD)↑ λ(SSᵀ)↓, and no random orthogonal Q does better.
        const Eigen::MatrixXd D = firstDifferences(h);
        const Eigen::VectorXd la = symmetricEigen(D.transpose() * D).values;
        const Eigen::VectorXd lb = symmetricEigen(S * S.transpose()).values;
        const double bound = la.dot(lb.reverse());
        QVERIFY(std::abs(r.roughnessAfter - bound) <= 1e-9 * bound);
        for (int t = 0; t < 50; ++t)
            QVERIFY(roughness(randomOrthogonal(h, rng) * S) >= r.roughnessAfter);
    }

    void permutationExact() {
        // h = 11 ≤ 13: Held–Karp, the optimum. The smooth order is recovered (up to reversal).
        const int h = 11;
        const Eigen::MatrixXd S0 = smoothSignal(h, 60);
        Rng rng(2);
        std::vector<std::size_t> p;
        rng.permutation(h, p);
        const Eigen::MatrixXd S = permutationMatrix(p) * S0;
        const auto r = descramblePermutation(S);
        QVERIFY(r.exact);
        QVERIFY(r.roughnessAfter <= roughness(S0) * (1 + 1e-12));
        QVERIFY(r.roughnessAfter < 0.2 * r.roughnessBefore);
        // Row k of Q S is S0's row k (or h−1−k): the scramble undone.
        const Eigen::MatrixXd out = r.Q * S;
        const bool forward = (out - S0).norm() == 0.0;
        const bool backward = (out - S0.colwise().reverse()).norm() == 0.0;
        QVERIFY(forward || backward);
        // Q is the permutation matrix of order.
        for (int k = 0; k < h; ++k)
            QCOMPARE(r.Q(k, r.order[k]), 1.0);
    }

    void permutationHeuristic() {
        // h = 40 > 13: nearest neighbour + 2-opt; on this clean signal it finds the smooth order.
        const int h = 40;
        const Eigen::MatrixXd S0 = smoothSignal(h, 120, 0.1);
        Rng rng(3);
        std::vector<std::size_t> p;
        rng.permutation(h, p);
        const Eigen::MatrixXd S = permutationMatrix(p) * S0;
        const auto r = descramblePermutation(S);
        QVERIFY(!r.exact);
        qInfo("roughness: smooth %.4g, scrambled %.4g, descrambled %.4g", roughness(S0),
              r.roughnessBefore, r.roughnessAfter);
        QVERIFY(r.roughnessAfter <= roughness(S0) * (1 + 1e-12));
        QVERIFY(r.roughnessAfter < 0.1 * r.roughnessBefore);
        std::vector<int> sorted = r.order;
        std::sort(sorted.begin(), sorted.end());
        for (int k = 0; k < h; ++k)
            QCOMPARE(sorted[k], k);
    }

    void heldKarpAgainstBruteForce() {
        // Random signals, h = 7: the exact path is the best of all 7! orders.
        Rng rng(4);
        for (int trial = 0; trial < 5; ++trial) {
            const int h = 7;
            Eigen::MatrixXd S(h, 3);
            for (int j = 0; j < 3; ++j)
                for (int i = 0; i < h; ++i)
                    S(i, j) = rng.normal();
            std::vector<int> o(h);
            std::iota(o.begin(), o.end(), 0);
            double best = 1e300;
            do {
                Eigen::MatrixXd P = Eigen::MatrixXd::Zero(h, h);
                for (int k = 0; k < h; ++k)
                    P(k, o[k]) = 1;
                best = std::min(best, roughness(P * S));
            } while (std::next_permutation(o.begin(), o.end()));
            const auto r = descramblePermutation(S);
            QVERIFY(std::abs(r.roughnessAfter - best) <= 1e-12 * best);
        }
    }

    void orthogonalRecoversKnownScrambling() {
        // S0 = U diag(σ) Wᵀ with U the eigenvectors of DᵀD, smoothest first, and σ decreasing: the
        // optimum itself. Scrambled by random orthogonal Q0, it comes back to round-off up to the
        // sign of each component (the closed form's only freedom, fixed the same way for both).
        const int h = 12, N = 40;
        const Eigen::MatrixXd D = firstDifferences(h);
        const Eigen::MatrixXd U = symmetricEigen(D.transpose() * D).vectors;
        Rng rng(5);
        Eigen::MatrixXd A(N, h);
        for (int j = 0; j < h; ++j)
            for (int i = 0; i < N; ++i)
                A(i, j) = rng.normal();
        const Eigen::MatrixXd W = orthonormalBasis(A);  // N × h
        Eigen::VectorXd sigma(h);
        for (int j = 0; j < h; ++j)
            sigma(j) = 10.0 / (1 + j);
        const Eigen::MatrixXd S0 = U * sigma.asDiagonal() * W.transpose();
        const Eigen::MatrixXd reference = descrambleOrthogonal(S0).Q * S0;
        const Eigen::MatrixXd components = U.transpose() * reference;
        const Eigen::MatrixXd truth = U.transpose() * S0;
        for (int j = 0; j < h; ++j) {
            const double same = (components.row(j) - truth.row(j)).norm();
            const double flipped = (components.row(j) + truth.row(j)).norm();
            QVERIFY2(std::min(same, flipped) <= 1e-10 * S0.norm(), qPrintable(QString::number(j)));
        }
        for (int t = 0; t < 5; ++t) {
            const Eigen::MatrixXd S = randomOrthogonal(h, rng) * S0;
            const auto r = descrambleOrthogonal(S);
            const double error = (r.Q * S - reference).norm() / S0.norm();
            qInfo("scramble %d: |QS - descrambled S0| / |S0| = %.2e", t, error);
            QVERIFY(error <= 1e-10);
            QVERIFY(std::abs(r.roughnessAfter - roughness(S0)) <= 1e-10 * roughness(S0));
        }
    }

    void signedPermutationRecoversKnownScrambling() {
        // A smooth signal with both signs, scrambled by a known signed permutation, comes back
        // exactly (up to the path's direction): Held–Karp for h = 11, the heuristic for h = 30.
        for (int h : {11, 30}) {
            const Eigen::MatrixXd S0 =
                (smoothSignal(h, 90, 0.12).array() - 0.3).matrix();  // largest entry +0.7
            Rng rng(6 + h);
            std::vector<std::size_t> p;
            rng.permutation(h, p);
            Eigen::MatrixXd P = permutationMatrix(p);
            for (int k = 0; k < h; ++k)
                if (rng.uniform() < 0.5)
                    P.row(k) *= -1.0;
            const Eigen::MatrixXd S = P * S0;
            const auto r = descrambleSignedPermutation(S);
            QCOMPARE(r.exact, h <= 13);
            const Eigen::MatrixXd out = r.Q * S;
            const bool forward = (out - S0).norm() == 0.0;
            const bool backward = (out - S0.colwise().reverse()).norm() == 0.0;
            QVERIFY2(forward || backward, qPrintable(QString::number(h)));
            QCOMPARE(r.roughnessAfter, roughness(S0));
            // Q is the signed permutation of order and signs.
            for (int k = 0; k < h; ++k)
                QCOMPARE(r.Q(k, r.order[k]), double(r.signs[k]));
            // Without sign flips the scramble cannot be undone: rougher.
            QVERIFY(descramblePermutation(S).roughnessAfter > r.roughnessAfter);
        }
    }

    void roughnessNeverIncreases() {
        // On signals without structure: every variant ends at most as rough as it started, the
        // heuristic too (the order it was given is one of its candidates), and for exact paths
        // allowing sign flips never hurts.
        Rng rng(7);
        for (int h : {5, 9, 20, 45}) {
            for (int trial = 0; trial < 3; ++trial) {
                Eigen::MatrixXd S(h, 6);
                for (int j = 0; j < S.cols(); ++j)
                    for (int i = 0; i < h; ++i)
                        S(i, j) = rng.normal();
                // Start from an already good order, so the check has teeth for the heuristic.
                const Eigen::MatrixXd smooth = descramblePermutation(S).Q * S;
                for (const auto& r : {descrambleOrthogonal(smooth), descramblePermutation(smooth),
                                      descrambleSignedPermutation(smooth)}) {
                    QVERIFY(r.roughnessAfter <= r.roughnessBefore * (1 + 1e-12));
                    QCOMPARE(r.roughnessBefore, roughness(smooth));
                }
                if (h <= 13)
                    QVERIFY(descrambleSignedPermutation(S).roughnessAfter <=
                            descramblePermutation(S).roughnessAfter * (1 + 1e-12));
            }
        }
    }

    void rejectsBadSignals() {
        QVERIFY_THROWS_EXCEPTION(Error, descrambleOrthogonal(Eigen::MatrixXd(0, 3)));
        Eigen::MatrixXd S = Eigen::MatrixXd::Ones(3, 3);
        S(1, 1) = std::numeric_limits<double>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(Error, descramblePermutation(S));
        QVERIFY_THROWS_EXCEPTION(Error, descrambleSignedPermutation(S));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestDescramble)
#include "test_descramble.moc"
