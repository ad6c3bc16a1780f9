// Parity-constrained nets f(x) = ½[g(x) + p·g(T x)]: f(T x) = p·f(x) to round-off (≤ 1e-10
// relative in double) for random weights, for even and odd functions in 1-D and n-D, the mirror
// flip of small images, and an affine T (the reflection in a hyperplane off the origin); the
// named involutions themselves; gradients; the errors for A² ≠ I and A c ≠ −c.

#include <QTest>

#include "compute/core/error.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/parity.h"
#include "flow_checks.h"
#include "suite/suite.h"
#include "unit/error_of.h"

using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;

using eqlab::tests::errorOf;

namespace {

template <class S = D>
LayerPtr<S> mlp(Index in, Index hidden, Index out) {
    std::vector<LayerPtr<S>> l;
    l.push_back(std::make_unique<Dense<S>>(in, hidden));
    l.push_back(std::make_unique<Pointwise<S>>(Activation::Tanh, hidden));
    l.push_back(std::make_unique<Dense<S>>(hidden, hidden));
    l.push_back(std::make_unique<Pointwise<S>>(Activation::GELU, hidden));
    l.push_back(std::make_unique<Dense<S>>(hidden, out));
    return std::make_unique<Sequential<S>>(std::move(l));
}

AffineInvolution involution(int which, Index d) {
    switch (which) {
        case 0:
            return negation(d);
        case 1:
            return imageMirror(5);  // d = 25
        case 2:
            return imageMirror(3, 2);  // d = 18, two channels
        default: {
            Vector<D> n(d);
            for (Index i = 0; i < d; ++i)
                n[i] = 1.0 + 0.5 * double(i);
            return hyperplaneMirror(n, 0.7);  // affine: c ≠ 0
        }
    }
}

}  // namespace

class TestParity : public QObject {
    Q_OBJECT
private slots:
    void namedInvolutions() {
        // T∘T = id, and the mirror moves what it should: pixel (row 1, col 0) of a 5×5 image to
        // (row 1, col 4), channels kept.
        for (int which : {0, 1, 2, 3}) {
            const Index d = which == 1 ? 25 : which == 2 ? 18 : 3;
            const AffineInvolution T = involution(which, d);
            QVERIFY_THROWS_NO_EXCEPTION(checkAffineInvolution(T.A, T.c, d, "test"));
            eqlab::Rng rng(which);
            const Mat X = gradcheck::randomMatrix(d, 4, rng);
            QVERIFY((T.apply(T.apply(X)) - X).cwiseAbs().maxCoeff() <= 1e-14);
            QVERIFY((T.apply(X) - X).norm() > 1e-3);
        }
        const AffineInvolution M = imageMirror(5);
        QCOMPARE(M.A(1 * 5 + 4, 1 * 5 + 0), 1.0);
        QCOMPARE(M.A(2 * 5 + 2, 2 * 5 + 2), 1.0);  // the middle column stays
        const AffineInvolution M2 = imageMirror(3, 2);
        QCOMPARE(M2.A((0 * 3 + 2) * 2 + 1, (0 * 3 + 0) * 2 + 1), 1.0);
        // the hyperplane mirror fixes points of n·x = b and negates the normal direction
        Vector<D> n(2);
        n << 3, 4;
        const AffineInvolution H = hyperplaneMirror(n, 5.0);
        Mat onPlane(2, 1);
        onPlane << 1, 0.5;  // 3 + 2 = 5
        QVERIFY((H.apply(onPlane) - onPlane).norm() <= 1e-15);
        QVERIFY((H.A * n + n).norm() <= 1e-14);
    }

