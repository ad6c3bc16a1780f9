// Layer-by-layer alignment of nets with several hidden layers and model stitching through it
// (compute/metrics/layer_alignment.h): a net moved by a random element of its intertwiner group
// at every layer is moved back exactly, stitching through that alignment reproduces the first
// net's loss while stitching without it does not, and two independently trained nets come closer
// by the alignment and stitch with a loss near their own.

#include <QTest>

#include <cmath>
#include <utility>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/metrics/intertwiner_group.h"
#include "compute/metrics/layer_alignment.h"
#include "compute/nn/dense.h"
#include "compute/nn/loss.h"
#include "compute/train/init.h"
#include "compute/train/trainer.h"
#include "suite/suite.h"
#include "unit/metrics/two_layer_fixtures.h"

using namespace eqlab;
using namespace eqlab::metrics;
using nn::Activation;
using tests::gaussian;

namespace {

// Gaussian weights scaled by 1/√fan-in, biases of scale 0.3; widths {inputs, hidden…, outputs}.
DeepNet randomDeepNet(const std::vector<int>& widths, Activation a, std::uint64_t seed) {
    Rng rng(seed);
    DeepNet n;
    for (std::size_t l = 0; l + 1 < widths.size(); ++l) {
        n.W.push_back(gaussian(widths[l + 1], widths[l], rng, 1.0 / std::sqrt(double(widths[l]))));
        n.b.push_back(gaussian(widths[l + 1], 1, rng, 0.3));
        if (l + 2 < widths.size())
            n.activation.push_back(a);
    }
    return n;
}

double mse(const DeepNet& n, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y) {
    Eigen::MatrixXd grad;
    return nn::makeLoss<double>(nn::LossKind::MSE)->evaluate(n.evaluate(X), Y, grad) /
           static_cast<double>(X.cols());
}

nn::Model<double> mlp(const std::vector<int>& widths, Activation a, std::uint64_t seed) {
    std::vector<nn::LayerPtr<double>> layers;
    for (std::size_t l = 0; l + 1 < widths.size(); ++l) {
        layers.push_back(std::make_unique<nn::Dense<double>>(widths[l], widths[l + 1]));
        if (l + 2 < widths.size())
            layers.push_back(std::make_unique<nn::Pointwise<double>>(a, widths[l + 1]));
    }
    nn::Model<double> m(std::move(layers));
    train::initialize(m, seed);
    return m;
}

// A student trained with Adam on the teacher's outputs (full determinism: one thread).
DeepNet trainStudent(const std::vector<int>& widths, Activation a, std::uint64_t seed,
                     std::shared_ptr<data::Dataset<double>> data, int steps) {
    nn::Model<double> m = mlp(widths, a, seed);
    train::TrainerConfig cfg;
    cfg.batchSize = 64;
    cfg.chunkSize = 64;
    cfg.seed = seed;
    cfg.threads = 1;
    cfg.schedule = train::Schedule::cosine(0.01, steps);
    train::OptimizerConfig oc;
    train::Trainer<double> trainer(m, data, nn::makeLoss<double>(nn::LossKind::MSE),
                                   train::makeOptimizer<double>(oc), cfg);
    while (trainer.stepsDone() < steps)
        if (!trainer.step())
            qFatal("student diverged");
    return deepNetFromModel(m);
}

}  // namespace

class TestLayerAlignment : public QObject {
    Q_OBJECT
private slots:
    void fromModel() {
        nn::Model<double> m = mlp({3, 5, 4, 2}, Activation::GELU, 9);
        Rng rng(10);
        for (Eigen::Index i = 0; i < m.paramCount(); ++i)
            m.params()[i] += 0.1 * rng.normal();  // nonzero biases
        const DeepNet d = deepNetFromModel(m);
        QCOMPARE(d.hiddenLayers(), 2);
        QCOMPARE(d.width(1), 4);
        const Eigen::MatrixXd X = gaussian(3, 7, rng);
        QVERIFY((d.evaluate(X) - m.predict(X)).norm() <= 1e-14 * m.predict(X).norm());

        std::vector<nn::LayerPtr<double>> k;
        k.push_back(std::make_unique<nn::Dense<double>>(3, 6));
        k.push_back(std::make_unique<nn::Pointwise<double>>(Activation::Tanh, 6));
        nn::Model<double> noOutput(std::move(k));
        QVERIFY_THROWS_EXCEPTION(Error, deepNetFromModel(noOutput));
    }

