// Equivariant MLPs (nn/equivariant_mlp.h): the norm nonlinearity for non-permutation
// representations, whole stacks exactly equivariant for every group element, gradients against
// finite differences; the product lift x ↦ x⊗x; the first- and second-order invariant nets of
// Maron et al. and the fact behind their difference (a first-order A4 net is S4-invariant).

#include <QTest>

#include <Eigen/LU>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/nn/equivariant_mlp.h"
#include "compute/nn/tensor_lift.h"
#include "gradcheck.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;

namespace {

// Random parameters; the thresholds of norm nonlinearities smaller (0.2·N(0, 1)), so that the
// ReLU form switches some fields off but not whole layers.
void randomMlpParams(Model<D>& m, std::uint64_t seed, double scale = 1.0) {
    Rng rng(seed);
    for (Index i = 0; i < m.paramCount(); ++i)
        m.params()[i] = scale * rng.normal();
    for (std::size_t k = 0; k < m.net().size(); ++k)
        if (dynamic_cast<const NormActivation<D>*>(&m.net().layer(k)))
            for (Index i = 0; i < m.net().layer(k).paramCount(); ++i)
                m.params()[m.net().offset(k) + i] = 0.2 * rng.normal();
    m.prepare();
}

// max over g of ‖f(ρ_in(g)X) − ρ_out(g) f(X)‖ / ‖f(X)‖.
double equivarianceError(Model<D>& m, const groups::Representation& in,
                         const groups::Representation& out, const Mat& X) {
    const Mat Y = m.predict(X);
    double worst = 0;
    for (int g = 0; g < in.group().order(); ++g)
        worst = std::max(worst, (m.predict(in.matrix(g) * X) - out.matrix(g) * Y).norm() /
                                    std::max(1e-300, Y.norm()));
    return worst;
}

std::vector<groups::Representation> reps(const groups::GroupPtr& G, const QStringList& texts) {
    std::vector<groups::Representation> r;
    for (const auto& t : texts)
        r.push_back(groups::makeRepresentation(G, t.toStdString()));
    return r;
}

Model<D> modelOf(std::vector<LayerPtr<D>> layers) {
    return Model<D>(std::move(layers));
}

}  // namespace