    void exactParity_data() {
        QTest::addColumn<int>("parity");
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("dim");
        for (int p : {1, -1}) {
            const char* name = p > 0 ? "even" : "odd";
            QTest::newRow(qPrintable(QString("%1 1-D").arg(name))) << p << 0 << 1;
            QTest::newRow(qPrintable(QString("%1 6-D").arg(name))) << p << 0 << 6;
            QTest::newRow(qPrintable(QString("%1 mirror 5x5").arg(name))) << p << 1 << 25;
            QTest::newRow(qPrintable(QString("%1 mirror 3x3x2").arg(name))) << p << 2 << 18;
            QTest::newRow(qPrintable(QString("%1 affine hyperplane").arg(name))) << p << 3 << 3;
        }
    }
    void exactParity() {
        QFETCH(int, parity);
        QFETCH(int, which);
        QFETCH(int, dim);
        const AffineInvolution T = involution(which, dim);
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<ParityWrapper<D>>(mlp(dim, 12, 2), T, parity));
        Model<D> model(std::move(l));
        for (std::uint64_t seed : {1, 2}) {
            flowcheck::randomParams(model, seed, 0.8);
            eqlab::Rng rng(10 + seed);
            const Mat X = gradcheck::randomMatrix(dim, 16, rng, 1.5);
            const Mat Y = model.predict(X);
            const Mat YT = model.predict(T.apply(X));
            QVERIFY(Y.norm() > 1e-3);
            const double err = (YT - parity * Y).norm() / Y.norm();
            QVERIFY2(err <= 1e-10, qPrintable(QString::number(err)));
        }
    }

    void floatParity() {
        const AffineInvolution T = imageMirror(5);
        std::vector<LayerPtr<float>> l;
        l.push_back(std::make_unique<ParityWrapper<float>>(mlp<float>(25, 8, 1), T, -1));
        Model<float> model(std::move(l));
        model.initialize(3);
        eqlab::Rng rng(4);
        const Mat X = gradcheck::randomMatrix(25, 8, rng);
        const Matrix<float> Y = model.predict(X.cast<float>());
        const Matrix<float> YT = model.predict(T.apply(X).cast<float>());
        QVERIFY((YT + Y).norm() <= 1e-5 * Y.norm());
    }

    void gradients_data() {
        QTest::addColumn<int>("parity");
        QTest::newRow("even") << 1;
        QTest::newRow("odd") << -1;
    }
    void gradients() {
        QFETCH(int, parity);
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<ParityWrapper<D>>(mlp(3, 5, 2), involution(3, 3), parity));
        Model<D> model(std::move(l));
        const auto r = gradcheck::check(model, 4, 61, 0.5);
        QVERIFY2(r.paramError < 1e-6, qPrintable(QString::number(r.paramError)));
        QVERIFY2(r.inputError < 1e-6, qPrintable(QString::number(r.inputError)));
    }

    void rejections() {
        const Mat notInvolution = 2 * Mat::Identity(2, 2);
        std::string e =
            errorOf([&] { ParityWrapper<D>(mlp(2, 3, 1), notInvolution, Vector<D>::Zero(2), 1); });
        QVERIFY2(e.find("A^2 = I") != std::string::npos && e.find("3.0") != std::string::npos,
                 e.c_str());
        // c must be in the −1 eigenspace of A: with A = diag(1, −1), c = (1, 0) is not.
        Mat A = Mat::Identity(2, 2);
        A(1, 1) = -1;
        Vector<D> c(2);
        c << 1, 0;
        e = errorOf([&] { ParityWrapper<D>(mlp(2, 3, 1), A, c, 1); });
        QVERIFY2(e.find("A c = -c") != std::string::npos, e.c_str());
        c << 0, 1;  // this one is fine
        QVERIFY_THROWS_NO_EXCEPTION(ParityWrapper<D>(mlp(2, 3, 1), A, c, 1));
        e = errorOf([&] { ParityWrapper<D>(mlp(2, 3, 1), A, c, 0); });
        QVERIFY2(e.find("parity must be +1 or -1") != std::string::npos, e.c_str());
        e = errorOf([&] { ParityWrapper<D>(mlp(3, 3, 1), A, c, 1); });
        QVERIFY2(e.find("A must be 3x3") != std::string::npos, e.c_str());
    }
};

EQLAB_TEST_APPLESS_MAIN(TestParity)
#include "test_parity.moc"
