// The intertwiner group of each activation, computed from σ (compute/metrics/intertwiner_group.h):
// ReLU gives the positive scaled permutations, x² the permutations with signs and squared scales,
// the identity GL_n, tanh the signed permutations, GELU the permutations only. Every element
// drawn from a computed group leaves a two-layer net's function unchanged to round-off, and a
// step outside the group (a sign for ReLU, a scale for tanh and GELU) changes it.

#include <QTest>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/metrics/intertwiner_group.h"
#include "suite/suite.h"
#include "unit/metrics/two_layer_fixtures.h"

using namespace eqlab;
using namespace eqlab::metrics;
using nn::Activation;
using tests::gaussian;
using tests::randomNet;

namespace {

constexpr int kInputs = 5, kHidden = 10, kOutputs = 3;

}  // namespace

class TestIntertwinerGroup : public QObject {
    Q_OBJECT
private slots:
    void computedGroups_data() {
        QTest::addColumn<int>("activation");
        QTest::addColumn<bool>("linear");
        QTest::addColumn<bool>("signFlip");
        QTest::addColumn<double>("signImage");
        QTest::addColumn<bool>("positiveScales");
        QTest::addColumn<double>("degree");
        QTest::addColumn<QString>("described");
        QTest::newRow("relu") << int(Activation::ReLU) << false << false << 0.0 << true << 1.0
                              << "positive scaled permutations, t(s) = s^1";
        QTest::newRow("leaky relu") << int(Activation::LeakyReLU) << false << false << 0.0 << true
                                    << 1.0 << "positive scaled permutations, t(s) = s^1";
        QTest::newRow("square") << int(Activation::Square) << false << true << 1.0 << true << 2.0
                                << "scaled permutations, t(s) = |s|^2";
        QTest::newRow("identity") << int(Activation::Identity) << true << true << -1.0 << true
                                  << 1.0 << "GL_n (sigma is linear)";
        QTest::newRow("tanh") << int(Activation::Tanh) << false << true << -1.0 << false << 0.0
                              << "signed permutations, t(-1) = -1";
        QTest::newRow("erf") << int(Activation::Erf) << false << true << -1.0 << false << 0.0
                             << "signed permutations, t(-1) = -1";
        QTest::newRow("gelu") << int(Activation::GELU) << false << false << 0.0 << false << 0.0
                              << "permutations";
        QTest::newRow("sigmoid") << int(Activation::Sigmoid) << false << false << 0.0 << false
                                 << 0.0 << "permutations";
        QTest::newRow("softplus") << int(Activation::Softplus) << false << false << 0.0 << false
                                  << 0.0 << "permutations";
    }
    void computedGroups() {
        QFETCH(int, activation);
        QFETCH(bool, linear);
        QFETCH(bool, signFlip);
        QFETCH(double, signImage);
        QFETCH(bool, positiveScales);
        QFETCH(double, degree);
        QFETCH(QString, described);
        const IntertwinerGroup g = intertwinerGroup(Activation(activation));
        QCOMPARE(g.linear, linear);
        QCOMPARE(g.signFlip, signFlip);
        if (signFlip)
            QCOMPARE(g.signImage, signImage);
        QCOMPARE(g.positiveScales, positiveScales);
        if (positiveScales)
            QVERIFY2(std::abs(g.degree - degree) < 1e-9, qPrintable(QString::number(g.degree)));
        QCOMPARE(QString::fromStdString(g.describe()), described);
    }

    // The scalar identity σ(s z) = t σ(z) itself: t fitted exactly where it holds.
    void scalarIntertwiners() {
        QCOMPARE(*scalarIntertwiner(Activation::ReLU, 3.0), 3.0);
        QVERIFY(!scalarIntertwiner(Activation::ReLU, -1.0));
        QVERIFY(std::abs(*scalarIntertwiner(Activation::Square, -2.0) - 4.0) < 1e-12);
        QCOMPARE(*scalarIntertwiner(Activation::Tanh, -1.0), -1.0);
        QVERIFY(!scalarIntertwiner(Activation::Tanh, 2.0));
        QVERIFY(!scalarIntertwiner(Activation::GELU, 2.0));
        QVERIFY(!scalarIntertwiner(Activation::GELU, -1.0));
        QVERIFY_THROWS_EXCEPTION(Error, scalarIntertwiner(Activation::ReLU, 0.0));
    }

