// Coupling layers: exact inverses, log|det J| against a numerically computed Jacobian, and the
// gradient of the log-determinant term (flows train on it) against finite differences.

#include <Eigen/LU>
#include <QTest>

#include "compute/core/error.h"

#include "compute/nn/activation.h"
#include "compute/nn/coupling.h"
#include "compute/nn/dense.h"
#include "compute/nn/diagonal_scale.h"
#include "compute/nn/model.h"
#include "gradcheck.h"
#include "model_helpers.h"
#include "suite/suite.h"

using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;

using eqlab::tests::mlp;

namespace {

std::unique_ptr<Coupling<D>> make(bool affine, Index dim, bool flip) {
    const Index na = flip ? dim - dim / 2 : dim / 2;
    const Index nb = dim - na;
    return std::make_unique<Coupling<D>>(affine ? CouplingKind::Affine : CouplingKind::Additive,
                                         dim, mlp(na, 6, affine ? 2 * nb : nb), flip);
}

void randomize(Layer<D>& layer, Vector<D>& params, std::uint64_t seed) {
    eqlab::Rng rng(seed);
    params.resize(layer.paramCount());
    for (Index i = 0; i < params.size(); ++i)
        params[i] = 0.7 * rng.normal();
    layer.bind(params.data());
    layer.prepare();
}

}  // namespace

class TestCoupling : public QObject {
    Q_OBJECT
private slots:
    void cases_data() {
        QTest::addColumn<bool>("affine");
        QTest::addColumn<int>("dim");
        QTest::addColumn<bool>("flip");
        for (bool affine : {false, true})
            for (int dim : {4, 5})
                for (bool flip : {false, true})
                    QTest::newRow(qPrintable(QString("%1 dim %2%3")
                                                 .arg(affine ? "affine" : "additive")
                                                 .arg(dim)
                                                 .arg(flip ? " flipped" : "")))
                        << affine << dim << flip;
    }

    void inverse_data() { cases_data(); }
    void inverse() {
        QFETCH(bool, affine);
        QFETCH(int, dim);
        QFETCH(bool, flip);
        auto layer = make(affine, dim, flip);
        Vector<D> p;
        randomize(*layer, p, 11);
        eqlab::Rng rng(3);
        const Mat X = gradcheck::randomMatrix(dim, 7, rng, 2.0);
        Mat Y, Xr;
        Cache<D> c1, c2;
        layer->forward(X, Y, c1);
        QVERIFY((Y - X).norm() > 1e-3);  // it does transform
        layer->inverse(Y, Xr, c2);
        QVERIFY2((Xr - X).cwiseAbs().maxCoeff() < 1e-12,
                 qPrintable(QString::number((Xr - X).cwiseAbs().maxCoeff())));
        // and the other way round
        Mat Yr;
        Cache<D> c3;
        layer->inverse(X, Xr, c2);
        layer->forward(Xr, Yr, c3);
        QVERIFY((Yr - X).cwiseAbs().maxCoeff() < 1e-12);
    }

    void logDetMatchesNumericalJacobian_data() { cases_data(); }
    void logDetMatchesNumericalJacobian() {
        QFETCH(bool, affine);
        QFETCH(int, dim);
        QFETCH(bool, flip);
        auto layer = make(affine, dim, flip);
        Vector<D> p;
        randomize(*layer, p, 12);
        eqlab::Rng rng(4);
        const Mat X = gradcheck::randomMatrix(dim, 3, rng);
        Mat Y;
        Cache<D> cache;
        layer->forward(X, Y, cache);
        const Mat logDet = layer->logDet(cache);
        QCOMPARE(logDet.rows(), Index(1));
        QCOMPARE(logDet.cols(), X.cols());
        const double h = 1e-6;
        for (Index s = 0; s < X.cols(); ++s) {
            Mat J(dim, dim);
            for (Index k = 0; k < dim; ++k) {
                Mat Xp = X.col(s), Xm = X.col(s), Yp, Ym;
                Xp(k) += h;
                Xm(k) -= h;
                Cache<D> c;
                layer->forward(Xp, Yp, c);
                layer->forward(Xm, Ym, c);
                J.col(k) = (Yp - Ym) / (2 * h);
            }
            const double numeric = std::log(std::abs(J.determinant()));
            QVERIFY2(std::abs(numeric - logDet(0, s)) < 1e-7,
                     qPrintable(QString("%1 vs %2").arg(numeric).arg(logDet(0, s))));
        }
        if (!affine)
            QCOMPARE(logDet.cwiseAbs().maxCoeff(), 0.0);
    }

