// BatchInference and Model::infer (the evaluation path without backward state): infer() gives
// bit-identical outputs to forward() (same layers, same chunk), BatchInference matches
// Model::predict() for every chunk size, including chunks that do not divide the batch, gives
// bit-identical results with 1 and 2 threads and across repeated calls on reused workspaces, and
// rejects bad input.

#include <QTest>

#include <cstring>

#include "compute/core/error.h"
#include "compute/core/parallel.h"
#include "compute/nn/activation.h"
#include "compute/nn/batch_inference.h"
#include "compute/nn/dense.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/pooling.h"
#include "gradcheck.h"
#include "suite/suite.h"

using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;

namespace {

constexpr Index kSize = 7;

// A small D4 G-CNN (the layer kinds of the benchmark G-CNN, docs/performance.md) or an MLP.
Model<D> makeModel(bool gcnn) {
    std::vector<LayerPtr<D>> l;
    if (gcnn) {
        const Index P = kSize * kSize, G = 8;
        l.push_back(std::make_unique<GroupConv2d<D>>(PlanarGroup::D4, true, 1, 2, kSize, 3, 1));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, P * 2 * G));
        l.push_back(std::make_unique<GroupConv2d<D>>(PlanarGroup::D4, false, 2, 3, kSize, 3, 1));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, P * 3 * G));
        l.push_back(std::make_unique<GroupPool<D>>(PoolKind::Max, 3, G, P));
        l.push_back(std::make_unique<GlobalAvgPool<D>>(3, P));
        l.push_back(std::make_unique<Dense<D>>(3, 4));
    } else {
        l.push_back(std::make_unique<Dense<D>>(5, 16));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::Tanh, 16));
        l.push_back(std::make_unique<Dense<D>>(16, 3));
    }
    Model<D> m(std::move(l));
    eqlab::Rng rng(3);
    for (Index i = 0; i < m.paramCount(); ++i)
        m.params()[i] = 0.5 * rng.normal();
    m.prepare();
    return m;
}

Mat inputs(const Model<D>& m, Index n) {
    eqlab::Rng rng(4);
    return gradcheck::randomMatrix(m.inDim(), n, rng);
}

bool identical(const Mat& a, const Mat& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(D) * std::size_t(a.size())) == 0;
}

}  // namespace

class TestBatchInference : public QObject {
    Q_OBJECT
private slots:
    void inferEqualsForward_data() {
        QTest::addColumn<bool>("gcnn");
        QTest::newRow("gcnn") << true;
        QTest::newRow("mlp") << false;
    }
    void inferEqualsForward() {
        QFETCH(bool, gcnn);
        Model<D> model = makeModel(gcnn);
        const Mat X = inputs(model, 5);
        Cache<D> c1, c2;
        Mat Y1, Y2;
        model.forward(X, Y1, c1);
        model.infer(X, Y2, c2);
        QVERIFY(Y1.norm() > 1e-3);
        QVERIFY(identical(Y1, Y2));
        model.infer(X, Y2, c2);  // reused cache
        QVERIFY(identical(Y1, Y2));
    }

    void matchesPredict_data() {
        QTest::addColumn<bool>("gcnn");
        QTest::addColumn<int>("chunk");
        for (bool g : {true, false})
            for (int chunk : {1, 3, 4, 11, 64})
                QTest::newRow(qPrintable(QString("%1 chunk %2").arg(g ? "gcnn" : "mlp").arg(chunk)))
                    << g << chunk;
    }
    void matchesPredict() {
        QFETCH(bool, gcnn);
        QFETCH(int, chunk);
        Model<D> model = makeModel(gcnn);
        const Mat X = inputs(model, 11);
        const Mat ref = model.predict(X);
        BatchInference<D> inference(chunk);
        Mat one, two, again;
        eqlab::ThreadArena arena1(1), arena2(2);
        arena1.run([&] { inference.run(model, X, one); });
        arena2.run([&] { inference.run(model, X, two); });
        arena2.run([&] { inference.run(model, X, again); });
        QCOMPARE(one.rows(), model.outDim());
        QCOMPARE(one.cols(), X.cols());
        // predict() runs the batch as one chunk: equal up to the summation order of the dense
        // layers' GEMM, which may block differently for a different number of columns.
        QVERIFY2(gradcheck::relError(one, ref) < 1e-14,
                 qPrintable(QString::number(gradcheck::relError(one, ref))));
        QVERIFY(identical(one, two));
        QVERIFY(identical(one, again));
    }

    void rejectsBadInput() {
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, BatchInference<D>(0));
        Model<D> model = makeModel(false);
        BatchInference<D> inference(4);
        Mat Y;
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, inference.run(model, Mat::Zero(4, 3), Y));
        Cache<D> c;
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, model.infer(Mat::Zero(4, 3), Y, c));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestBatchInference)
#include "test_batch_inference.moc"
