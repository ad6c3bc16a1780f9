// Group averaging built from representations (compute/groups): exact invariance and equivariance
// for every element, for permutation representations (grid:K, applied as row gathers) and dense
// ones (std of O); the gather path gives the same numbers as the dense matrices; gradients against
// central finite differences; wrong dimensions and mixed groups are refused.

#include <QTest>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/group_average.h"
#include "compute/nn/sequential.h"
#include "gradcheck.h"
#include "model_helpers.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;

using eqlab::tests::mlp;
using eqlab::tests::one;
using eqlab::tests::randomParams;
using eqlab::tests::relDiff;

class TestGroupAverage : public QObject {
    Q_OBJECT
private slots:
    void exactSymmetry_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");  // "" = invariant
        QTest::newRow("D4 grid:5 invariant") << "D4"
                                             << "grid:5"
                                             << "";
        QTest::newRow("C4 grid:4 -> grid:4") << "C4"
                                             << "grid:4"
                                             << "grid:4";
        QTest::newRow("D4 grid:3 -> regular") << "D4"
                                              << "grid:3"
                                              << "regular";
        QTest::newRow("O std -> std") << "O"
                                      << "std"
                                      << "std";
        QTest::newRow("I 4*std invariant") << "I"
                                           << "4*std"
                                           << "";
        QTest::newRow("S4 perm -> perm+trivial") << "S4"
                                                 << "perm"
                                                 << "perm+trivial";
    }
    void exactSymmetry() {
        QFETCH(QString, group);
        QFETCH(QString, in);
        QFETCH(QString, out);
        const auto G = groups::makeGroup(group.toStdString());
        const auto rin = groups::makeRepresentation(G, in.toStdString());
        const bool invariant = out.isEmpty();
        const auto rout =
            invariant ? groups::trivialRep(G, 3) : groups::makeRepresentation(G, out.toStdString());
        auto f = mlp(rin.dim(), 9, rout.dim());
        Model<D> model(one(invariant ? LayerPtr<D>(GroupAverage<D>::invariant(std::move(f), rin))
                                     : std::make_unique<GroupAverage<D>>(std::move(f), rin, rout)));
        randomParams(model, 3, 0.5);
        Rng rng(4);
        const Mat X = gradcheck::randomMatrix(rin.dim(), 5, rng);
        const Mat Y = model.predict(X);
        double worst = 0;
        for (int g = 0; g < G->order(); ++g) {
            const Mat moved = model.predict(rin.matrix(g) * X);
            worst = std::max(worst, relDiff(moved, rout.matrix(g) * Y));
        }
        qInfo("max over g of the relative equivariance error: %.2e", worst);
        QVERIFY(worst <= 1e-13);
        const auto& avg = dynamic_cast<const GroupAverage<D>&>(model.net().layer(0));
        QCOMPARE(int(avg.groupOrder()), G->order());
        QVERIFY(avg.outputRepresentation().has_value());
        // The inner net alone (same parameters) is far from symmetric, so the test could fail.
        Model<D> inner(one(mlp(rin.dim(), 9, rout.dim())));
        inner.params() = model.params();
        const Mat Yi = inner.predict(X);
        double innerWorst = 0;
        for (int g = 0; g < G->order(); ++g)
            innerWorst = std::max(innerWorst,
                                  relDiff(inner.predict(rin.matrix(g) * X), rout.matrix(g) * Yi));
        QVERIFY(innerWorst > 1e-3);
    }

    // Row gathers and dense matrices compute the same function and gradients.
    void gatherMatchesDense() {
        const auto G = groups::makeGroup("D4");
        const auto rin = groups::gridRep(G, 4), rout = groups::regularRep(G);
        std::vector<Matrix<double>> P, Q;
        for (int g = 0; g < G->order(); ++g) {
            P.push_back(rin.matrix(g));
            Q.push_back(rout.matrix(g).transpose());
        }
        Model<D> a(one(std::make_unique<GroupAverage<D>>(mlp(16, 6, 8), rin, rout)));
        Model<D> b(one(std::make_unique<GroupAverage<D>>(mlp(16, 6, 8), P, Q)));
        randomParams(a, 9, 0.5);
        b.params() = a.params();
        b.prepare();
        Rng rng(10);
        const Mat X = gradcheck::randomMatrix(16, 4, rng), R = gradcheck::randomMatrix(8, 4, rng);
        Cache<D> ca, cb;
        Mat Ya, Yb, dXa, dXb;
        a.forward(X, Ya, ca);
        b.forward(X, Yb, cb);
        QVERIFY(relDiff(Ya, Yb) <= 1e-14);
        Vector<D> ga = Vector<D>::Zero(a.paramCount()), gb = Vector<D>::Zero(b.paramCount());
        a.backward(X, Ya, R, &dXa, ga.data(), ca);
        b.backward(X, Yb, R, &dXb, gb.data(), cb);
        QVERIFY(relDiff(dXa, dXb) <= 1e-14);
        QVERIFY((ga - gb).norm() <= 1e-14 * gb.norm());
    }

    void gradients_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("D4 grid:3 -> grid:3") << "D4"
                                             << "grid:3"
                                             << "grid:3";
        QTest::newRow("O std -> std") << "O"
                                      << "std"
                                      << "std";
        QTest::newRow("C4 grid:3 invariant") << "C4"
                                             << "grid:3"
                                             << "";
    }
    void gradients() {
        QFETCH(QString, group);
        QFETCH(QString, in);
        QFETCH(QString, out);
        const auto G = groups::makeGroup(group.toStdString());
        const auto rin = groups::makeRepresentation(G, in.toStdString());
        LayerPtr<D> layer;
        if (out.isEmpty()) {
            layer = GroupAverage<D>::invariant(mlp(rin.dim(), 5, 2), rin);
        } else {
            const auto rout = groups::makeRepresentation(G, out.toStdString());
            layer = std::make_unique<GroupAverage<D>>(mlp(rin.dim(), 5, rout.dim()), rin, rout);
        }
        Model<D> model(one(std::move(layer)));
        const auto r = gradcheck::check(model, 3, 11);
        QVERIFY2(r.paramError < 1e-7 && r.inputError < 1e-7,
                 qPrintable(QString("%1 %2").arg(r.paramError).arg(r.inputError)));
    }

    void refusesMismatches() {
        const auto D4 = groups::makeGroup("D4"), C4 = groups::makeGroup("C4");
        QVERIFY_THROWS_EXCEPTION(
            Error, GroupAverage<D>(mlp(9, 4, 9), groups::gridRep(D4, 3), groups::gridRep(C4, 3)));
        QVERIFY_THROWS_EXCEPTION(
            Error, GroupAverage<D>(mlp(9, 4, 2), groups::gridRep(D4, 3), groups::gridRep(D4, 3)));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 GroupAverage<D>::invariant(mlp(16, 4, 2), groups::gridRep(D4, 3)));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestGroupAverage)
#include "test_group_average.moc"
