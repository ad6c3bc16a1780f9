// Set tasks (compute/data/set_tasks.h): known values, the stated symmetries (S_n invariance of
// the pairwise-distance statistic; A_n invariance and sign change under odd permutations of the
// alternating target), determinism from the seed, argument checks.

#include <QTest>

#include "compute/core/error.h"
#include "compute/data/set_tasks.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::data;

class TestSetTasks : public QObject {
    Q_OBJECT
private slots:
    void pairwiseDistance() {
        const auto t = makeSetTask("set-pairwise-distance", 5, 40, 3);
        QCOMPARE(t.X.rows(), Eigen::Index(5));
        QCOMPARE(t.Y.cols(), Eigen::Index(40));
        QVERIFY(!t.classification);
        for (int s = 0; s < 40; ++s) {
            double sum = 0;
            for (int i = 0; i < 5; ++i)
                for (int j = 0; j < 5; ++j)
                    sum += std::abs(t.X(i, s) - t.X(j, s));
            // mean over the 10 unordered pairs = (sum over ordered pairs) / 20
            QVERIFY(std::abs(t.Y(0, s) - sum / 20) <= 1e-15);
        }
        // The same seed gives the same data; another seed other data.
        QCOMPARE(makeSetTask("set-pairwise-distance", 5, 40, 3).X, t.X);
        QVERIFY(makeSetTask("set-pairwise-distance", 5, 40, 4).X != t.X);
    }

    void alternatingKnownValue() {
        // Two points: Δ = x1 − x0, normalised to mean square 1 over the data.
        const auto t = makeSetTask("set-alternating", 2, 6, 1);
        const Eigen::RowVectorXd raw = t.X.row(1) - t.X.row(0);
        const double rms = std::sqrt(raw.squaredNorm() / 6);
        QVERIFY((t.Y - raw / rms).norm() <= 1e-14);
    }

    void alternatingSymmetry() {
        const int n = 4, N = 200;
        const auto t = makeSetTask("set-alternating", n, N, 7);
        QVERIFY(std::abs(t.Y.squaredNorm() / N - 1.0) <= 1e-12);
        for (int s = 0; s < N; s += 2) {
            // Pairs (x, (0 1)·x) with opposite targets.
            QCOMPARE(t.X(0, s + 1), t.X(1, s));
            QCOMPARE(t.X(1, s + 1), t.X(0, s));
            QCOMPARE(t.X.block(2, s + 1, n - 2, 1), t.X.block(2, s, n - 2, 1));
            QCOMPARE(t.Y(0, s + 1), -t.Y(0, s));
        }
        // Δ is invariant under the even 3-cycle (0 1 2) and the double transposition (0 1)(2 3),
        // and changes sign under (2 3): recompute from the definition on permuted inputs.
        auto delta = [&](const Eigen::VectorXd& x) {
            double p = 1;
            for (int i = 0; i < n; ++i)
                for (int j = i + 1; j < n; ++j)
                    p *= x[j] - x[i];
            return p;
        };
        const Eigen::VectorXd x = t.X.col(0);
        Eigen::VectorXd c(4), d(4), e(4);
        c << x[2], x[0], x[1], x[3];
        d << x[1], x[0], x[3], x[2];
        e << x[0], x[1], x[3], x[2];
        QVERIFY(std::abs(delta(c) - delta(x)) <= 1e-15);
        QVERIFY(std::abs(delta(d) - delta(x)) <= 1e-15);
        QVERIFY(std::abs(delta(e) + delta(x)) <= 1e-15);
        // So the best S4-invariant predictor on this data (equal on each pair) is 0, with mean
        // squared error exactly mean y² = 1: the floor of a first-order A4 net.
    }

    void argumentsChecked() {
        QVERIFY_THROWS_EXCEPTION(Error, makeSetTask("set-alternating", 4, 7, 1));  // odd samples
        QVERIFY_THROWS_EXCEPTION(Error, makeSetTask("set-alternating", 1, 8, 1));  // n < 2
        QVERIFY_THROWS_EXCEPTION(Error, makeSetTask("set-pairwise-distance", 0, 8, 1));
        QVERIFY_THROWS_EXCEPTION(Error, makeSetTask("set-pairwise-distance", 3, 0, 1));
        QVERIFY_THROWS_EXCEPTION(Error, makeSetTask("set-no-such-thing", 3, 8, 1));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSetTasks)
#include "test_set_tasks.moc"