    // B = (g_0, …, g_{L−1})·A for random elements of σ's group: the same function, and the
    // alignment recovers every g_ℓ: π(π₀(i)) = i, s_i s₀_{π(i)} = 1, aligned B = A to round-off.
    void recoversTheLayerSymmetries_data() {
        QTest::addColumn<int>("activation");
        QTest::addColumn<int>("depth");
        for (auto [a, name] : {std::pair{Activation::ReLU, "relu"},
                               {Activation::Tanh, "tanh"},
                               {Activation::GELU, "gelu"}})
            for (int depth : {2, 3})
                QTest::addRow("%s %d hidden layers", name, depth) << int(a) << depth;
    }
    void recoversTheLayerSymmetries() {
        QFETCH(int, activation);
        QFETCH(int, depth);
        const auto act = static_cast<Activation>(activation);
        std::vector<int> widths{5, 7, 6, 8};
        widths.resize(static_cast<std::size_t>(depth + 1));
        widths.push_back(2);
        int nets = 0;
        for (std::uint64_t seed = 1; seed <= 50 && nets < 5; ++seed) {
            const DeepNet a = randomDeepNet(widths, act, 100 + seed);
            Rng rng(seed);

            std::vector<HiddenSymmetry> g0;
            for (int l = 0; l < depth; ++l)
                g0.push_back(randomIntertwiner(intertwinerGroup(act), a.width(l), rng));
            const DeepNet b = applyLayerSymmetries(a, g0);
            const Eigen::MatrixXd X = gaussian(5, 400, rng);
            // A unit that is constant on the inputs (a dead ReLU unit) correlates with nothing: two
            // of them in one layer cannot be told apart from activations. Such nets are skipped.
            bool dead = false;
            for (const auto& H : a.hiddenOutputs(X))
                for (Eigen::Index i = 0; i < H.rows(); ++i)
                    dead = dead || H.row(i).maxCoeff() - H.row(i).minCoeff() < 1e-9;
            if (dead)
                continue;
            ++nets;
            QVERIFY(functionDistance(a, b, X) <= 1e-13);

            const LayerAlignment r = alignLayers(a, b, X);
            QCOMPARE(int(r.symmetry.size()), depth);
            for (double d : r.layerAfter)
                QVERIFY2(d <= 1e-13, qPrintable(QString::number(d)));
            for (int l = 0; l < depth; ++l) {
                const auto& g = r.symmetry[static_cast<std::size_t>(l)];
                const auto& e = g0[static_cast<std::size_t>(l)];
                for (int i = 0; i < a.width(l); ++i) {
                    const int p = g.permutation[static_cast<std::size_t>(i)];
                    QCOMPARE(e.permutation[static_cast<std::size_t>(p)], i);
                    QVERIFY(std::abs(g.scale[i] * e.scale[p] - 1.0) <= 1e-12);
                }
                QVERIFY(r.matchedCorrelation[static_cast<std::size_t>(l)] >= 1 - 1e-12);
            }
            QVERIFY2(r.relativeBefore >= 0.5, qPrintable(QString::number(r.relativeBefore)));
            QVERIFY2(r.relativeAfter <= 1e-13, qPrintable(QString::number(r.relativeAfter)));
        }
        QCOMPARE(nets, 5);
    }

