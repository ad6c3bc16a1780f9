// Metrics of conjugated actions and parity nets, on maps whose answers are known in closed form
// (exact actions give 0; a translation "action" of C_n breaks the law by n·√d on half the pairs;
// scalings have known log-determinants), then on the real layers through the model adapters:
// a neural group action has violation ≤ 1e-10 and log|det J| exactly 0 (additive couplings),
// a plain net on the same input does not.

#include <QTest>

#include "compute/core/error.h"
#include "compute/data/task_kinds.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/metrics/action_metrics.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/nn/activation.h"
#include "compute/nn/coupling_stack.h"
#include "compute/nn/dense.h"
#include "compute/nn/group_action.h"
#include "compute/nn/involutive.h"
#include "compute/nn/loss.h"
#include "suite/suite.h"
#include "unit/nn/model_helpers.h"

using namespace eqlab;
using Eigen::MatrixXd;

using eqlab::tests::randomParams;

namespace {

MatrixXd points(Eigen::Index d, Eigen::Index n, std::uint64_t seed) {
    Rng rng(seed);
    MatrixXd X(d, n);
    for (Eigen::Index j = 0; j < n; ++j)
        for (Eigen::Index i = 0; i < d; ++i)
            X(i, j) = rng.normal();
    return X;
}

nn::Model<double> single(nn::LayerPtr<double> layer) {
    std::vector<nn::LayerPtr<double>> l;
    l.push_back(std::move(layer));
    return nn::Model<double>(std::move(l));
}

std::unique_ptr<nn::Sequential<double>> flow(Eigen::Index d, bool affine) {
    nn::CouplingStackSpec spec;
    spec.dim = d;
    spec.hidden = 8;
    spec.kind = affine ? nn::CouplingKind::Affine : nn::CouplingKind::Additive;
    return nn::makeCouplingStack<double>(spec);
}

}  // namespace

class TestActionMetrics : public QObject {
    Q_OBJECT
private slots:
    void groupLawKnownValues() {
        const auto C4 = groups::makeGroup("C4");
        const MatrixXd X = points(2, 10, 1);
        // the linear action of C4 on R²: a true action
        const auto P = groups::standardRep(C4);
        const auto exact = metrics::groupLawViolation(
            *C4, [&](int g, const MatrixXd& x) -> MatrixXd { return P.matrix(g) * x; }, X);
        QVERIFY(exact.max <= 1e-15);
        // x ↦ x + g·1: N_g(N_h x) − N_gh x = (g + h − (g+h mod 4))·1, of norm 4√2 on the 6 of 16
        // pairs with g + h ≥ 4, else 0.
        const auto shift = metrics::groupLawViolation(
            *C4, [](int g, const MatrixXd& x) -> MatrixXd { return x.array() + double(g); }, X);
        QVERIFY(std::abs(shift.max - 4 * std::sqrt(2.0)) <= 1e-12);
        QVERIFY(std::abs(shift.mean - 6.0 / 16.0 * 4 * std::sqrt(2.0)) <= 1e-12);
    }

    void involutionAndParityKnownValues() {
        const MatrixXd X = points(3, 7, 2);
        const double meanNorm = X.colwise().norm().mean();
        QCOMPARE(metrics::involutionError([](const MatrixXd& x) -> MatrixXd { return -x; }, X).max,
                 0.0);
        const auto twice =
            metrics::involutionError([](const MatrixXd& x) -> MatrixXd { return 2 * x; }, X);
        QVERIFY(std::abs(twice.mean - 3 * meanNorm) <= 1e-12);  // ‖4x − x‖
        // f(x) = Σ x_i is odd under x ↦ −x: error 0 for p = −1, 2|Σ x| for p = +1
        const metrics::PointMap sum = [](const MatrixXd& x) -> MatrixXd {
            return x.colwise().sum();
        };
        const nn::AffineInvolution T = nn::negation(3);
        QCOMPARE(metrics::parityError(sum, T, -1, X).max, 0.0);
        const auto even = metrics::parityError(sum, T, 1, X);
        QVERIFY(std::abs(even.max - 2 * X.colwise().sum().cwiseAbs().maxCoeff()) <= 1e-12);
        QVERIFY_THROWS_EXCEPTION(Error, metrics::parityError(sum, T, 1, points(2, 3, 1)));
    }

    void numericLogDetKnownValues() {
        // N_g = 2^g·I on R²: log|det| = 2g·log 2; over C3 the mean is 2 log 2, the max 4 log 2.
        const auto C3 = groups::makeGroup("C3");
        const auto s = metrics::numericLogDet(
            *C3, [](int g, const MatrixXd& x) -> MatrixXd { return std::pow(2.0, g) * x; },
            points(2, 5, 3));
        QVERIFY(std::abs(s.mean - 2 * std::log(2.0)) <= 1e-9);
        QVERIFY(std::abs(s.maxAbs - 4 * std::log(2.0)) <= 1e-9);
    }

