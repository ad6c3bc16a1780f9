// Exactness properties that hold for ANY weights: the equivariant linear layer (and a stack of
// them with pointwise nonlinearities) commutes with every element of S3; the group-averaging
// wrapper is equivariant/invariant; the parity wrapper has exact parity. All in double, ≤ 1e-12.

#include <QTest>

#include "compute/core/error.h"

#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/equivariant_linear.h"
#include "compute/nn/group_average.h"
#include "compute/nn/parity.h"
#include "gradcheck.h"
#include "model_helpers.h"
#include "s3.h"
#include "suite/suite.h"

using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;

using eqlab::tests::mlp;
using eqlab::tests::randomParams;
using eqlab::tests::relDiff;

namespace {

LayerPtr<D> eqlin(int kin, int kout) {
    return std::make_unique<EquivariantLinear<D>>(s3::equivariantBasis(kin, kout),
                                                  s3::invariantBias(kout), 3 * kin, 3 * kout);
}

}  // namespace

class TestEquivariance : public QObject {
    Q_OBJECT
private slots:
    void s3IsAGroupOfPermutations() {
        // Sanity of the hand-written group: 6 distinct orthogonal matrices, closed under product.
        const auto G = s3::permutationMatrices();
        QCOMPARE(G.size(), std::size_t(6));
        for (const auto& a : G)
            for (const auto& b : G) {
                const Mat ab = a * b;
                bool found = false;
                for (const auto& c : G)
                    found = found || (ab - c).norm() == 0.0;
                QVERIFY(found);
            }
    }

    void equivariantLinear_data() {
        QTest::addColumn<int>("kin");
        QTest::addColumn<int>("kout");
        QTest::newRow("perm->perm") << 1 << 1;
        QTest::newRow("2perm->perm") << 2 << 1;
        QTest::newRow("perm->3perm") << 1 << 3;
        QTest::newRow("2perm->2perm") << 2 << 2;
    }
    void equivariantLinear() {
        QFETCH(int, kin);
        QFETCH(int, kout);
        std::vector<LayerPtr<D>> l;
        l.push_back(eqlin(kin, kout));
        Model<D> model(std::move(l));
        randomParams(model, 21);
        eqlab::Rng rng(22);
        const Mat X = gradcheck::randomMatrix(3 * kin, 5, rng);
        const Mat Y = model.predict(X);
        for (const auto& P : s3::permutationMatrices()) {
            const Mat Yg = model.predict(s3::copies(P, kin) * X);
            QVERIFY2(relDiff(Yg, s3::copies(P, kout) * Y) <= 1e-12,
                     qPrintable(QString::number(relDiff(Yg, s3::copies(P, kout) * Y))));
        }
    }

