// Weight-space symmetries of two-layer nets (compute/metrics/two_layer_net.h) and the alignment
// of two nets modulo them (alignment.h): each activation's intertwiner group leaves the function
// unchanged to round-off, a scale outside it does change it, and an aligned copy of a net moved
// by a known symmetry is recovered exactly.

#include <QTest>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/metrics/alignment.h"
#include "compute/nn/dense.h"
#include "compute/train/init.h"
#include "suite/suite.h"
#include "unit/metrics/two_layer_fixtures.h"

using namespace eqlab;
using namespace eqlab::metrics;
using nn::Activation;
using tests::gaussian;
using tests::randomNet;

class TestWeightSpace : public QObject {
    Q_OBJECT
private slots:
    void kinds() {
        QCOMPARE(hiddenSymmetryKind(Activation::ReLU), SymmetryKind::PositiveScaledPermutation);
        QCOMPARE(hiddenSymmetryKind(Activation::Tanh), SymmetryKind::SignedPermutation);
        QCOMPARE(hiddenSymmetryKind(Activation::GELU), SymmetryKind::Permutation);
        QCOMPARE(hiddenSymmetryKind(Activation::Identity), SymmetryKind::ScaledPermutation);
    }

    void applyIsWhatItSays() {
        // Unit i of the result is unit π(i), incoming ×s_i, outgoing ÷s_i.
        const auto net = randomNet(3, 4, 2, Activation::ReLU, 1);
        const HiddenSymmetry g{{2, 0, 3, 1}, (Eigen::VectorXd(4) << 2, 0.5, 1, 4).finished(), {}};
        const auto m = applyHiddenSymmetry(net, g);
        QCOMPARE(m.W1.row(0), Eigen::RowVectorXd(2 * net.W1.row(2)));
        QCOMPARE(m.b1[3], 4 * net.b1[1]);
        QCOMPARE(m.W2.col(1), Eigen::VectorXd(net.W2.col(0) / 0.5));
        QCOMPARE(m.b2, net.b2);
        QVERIFY_THROWS_EXCEPTION(Error, applyHiddenSymmetry(net, {{0, 0, 1, 2}, g.scale, {}}));
        QVERIFY_THROWS_EXCEPTION(
            Error, applyHiddenSymmetry(net, {{0, 1, 2, 3}, Eigen::VectorXd::Zero(4), {}}));
        QVERIFY_THROWS_EXCEPTION(Error, applyHiddenSymmetry(net, {{0, 1, 2}, g.scale, {}}));
    }

    void symmetryLeavesFunctionUnchanged_data() {
        QTest::addColumn<int>("activation");
        QTest::addColumn<int>("kind");
        QTest::newRow("relu, positive scaled permutation")
            << int(Activation::ReLU) << int(SymmetryKind::PositiveScaledPermutation);
        QTest::newRow("leaky relu, positive scaled permutation")
            << int(Activation::LeakyReLU) << int(SymmetryKind::PositiveScaledPermutation);
        QTest::newRow("tanh, signed permutation")
            << int(Activation::Tanh) << int(SymmetryKind::SignedPermutation);
        QTest::newRow("gelu, permutation")
            << int(Activation::GELU) << int(SymmetryKind::Permutation);
        QTest::newRow("identity, scaled permutation")
            << int(Activation::Identity) << int(SymmetryKind::ScaledPermutation);
    }
    void symmetryLeavesFunctionUnchanged() {
        QFETCH(int, activation);
        QFETCH(int, kind);
        const auto net = randomNet(5, 12, 3, Activation(activation), 2);
        Rng rng(3);
        const Eigen::MatrixXd X = gaussian(5, 50, rng);
        for (int trial = 0; trial < 5; ++trial) {
            const auto g = randomHiddenSymmetry(SymmetryKind(kind), 12, rng);
            const auto moved = applyHiddenSymmetry(net, g);
            QVERIFY((moved.parameters() - net.parameters()).norm() > 0.1);  // really moved
            const double e = functionDistance(net, moved, X);
            QVERIFY2(e <= 1e-14, qPrintable(QString("function changed by %1").arg(e)));
        }
    }

    void scalesOutsideTheGroupChangeTheFunction_data() {
        QTest::addColumn<int>("activation");
        QTest::addColumn<int>("kind");
        QTest::newRow("gelu, positive scales")
            << int(Activation::GELU) << int(SymmetryKind::PositiveScaledPermutation);
        QTest::newRow("gelu, signs")
            << int(Activation::GELU) << int(SymmetryKind::SignedPermutation);
        QTest::newRow("relu, signs")
            << int(Activation::ReLU) << int(SymmetryKind::SignedPermutation);
        QTest::newRow("tanh, positive scales")
            << int(Activation::Tanh) << int(SymmetryKind::PositiveScaledPermutation);
    }
    void scalesOutsideTheGroupChangeTheFunction() {
        QFETCH(int, activation);
        QFETCH(int, kind);
        const auto net = randomNet(5, 12, 3, Activation(activation), 4);
        Rng rng(5);
        const Eigen::MatrixXd X = gaussian(5, 50, rng);
        const auto g = randomHiddenSymmetry(SymmetryKind(kind), 12, rng);
        const double e = functionDistance(net, applyHiddenSymmetry(net, g), X);
        QVERIFY2(e >= 1e-2, qPrintable(QString("function changed by only %1").arg(e)));
    }