class TestEquivariantMlp : public QObject {
    Q_OBJECT
private slots:
    void normBlocks_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<QList<int>>("sizes");  // block sizes in order
        QTest::newRow("D4 3*std") << "D4"
                                  << "3*std" << QList<int>{2, 2, 2};
        QTest::newRow("D4 std+trivial+sign") << "D4"
                                             << "std+trivial+sign" << QList<int>{2, 1, 1};
        QTest::newRow("C4 perm") << "C4"
                                 << "perm" << QList<int>{4};
        // Signed permutation matrices ⊗ themselves: the diagonal pairs (0, 4, 8) and the others.
        QTest::newRow("O std*std") << "O"
                                   << "std*std" << QList<int>{3, 6};
        QTest::newRow("C8 std*std") << "C8"
                                    << "std*std" << QList<int>{4};  // 45° mixes everything
        QTest::newRow("V4 std") << "V4"
                                << "std" << QList<int>{1, 1};  // diagonal ±1: two 1-d fields
    }
    void normBlocks() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        QFETCH(QList<int>, sizes);
        const auto r =
            groups::makeRepresentation(groups::makeGroup(group.toStdString()), rep.toStdString());
        const auto blocks = nn::normBlocks(r);
        QCOMPARE(int(blocks.size()), int(sizes.size()));
        std::vector<int> seen(r.dim(), 0);
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            QCOMPARE(int(blocks[b].size()), sizes[int(b)]);
            for (Index i : blocks[b])
                ++seen[i];
        }
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](int c) { return c == 1; }));
        // Each block is mapped onto itself by every ρ(g), isometrically.
        Rng rng(1);
        const Eigen::VectorXd x = gradcheck::randomMatrix(r.dim(), 1, rng);
        for (int g = 0; g < r.group().order(); ++g) {
            const Eigen::VectorXd y = r.matrix(g) * x;
            for (const auto& b : blocks) {
                double nx = 0, ny = 0;
                for (Index i : b) {
                    nx += x[i] * x[i];
                    ny += y[i] * y[i];
                }
                QVERIFY(std::abs(nx - ny) <= 1e-12);
            }
        }
    }

    void normActivationChecksBlocks() {
        QVERIFY_THROWS_EXCEPTION(Error, NormActivation<D>({{0, 1}}, 3, NormFunction::ReLU));
        QVERIFY_THROWS_EXCEPTION(Error, NormActivation<D>({{0, 1}, {1, 2}}, 3, NormFunction::ReLU));
        QVERIFY_THROWS_EXCEPTION(Error, NormActivation<D>({{0, 3}}, 2, NormFunction::ReLU));
        QVERIFY_THROWS_EXCEPTION(Error, NormActivation<D>({{0}, {}}, 1, NormFunction::ReLU));
    }

    void normActivationValues() {
        // Block {0, 2} with x = (3, ·, 4): norm 5; ReLU form with β = 1 scales by 4/5.
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<NormActivation<D>>(
            std::vector<std::vector<Index>>{{0, 2}, {1}}, 3, NormFunction::ReLU));
        Model<D> m(std::move(l));
        m.params() << 1.0, 2.0;
        Mat X(3, 2);
        X << 3, 0.1, 7, -1, 4, 0.2;
        const Mat Y = m.predict(X);
        QVERIFY(std::abs(Y(0, 0) - 3 * 0.8) < 1e-9 && std::abs(Y(2, 0) - 4 * 0.8) < 1e-9);
        QVERIFY(std::abs(Y(1, 0) - 5.0) < 1e-9);    // |7| − 2, sign kept
        QVERIFY(std::abs(Y(1, 1)) == 0.0);          // |−1| < 2: the field is switched off
        QVERIFY(Y(0, 1) == 0.0 && Y(2, 1) == 0.0);  // norm 0.22 < 1
    }

    void normActivationGradients_data() {
        QTest::addColumn<int>("function");
        QTest::newRow("relu") << int(NormFunction::ReLU);
        QTest::newRow("sigmoid") << int(NormFunction::Sigmoid);
    }
    void normActivationGradients() {
        QFETCH(int, function);
        std::vector<LayerPtr<D>> l;
        l.push_back(std::make_unique<NormActivation<D>>(
            std::vector<std::vector<Index>>{{0, 3}, {1, 2, 4}, {5}}, 6, NormFunction(function)));
        Model<D> m(std::move(l));
        const auto r = gradcheck::check(m, 7, 21, 0.3, 1.0);
        QVERIFY2(r.paramError < 1e-7 && r.inputError < 1e-7,
                 qPrintable(QString("%1 %2").arg(r.paramError).arg(r.inputError)));
    }

    void stacks_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("chain");
        QTest::addColumn<int>("norm");
        QTest::newRow("D4 std->3*std+trivial->2*std+perm->std")
            << "D4" << QStringList{"std", "3*std+trivial", "2*std+perm", "std"}
            << int(NormFunction::ReLU);
        QTest::newRow("D6 std->4*std->4*std->trivial")
            << "D6" << QStringList{"std", "4*std", "4*std", "trivial"}
            << int(NormFunction::Sigmoid);
        QTest::newRow("C8 std->std+std*std->std")
            << "C8" << QStringList{"std", "std+std*std", "std"} << int(NormFunction::ReLU);
        QTest::newRow("O std->2*std+trivial->std*std->std")
            << "O" << QStringList{"std", "2*std+trivial", "std*std", "std"}
            << int(NormFunction::ReLU);
        QTest::newRow("I std->3*std->std")
            << "I" << QStringList{"std", "3*std", "std"} << int(NormFunction::Sigmoid);
        QTest::newRow("Q8 std->2*std->std")
            << "Q8" << QStringList{"std", "2*std", "std"} << int(NormFunction::ReLU);
        QTest::newRow("S4 perm->regular->2*perm->trivial (pointwise)")
            << "S4" << QStringList{"perm", "regular", "2*perm", "trivial"}
            << int(NormFunction::ReLU);
    }
    void stacks() {
        QFETCH(QString, group);
        QFETCH(QStringList, chain);
        QFETCH(int, norm);
        const auto G = groups::makeGroup(group.toStdString());
        const auto r = reps(G, chain);
        EquivariantMlpOptions o;
        o.pointwise = Activation::Tanh;
        o.norm = NormFunction(norm);
        auto layers = makeEquivariantMlp<D>(r, o);
        QCOMPARE(layers.size(), 2 * r.size() - 3);
        // Hidden nonlinearities: pointwise exactly on permutation representations.
        for (std::size_t k = 1; k + 1 < r.size(); ++k) {
            const bool pointwise = dynamic_cast<Pointwise<D>*>(layers[2 * k - 1].get()) != nullptr;
            QCOMPARE(pointwise, r[k].isPermutation());
        }
        Model<D> m = modelOf(std::move(layers));
        randomMlpParams(m, 5, 0.7);
        Rng rng(6);
        const Mat X = gradcheck::randomMatrix(r.front().dim(), 8, rng);
        QVERIFY(m.predict(X).norm() > 1e-3);
        const double e = equivarianceError(m, r.front(), r.back(), X);
        QVERIFY2(e <= 1e-10, qPrintable(QString("equivariance error %1").arg(e)));
        const auto gc = gradcheck::check(m, 4, 7, 0.5);
        QVERIFY2(gc.paramError < 1e-6 && gc.inputError < 1e-6,
                 qPrintable(QString("%1 %2").arg(gc.paramError).arg(gc.inputError)));
    }

    void pointwiseOnRotationsBreaksEquivariance() {
        // The control that shows the test above can fail: a pointwise ReLU between D4 'std'
        // layers does not commute with the quarter turn (x, y) ↦ (−y, x), which flips a sign.
        const auto G = groups::makeGroup("D4");
        const auto r = reps(G, {"std", "3*std", "std"});
        std::vector<LayerPtr<D>> l;
        l.push_back(makeEquivariantLinear<D>(r[0], r[1]));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, r[1].dim()));
        l.push_back(makeEquivariantLinear<D>(r[1], r[2]));
        Model<D> m(std::move(l));
        randomMlpParams(m, 8);
        Rng rng(9);
        const Mat X = gradcheck::randomMatrix(2, 8, rng);
        QVERIFY(equivarianceError(m, r[0], r[2], X) > 1e-2);
    }

    void normActivationRejectsNonOrthogonal() {
        // std of C3 written in a skewed basis: a valid representation whose matrices are not
        // orthogonal, so block norms are not invariant.
        const auto G = groups::makeGroup("C3");
        const auto std3 = groups::makeRepresentation(G, "std");
        Eigen::Matrix2d B;
        B << 1, 0.7, 0, 1;
        std::vector<Eigen::MatrixXd> m;
        for (int g = 0; g < G->order(); ++g)
            m.push_back(B * std3.matrix(g) * B.inverse());
        const auto skew = groups::Representation::fromMatrices(G, m, "skewed std");
        QVERIFY_THROWS_EXCEPTION(Error, nn::normBlocks(skew));
        QVERIFY_THROWS_EXCEPTION(Error, makeEquivariantMlp<D>({std3, skew, std3}));
    }

    void outerProductLift() {
        const auto G = groups::makeGroup("D4");
        for (const char* text : {"perm", "std"}) {
            const auto v = groups::makeRepresentation(G, text);
            const auto vv = groups::tensorProduct(v, v);
            std::vector<LayerPtr<D>> l;
            l.push_back(std::make_unique<OuterProductLift<D>>(v.dim()));
            Model<D> m(std::move(l));
            Rng rng(3);
            const Mat X = gradcheck::randomMatrix(v.dim(), 5, rng);
            const Mat Y = m.predict(X);
            QCOMPARE(Y(1 * v.dim() + 0, 2), X(1, 2) * X(0, 2));
            QVERIFY(equivarianceError(m, v, vv, X) <= 1e-14);
            const auto gc = gradcheck::check(m, 3, 4);
            QVERIFY(gc.inputError < 1e-8);
        }
    }

    void invariantNets_data() {
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("outer");
        QTest::newRow("first order") << 1 << false;
        QTest::newRow("second order, linear lift") << 2 << false;
        QTest::newRow("second order, product lift") << 2 << true;
    }
    void invariantNets() {
        QFETCH(int, order);
        QFETCH(bool, outer);
        const auto A4 = groups::makeGroup("A4");
        const auto perm = groups::makeRepresentation(A4, "perm");
        const auto trivial = groups::makeRepresentation(A4, "trivial");
        InvariantNetOptions o;
        o.order = order;
        o.outerLift = outer;
        o.channels = 2;
        o.head = 4;
        o.activation = Activation::Tanh;
        Model<D> m = modelOf(makeInvariantNet<D>(perm, o));
        randomMlpParams(m, 11, 0.8);
        Rng rng(12);
        const Mat X = gradcheck::randomMatrix(4, 16, rng);
        const double e = equivarianceError(m, perm, trivial, X);
        QVERIFY2(e <= 1e-12, qPrintable(QString("invariance error %1").arg(e)));

        // The transposition (0 1) is odd, not in A4. A first-order A4 net cannot see it (A4 is
        // 2-transitive, so its layers are S4's); a second-order one can.
        Mat Xt = X;
        Xt.row(0).swap(Xt.row(1));
        const Mat Y = m.predict(X);
        const double oddChange = (m.predict(Xt) - Y).norm() / Y.norm();
        if (order == 1)
            QVERIFY2(oddChange <= 1e-12, qPrintable(QString::number(oddChange)));
        else
            QVERIFY2(oddChange >= 1e-3, qPrintable(QString::number(oddChange)));

        const auto gc = gradcheck::check(m, 3, 13, 0.5);
        QVERIFY2(gc.paramError < 1e-6 && gc.inputError < 1e-6,
                 qPrintable(QString("%1 %2").arg(gc.paramError).arg(gc.inputError)));
    }

    void invariantNetOptionsChecked() {
        const auto A4 = groups::makeGroup("A4");
        const auto perm = groups::makeRepresentation(A4, "perm");
        const auto std3 = groups::makeRepresentation(groups::makeGroup("D4"), "std");
        InvariantNetOptions o;
        o.order = 3;
        QVERIFY_THROWS_EXCEPTION(Error, makeInvariantNet<D>(perm, o));
        o.order = 1;
        o.channels = 0;
        QVERIFY_THROWS_EXCEPTION(Error, makeInvariantNet<D>(perm, o));
        o.channels = 2;
        QVERIFY_THROWS_EXCEPTION(Error, makeInvariantNet<D>(std3, o));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestEquivariantMlp)
#include "test_equivariant_mlp.moc"