    // A stack: equivariant linear -> relu -> equivariant linear -> gelu -> invariant readout.
    void equivariantStack() {
        std::vector<LayerPtr<D>> l;
        l.push_back(eqlin(1, 4));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, 12));
        l.push_back(eqlin(4, 2));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::GELU, 6));
        l.push_back(eqlin(2, 1));
        Model<D> model(std::move(l));
        randomParams(model, 31);
        eqlab::Rng rng(32);
        const Mat X = gradcheck::randomMatrix(3, 8, rng);
        const Mat Y = model.predict(X);
        QVERIFY(Y.norm() > 1e-6);
        for (const auto& P : s3::permutationMatrices())
            QVERIFY(relDiff(model.predict(P * X), P * Y) <= 1e-12);
    }

    // The check is able to fail: a generic dense layer is not equivariant.
    void denseIsNotEquivariant() {
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<Dense<D>>(3, 3));
        Model<D> model(std::move(l));
        randomParams(model, 41);
        eqlab::Rng rng(42);
        const Mat X = gradcheck::randomMatrix(3, 5, rng);
        const Mat Y = model.predict(X);
        double worst = 0;
        for (const auto& P : s3::permutationMatrices())
            worst = std::max(worst, relDiff(model.predict(P * X), P * Y));
        QVERIFY(worst > 1e-3);
    }

    void expandedWeightIsCachedUntilCoefficientsChange() {
        auto owned = std::make_unique<EquivariantLinear<D>>(s3::equivariantBasis(1, 1),
                                                            s3::invariantBias(1), 3, 3);
        auto* layer = owned.get();
        std::vector<LayerPtr<D>> l;
        l.push_back(std::move(owned));
        Model<D> model(std::move(l));
        randomParams(model, 51);
        const auto n = layer->expansions();
        model.prepare();
        model.prepare();
        QCOMPARE(layer->expansions(), n);  // nothing changed: no re-expansion
        // W = c0 I + c1 11ᵀ, b = d 1
        const double c0 = model.params()[0], c1 = model.params()[1], d = model.params()[2];
        QVERIFY(
            (layer->expandedWeight() - (c0 * Mat::Identity(3, 3) + c1 * Mat::Ones(3, 3))).norm() <
            1e-15);
        QVERIFY((layer->expandedBias() - Vector<D>::Constant(3, d)).norm() < 1e-15);
        model.params()[1] += 1.0;
        // Stale expansion: forward refuses rather than computing with old weights.
        Cache<D> cache;
        Mat Y;
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, model.forward(Mat::Ones(3, 1), Y, cache));
        model.prepare();
        QCOMPARE(layer->expansions(), n + 1);
        QVERIFY(
            (layer->expandedWeight() - (c0 * Mat::Identity(3, 3) + (c1 + 1.0) * Mat::Ones(3, 3)))
                .norm() < 1e-15);
    }

    void basisOfWrongShapeIsRejected() {
        QVERIFY_THROWS_EXCEPTION(eqlab::Error,
                                 EquivariantLinear<D>(s3::equivariantBasis(1, 2), {}, 3, 3));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, EquivariantLinear<D>(s3::equivariantBasis(1, 1),
                                                                    s3::invariantBias(2), 3, 3));
    }

    void groupAverageIsEquivariant() {
        const auto G = s3::permutationMatrices();
        std::vector<Mat> Q;
        for (const auto& P : G)
            Q.push_back(P.transpose());  // ρ_out(g)⁻¹
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<GroupAverage<D>>(mlp(3, 7, 3), G, Q));
        Model<D> model(std::move(l));
        randomParams(model, 61);
        eqlab::Rng rng(62);
        const Mat X = gradcheck::randomMatrix(3, 6, rng);
        const Mat Y = model.predict(X);
        for (const auto& P : G)
            QVERIFY(relDiff(model.predict(P * X), P * Y) <= 1e-12);
    }

    void groupAverageIsInvariant() {
        const auto G = s3::permutationMatrices();
        std::vector<Mat> I(G.size(), Mat::Identity(2, 2));
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<GroupAverage<D>>(mlp(3, 7, 2), G, I));
        Model<D> model(std::move(l));
        randomParams(model, 71);
        eqlab::Rng rng(72);
        const Mat X = gradcheck::randomMatrix(3, 6, rng);
        const Mat Y = model.predict(X);
        for (const auto& P : G)
            QVERIFY(relDiff(model.predict(P * X), Y) <= 1e-12);
    }

    void parity_data() {
        QTest::addColumn<int>("parity");
        QTest::addColumn<int>("transform");
        for (int p : {1, -1})
            for (int t : {0, 1, 2})
                QTest::newRow(qPrintable(QString("%1 T%2").arg(p > 0 ? "even" : "odd").arg(t)))
                    << p << t;
    }
    void parity() {
        QFETCH(int, parity);
        QFETCH(int, transform);
        const Index d = 4;
        Mat A;
        Vector<D> c = Vector<D>::Zero(d);
        if (transform == 0) {
            A = -Mat::Identity(d, d);  // x -> -x
        } else if (transform == 1) {
            A = Mat::Identity(d, d).rowwise().reverse();  // mirror (flip of a 1-D image)
        } else {
            A = Mat::Identity(d, d);  // negate the second block and shift it: A c = -c
            A.bottomRightCorner(2, 2) *= -1;
            c << 0, 0, 0.5, -1.5;
        }
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<ParityWrapper<D>>(mlp(d, 8, 3), A, c, parity));
        Model<D> model(std::move(l));
        randomParams(model, 81);
        eqlab::Rng rng(82);
        const Mat X = gradcheck::randomMatrix(d, 6, rng);
        const Mat TX = (A * X).colwise() + c;
        const Mat Y = model.predict(X);
        const Mat YT = model.predict(TX);
        QVERIFY(Y.norm() > 1e-6);
        QVERIFY2((YT - parity * Y).cwiseAbs().maxCoeff() <= 1e-12,
                 qPrintable(QString::number((YT - parity * Y).cwiseAbs().maxCoeff())));
    }

    void nonInvolutionIsRejected() {
        Mat A = 2 * Mat::Identity(2, 2);
        QVERIFY_THROWS_EXCEPTION(eqlab::Error,
                                 ParityWrapper<D>(mlp(2, 3, 1), A, Vector<D>::Zero(2), 1));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, ParityWrapper<D>(mlp(2, 3, 1), Mat::Identity(2, 2),
                                                                Vector<D>::Ones(2), 1));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestEquivariance)
#include "test_equivariance.moc"
