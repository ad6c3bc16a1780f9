// Training with augmentation: the same seed gives bit-identical losses and parameters with 1 and
// 2 threads (float and double); the draws depend only on seed, step and position in the batch
// (not on the chunk size); group augmentation applies ρ(g) for a uniform g (the same g to input
// and target); rotation augmentation rotates by interpolation.

#include <QTest>

#include <cstring>
#include <map>
#include <mutex>
#include <set>

#include "compute/data/image_transform.h"
#include "compute/data/polyominoes.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/train/augmentation.h"
#include "compute/train/init.h"
#include "compute/train/trainer.h"
#include "suite/suite.h"
#include "unit/train/train_for.h"

using namespace eqlab;
using namespace eqlab::train;
using eqlab::data::Dataset;
using eqlab::nn::LossKind;
using eqlab::nn::makeLoss;
using nn::Index;

namespace {

template <class S>
nn::Model<S> mlp(Index in, Index hidden, Index out) {
    std::vector<nn::LayerPtr<S>> l;
    l.push_back(std::make_unique<nn::Dense<S>>(in, hidden));
    l.push_back(std::make_unique<nn::Pointwise<S>>(nn::Activation::Tanh, hidden));
    l.push_back(std::make_unique<nn::Dense<S>>(hidden, out));
    return nn::Model<S>(std::move(l));
}

data::TaskData polyominoes() {
    data::PolyominoParams p;
    p.size = 7;
    p.samples = 96;
    p.noise = 0.05;
    return data::makePolyominoImages(p, 21);
}

template <class S>
struct AugmentedRun {
    std::vector<double> losses;
    nn::Vector<S> params;
};

template <class S>
AugmentedRun<S> trainRun(int threads, Index chunk, bool augment, int steps = 20,
                         Augmentation<S> custom = {}) {
    const auto task = polyominoes();
    auto data = std::make_shared<Dataset<S>>();
    data->X = task.X.cast<S>();
    data->Y = task.Y.cast<S>();
    auto model = mlp<S>(49, 16, task.classes);
    initialize(model, 5);
    TrainerConfig cfg;
    cfg.batchSize = 30;  // chunks of 8: 8, 8, 8, 6
    cfg.chunkSize = chunk;
    cfg.seed = 17;
    cfg.threads = threads;
    cfg.schedule = Schedule::constant(0.01);
    Trainer<S> trainer(model, data, makeLoss<S>(LossKind::CrossEntropy), makeOptimizer<S>({}), cfg);
    if (custom)
        trainer.setAugmentation(custom);
    else if (augment)
        trainer.setAugmentation(groupAugmentation<S>(
            groups::makeRepresentation(groups::makeGroup(task.group), task.inputRep)));
    if (!tests::trainFor(trainer, steps))
        qFatal("run did not finish");
    return {trainer.losses(), model.params()};
}

template <class S>
bool sameBits(const nn::Vector<S>& a, const nn::Vector<S>& b) {
    return a.size() == b.size() &&
           std::memcmp(a.data(), b.data(), sizeof(S) * static_cast<std::size_t>(a.size())) == 0;
}

}  // namespace

class TestAugmentation : public QObject {
    Q_OBJECT
private slots:
    void bitIdenticalAcrossThreads() {
        const auto d1 = trainRun<double>(1, 8, true), d2 = trainRun<double>(2, 8, true);
        QCOMPARE(d1.losses.size(), std::size_t(20));
        QVERIFY(std::memcmp(d1.losses.data(), d2.losses.data(), 20 * sizeof(double)) == 0);
        QVERIFY(sameBits(d1.params, d2.params));
        const auto f1 = trainRun<float>(1, 8, true), f2 = trainRun<float>(2, 8, true);
        QVERIFY(std::memcmp(f1.losses.data(), f2.losses.data(), 20 * sizeof(double)) == 0);
        QVERIFY(sameBits(f1.params, f2.params));
        // Augmentation changes what is trained on (from the first step).
        const auto plain = trainRun<double>(1, 8, false);
        QVERIFY(plain.losses[0] != d1.losses[0]);
        QVERIFY(!sameBits(plain.params, d1.params));
    }

