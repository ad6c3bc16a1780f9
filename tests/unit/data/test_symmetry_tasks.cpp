// The symmetric tasks of compute/data: parity targets have their parity exactly (and are not
// trivial), the mirror-image features have known values on single pixels, the group-action
// targets are group actions (the law holds to round-off, the identity acts trivially) and are
// not the linear action, data are deterministic in the seed, and bad arguments are named.

#include <QTest>

#include "compute/core/error.h"
#include "compute/data/action_tasks.h"
#include "compute/data/parity_tasks.h"
#include "compute/groups/catalogue.h"
#include "compute/nn/parity.h"
#include "suite/suite.h"
#include "unit/error_of.h"

using namespace eqlab;
using Eigen::MatrixXd;

using eqlab::tests::errorOf;

namespace {

double maxAbs(const MatrixXd& m) {
    return m.size() ? m.cwiseAbs().maxCoeff() : 0.0;
}

double stddev(const MatrixXd& y) {
    return std::sqrt((y.array() - y.mean()).square().mean());
}

}  // namespace

class TestSymmetryTasks : public QObject {
    Q_OBJECT
private slots:
    void parityFunctions_data() {
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("parity");
        for (int dim : {1, 2, 6})
            for (int p : {1, -1})
                QTest::newRow(qPrintable(QString("%1-D %2").arg(dim).arg(p > 0 ? "even" : "odd")))
                    << dim << p;
    }
    void parityFunctions() {
        QFETCH(int, dim);
        QFETCH(int, parity);
        const data::TaskData t = data::parityFunctionTask(dim, parity, 200, 7);
        QCOMPARE(t.X.rows(), Eigen::Index(dim));
        QCOMPARE(t.X.cols(), Eigen::Index(200));
        QCOMPARE(t.Y.rows(), Eigen::Index(1));
        QVERIFY(t.X.cwiseAbs().maxCoeff() <= 2.0);
        const MatrixXd flipped = data::parityFunction(dim, parity, -t.X);
        QVERIFY2(maxAbs(flipped - parity * t.Y) <= 1e-12,
                 qPrintable(QString::number(maxAbs(flipped - parity * t.Y))));
        QVERIFY(stddev(t.Y) > 0.1);  // a function worth fitting
        // the points depend on the seed, the function does not
        const data::TaskData same = data::parityFunctionTask(dim, parity, 200, 7);
        QCOMPARE(same.X, t.X);
        const data::TaskData other = data::parityFunctionTask(dim, parity, 200, 8);
        QVERIFY(maxAbs(other.X - t.X) > 0.1);
        QCOMPARE(data::parityFunction(dim, parity, other.X), other.Y);
    }

    void mirrorImages_data() {
        QTest::addColumn<int>("parity");
        QTest::newRow("even") << 1;
        QTest::newRow("odd") << -1;
    }
    void mirrorImages() {
        QFETCH(int, parity);
        const int K = 5;
        const data::TaskData t = data::mirrorImageTask(K, parity, 64, 3);
        QCOMPARE(t.X.rows(), Eigen::Index(K * K));
        QVERIFY(t.X.minCoeff() >= 0.0);
        const nn::AffineInvolution T = nn::imageMirror(K);
        const MatrixXd mirrored = data::mirrorImageTarget(K, parity, T.apply(t.X));
        QVERIFY(maxAbs(mirrored - parity * t.Y) <= 1e-12);
        QVERIFY(stddev(t.Y) > 0.05);
        // Known values: one bright pixel at the top right has (u, v) = (1, 1); at the bottom left
        // (−1, −1). even: 3u² + v = 4 and 2; odd: 2u + 2uv = 4 and 0.
        MatrixXd px = MatrixXd::Zero(K * K, 2);
        px(0 * K + (K - 1), 0) = 2.0;
        px((K - 1) * K + 0, 1) = 0.5;
        const MatrixXd y = data::mirrorImageTarget(K, parity, px);
        QCOMPARE(y(0, 0), 4.0);
        QCOMPARE(y(0, 1), parity > 0 ? 2.0 : 0.0);
    }