    // The alignment of layer ℓ + 1 needs layer ℓ's: without propagating it (aligning each layer of
    // the untouched B on its own), the ReLU scales of the second layer come out wrong.
    void layersAreAlignedInTurn() {
        const DeepNet a = randomDeepNet({4, 6, 6, 1}, Activation::ReLU, 7);
        Rng rng(8);
        std::vector<HiddenSymmetry> g0;
        for (int l = 0; l < 2; ++l)
            g0.push_back(randomIntertwiner(intertwinerGroup(Activation::ReLU), 6, rng));
        const DeepNet b = applyLayerSymmetries(a, g0);
        const Eigen::MatrixXd X = gaussian(4, 300, rng);
        const LayerAlignment r = alignLayers(a, b, X);
        QVERIFY(r.relativeAfter <= 1e-13);
        // Same permutations, but the scales of layer 1 read from B's weights before layer 0 is
        // aligned (its columns still in B's order and scale) differ from the right ones.
        DeepNet naive = b;
        HiddenSymmetry g1 = r.symmetry[1];
        for (int i = 0; i < 6; ++i) {
            const int p = g1.permutation[static_cast<std::size_t>(i)];
            Eigen::VectorXd va(7), vb(7);
            va << a.W[1].row(i).transpose(), a.b[1][i];
            vb << b.W[1].row(p).transpose(), b.b[1][p];
            g1.scale[i] = va.norm() / vb.norm();
        }
        naive = applyLayerSymmetry(naive, 0, r.symmetry[0]);
        naive = applyLayerSymmetry(naive, 1, g1);
        QVERIFY((naive.parameters() - a.parameters()).norm() >= 1e-3 * a.parameters().norm());
    }