    // A neural group action against a plain MLP that takes the same [x; g] input.
    void onModels() {
        const auto P = groups::makeRepresentation(groups::makeGroup("Q8"), "std");
        const auto& G = P.group();
        const MatrixXd X = points(4, 16, 4);
        auto action = single(std::make_unique<nn::NeuralGroupAction<double>>(flow(4, false), P));
        randomParams(action, 5, 0.5);
        const auto law = metrics::groupLawViolation(G, metrics::groupMapOf(action), X);
        QVERIFY2(law.max <= 1e-10 * X.norm(), qPrintable(QString::number(law.max)));
        const auto ld = metrics::groupActionLogDet(action, G, X);
        QCOMPARE(ld.maxAbs, 0.0);

        std::vector<nn::LayerPtr<double>> l;
        l.push_back(std::make_unique<nn::Dense<double>>(5, 16));
        l.push_back(std::make_unique<nn::Pointwise<double>>(nn::Activation::Tanh, 16));
        l.push_back(std::make_unique<nn::Dense<double>>(16, 4));
        nn::Model<double> mlp(std::move(l));
        randomParams(mlp, 6, 0.5);
        QVERIFY(metrics::groupLawViolation(G, metrics::groupMapOf(mlp), X).mean > 1e-2);
        QVERIFY(metrics::groupActionLogDet(mlp, G, X).maxAbs > 1e-2);  // numeric fallback

        // affine couplings: the exact log-determinant agrees with the numerical one (central
        // differences with h = 1e-5 on log-determinants up to ~11: agreement to ~1e-7)
        auto affine = single(std::make_unique<nn::NeuralGroupAction<double>>(flow(4, true), P));
        randomParams(affine, 7, 0.5);
        const auto exact = metrics::groupActionLogDet(affine, G, X);
        const auto numeric = metrics::numericLogDet(G, metrics::groupMapOf(affine), X);
        QVERIFY(exact.maxAbs > 1e-3);
        QVERIFY2(std::abs(exact.mean - numeric.mean) <= 1e-6 &&
                     std::abs(exact.maxAbs - numeric.maxAbs) <= 1e-6,
                 qPrintable(QString("%1 vs %2, %3 vs %4")
                                .arg(exact.mean, 0, 'g', 15)
                                .arg(numeric.mean, 0, 'g', 15)
                                .arg(exact.maxAbs, 0, 'g', 15)
                                .arg(numeric.maxAbs, 0, 'g', 15)));
    }

    // The group-law metric kind on a one-hot task ("element_encoding": "one-hot") feeds the MLP
    // [x; e_g] with e_g one-hot: its value is the direct sum over g, h and samples of
    // ‖mlp([mlp([x; e_h]); e_g]) − mlp([x; e_gh])‖ with the inputs built by hand.
    void groupLawOnOneHotInputs() {
        const data::TaskKind* kind = data::findTaskKind("quaternion-action");
        Params tp = defaultParams(kind->params);
        tp.setText("element_encoding", "one-hot");
        tp.setNumber("samples", 32);
        const data::TaskData task = data::makeTask(*kind, tp, 3);
        QCOMPARE(task.X.rows(), Eigen::Index(12));
        data::Dataset<double> dataset{task.X, task.Y};

        std::vector<nn::LayerPtr<double>> l;
        l.push_back(std::make_unique<nn::Dense<double>>(12, 16));
        l.push_back(std::make_unique<nn::Pointwise<double>>(nn::Activation::Tanh, 16));
        l.push_back(std::make_unique<nn::Dense<double>>(16, 4));
        nn::Model<double> mlp(std::move(l));
        randomParams(mlp, 10, 0.5);

        const groups::GroupPtr G = groups::makeGroup("Q8");
        const metrics::MetricKind* law = metrics::findMetricKind("group-law");
        Params mp = defaultParams(law->params);
        mp.setNumber("samples", 5);
        auto loss = nn::makeLoss<double>(nn::LossKind::MSE);
        metrics::MetricContext<double> c{mlp, task, dataset, G, nullptr, nullptr, *loss, mp};
        metrics::MetricOutput out;
        law->evaluateDouble(c, out);

        auto input = [](const Eigen::VectorXd& x, int g) {
            Eigen::VectorXd in = Eigen::VectorXd::Zero(12);
            in.head(4) = x;
            in(4 + g) = 1.0;
            return in;
        };
        double sum = 0, most = 0;
        for (Eigen::Index j = 0; j < 5; ++j) {
            const Eigen::VectorXd x = task.X.col(j).head(4);
            for (int g = 0; g < 8; ++g)
                for (int h = 0; h < 8; ++h) {
                    const Eigen::VectorXd nh = mlp.predict(input(x, h));
                    const double e =
                        (mlp.predict(input(nh, g)) - mlp.predict(input(x, G->multiply(g, h))))
                            .norm();
                    sum += e;
                    most = std::max(most, e);
                }
        }
        QCOMPARE(out.values.size(), std::size_t(2));
        QCOMPARE(out.values[0].name, std::string("group_law_violation"));
        QVERIFY2(std::abs(out.values[0].value - sum / (5 * 64)) <= 1e-12,
                 qPrintable(QString("%1 vs %2").arg(out.values[0].value).arg(sum / (5 * 64))));
        QVERIFY(std::abs(out.values[1].value - most) <= 1e-12);
        QVERIFY(most > 1e-2);  // a random MLP is no action: the comparison is not of zeros
    }

    void involutiveModel() {
        auto net =
            single(std::make_unique<nn::InvolutiveNet<double>>(flow(4, true), nn::swapHalves(4)));
        randomParams(net, 8, 0.5);
        const MatrixXd X = points(4, 32, 9);
        const auto e = metrics::involutionError(metrics::pointMapOf(net), X);
        QVERIFY2(e.max <= 1e-10 * X.norm(), qPrintable(QString::number(e.max)));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestActionMetrics)
#include "test_action_metrics.moc"