    void quaternionAction() {
        const auto Q8 = groups::makeGroup("Q8");
        const data::TaskData t = data::quaternionActionTask(400, 5);
        QCOMPARE(t.X.rows(), Eigen::Index(5));
        QCOMPARE(t.Y.rows(), Eigen::Index(4));
        std::vector<int> seen(8, 0);
        for (Eigen::Index s = 0; s < t.X.cols(); ++s) {
            const int g = int(t.X(4, s));
            QCOMPARE(double(g), t.X(4, s));
            QVERIFY(g >= 0 && g < 8);
            ++seen[std::size_t(g)];
            QVERIFY(maxAbs(data::quaternionTargetAction(g, t.X.col(s).head(4)) - t.Y.col(s)) ==
                    0.0);
        }
        for (int c : seen)
            QVERIFY(c > 20);
        const MatrixXd x = t.X.topRows(4).leftCols(16);
        QVERIFY(maxAbs(data::quaternionTargetAction(0, x) - x) <= 1e-14);
        double law = 0, nonlinear = 0;
        for (int g = 0; g < 8; ++g) {
            const MatrixXd gx = data::quaternionTargetAction(g, x);
            nonlinear = std::max(nonlinear, maxAbs(gx - Q8->standardMatrix(g) * x));
            for (int h = 0; h < 8; ++h)
                law = std::max(law, maxAbs(data::quaternionTargetAction(h, gx) -
                                           data::quaternionTargetAction(Q8->multiply(h, g), x)));
        }
        QVERIFY2(law <= 1e-12, qPrintable(QString::number(law)));
        QVERIFY(nonlinear > 0.3);
        QCOMPARE(data::quaternionActionTask(400, 5).X, t.X);
    }

    void spiralRotation() {
        const int n = 6;
        const data::TaskData t = data::spiralRotationTask(n, 300, 9);
        QCOMPARE(t.X.rows(), Eigen::Index(3));
        QCOMPARE(t.Y.rows(), Eigen::Index(2));
        for (Eigen::Index s = 0; s < t.X.cols(); ++s) {
            const double r = t.X.col(s).head(2).norm();
            QVERIFY(r >= 0.2 - 1e-12 && r <= 1.0 + 1e-12);
            // on the spiral: θ = 3π t with t = (r − 0.2)/0.8
            const double theta = 3 * M_PI * (r - 0.2) / 0.8;
            QVERIFY(std::abs(t.X(0, s) - r * std::cos(theta)) <= 1e-12);
            QVERIFY(std::abs(t.Y.col(s).norm() - r) <= 1e-12);  // rotations keep the radius
        }
        // element 1 of C4 is the quarter turn: (1, 0) -> (0, 1)
        MatrixXd e1(2, 1);
        e1 << 1, 0;
        QVERIFY(maxAbs(data::spiralTargetAction(4, 1, e1) - (MatrixXd(2, 1) << 0, 1).finished()) <=
                1e-15);
        // the law of C_n
        const MatrixXd x = t.X.topRows(2);
        for (int g = 0; g < n; ++g)
            for (int h = 0; h < n; ++h)
                QVERIFY(maxAbs(data::spiralTargetAction(n, g, data::spiralTargetAction(n, h, x)) -
                               data::spiralTargetAction(n, (g + h) % n, x)) <= 1e-12);
    }

    void involution() {
        const data::TaskData t = data::involutionTask(100, 4);
        QCOMPARE(t.X.rows(), Eigen::Index(4));
        QCOMPARE(t.Y.rows(), Eigen::Index(4));
        QVERIFY(maxAbs(data::involutionTarget(t.Y) - t.X) <= 1e-12);
        QVERIFY(maxAbs(t.Y - t.X) > 0.5);
        MatrixXd swapped = t.X;  // and not just the swap of halves
        swapped.topRows(2) = t.X.bottomRows(2);
        swapped.bottomRows(2) = t.X.topRows(2);
        QVERIFY(maxAbs(t.Y - swapped) > 0.3);
    }

    void errors() {
        std::string e = errorOf([] { data::parityFunctionTask(3, 0, 10, 1); });
        QVERIFY2(e.find("parity must be +1") != std::string::npos, e.c_str());
        e = errorOf([] { data::parityFunctionTask(0, 1, 10, 1); });
        QVERIFY2(e.find("dim must be >= 1") != std::string::npos, e.c_str());
        e = errorOf([] { data::mirrorImageTask(1, 1, 10, 1); });
        QVERIFY2(e.find("size must be in 2..64") != std::string::npos, e.c_str());
        e = errorOf([] { data::quaternionActionTask(0, 1); });
        QVERIFY2(e.find("samples must be >= 1") != std::string::npos, e.c_str());
        e = errorOf([] { data::spiralRotationTask(0, 10, 1); });
        QVERIFY2(e.find("n must be in 1..64") != std::string::npos, e.c_str());
        e = errorOf([] { data::quaternionTargetAction(8, MatrixXd::Zero(4, 1)); });
        QVERIFY2(e.find("0..7") != std::string::npos, e.c_str());
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSymmetryTasks)
#include "test_symmetry_tasks.moc"