    // Stitching A's first layers to B = g·A: through the alignment (and through a fitted affine
    // layer) exactly A's loss; without it far worse.
    void stitchingThroughTheAlignment_data() {
        QTest::addColumn<int>("activation");
        QTest::newRow("relu") << int(Activation::ReLU);
        QTest::newRow("tanh") << int(Activation::Tanh);
        QTest::newRow("gelu") << int(Activation::GELU);
    }
    void stitchingThroughTheAlignment() {
        QFETCH(int, activation);
        const auto act = static_cast<Activation>(activation);
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            const DeepNet teacher = randomDeepNet({5, 6, 6, 6, 1}, act, 200 + seed);
            // A: the teacher slightly perturbed, so its loss is not zero.
            DeepNet a = teacher;
            Rng rng(seed);
            for (auto& w : a.W)
                w += gaussian(int(w.rows()), int(w.cols()), rng, 0.01);
            std::vector<HiddenSymmetry> g0;
            for (int l = 0; l < 3; ++l)
                g0.push_back(randomIntertwiner(intertwinerGroup(act), 6, rng));
            const DeepNet b = applyLayerSymmetries(a, g0);
            const Eigen::MatrixXd X = gaussian(5, 400, rng);
            const Eigen::MatrixXd Y = teacher.evaluate(X);
            const double lossA = mse(a, X, Y);
            const LayerAlignment r = alignLayers(a, b, X);
            for (int k = 0; k < 3; ++k) {
                const double unaligned = mse(stitchNets(a, b, k), X, Y);
                const double aligned = mse(stitchNets(a, r.aligned, k), X, Y);
                const double fitted = mse(stitchFitted(a, b, k, X), X, Y);
                QVERIFY2(std::abs(aligned - lossA) <= 1e-12 * lossA,
                         qPrintable(QString("%1 vs %2").arg(aligned).arg(lossA)));
                QVERIFY2(std::abs(fitted - lossA) <= 1e-8 * lossA,
                         qPrintable(QString("%1 vs %2").arg(fitted).arg(lossA)));
                QVERIFY2(unaligned >= 5 * lossA,
                         qPrintable(QString("%1 vs %2").arg(unaligned).arg(lossA)));
            }
        }
    }

    // Two students trained from different seeds on a teacher of their shape: the alignment brings
    // them closer, layer by layer; for tanh stitching through it costs far less than without.
    void trainedNets_data() {
        QTest::addColumn<int>("activation");
        QTest::newRow("relu") << int(Activation::ReLU);
        QTest::newRow("tanh") << int(Activation::Tanh);
        QTest::newRow("gelu") << int(Activation::GELU);
    }
    void trainedNets() {
        QFETCH(int, activation);
        const auto act = static_cast<Activation>(activation);
        const std::vector<int> widths{6, 8, 8, 1};
        const DeepNet teacher = randomDeepNet(widths, act, 31);
        Rng rng(32);
        auto data = std::make_shared<data::Dataset<double>>();
        data->X = gaussian(6, 512, rng);
        data->Y = teacher.evaluate(data->X);
        const DeepNet a = trainStudent(widths, act, 1, data, 4000);
        const DeepNet b = trainStudent(widths, act, 2, data, 4000);
        const Eigen::MatrixXd& X = data->X;
        const Eigen::MatrixXd& Y = data->Y;
        const LayerAlignment r = alignLayers(a, b, X);
        const double lossA = mse(a, X, Y), lossB = mse(b, X, Y);
        const double worse = std::max(lossA, lossB);
        QString report = QString("loss A %1 B %2 distance %3 -> %4")
                             .arg(lossA)
                             .arg(lossB)
                             .arg(r.relativeBefore)
                             .arg(r.relativeAfter);
        for (int k = 0; k < 2; ++k) {
            const double unaligned = mse(stitchNets(a, b, k), X, Y);
            const double aligned = mse(stitchNets(a, r.aligned, k), X, Y);
            const double fitted = mse(stitchFitted(a, b, k, X), X, Y);
            report += QString("; layer %1: stitched %2 aligned %3 fitted %4 (distance %5 -> %6)")
                          .arg(k)
                          .arg(unaligned)
                          .arg(aligned)
                          .arg(fitted)
                          .arg(r.layerBefore[k])
                          .arg(r.layerAfter[k]);
        }
        qInfo("%s", qPrintable(report));
        // Measured (Release, one thread, these seeds): relative distance 1.33 -> 1.08 (ReLU),
        // 1.42 -> 0.93 (tanh), 1.39 -> 1.24 (GELU). Stitching through the alignment helps for tanh
        // (0.022 vs 0.145 after hidden layer 1, 0.058 vs 0.50 after hidden layer 2; own losses
        // 3e-4, 9e-4) but not after the second ReLU or GELU layer (1.5 vs 1.0, 1.1 vs 0.05): the
        // students' second layers are related by a linear map — the fitted affine stitching layer
        // gives 2e-3 and 9e-4 there — but not by a (scaled) permutation.
        QVERIFY2(r.relativeAfter <= 0.95 * r.relativeBefore, qPrintable(report));
        for (int k = 0; k < 2; ++k) {
            const double unaligned = mse(stitchNets(a, b, k), X, Y);
            const double aligned = mse(stitchNets(a, r.aligned, k), X, Y);
            const double fitted = mse(stitchFitted(a, b, k, X), X, Y);
            QVERIFY2(fitted <= 30 * worse, qPrintable(report));
            if (act == Activation::Tanh) {
                QVERIFY2(aligned <= 0.5 * unaligned, qPrintable(report));
                // Closer to the students' own loss than to the unaligned stitch, on a log scale.
                QVERIFY2(std::log(aligned / worse) <= 0.75 * std::log(unaligned / worse),
                         qPrintable(report));
            }
        }
    }

    void checksItsInputs() {
        const DeepNet a = randomDeepNet({3, 4, 4, 1}, Activation::Tanh, 1);
        const DeepNet wide = randomDeepNet({3, 5, 4, 1}, Activation::Tanh, 2);
        DeepNet relu = a;
        relu.activation[1] = Activation::ReLU;
        Rng rng(3);
        const Eigen::MatrixXd X = gaussian(3, 20, rng);
        QVERIFY_THROWS_EXCEPTION(Error, alignLayers(a, wide, X));
        QVERIFY_THROWS_EXCEPTION(Error, alignLayers(a, relu, X));
        QVERIFY_THROWS_EXCEPTION(Error, alignLayers(a, a, X.leftCols(1)));
        QVERIFY_THROWS_EXCEPTION(Error, stitchNets(a, a, 2));
        QVERIFY_THROWS_EXCEPTION(Error, stitchNets(a, wide, 0));
        DeepNet broken = a;
        broken.b[1].resize(3);
        QVERIFY_THROWS_EXCEPTION(Error, alignLayers(broken, a, X));
        QString message;
        try {
            alignLayers(a, relu, X);
        } catch (const Error& e) {
            message = QString::fromStdString(e.detail());
        }
        QVERIFY2(message.contains("hidden layer 1 uses different activations (tanh vs relu)"),
                 qPrintable(message));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestLayerAlignment)
#include "test_layer_alignment.moc"