    // Record what each draw saw: the stream's key (a function of seed, step, position) and the
    // augmented input. Chunking and threads must not change the set of (key, input) pairs.
    void drawsDependOnStepAndPositionOnly() {
        const auto task = polyominoes();
        const auto rep = groups::makeRepresentation(groups::makeGroup(task.group), task.inputRep);
        auto record = [&](std::map<std::uint64_t, std::vector<double>>& seen, std::mutex& m) {
            auto inner = groupAugmentation<double>(rep);
            return Augmentation<double>([&seen, &m, inner](Rng& rng,
                                                           Eigen::Ref<nn::Vector<double>> x,
                                                           Eigen::Ref<nn::Vector<double>> y) {
                const std::uint64_t key = rng.key();
                inner(rng, x, y);
                std::lock_guard lock(m);
                seen[key] = std::vector<double>(x.data(), x.data() + x.size());
            });
        };
        std::map<std::uint64_t, std::vector<double>> a, b;
        std::mutex ma, mb;
        trainRun<double>(2, 4, true, 3, record(a, ma));
        trainRun<double>(1, 30, true, 3, record(b, mb));
        QCOMPARE(a.size(), std::size_t(3 * 30));  // one stream per (step, position)
        QVERIFY(a == b);
    }

    void groupAugmentationDraws() {
        const auto G = groups::makeGroup("D4");
        const auto grid = groups::gridRep(G, 3), reg = groups::regularRep(G);
        auto aug = groupAugmentation<double>(grid, reg);
        Rng base(3);
        nn::Vector<double> x0(9);
        for (int i = 0; i < 9; ++i)
            x0(i) = i + 1;  // a pattern with trivial stabilizer: g is readable from ρ(g)x
        nn::Vector<double> y0 = nn::Vector<double>::Unit(8, 0);
        std::set<int> drawn;
        for (int k = 0; k < 200; ++k) {
            nn::Vector<double> x = x0, y = y0;
            Rng r = base.split(std::uint64_t(k));
            aug(r, x, y);
            int which = -1;
            for (int g = 0; g < 8; ++g)
                if (x == grid.matrix(g) * x0)
                    which = g;
            QVERIFY(which >= 0);
            QCOMPARE(y, nn::Vector<double>(reg.matrix(which) * y0));  // the same g on the target
            drawn.insert(which);
        }
        QCOMPARE(int(drawn.size()), 8);
        // Dense representations too: std of O on a 3-vector keeps its norm.
        auto rot =
            groupAugmentation<double>(groups::makeRepresentation(groups::makeGroup("O"), "std"));
        nn::Vector<double> v(3), t(1);
        v << 0.3, -1.2, 0.7;
        Rng r(9);
        rot(r, v, t);
        QVERIFY(std::abs(v.norm() - std::sqrt(0.09 + 1.44 + 0.49)) < 1e-15);
    }

    void rotationAugmentationRotates() {
        const int n = 9;
        nn::Vector<double> x(n * n), t(1);
        Rng src(1);
        for (Index i = 0; i < x.size(); ++i)
            x(i) = src.normal();
        const nn::Vector<double> x0 = x;
        Rng r(2);
        rotationAugmentation<double>(n, 1, 0.0)(r, x, t);
        QCOMPARE(x, x0);  // a zero range leaves the image alone
        Rng r2(2);
        rotationAugmentation<double>(n, 1, 360.0)(r2, x, t);
        Rng r3(2);
        const double degrees = r3.uniform(0.0, 360.0);  // the draw it made
        QVERIFY((x - data::rotateImages(x0, n, 1, degrees).col(0)).norm() == 0.0);
        QVERIFY((x - x0).norm() > 0.1);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestAugmentation)
#include "test_augmentation.moc"