    // Gradient of L = Σ R ⊙ Y + Σ_j w_j logDet_j, through backwardWithLogDet.
    void logDetGradient_data() { cases_data(); }
    void logDetGradient() {
        QFETCH(bool, affine);
        QFETCH(int, dim);
        QFETCH(bool, flip);
        auto layer = make(affine, dim, flip);
        Vector<D> p;
        randomize(*layer, p, 13);
        eqlab::Rng rng(5);
        const Mat X = gradcheck::randomMatrix(dim, 4, rng);
        const Mat R = gradcheck::randomMatrix(dim, 4, rng);
        const Mat w = gradcheck::randomMatrix(1, 4, rng);
        auto value = [&](const Mat& x) {
            Mat y;
            Cache<D> c;
            layer->forward(x, y, c);
            return (R.array() * y.array()).sum() + (w.array() * layer->logDet(c).array()).sum();
        };
        Mat Y, dX;
        Cache<D> cache;
        layer->forward(X, Y, cache);
        Vector<D> g = Vector<D>::Zero(p.size());
        layer->backwardWithLogDet(X, Y, R, w, &dX, g.data(), cache);
        const double h = 1e-5;
        Vector<D> ng(p.size());
        for (Index i = 0; i < p.size(); ++i) {
            const double keep = p[i];
            p[i] = keep + h;
            const double up = value(X);
            p[i] = keep - h;
            const double down = value(X);
            p[i] = keep;
            ng[i] = (up - down) / (2 * h);
        }
        Mat ndX(X.rows(), X.cols());
        Mat Xp = X;
        for (Index k = 0; k < X.size(); ++k) {
            const double keep = Xp(k);
            Xp(k) = keep + h;
            const double up = value(Xp);
            Xp(k) = keep - h;
            const double down = value(Xp);
            Xp(k) = keep;
            ndX(k) = (up - down) / (2 * h);
        }
        QVERIFY2(gradcheck::relError(g, ng) < 1e-6,
                 qPrintable(QString::number(gradcheck::relError(g, ng))));
        QVERIFY2(gradcheck::relError(dX, ndX) < 1e-6,
                 qPrintable(QString::number(gradcheck::relError(dX, ndX))));
    }

    // A whole flow: couplings of both kinds and both orientations, then a diagonal scale.
    void flowModel() {
        const Index d = 6;
        std::vector<LayerPtr<D>> l;
        l.push_back(makeAdditiveCoupling<D>(d, mlp(3, 5, 3)));
        l.push_back(makeAffineCoupling<D>(d, mlp(3, 5, 6), true));
        l.push_back(makeAdditiveCoupling<D>(d, mlp(3, 5, 3), true));
        l.push_back(std::make_unique<DiagonalScale<D>>(d));
        Model<D> model(std::move(l));
        QVERIFY(model.isFlow());
        eqlab::Rng rng(21);
        for (Index i = 0; i < model.paramCount(); ++i)
            model.params()[i] = 0.5 * rng.normal();
        model.prepare();
        const Mat X = gradcheck::randomMatrix(d, 4, rng);
        const Mat R = gradcheck::randomMatrix(d, 4, rng);
        const Mat w = gradcheck::randomMatrix(1, 4, rng);

        // inverse
        const Mat Z = model.predict(X);
        QVERIFY((model.inverse(Z) - X).cwiseAbs().maxCoeff() < 1e-12);

        // total log|det J| against the numerical Jacobian
        Cache<D> cache;
        Mat Y, logDet;
        model.forward(X, Y, cache);
        model.logDet(cache, logDet);
        const double h = 1e-6;
        for (Index s = 0; s < X.cols(); ++s) {
            Mat J(d, d);
            for (Index k = 0; k < d; ++k) {
                Mat Xp = X.col(s), Xm = X.col(s);
                Xp(k) += h;
                Xm(k) -= h;
                J.col(k) = (model.predict(Xp) - model.predict(Xm)) / (2 * h);
            }
            QVERIFY(std::abs(std::log(std::abs(J.determinant())) - logDet(0, s)) < 1e-7);
        }

        // gradient of Σ R ⊙ Z + Σ w ⊙ logDet through the whole flow
        auto value = [&](const Mat& x) {
            Cache<D> c;
            Mat y, ld;
            model.prepare();
            model.forward(x, y, c);
            model.logDet(c, ld);
            return (R.array() * y.array()).sum() + (w.array() * ld.array()).sum();
        };
        Mat dX;
        Vector<D> g = Vector<D>::Zero(model.paramCount());
        model.backwardWithLogDet(X, Y, R, w, &dX, g.data(), cache);
        Vector<D> ng(model.paramCount());
        const double hh = 1e-5;
        for (Index i = 0; i < model.paramCount(); ++i) {
            const double keep = model.params()[i];
            model.params()[i] = keep + hh;
            const double up = value(X);
            model.params()[i] = keep - hh;
            const double down = value(X);
            model.params()[i] = keep;
            ng[i] = (up - down) / (2 * hh);
        }
        Mat ndX(d, X.cols());
        Mat Xp = X;
        for (Index k = 0; k < X.size(); ++k) {
            const double keep = Xp(k);
            Xp(k) = keep + hh;
            const double up = value(Xp);
            Xp(k) = keep - hh;
            const double down = value(Xp);
            Xp(k) = keep;
            ndX(k) = (up - down) / (2 * hh);
        }
        QVERIFY2(gradcheck::relError(g, ng) < 1e-6,
                 qPrintable(QString::number(gradcheck::relError(g, ng))));
        QVERIFY2(gradcheck::relError(dX, ndX) < 1e-6,
                 qPrintable(QString::number(gradcheck::relError(dX, ndX))));
    }

    void wrongNetDimensionIsRejected() {
        QVERIFY_THROWS_EXCEPTION(eqlab::Error,
                                 Coupling<D>(CouplingKind::Affine, 4, mlp(2, 3, 2), false));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestCoupling)
#include "test_coupling.moc"
