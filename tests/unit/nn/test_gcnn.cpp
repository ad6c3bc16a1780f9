// G-CNN layers for C4 and D4: the group tables, exact equivariance of the lifting and group
// convolutions for every group element (and invariance of a pooled stack), gradients against
// finite differences, parameter counts of docs/math.md §3.5.

#include <set>

#include <QTest>

#include "compute/core/error.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/pooling.h"
#include "gradcheck.h"
#include "model_helpers.h"
#include "suite/suite.h"

using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;

Q_DECLARE_METATYPE(eqlab::nn::PlanarGroup)

using eqlab::tests::one;
using eqlab::tests::randomParams;
using eqlab::tests::relDiff;

namespace {

// (s·f)(c, g, p) = f(c, s⁻¹g, s⁻¹p) on features of `channels` channels, a group axis of size gf
// (1 for plain images), n × n pixels, layout of group_conv.h. With permuteGroupAxis false the
// group axis is left alone (a deliberately wrong action, to show that the test can fail).
Mat act(PlanarGroup group, int s, const Mat& X, Index channels, Index gf, Index n,
        bool permuteGroupAxis = true) {
    const auto& T = planarGroupTable(group);
    const int sinv = T.inverse[std::size_t(s)];
    Mat out(X.rows(), X.cols());
    for (Index y = 0; y < n; ++y)
        for (Index x = 0; x < n; ++x) {
            const auto q = planarActOnPixel(sinv, int(x), int(y), int(n));
            const Index p = y * n + x, qp = Index(q[1]) * n + Index(q[0]);
            for (Index c = 0; c < channels; ++c)
                for (Index g = 0; g < gf; ++g) {
                    const Index gs = (gf == 1 || !permuteGroupAxis)
                                         ? g
                                         : Index(T.product[std::size_t(sinv)][std::size_t(g)]);
                    out.row((p * channels + c) * gf + g) = X.row((qp * channels + c) * gf + gs);
                }
        }
    return out;
}

}  // namespace

class TestGcnn : public QObject {
    Q_OBJECT
private slots:
    void groupTables() {
        for (auto g : {PlanarGroup::C4, PlanarGroup::D4}) {
            const auto& T = planarGroupTable(g);
            const int n = planarGroupOrder(g);
            for (int a = 0; a < n; ++a) {
                QCOMPARE(T.product[0][std::size_t(a)], a);
                QCOMPARE(T.product[std::size_t(a)][std::size_t(T.inverse[std::size_t(a)])], 0);
                for (int b = 0; b < n; ++b)
                    for (int c = 0; c < n; ++c)
                        QCOMPARE(T.product[std::size_t(T.product[std::size_t(a)][std::size_t(b)])]
                                          [std::size_t(c)],
                                 T.product[std::size_t(a)]
                                          [std::size_t(T.product[std::size_t(b)][std::size_t(c)])]);
            }
        }
        // D4 is not abelian: r f != f r.
        const auto& D4 = planarGroupTable(PlanarGroup::D4);
        QVERIFY(D4.product[1][4] != D4.product[4][1]);
    }

    // The pixel action is a homomorphism, and matches independent formulas for r², f.
    void pixelAction() {
        const auto& T = planarGroupTable(PlanarGroup::D4);
        for (int n : {4, 5})
            for (int x = 0; x < n; ++x)
                for (int y = 0; y < n; ++y) {
                    QCOMPARE(planarActOnPixel(2, x, y, n),
                             (std::array<int, 2>{n - 1 - x, n - 1 - y}));
                    QCOMPARE(planarActOnPixel(4, x, y, n), (std::array<int, 2>{n - 1 - x, y}));
                    for (int a = 0; a < 8; ++a)
                        for (int b = 0; b < 8; ++b) {
                            const auto hb = planarActOnPixel(b, x, y, n);
                            QCOMPARE(planarActOnPixel(a, hb[0], hb[1], n),
                                     planarActOnPixel(T.product[std::size_t(a)][std::size_t(b)], x,
                                                      y, n));
                        }
                }
    }

