// The three constrained architectures of issue 5 trained with the ordinary trainer next to a
// plain MLP on the same task: each learns (its loss falls well below the start), keeps its
// constraint exactly after training (the metric at round-off), while the plain net does not
// (the metric at ≥ 1e-2). These are the lessons' headlines, at the compute level.

#include <QTest>

#include "compute/data/action_tasks.h"
#include "compute/data/parity_tasks.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/metrics/action_metrics.h"
#include "compute/nn/activation.h"
#include "compute/nn/coupling_stack.h"
#include "compute/nn/dense.h"
#include "compute/nn/group_action.h"
#include "compute/nn/involutive.h"
#include "compute/nn/parity.h"
#include "compute/train/trainer.h"
#include "suite/suite.h"
#include "unit/nn/model_helpers.h"
#include "unit/train/train_for.h"

using namespace eqlab;
using namespace eqlab::nn;
using namespace eqlab::train;
using eqlab::data::Dataset;
using D = double;
using Eigen::MatrixXd;
using eqlab::tests::single;

namespace {

LayerPtr<D> twoHiddenMlp(Index in, Index hidden, Index out) {
    std::vector<LayerPtr<D>> l;
    l.push_back(std::make_unique<Dense<D>>(in, hidden));
    l.push_back(std::make_unique<Pointwise<D>>(Activation::Tanh, hidden));
    l.push_back(std::make_unique<Dense<D>>(hidden, hidden));
    l.push_back(std::make_unique<Pointwise<D>>(Activation::Tanh, hidden));
    l.push_back(std::make_unique<Dense<D>>(hidden, out));
    return std::make_unique<Sequential<D>>(std::move(l));
}

std::unique_ptr<Sequential<D>> flow(Index d) {
    CouplingStackSpec spec;
    spec.dim = d;
    spec.couplings = 4;
    spec.hidden = 16;
    return makeCouplingStack<D>(spec);
}

struct Fit {
    double first = 0, last = 0;  // loss of the first and the last step
};

Fit fit(Model<D>& model, const data::TaskData& task, std::int64_t steps) {
    model.initialize(3);
    auto data = std::make_shared<Dataset<D>>();
    data->X = task.X;
    data->Y = task.Y;
    TrainerConfig cfg;
    cfg.batchSize = 32;
    cfg.chunkSize = 16;
    cfg.threads = 1;
    cfg.schedule = Schedule::cosine(1e-2, steps, 1e-3);
    Trainer<D> trainer(model, data, makeLoss<D>(LossKind::MSE), makeOptimizer<D>({}), cfg);
    if (!tests::trainFor(trainer, steps))
        qFatal("training did not finish");
    return {trainer.losses().front(), trainer.losses().back()};
}

}  // namespace

class TestSymmetricTraining : public QObject {
    Q_OBJECT
private slots:
    void neuralGroupActionOfQ8() {
        const auto P = groups::makeRepresentation(groups::makeGroup("Q8"), "std");
        const data::TaskData task = data::quaternionActionTask(256, 1);
        const MatrixXd test = data::quaternionActionTask(32, 2).X.topRows(4);

        Model<D> action = single(std::make_unique<NeuralGroupAction<D>>(flow(4), P));
        const Fit a = fit(action, task, 300);
        const auto law = metrics::groupLawViolation(P.group(), metrics::groupMapOf(action), test);
        const auto ld = metrics::groupActionLogDet(action, P.group(), test);

        Model<D> plain = single(twoHiddenMlp(5, 32, 4));
        const Fit b = fit(plain, task, 300);
        const auto plainLaw =
            metrics::groupLawViolation(P.group(), metrics::groupMapOf(plain), test);
        qInfo(
            "Q8 action: loss %.4g -> %.4g, law max %.3g, log-det max %.3g; plain: loss %.4g -> "
            "%.4g, law mean %.3g",
            a.first, a.last, law.max, ld.maxAbs, b.first, b.last, plainLaw.mean);
        QVERIFY(a.last < 0.01 * a.first);  // Φ can be the target's conjugator exactly
        QVERIFY(a.last < 0.1 * b.last);    // and the structure makes the fit far better
        QVERIFY(law.max <= 1e-9);
        QCOMPARE(ld.maxAbs, 0.0);
        QVERIFY(b.last < 0.5 * b.first);  // the plain net learns too, but breaks the law
        QVERIFY(plainLaw.mean >= 1e-2);
    }

    void involutiveNet() {
        const data::TaskData task = data::involutionTask(256, 1);
        const MatrixXd test = data::involutionTask(64, 2).X;
        Model<D> inv = single(std::make_unique<InvolutiveNet<D>>(flow(4), swapHalves(4)));
        const Fit a = fit(inv, task, 300);
        const auto e = metrics::involutionError(metrics::pointMapOf(inv), test);
        Model<D> plain = single(twoHiddenMlp(4, 32, 4));
        const Fit b = fit(plain, task, 300);
        const auto ePlain = metrics::involutionError(metrics::pointMapOf(plain), test);
        qInfo(
            "involution: loss %.4g -> %.4g, error max %.3g; plain: loss %.4g -> %.4g, error "
            "mean %.3g",
            a.first, a.last, e.max, b.first, b.last, ePlain.mean);
        QVERIFY(a.last < 0.01 * a.first);
        QVERIFY(e.max <= 1e-9);
        QVERIFY(ePlain.mean >= 1e-2);
    }

    void parityNet_data() {
        QTest::addColumn<int>("parity");
        QTest::newRow("even") << 1;
        QTest::newRow("odd") << -1;
    }
    void parityNet() {
        QFETCH(int, parity);
        const data::TaskData task = data::parityFunctionTask(2, parity, 256, 1);
        const MatrixXd test = data::parityFunctionTask(2, parity, 64, 2).X;
        const AffineInvolution T = negation(2);
        Model<D> constrained =
            single(std::make_unique<ParityWrapper<D>>(twoHiddenMlp(2, 32, 1), T, parity));
        const Fit a = fit(constrained, task, 300);
        const auto e = metrics::parityError(metrics::pointMapOf(constrained), T, parity, test);
        Model<D> plain = single(twoHiddenMlp(2, 32, 1));
        const Fit b = fit(plain, task, 300);
        const auto ePlain = metrics::parityError(metrics::pointMapOf(plain), T, parity, test);
        qInfo(
            "parity %d: loss %.4g -> %.4g, error max %.3g; plain: loss %.4g -> %.4g, error "
            "mean %.3g",
            parity, a.first, a.last, e.max, b.first, b.last, ePlain.mean);
        QVERIFY(a.last < 0.2 * a.first);
        QVERIFY(e.max <= 1e-10);
        QVERIFY(ePlain.mean >= 1e-2);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSymmetricTraining)
#include "test_symmetric_training.moc"
