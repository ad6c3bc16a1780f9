// Losses (values and gradients against finite differences, stability), optimizers on a quadratic,
// learning-rate schedules.

#include <QTest>
#include <cmath>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/loss.h"
#include "compute/nn/model.h"
#include "compute/train/optimizer.h"
#include "compute/train/schedule.h"
#include "suite/suite.h"

using namespace eqlab::train;
using eqlab::nn::classificationAccuracy;
using eqlab::nn::Index;
using eqlab::nn::logSumExp;
using eqlab::nn::Loss;
using eqlab::nn::LossKind;
using eqlab::nn::makeLoss;
using eqlab::nn::Matrix;
using Mat = Matrix<double>;
using Vec = eqlab::nn::Vector<double>;

namespace {

Mat randomMatrix(Index r, Index c, std::uint64_t seed) {
    eqlab::Rng rng(seed);
    Mat m(r, c);
    for (Index i = 0; i < m.size(); ++i)
        m(i) = rng.normal();
    return m;
}

double fdError(const Loss<double>& loss, const Mat& P, const Mat& T) {
    Mat G, scratch;
    loss.evaluate(P, T, G);
    Mat num(P.rows(), P.cols());
    Mat Q = P;
    const double h = 1e-6;
    for (Index k = 0; k < P.size(); ++k) {
        const double keep = Q(k);
        Q(k) = keep + h;
        const double up = loss.evaluate(Q, T, scratch);
        Q(k) = keep - h;
        const double down = loss.evaluate(Q, T, scratch);
        Q(k) = keep;
        num(k) = (up - down) / (2 * h);
    }
    return (G - num).norm() / std::max(G.norm(), 1e-300);
}

}  // namespace

class TestLossesOptim : public QObject {
    Q_OBJECT
private slots:
    void mseValueAndGradient() {
        auto mse = makeLoss<double>(LossKind::MSE);
        Mat P(2, 2), T(2, 2), G;
        P << 1, 2, 3, 4;
        T << 0, 2, 3, 2;
        // per sample (1/d) Σ (p − t)²: sample 0: (1 + 9)/2... columns: (1,3) vs (0,3) -> 1/2;
        // (2,4) vs (2,2) -> 4/2. Sum 2.5.
        QCOMPARE(mse->evaluate(P, T, G), 2.5);
        QVERIFY(fdError(*mse, randomMatrix(3, 4, 1), randomMatrix(3, 4, 2)) < 1e-7);
    }

    // The receptive-fields paper's set-up end to end: dense 4, erf, dense 1 under MSE on ±1 labels
    // (sign targets); the gradient of the loss with respect to every parameter, through the loss
    // gradient and the model's backward(), against central differences.
    void mseOnSignTargetsThroughAnErfNet() {
        using eqlab::nn::Activation;
        std::vector<eqlab::nn::LayerPtr<double>> layers;
        layers.push_back(std::make_unique<eqlab::nn::Dense<double>>(10, 4));
        layers.push_back(std::make_unique<eqlab::nn::Pointwise<double>>(Activation::Erf, 4));
        layers.push_back(std::make_unique<eqlab::nn::Dense<double>>(4, 1));
        eqlab::nn::Model<double> model(std::move(layers));
        model.initialize(9);
        const Mat X = randomMatrix(10, 6, 7);
        Mat T(1, 6);
        T << 1, -1, -1, 1, 1, -1;
        auto mse = makeLoss<double>(LossKind::MSE);
        auto lossAt = [&] {
            model.prepare();
            Mat P, G;
            eqlab::nn::Cache<double> cache;
            model.forward(X, P, cache);
            return mse->evaluate(P, T, G);
        };
        model.prepare();
        Mat P, G;
        eqlab::nn::Cache<double> cache;
        model.forward(X, P, cache);
        mse->evaluate(P, T, G);
        Vec grad = Vec::Zero(model.paramCount());
        model.backward(X, P, G, nullptr, grad.data(), cache);
        Vec num(model.paramCount());
        const double h = 1e-6;
        for (Index i = 0; i < model.paramCount(); ++i) {
            const double keep = model.params()[i];
            model.params()[i] = keep + h;
            const double up = lossAt();
            model.params()[i] = keep - h;
            const double down = lossAt();
            model.params()[i] = keep;
            num[i] = (up - down) / (2 * h);
        }
        QVERIFY(grad.norm() > 1e-3);
        QVERIFY2((grad - num).norm() / grad.norm() < 1e-7,
                 qPrintable(QString::number((grad - num).norm() / grad.norm())));
    }

    void crossEntropyGradient() {
        auto ce = makeLoss<double>(LossKind::CrossEntropy);
        // probabilities as targets
        Mat T = randomMatrix(4, 5, 4).array().exp();
        T = T.array().rowwise() / T.colwise().sum().array();
        QVERIFY(fdError(*ce, randomMatrix(4, 5, 3), T) < 1e-7);
        // class indices as targets
        Mat idx(1, 5);
        idx << 0, 3, 2, 1, 3;
        QVERIFY(fdError(*ce, randomMatrix(4, 5, 5), idx) < 1e-7);
    }