    void parameterCounts() {
        // Free parameters per channel pair with a k × k kernel: lifting k², C4 4k², D4 8k².
        QCOMPARE(GroupConv2d<D>(PlanarGroup::C4, true, 1, 1, 7, 5, 2, false).paramCount(),
                 Index(25));
        QCOMPARE(GroupConv2d<D>(PlanarGroup::C4, false, 1, 1, 7, 3, 1, false).paramCount(),
                 Index(36));
        QCOMPARE(GroupConv2d<D>(PlanarGroup::D4, false, 1, 1, 7, 3, 1, false).paramCount(),
                 Index(72));
        QCOMPARE(GroupConv2d<D>(PlanarGroup::D4, false, 3, 2, 7, 3, 1, true).paramCount(),
                 Index(2 * 3 * 72 + 2));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error,
                                 GroupConv2d<D>(PlanarGroup::C4, true, 1, 1, 7, 4, 1));
    }

    void convEquivariance_data() {
        QTest::addColumn<PlanarGroup>("group");
        QTest::addColumn<bool>("lifting");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("pad");
        for (auto g : {PlanarGroup::C4, PlanarGroup::D4})
            for (bool lifting : {true, false})
                for (auto [size, kernel, pad] :
                     {std::array<int, 3>{7, 3, 1}, {9, 5, 2}, {7, 3, 0}, {5, 3, 2}})
                    QTest::newRow(qPrintable(QString("%1 %2 %3x%3 k%4 pad%5")
                                                 .arg(planarGroupName(g))
                                                 .arg(lifting ? "lifting" : "group")
                                                 .arg(size)
                                                 .arg(kernel)
                                                 .arg(pad)))
                        << g << lifting << size << kernel << pad;
    }
    void convEquivariance() {
        QFETCH(PlanarGroup, group);
        QFETCH(bool, lifting);
        QFETCH(int, size);
        QFETCH(int, kernel);
        QFETCH(int, pad);
        const Index G = planarGroupOrder(group), gin = lifting ? 1 : G;
        // Two channel counts: for C4's 3 × 3 group convolutions, 1 → 1 (4 expanded channels) runs
        // the direct convolution and 2 → 3 (8 → 12) the Winograd one (expanded_conv.h).
        std::set<ConvAlgorithm> algorithms;
        for (auto [cin, cout] : {std::array<Index, 2>{2, 3}, {1, 1}}) {
            auto layer =
                std::make_unique<GroupConv2d<D>>(group, lifting, cin, cout, size, kernel, pad);
            algorithms.insert(layer->convAlgorithm());
            const Index m = layer->outSize();
            Model<D> model(one(std::move(layer)));
            randomParams(model, 7);
            eqlab::Rng rng(8);
            const Mat X = gradcheck::randomMatrix(model.inDim(), 3, rng);
            const Mat Y = model.predict(X);
            for (int s = 0; s < G; ++s) {
                const Mat lhs = model.predict(act(group, s, X, cin, gin, size));
                const Mat rhs = act(group, s, Y, cout, G, m);
                QVERIFY2(relDiff(lhs, rhs) <= 1e-12,
                         qPrintable(QString("%1 -> %2 channels, element %3: %4")
                                        .arg(cin)
                                        .arg(cout)
                                        .arg(s)
                                        .arg(relDiff(lhs, rhs))));
            }
            if (lifting || cin == 1)
                continue;
            // The test can fail: ignoring the group axis of the action breaks the relation.
            double worst = 0;
            for (int s = 1; s < G; ++s)
                worst =
                    std::max(worst, relDiff(model.predict(act(group, s, X, cin, gin, size, false)),
                                            act(group, s, Y, cout, G, m, false)));
            QVERIFY(worst > 1e-3);
        }
        if (!lifting && kernel == 3 && group == PlanarGroup::C4)
            QCOMPARE(algorithms.size(), std::size_t(2));
    }

    // lift -> relu -> group conv -> relu -> max over the group -> global mean -> dense: invariant.
    void stackInvariance_data() {
        QTest::addColumn<PlanarGroup>("group");
        QTest::addColumn<int>("pool");
        for (auto g : {PlanarGroup::C4, PlanarGroup::D4})
            for (int pool : {0, 1})
                QTest::newRow(
                    qPrintable(QString("%1 %2").arg(planarGroupName(g)).arg(pool ? "mean" : "max")))
                    << g << pool;
    }
    void stackInvariance() {
        QFETCH(PlanarGroup, group);
        QFETCH(int, pool);
        const Index n = 9, G = planarGroupOrder(group);
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<GroupConv2d<D>>(group, true, 1, 4, n, 5, 2));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, n * n * 4 * G));
        l.push_back(std::make_unique<GroupConv2d<D>>(group, false, 4, 3, n, 3, 1));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, n * n * 3 * G));
        l.push_back(
            std::make_unique<GroupPool<D>>(pool ? PoolKind::Mean : PoolKind::Max, 3, G, n * n));
        l.push_back(std::make_unique<GlobalAvgPool<D>>(3, n * n));
        l.push_back(std::make_unique<Dense<D>>(3, 5));
        Model<D> model(std::move(l));
        randomParams(model, 9);
        eqlab::Rng rng(10);
        const Mat X = gradcheck::randomMatrix(n * n, 4, rng);
        const Mat Y = model.predict(X);
        QVERIFY(Y.norm() > 1e-6);
        for (int s = 0; s < G; ++s) {
            const Mat Ys = model.predict(act(group, s, X, 1, 1, n));
            QVERIFY2(relDiff(Ys, Y) <= 1e-12, qPrintable(QString::number(relDiff(Ys, Y))));
        }
    }

    void gradients_data() {
        QTest::addColumn<int>("id");
        QTest::newRow("lifting C4") << 0;
        QTest::newRow("lifting D4 k5") << 1;
        QTest::newRow("group conv C4") << 2;
        QTest::newRow("group conv D4 pad0") << 3;
        QTest::newRow("group max pool") << 4;
        QTest::newRow("group mean pool") << 5;
        QTest::newRow("global avg pool") << 6;
        QTest::newRow("group max pool D4") << 7;  // the unrolled G = 8 path
        QTest::newRow("group max pool G3") << 8;  // the generic path
    }
    void gradients() {
        QFETCH(int, id);
        LayerPtr<D> l;
        switch (id) {
            case 0:
                l = std::make_unique<GroupConv2d<D>>(PlanarGroup::C4, true, 2, 2, 5, 3, 1);
                break;
            case 1:
                l = std::make_unique<GroupConv2d<D>>(PlanarGroup::D4, true, 1, 2, 5, 5, 2);
                break;
            case 2:
                l = std::make_unique<GroupConv2d<D>>(PlanarGroup::C4, false, 2, 2, 5, 3, 1);
                break;
            case 3:
                l = std::make_unique<GroupConv2d<D>>(PlanarGroup::D4, false, 1, 2, 5, 3, 0);
                break;
            case 4:
                l = std::make_unique<GroupPool<D>>(PoolKind::Max, 3, 4, 4);
                break;
            case 5:
                l = std::make_unique<GroupPool<D>>(PoolKind::Mean, 3, 8, 4);
                break;
            case 6:
                l = std::make_unique<GlobalAvgPool<D>>(3, 5);
                break;
            case 7:
                l = std::make_unique<GroupPool<D>>(PoolKind::Max, 2, 8, 3);
                break;
            default:
                l = std::make_unique<GroupPool<D>>(PoolKind::Max, 2, 3, 5);
                break;
        }
        Model<D> model(one(std::move(l)));
        const auto r = gradcheck::check(model, 2, 500 + std::uint64_t(id));
        QVERIFY2(r.paramError < 1e-6, qPrintable(QString("param rel error %1").arg(r.paramError)));
        QVERIFY2(r.inputError < 1e-6, qPrintable(QString("input rel error %1").arg(r.inputError)));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestGcnn)
#include "test_gcnn.moc"
