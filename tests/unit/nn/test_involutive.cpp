// Involutive nets N = Φ⁻¹ ∘ σ ∘ Φ: N(N(x)) = x to round-off for random weights (double ≤ 1e-10
// relative, the bound of the issue; float ≤ 1e-5), gradients against central differences, the
// backward pass through Φ⁻¹ of every invertible layer, log|det J| against a numerical Jacobian,
// and the errors for a σ that is not an involution.

#include <Eigen/LU>
#include <QTest>

#include "compute/core/error.h"
#include "compute/nn/coupling_stack.h"
#include "compute/nn/dense.h"
#include "compute/nn/diagonal_scale.h"
#include "compute/nn/involutive.h"
#include "compute/nn/permute.h"
#include "flow_checks.h"
#include "model_helpers.h"
#include "suite/suite.h"

using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;
using eqlab::tests::single;

namespace {

// A test-only layer whose forward() is Φ⁻¹, so gradcheck can probe inverseBackward().
class InverseOf final : public Layer<D> {
public:
    explicit InverseOf(std::unique_ptr<Sequential<D>> phi) : phi_(std::move(phi)) {}
    std::string describe() const override { return "inverse of " + phi_->describe(); }
    Index inDim() const override { return phi_->inDim(); }
    Index outDim() const override { return phi_->outDim(); }
    Index paramCount() const override { return phi_->paramCount(); }
    void bind(D* p) override { phi_->bind(p); }
    void prepare() override { phi_->prepare(); }
    void forward(const Mat& X, Mat& Y, Cache<D>& c) const override { phi_->inverse(X, Y, c); }
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, D* grad,
                  Cache<D>& c) const override {
        phi_->inverseBackward(X, Y, dY, dX, grad, c);
    }

private:
    std::unique_ptr<Sequential<D>> phi_;
};

std::unique_ptr<Sequential<D>> stack(Index dim, bool affine, int couplings = 4) {
    CouplingStackSpec spec;
    spec.dim = dim;
    spec.couplings = couplings;
    spec.hidden = 6;
    spec.kind = affine ? CouplingKind::Affine : CouplingKind::Additive;
    return makeCouplingStack<D>(spec);
}

SignedPermutation sigmaFor(int which, Index dim) {
    return which == 0 ? swapHalves(dim) : negateBlock(dim, 1, dim - 2);
}

}  // namespace

class TestInvolutive : public QObject {
    Q_OBJECT
private slots:
    void signedPermutations() {
        const SignedPermutation s = swapHalves(4);
        QCOMPARE(s.text(), std::string("[3 4 1 2]"));
        QVERIFY(s.compose(s).isIdentity());
        const SignedPermutation n = negateBlock(5, 1, 2);
        QCOMPARE(n.text(), std::string("[1 -2 -3 4 5]"));
        const SignedPermutation r = riffle(5);  // y = (x0, x2, x4, x1, x3)
        Mat x(5, 1);
        x << 10, 11, 12, 13, 14;
        Mat y;
        r.apply(x, y);
        QCOMPARE(Mat(y.transpose()), Mat((Mat(1, 5) << 10, 12, 14, 11, 13).finished()));
        // matrix round trip, composition = matrix product, inverse = transpose
        const SignedPermutation a = r.compose(n);
        QCOMPARE(a.matrix(), Mat(r.matrix() * n.matrix()));
        QCOMPARE(a.inverse().matrix(), Mat(a.matrix().transpose()));
        const auto back = SignedPermutation::fromMatrix(a.matrix());
        QVERIFY(back && *back == a);
        std::string why;
        Mat bad = a.matrix();
        bad(0, 0) = 0.5;
        QVERIFY(!SignedPermutation::fromMatrix(bad, 1e-12, &why));
        QVERIFY2(why.find("entry (0, 0)") != std::string::npos, why.c_str());
        Mat twice = Mat::Identity(3, 3);
        twice(1, 0) = 1;
        QVERIFY(!SignedPermutation::fromMatrix(twice, 1e-12, &why));
        QVERIFY2(why.find("column 0 has 2") != std::string::npos, why.c_str());
    }