    // Members leave the function unchanged to round-off (five random elements each).
    void membersLeaveTheFunctionUnchanged_data() {
        QTest::addColumn<int>("activation");
        for (Activation a :
             {Activation::ReLU, Activation::LeakyReLU, Activation::Square, Activation::Tanh,
              Activation::Erf, Activation::GELU, Activation::Sigmoid, Activation::Softplus})
            QTest::newRow(nn::activationName(a)) << int(a);
    }
    void membersLeaveTheFunctionUnchanged() {
        QFETCH(int, activation);
        const IntertwinerGroup group = intertwinerGroup(Activation(activation));
        const TwoLayerNet net = randomNet(kInputs, kHidden, kOutputs, Activation(activation), 3);
        Rng rng(8);
        const Eigen::MatrixXd X = gaussian(kInputs, 60, rng);
        for (int trial = 0; trial < 5; ++trial) {
            const HiddenSymmetry g = randomIntertwiner(group, kHidden, rng);
            const double e = functionDistance(net, applyHiddenSymmetry(net, g), X);
            QVERIFY2(e <= 1e-13, qPrintable(QString("trial %1: %2").arg(trial).arg(e)));
        }
    }

    // The identity: any invertible matrix, not only scaled permutations.
    void linearSigmaHasAllOfGL() {
        const TwoLayerNet net = randomNet(kInputs, kHidden, kOutputs, Activation::Identity, 3);
        Rng rng(9);
        const Eigen::MatrixXd X = gaussian(kInputs, 60, rng);
        const Eigen::MatrixXd A =
            gaussian(kHidden, kHidden, rng) + 3.0 * Eigen::MatrixXd::Identity(kHidden, kHidden);
        QVERIFY(functionDistance(net, applyLinearSymmetry(net, A), X) <= 1e-13);
        // The same matrix on a ReLU layer is no symmetry.
        TwoLayerNet relu = net;
        relu.activation = Activation::ReLU;
        QVERIFY(functionDistance(relu, applyLinearSymmetry(relu, A), X) > 1e-2);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 applyLinearSymmetry(net, Eigen::MatrixXd::Zero(kHidden, kHidden)));
        QVERIFY_THROWS_EXCEPTION(
            Error, randomIntertwiner(intertwinerGroup(Activation::Identity), kHidden, rng));
    }

    // One step outside the computed group changes the function (the paper's point for GELU: a
    // scale s ≠ 1 with any outgoing factor).
    void nonMembersChangeTheFunction_data() {
        QTest::addColumn<int>("activation");
        QTest::addColumn<double>("s");
        QTest::addColumn<double>("t");
        QTest::newRow("relu, s = -1") << int(Activation::ReLU) << -1.0 << -1.0;
        QTest::newRow("square, t = s") << int(Activation::Square) << 2.0 << 2.0;
        QTest::newRow("tanh, s = 2") << int(Activation::Tanh) << 2.0 << 2.0;
        QTest::newRow("gelu, s = 2") << int(Activation::GELU) << 2.0 << 2.0;
        QTest::newRow("gelu, s = 1.1") << int(Activation::GELU) << 1.1 << 1.1;
        QTest::newRow("gelu, s = -1") << int(Activation::GELU) << -1.0 << -1.0;
    }
    void nonMembersChangeTheFunction() {
        QFETCH(int, activation);
        QFETCH(double, s);
        QFETCH(double, t);
        const IntertwinerGroup group = intertwinerGroup(Activation(activation));
        QVERIFY(!group.image(s) || *group.image(s) != t);
        const TwoLayerNet net = randomNet(kInputs, kHidden, kOutputs, Activation(activation), 3);
        Rng rng(10);
        const Eigen::MatrixXd X = gaussian(kInputs, 60, rng);
        HiddenSymmetry g;
        for (int i = 0; i < kHidden; ++i)
            g.permutation.push_back(i);
        g.scale = Eigen::VectorXd::Ones(kHidden);
        g.outScale = Eigen::VectorXd::Ones(kHidden);
        g.scale[0] = s;  // one unit moved outside the group
        g.outScale[0] = t;
        const double e = functionDistance(net, applyHiddenSymmetry(net, g), X);
        qInfo("function changed by %.3g", e);
        QVERIFY2(e > 1e-4, qPrintable(QString::number(e)));
    }

    // The alignment searches the members acting with t = s: computed, the former table.
    void alignmentKinds() {
        QCOMPARE(hiddenSymmetryKind(Activation::ReLU), SymmetryKind::PositiveScaledPermutation);
        QCOMPARE(hiddenSymmetryKind(Activation::LeakyReLU),
                 SymmetryKind::PositiveScaledPermutation);
        QCOMPARE(hiddenSymmetryKind(Activation::Tanh), SymmetryKind::SignedPermutation);
        QCOMPARE(hiddenSymmetryKind(Activation::Erf), SymmetryKind::SignedPermutation);
        QCOMPARE(hiddenSymmetryKind(Activation::Identity), SymmetryKind::ScaledPermutation);
        QCOMPARE(hiddenSymmetryKind(Activation::Square), SymmetryKind::Permutation);
        QCOMPARE(hiddenSymmetryKind(Activation::GELU), SymmetryKind::Permutation);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestIntertwinerGroup)
#include "test_intertwiner_group.moc"