    void fromModel() {
        std::vector<nn::LayerPtr<double>> l;
        l.push_back(std::make_unique<nn::Dense<double>>(3, 6));
        l.push_back(std::make_unique<nn::Pointwise<double>>(Activation::Tanh, 6));
        l.push_back(std::make_unique<nn::Dense<double>>(6, 2));
        nn::Model<double> m(std::move(l));
        train::initialize(m, 9);
        Rng rng(10);
        for (Eigen::Index i = 0; i < m.paramCount(); ++i)
            m.params()[i] += 0.1 * rng.normal();  // nonzero biases
        const auto t = twoLayerNetFromModel(m);
        QCOMPARE(t.hidden(), 6);
        QCOMPARE(t.activation, Activation::Tanh);
        const Eigen::MatrixXd X = gaussian(3, 7, rng);
        QVERIFY((t.evaluate(X) - m.predict(X)).norm() <= 1e-14 * m.predict(X).norm());

        std::vector<nn::LayerPtr<double>> k;
        k.push_back(std::make_unique<nn::Dense<double>>(3, 6, nn::Init::He, false));
        k.push_back(std::make_unique<nn::Pointwise<double>>(Activation::Tanh, 6));
        k.push_back(std::make_unique<nn::Dense<double>>(6, 2));
        nn::Model<double> noBias(std::move(k));
        QVERIFY_THROWS_EXCEPTION(Error, twoLayerNetFromModel(noBias));
    }

    void alignmentRecoversAKnownSymmetry_data() {
        QTest::addColumn<int>("activation");
        QTest::newRow("relu") << int(Activation::ReLU);
        QTest::newRow("tanh") << int(Activation::Tanh);
        QTest::newRow("gelu") << int(Activation::GELU);
    }
    void alignmentRecoversAKnownSymmetry() {
        QFETCH(int, activation);
        const auto a = randomNet(6, 20, 2, Activation(activation), 6);
        Rng rng(7);
        const auto kind = hiddenSymmetryKind(a.activation);
        const auto g0 = randomHiddenSymmetry(kind, 20, rng);
        const auto b = applyHiddenSymmetry(a, g0);
        const Eigen::MatrixXd X = gaussian(6, 200, rng);
        const auto r = alignNets(a, b, X);
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.symmetry.permutation, g0.permutation);
        QVERIFY((r.symmetry.scale - g0.scale).norm() <= 1e-12 * g0.scale.norm());
        QVERIFY(r.matchedCorrelation > 1 - 1e-12);
        qInfo("distance before %.3g, after %.3g (relative %.3g -> %.3g)", r.distanceBefore,
              r.distanceAfter, r.relativeBefore, r.relativeAfter);
        QVERIFY(r.relativeBefore > 0.3);
        QVERIFY2(r.relativeAfter <= 1e-12, qPrintable(QString::number(r.relativeAfter)));
    }

    void alignmentOfNoisyCopies() {
        // B = g0·A plus small weight noise: the matching still finds g0 and the distance after
        // alignment is about the size of the noise, far below the distance before.
        const auto a = randomNet(6, 24, 2, Activation::ReLU, 8);
        Rng rng(9);
        const auto g0 = randomHiddenSymmetry(SymmetryKind::PositiveScaledPermutation, 24, rng);
        auto b = applyHiddenSymmetry(a, g0);
        const double noise = 1e-3;
        b.W1 += gaussian(24, 6, rng, noise);
        b.b1 += gaussian(24, 1, rng, noise);
        const Eigen::MatrixXd X = gaussian(6, 300, rng);
        const auto r = alignNets(a, b, X);
        QCOMPARE(r.symmetry.permutation, g0.permutation);
        QVERIFY(r.relativeAfter < 0.01 * r.relativeBefore);
    }

    void alignmentChecksItsInputs() {
        const auto a = randomNet(3, 5, 1, Activation::ReLU, 1);
        const auto b = randomNet(3, 6, 1, Activation::ReLU, 1);
        const auto c = randomNet(3, 5, 1, Activation::Tanh, 1);
        const Eigen::MatrixXd X = Eigen::MatrixXd::Random(3, 10);
        QVERIFY_THROWS_EXCEPTION(Error, alignNets(a, b, X));
        QVERIFY_THROWS_EXCEPTION(Error, alignNets(a, c, X));
        QVERIFY_THROWS_EXCEPTION(Error, alignNets(a, a, Eigen::MatrixXd::Random(3, 1)));
        QVERIFY_THROWS_EXCEPTION(Error, alignNets(a, a, Eigen::MatrixXd::Random(4, 10)));
    }

    void correlationOfDeadUnits() {
        Eigen::MatrixXd P(2, 4), Q(2, 4);
        P << 1, 2, 3, 4,  //
            5, 5, 5, 5;   // constant: correlation 0
        Q << 2, 4, 6, 8,  //
            -1, -2, -3, -4;
        const Eigen::MatrixXd C = rowCorrelation(P, Q);
        QVERIFY(std::abs(C(0, 0) - 1) < 1e-15 && std::abs(C(0, 1) + 1) < 1e-15);
        QCOMPARE(C(1, 0), 0.0);
        QCOMPARE(C(1, 1), 0.0);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestWeightSpace)
#include "test_weight_space.moc"