    void involution_data() {
        QTest::addColumn<bool>("affine");
        QTest::addColumn<int>("sigma");
        QTest::addColumn<int>("dim");
        for (bool affine : {false, true}) {
            const char* k = affine ? "affine" : "additive";
            QTest::newRow(qPrintable(QString("%1 swap-halves d4").arg(k))) << affine << 0 << 4;
            QTest::newRow(qPrintable(QString("%1 swap-halves d6").arg(k))) << affine << 0 << 6;
            QTest::newRow(qPrintable(QString("%1 negate-block d5").arg(k))) << affine << 1 << 5;
            QTest::newRow(qPrintable(QString("%1 negate-block d3").arg(k))) << affine << 1 << 3;
        }
    }
    // N(N(x)) = x for random weights, while N itself is far from the identity and from σ.
    void involution() {
        QFETCH(bool, affine);
        QFETCH(int, sigma);
        QFETCH(int, dim);
        const SignedPermutation s = sigmaFor(sigma, dim);
        Model<D> model = single(std::make_unique<InvolutiveNet<D>>(stack(dim, affine), s));
        for (std::uint64_t seed : {1, 2, 3}) {
            flowcheck::randomParams(model, seed, 0.6);
            eqlab::Rng rng(100 + seed);
            const Mat X = gradcheck::randomMatrix(dim, 16, rng, 1.5);
            const Mat Y = model.predict(X);
            const Mat XX = model.predict(Y);
            const double err = gradcheck::relError(XX, X);
            QVERIFY2(err <= 1e-10, qPrintable(QString("N(N(x)) - x: %1").arg(err)));
            Mat sX;
            s.apply(X, sX);
            QVERIFY((Y - X).norm() > 1e-2 * X.norm());   // not the identity
            QVERIFY((Y - sX).norm() > 1e-2 * X.norm());  // and not σ itself
        }
    }

    void involutionInFloat() {
        std::vector<LayerPtr<float>> l;
        CouplingStackSpec spec;
        spec.dim = 4;
        spec.hidden = 8;
        spec.identityInit = false;  // random Φ: the check must not be trivial
        l.push_back(
            std::make_unique<InvolutiveNet<float>>(makeCouplingStack<float>(spec), swapHalves(4)));
        Model<float> model(std::move(l));
        model.initialize(7);
        eqlab::Rng rng(8);
        const Matrix<float> X = gradcheck::randomMatrix(4, 32, rng).cast<float>();
        const Matrix<float> XX = model.predict(model.predict(X));
        QVERIFY2((XX - X).norm() <= 1e-5 * X.norm(), qPrintable(QString::number((XX - X).norm())));
    }

    void gradients_data() { involution_data(); }
    void gradients() {
        QFETCH(bool, affine);
        QFETCH(int, sigma);
        QFETCH(int, dim);
        Model<D> model =
            single(std::make_unique<InvolutiveNet<D>>(stack(dim, affine, 3), sigmaFor(sigma, dim)));
        const auto r = gradcheck::check(model, 3, 31, 0.5);
        QVERIFY2(r.paramError < 1e-6, qPrintable(QString::number(r.paramError)));
        QVERIFY2(r.inputError < 1e-6, qPrintable(QString::number(r.inputError)));
    }

