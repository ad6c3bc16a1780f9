// Every layer's backward() against central finite differences in double precision: gradients of
// every parameter and of the input, relative error < 1e-6, small sizes.

#include <QTest>

#include <functional>
#include "compute/core/error.h"

#include "compute/nn/activation.h"
#include "compute/nn/coupling.h"
#include "compute/nn/dense.h"
#include "compute/nn/diagonal_scale.h"
#include "compute/nn/equivariant_linear.h"
#include "compute/nn/group_average.h"
#include "compute/nn/parity.h"
#include "gradcheck.h"
#include "model_helpers.h"
#include "s3.h"
#include "suite/suite.h"

using namespace eqlab::nn;
using D = double;

using eqlab::tests::one;

namespace {

struct Case {
    const char* name;
    std::function<std::vector<LayerPtr<D>>()> make;
};

LayerPtr<D> dense(Index in, Index out, bool bias = true) {
    return std::make_unique<Dense<D>>(in, out, Init::He, bias);
}
LayerPtr<D> act(Activation a, Index dim) {
    return std::make_unique<Pointwise<D>>(a, dim, 0.1);
}
LayerPtr<D> mlpWith(Index in, Index hidden, Index out, Activation a = Activation::Tanh) {
    std::vector<LayerPtr<D>> l;
    l.push_back(dense(in, hidden));
    l.push_back(act(a, hidden));
    l.push_back(dense(hidden, out));
    return std::make_unique<Sequential<D>>(std::move(l));
}

const std::vector<Case>& cases() {
    static const std::vector<Case> all = {
        {"dense 3->4", [] { return one(dense(3, 4)); }},
        {"dense 5->2 no bias", [] { return one(dense(5, 2, false)); }},
        {"relu", [] { return one(act(Activation::ReLU, 5)); }},
        {"leaky relu", [] { return one(act(Activation::LeakyReLU, 5)); }},
        {"tanh", [] { return one(act(Activation::Tanh, 5)); }},
        {"sigmoid", [] { return one(act(Activation::Sigmoid, 5)); }},
        {"gelu", [] { return one(act(Activation::GELU, 5)); }},
        {"softplus", [] { return one(act(Activation::Softplus, 5)); }},
        {"erf", [] { return one(act(Activation::Erf, 5)); }},
        {"square", [] { return one(act(Activation::Square, 5)); }},
        {"identity", [] { return one(act(Activation::Identity, 5)); }},
        {"equivariant linear S3 perm->perm",
         [] {
             return one(std::make_unique<EquivariantLinear<D>>(s3::equivariantBasis(1, 1),
                                                               s3::invariantBias(1), 3, 3));
         }},
        {"equivariant linear S3 2perm->3perm",
         [] {
             return one(std::make_unique<EquivariantLinear<D>>(s3::equivariantBasis(2, 3),
                                                               s3::invariantBias(3), 6, 9));
         }},
        {"mlp 3-6-2 gelu",
         [] {
             std::vector<LayerPtr<D>> l;
             l.push_back(dense(3, 6));
             l.push_back(act(Activation::GELU, 6));
             l.push_back(dense(6, 4));
             l.push_back(act(Activation::Softplus, 4));
             l.push_back(dense(4, 2));
             return l;
         }},
        {"additive coupling 4", [] { return one(makeAdditiveCoupling<D>(4, mlpWith(2, 5, 2))); }},
        {"additive coupling 5 flipped",
         [] { return one(makeAdditiveCoupling<D>(5, mlpWith(3, 4, 2), true)); }},
        {"affine coupling 4", [] { return one(makeAffineCoupling<D>(4, mlpWith(2, 5, 4))); }},
        {"affine coupling 5 flipped",
         [] { return one(makeAffineCoupling<D>(5, mlpWith(3, 4, 4), true)); }},
        {"diagonal scale", [] { return one(std::make_unique<DiagonalScale<D>>(4)); }},
        {"parity odd, T = -x",
         [] {
             return one(std::make_unique<ParityWrapper<D>>(
                 mlpWith(3, 5, 2), -Eigen::MatrixXd::Identity(3, 3), Eigen::VectorXd::Zero(3), -1));
         }},
        {"parity even, T = swap + shift",
         [] {
             Eigen::MatrixXd A(2, 2);
             A << 0, 1, 1, 0;
             Eigen::VectorXd c(2);
             c << 1, -1;
             return one(std::make_unique<ParityWrapper<D>>(mlpWith(2, 5, 3), A, c, 1));
         }},
        {"group average S3 equivariant",
         [] {
             auto P = s3::permutationMatrices();
             std::vector<Eigen::MatrixXd> Q;
             for (auto& p : P)
                 Q.push_back(p.transpose());
             return one(std::make_unique<GroupAverage<D>>(mlpWith(3, 4, 3), P, Q));
         }},
    };
    return all;
}

}  // namespace

class TestNnGradients : public QObject {
    Q_OBJECT
private slots:
    void gradients_data() {
        QTest::addColumn<int>("id");
        for (std::size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << static_cast<int>(i);
    }
    void gradients() {
        QFETCH(int, id);
        Model<D> model(cases()[static_cast<std::size_t>(id)].make());
        const auto r = gradcheck::check(model, 4, 1000 + static_cast<std::uint64_t>(id));
        QVERIFY2(r.paramError < 1e-6, qPrintable(QString("param rel error %1").arg(r.paramError)));
        QVERIFY2(r.inputError < 1e-6, qPrintable(QString("input rel error %1").arg(r.inputError)));
    }

    // The check itself must be able to fail: a wrong gradient (sign flip of one parameter's
    // effect) is detected.
    void checkerDetectsWrongGradient() {
        Model<D> model(one(dense(3, 2)));
        eqlab::Rng rng(5);
        for (Index i = 0; i < model.paramCount(); ++i)
            model.params()[i] = rng.normal();
        const auto X = gradcheck::randomMatrix(3, 4, rng);
        const auto R = gradcheck::randomMatrix(2, 4, rng);
        Cache<D> cache;
        Matrix<D> Y, dX;
        model.forward(X, Y, cache);
        Vector<D> g = Vector<D>::Zero(model.paramCount());
        model.backward(X, Y, R, &dX, g.data(), cache);
        Vector<D> wrong = g;
        wrong[0] = -wrong[0] + 1.0;
        QVERIFY(gradcheck::relError(wrong, g) > 1e-3);
    }

    void dimensionMismatchIsRejected() {
        std::vector<LayerPtr<D>> l;
        l.push_back(dense(3, 4));
        l.push_back(dense(5, 2));
        try {
            Model<D> m(std::move(l));
            QFAIL("expected an error");
        } catch (const eqlab::Error& e) {
            QCOMPARE(e.kind(), eqlab::ErrorKind::InvalidArgument);
            QVERIFY(QString(e.detail()).contains("layer 1"));
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestNnGradients)
#include "test_nn_gradients.moc"