    void crossEntropyIndicesEqualOneHot() {
        auto ce = makeLoss<double>(LossKind::CrossEntropy);
        const Mat P = randomMatrix(3, 4, 6);
        Mat idx(1, 4), hot = Mat::Zero(3, 4), G1, G2;
        idx << 2, 0, 1, 2;
        for (Index j = 0; j < 4; ++j)
            hot(static_cast<Index>(idx(0, j)), j) = 1;
        QCOMPARE(ce->evaluate(P, idx, G1), ce->evaluate(P, hot, G2));
        QVERIFY((G1 - G2).norm() < 1e-15);
        idx(0, 1) = 3;  // out of range
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, ce->evaluate(P, idx, G1));
    }

    void crossEntropyIsStableForHugeLogits() {
        auto ce = makeLoss<float>(LossKind::CrossEntropy);
        Matrix<float> P(3, 1), T(1, 1), G;
        P << 1000.f, -1000.f, 999.f;
        T << 2.f;
        const double l = ce->evaluate(P, T, G);
        QVERIFY(std::isfinite(l));
        QVERIFY(std::abs(l - (1.0 + std::log1p(std::exp(-1.0)))) < 1e-4);  // lse − z₂
        QVERIFY(G.allFinite());
    }

    void logSumExp() {
        Eigen::VectorXd z(3);
        z << 1000, 1000, 1000;
        QVERIFY(std::abs(eqlab::nn::logSumExp<double>(z) - (1000 + std::log(3.0))) < 1e-12);
        z << -1e308, 0, -1e308;
        QCOMPARE(eqlab::nn::logSumExp<double>(z), 0.0);
        z.setConstant(-std::numeric_limits<double>::infinity());
        QVERIFY(std::isinf(eqlab::nn::logSumExp<double>(z)));
    }

    void gaussianNll() {
        auto nll = makeLoss<double>(LossKind::GaussianNLL);
        QVERIFY(nll->usesLogDet());
        Mat z(2, 2), ld(1, 2), g, dld, t;
        z << 1, 0, 2, 1;
        ld << 0.5, -1;
        const double expected = 0.5 * (1 + 4 + 0 + 1) + 2 * std::log(2 * M_PI) - (0.5 - 1);
        QVERIFY(std::abs(nll->evaluateFlow(z, ld, g, dld) - expected) < 1e-12);
        QCOMPARE(g, z);
        QCOMPARE(dld, Mat::Constant(1, 2, -1.0));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, nll->evaluate(z, t, g));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error,
                                 makeLoss<double>(LossKind::MSE)->evaluateFlow(z, ld, g, dld));
    }

    void accuracy() {
        Mat logits(2, 4), target(1, 4);
        logits << 1, 0, 3, -1, 0, 2, 1, 5;
        target << 0, 1, 1, 1;
        QCOMPARE(classificationAccuracy(logits, target), 0.75);
    }

    // Each optimizer minimises f(p) = ½ Σ a_i (p_i − t_i)².
    void optimizersConverge_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("lr");
        QTest::newRow("sgd") << int(OptimizerKind::SGD) << 0.1;
        QTest::newRow("momentum") << int(OptimizerKind::Momentum) << 0.05;
        QTest::newRow("adam") << int(OptimizerKind::Adam) << 0.05;
    }
    void optimizersConverge() {
        QFETCH(int, kind);
        QFETCH(double, lr);
        OptimizerConfig cfg;
        cfg.kind = static_cast<OptimizerKind>(kind);
        auto opt = makeOptimizer<double>(cfg);
        Vec a(3), t(3), p = Vec::Zero(3);
        a << 1, 2, 4;
        t << 1, -2, 0.5;
        for (int i = 0; i < 2000; ++i) {
            const Vec g = a.cwiseProduct(p - t);
            opt->step(p, g, lr);
        }
        QVERIFY2((p - t).norm() < 1e-6, qPrintable(QString::number((p - t).norm())));
    }

    void adamFirstStepIsLrTimesSign() {
        OptimizerConfig cfg;
        cfg.kind = OptimizerKind::Adam;
        auto opt = makeOptimizer<double>(cfg);
        Vec p = Vec::Zero(2), g(2);
        g << 3.0, -0.001;
        opt->step(p, g, 0.1);
        QVERIFY(std::abs(p[0] + 0.1) < 1e-6);
        QVERIFY(std::abs(p[1] - 0.1) < 1e-4);
    }

    void weightDecayShrinks() {
        for (auto kind : {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Adam}) {
            OptimizerConfig cfg;
            cfg.kind = kind;
            cfg.weightDecay = 0.5;
            auto opt = makeOptimizer<double>(cfg);
            Vec p = Vec::Constant(2, 1.0);
            for (int i = 0; i < 100; ++i)
                opt->step(p, Vec::Zero(2), 0.1);
            QVERIFY(p.norm() < 0.1 * std::sqrt(2.0));
        }
    }

    void schedules() {
        const auto c = Schedule::constant(0.3);
        QCOMPARE(c.at(0), 0.3);
        QCOMPARE(c.at(1000), 0.3);
        const auto s = Schedule::cosine(1.0, 100, 0.1);
        QCOMPARE(s.at(0), 1.0);
        QVERIFY(std::abs(s.at(50) - 0.55) < 1e-12);
        QVERIFY(std::abs(s.at(100) - 0.1) < 1e-12);
        QVERIFY(std::abs(s.at(500) - 0.1) < 1e-12);
        for (int k = 1; k <= 100; ++k)
            QVERIFY(s.at(k) <= s.at(k - 1));
        const auto w = Schedule::cosine(1.0, 110, 0.0, 10);
        QVERIFY(std::abs(w.at(0) - 0.1) < 1e-12);
        QVERIFY(std::abs(w.at(9) - 1.0) < 1e-12);
        QCOMPARE(w.at(10), 1.0);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestLossesOptim)
#include "test_losses_optim.moc"
