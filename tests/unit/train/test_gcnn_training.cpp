// A small C4 G-CNN learns a rotated-pattern task: tell a "T" tetromino-like pattern from an "L"
// on 7 × 7 images. It is trained on upright patterns only and evaluated on all four rotations:
// being exactly invariant, it scores the same on every rotation (a plain net would not).

#include <QTest>

#include "compute/core/rng.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/pooling.h"
#include "compute/train/init.h"
#include "compute/train/trainer.h"
#include "suite/suite.h"
#include "unit/train/train_for.h"

using namespace eqlab;
using namespace eqlab::nn;
using namespace eqlab::train;
using eqlab::data::Dataset;
using D = double;

namespace {

constexpr int kSize = 7;

// n samples, label 0 = T, 1 = L, at random positions, with Gaussian noise; rotated by element s.
std::shared_ptr<Dataset<D>> patterns(int n, int s, std::uint64_t seed) {
    const int shapes[2][5][2] = {{{0, 0}, {1, 0}, {2, 0}, {1, 1}, {1, 2}},
                                 {{0, 0}, {0, 1}, {0, 2}, {1, 2}, {2, 2}}};
    Rng rng(seed);
    auto d = std::make_shared<Dataset<D>>();
    d->X = Matrix<D>::Zero(kSize * kSize, n);
    d->Y.resize(1, n);
    for (int j = 0; j < n; ++j) {
        const int label = static_cast<int>(rng.below(2));
        const int ox = static_cast<int>(rng.below(kSize - 2)),
                  oy = static_cast<int>(rng.below(kSize - 2));
        Matrix<D> img = Matrix<D>::Zero(kSize * kSize, 1);
        for (const auto& p : shapes[label])
            img((oy + p[1]) * kSize + ox + p[0], 0) = 1.0;
        for (Index i = 0; i < img.size(); ++i)
            img(i) += 0.1 * rng.normal();
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x) {
                const auto q = planarActOnPixel(s, x, y, kSize);
                d->X(q[1] * kSize + q[0], j) = img(y * kSize + x, 0);
            }
        d->Y(0, j) = label;
    }
    return d;
}

}  // namespace

class TestGcnnTraining : public QObject {
    Q_OBJECT
private slots:
    void learnsRotatedPatterns() {
        const Index P = kSize * kSize, G = 4;
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<GroupConv2d<D>>(PlanarGroup::C4, true, 1, 6, kSize, 3, 1));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, P * 6 * G));
        l.push_back(std::make_unique<GroupConv2d<D>>(PlanarGroup::C4, false, 6, 6, kSize, 3, 1));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, P * 6 * G));
        l.push_back(std::make_unique<GroupPool<D>>(PoolKind::Max, 6, G, P));
        l.push_back(std::make_unique<GlobalAvgPool<D>>(6, P));
        l.push_back(std::make_unique<Dense<D>>(6, 2, Init::Glorot));
        Model<D> model(std::move(l));
        initialize(model, 11);

        TrainerConfig cfg;
        cfg.batchSize = 16;
        cfg.chunkSize = 8;
        cfg.schedule = Schedule::cosine(0.02, 400, 0.001);
        auto train = patterns(128, 0, 1);
        Trainer<D> trainer(model, train, makeLoss<D>(LossKind::CrossEntropy), makeOptimizer<D>({}),
                           cfg);
        QVERIFY(tests::trainFor(trainer, 400));

        const double trainAcc = classificationAccuracy(model.predict(train->X), train->Y);
        QVERIFY2(trainAcc >= 0.97, qPrintable(QString("train accuracy %1").arg(trainAcc)));
        double upright = -1;
        for (int s = 0; s < 4; ++s) {
            auto test = patterns(100, s, 2);  // the same held-out samples, rotated by s
            const double acc = classificationAccuracy(model.predict(test->X), test->Y);
            qInfo("held-out accuracy, rotation %d: %.3f", s, acc);
            if (s == 0)
                upright = acc;
            QVERIFY(acc >= 0.95);
            QCOMPARE(acc, upright);
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestGcnnTraining)
#include "test_gcnn_training.moc"