    // Backward through Φ⁻¹ for each kind of invertible layer and for a whole stack.
    void inverseBackward_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("additive coupling") << 0;
        QTest::newRow("affine coupling flipped") << 1;
        QTest::newRow("diagonal scale") << 2;
        QTest::newRow("permute") << 3;
        QTest::newRow("stack affine + scale") << 4;
    }
    void inverseBackward() {
        QFETCH(int, which);
        const Index d = 5;
        std::unique_ptr<Sequential<D>> phi;
        if (which == 0) {
            phi = stack(d, false, 1);
        } else if (which == 1) {
            phi = stack(d, true, 2);
        } else if (which == 4) {
            phi = stack(d, true, 4);
            phi->add(std::make_unique<DiagonalScale<D>>(d));
        } else {
            phi = std::make_unique<Sequential<D>>();
            if (which == 2)
                phi->add(std::make_unique<DiagonalScale<D>>(d));
            else
                phi->add(std::make_unique<Permute<D>>(riffle(d).compose(negateBlock(d, 0, 2))));
        }
        Model<D> model = single(std::make_unique<InverseOf>(std::move(phi)));
        const auto r = gradcheck::check(model, 4, 41, 0.5);
        QVERIFY2(r.paramError < 1e-6, qPrintable(QString::number(r.paramError)));
        QVERIFY2(r.inputError < 1e-6, qPrintable(QString::number(r.inputError)));
    }

    // log|det J_N| from the layer against a Jacobian by central differences; N∘N = id implies
    // log|det J_N(x)| + log|det J_N(N(x))| = 0. Additive couplings: exactly 0.
    void logDet_data() {
        QTest::addColumn<bool>("affine");
        QTest::newRow("additive") << false;
        QTest::newRow("affine") << true;
    }
    void logDet() {
        QFETCH(bool, affine);
        const Index d = 4;
        auto owned = std::make_unique<InvolutiveNet<D>>(stack(d, affine), swapHalves(d));
        const InvolutiveNet<D>& net = *owned;
        QCOMPARE(net.volumePreserving(), !affine);
        Model<D> model = single(std::move(owned));
        flowcheck::randomParams(model, 51, 0.5);
        eqlab::Rng rng(52);
        const Mat X = gradcheck::randomMatrix(d, 5, rng);
        Cache<D> cache;
        Mat Y, ld, ldBack;
        model.forward(X, Y, cache);
        net.logDet(cache.sub[0], ld);
        Cache<D> back;
        Mat XX;
        model.forward(Y, XX, back);
        net.logDet(back.sub[0], ldBack);
        QVERIFY((ld + ldBack).cwiseAbs().maxCoeff() <= 1e-12);
        if (!affine)
            QCOMPARE(ld.cwiseAbs().maxCoeff(), 0.0);
        else
            QVERIFY(ld.cwiseAbs().maxCoeff() > 1e-3);
        for (Index j = 0; j < X.cols(); ++j) {
            const Mat J =
                flowcheck::jacobian([&](const Mat& x) { return model.predict(x); }, X.col(j));
            const double numeric = std::log(std::abs(J.determinant()));
            QVERIFY2(std::abs(numeric - ld(0, j)) < 1e-7,
                     qPrintable(QString("%1 vs %2").arg(numeric).arg(ld(0, j))));
        }
    }

    void rejections() {
        SignedPermutation cycle = SignedPermutation::identity(4);
        cycle.image = {1, 2, 3, 0};  // order 4: not an involution
        try {
            InvolutiveNet<D> n(stack(4, false), cycle);
            QFAIL("a 4-cycle was accepted as sigma");
        } catch (const eqlab::Error& e) {
            QCOMPARE(e.kind(), eqlab::ErrorKind::InvalidArgument);
            QVERIFY2(std::string(e.what()).find("not an involution") != std::string::npos,
                     e.what());
        }
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, InvolutiveNet<D>(stack(4, false), swapHalves(6)));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, swapHalves(5));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, negateBlock(4, 3, 2));
        auto notAFlow = std::make_unique<Sequential<D>>();
        notAFlow->add(std::make_unique<Dense<D>>(4, 4));
        try {
            InvolutiveNet<D> n(std::move(notAFlow), swapHalves(4));
            QFAIL("a dense layer was accepted in the flow");
        } catch (const eqlab::Error& e) {
            QVERIFY2(std::string(e.what()).find("must be invertible") != std::string::npos,
                     e.what());
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestInvolutive)
#include "test_involutive.moc"
