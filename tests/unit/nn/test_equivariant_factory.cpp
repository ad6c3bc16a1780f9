// Equivariant linear layers built from compute/groups representations: basis dimensions of
// docs/math.md §1.5, exact equivariance for every group element (orthonormal and orbit bases), a
// stack with pointwise nonlinearities, checks on entry.

#include <QTest>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/equivariant_basis.h"
#include "compute/groups/representation.h"
#include "compute/nn/activation.h"
#include "compute/nn/equivariant_factory.h"
#include "compute/nn/equivariant_linear.h"
#include "gradcheck.h"
#include "model_helpers.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::nn;
using D = double;
using Mat = Matrix<D>;

using eqlab::tests::randomParams;
using eqlab::tests::relDiff;

namespace {}  // namespace

class TestEquivariantFactory : public QObject {
    Q_OBJECT
private slots:
    void layer_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("orbits");
        QTest::addColumn<int>("dimension");  // of Hom_G(in, out); -1: do not check
        QTest::newRow("S3 perm->perm") << "S3"
                                       << "perm"
                                       << "perm" << 1 << 2;
        QTest::newRow("S4 perm->perm") << "S4"
                                       << "perm"
                                       << "perm" << 0 << 2;
        QTest::newRow("C4 perm->perm") << "C4"
                                       << "perm"
                                       << "perm" << 1 << 4;
        QTest::newRow("D4 perm->perm") << "D4"
                                       << "perm"
                                       << "perm" << 1 << 3;
        QTest::newRow("D4 regular->regular") << "D4"
                                             << "regular"
                                             << "regular" << 0 << 8;
        QTest::newRow("C5 perm->trivial") << "C5"
                                          << "perm"
                                          << "trivial" << 1 << 1;
        QTest::newRow("S3 2*perm+trivial->perm") << "S3"
                                                 << "2*perm+trivial"
                                                 << "perm" << 1 << -1;
        QTest::newRow("D4 std->std+perm") << "D4"
                                          << "std"
                                          << "std+perm" << 0 << -1;
    }
    void layer() {
        QFETCH(QString, group);
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(int, orbits);
        QFETCH(int, dimension);
        auto G = groups::makeGroup(group.toStdString());
        const auto rin = groups::makeRepresentation(G, in.toStdString());
        const auto rout = groups::makeRepresentation(G, out.toStdString());
        auto layer = makeEquivariantLinear<D>(
            rin, rout, orbits ? EquivariantBasisKind::Orbits : EquivariantBasisKind::Orthonormal);
        if (dimension >= 0)
            QCOMPARE(layer->basisSize(), Index(dimension));
        QVERIFY(QString::fromStdString(layer->describe()).contains(in + "->" + out));
        std::vector<LayerPtr<D>> l;
        l.push_back(std::move(layer));
        Model<D> model(std::move(l));
        randomParams(model, 3);
        Rng rng(4);
        const Mat X = gradcheck::randomMatrix(rin.dim(), 5, rng);
        const Mat Y = model.predict(X);
        QVERIFY(Y.norm() > 1e-6);
        for (int g = 0; g < G->order(); ++g) {
            const double e = relDiff(model.predict(rin.matrix(g) * X), rout.matrix(g) * Y);
            QVERIFY2(e <= 1e-12, qPrintable(QString("element %1: %2").arg(g).arg(e)));
        }
        // and its gradients
        const auto r = gradcheck::check(model, 3, 5);
        QVERIFY(r.paramError < 1e-6 && r.inputError < 1e-6);
    }

    void stackOnPermutationRepresentations() {
        auto G = groups::makeGroup("D4");
        const auto perm = groups::makeRepresentation(G, "perm");
        const auto hidden = groups::makeRepresentation(G, "2*perm+regular");
        const auto inv = groups::makeRepresentation(G, "trivial");
        std::vector<LayerPtr<D>> l;
        l.push_back(makeEquivariantLinear<D>(perm, hidden, EquivariantBasisKind::Orbits));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::ReLU, hidden.dim()));
        l.push_back(makeEquivariantLinear<D>(hidden, hidden));
        l.push_back(std::make_unique<Pointwise<D>>(Activation::Tanh, hidden.dim()));
        l.push_back(makeEquivariantLinear<D>(hidden, inv));
        Model<D> model(std::move(l));
        randomParams(model, 6);
        Rng rng(7);
        const Mat X = gradcheck::randomMatrix(perm.dim(), 6, rng);
        const Mat Y = model.predict(X);
        for (int g = 0; g < G->order(); ++g)
            QVERIFY(relDiff(model.predict(perm.matrix(g) * X), Y) <= 1e-12);
    }

    // A basis of orbits kept as each cell's orbit (no dense matrices) is the same layer as the
    // dense 0/1 basis: the same W and forward pass exactly, the same gradient to round-off.
    void orbitBasisMatchesTheDenseOne() {
        auto G = groups::makeGroup("D4");
        const auto in = groups::makeRepresentation(G, "perm");
        const auto out = groups::makeRepresentation(G, "2*perm+trivial");
        const auto ob = groups::orbitBasis(in, out);
        std::vector<Matrix<double>> dense;
        for (int j = 0; j < ob.dimension; ++j)
            dense.push_back(ob.matrix(j));
        const auto bias = groups::invariantVectors(out);
        EquivariantLinear<D> a(dense, bias, in.dim(), out.dim());
        EquivariantLinear<D> b(ob.orbitOf, ob.dimension, bias, in.dim(), out.dim());
        QCOMPARE(b.paramCount(), a.paramCount());
        Vector<D> p(a.paramCount());
        Rng rng(3);
        for (Index i = 0; i < p.size(); ++i)
            p[i] = rng.normal();
        a.bind(p.data());
        b.bind(p.data());
        a.prepare();
        b.prepare();
        QCOMPARE(b.expandedWeight(), a.expandedWeight());
        const Mat X = gradcheck::randomMatrix(in.dim(), 5, rng);
        Mat Ya, Yb;
        Cache<D> ca, cb;
        a.forward(X, Ya, ca);
        b.forward(X, Yb, cb);
        QCOMPARE(Yb, Ya);
        const Mat dY = gradcheck::randomMatrix(out.dim(), 5, rng);
        Vector<D> ga = Vector<D>::Zero(p.size()), gb = Vector<D>::Zero(p.size());
        Mat dXa, dXb;
        a.backward(X, Ya, dY, &dXa, ga.data(), ca);
        b.backward(X, Yb, dY, &dXb, gb.data(), cb);
        QVERIFY((ga - gb).cwiseAbs().maxCoeff() <= 1e-12 * std::max(1.0, ga.norm()));
        QCOMPARE(dXb, dXa);
        // Initialisation draws the same scale (Σ‖B_j‖² is the number of cells either way).
        Vector<D> pa(p.size()), pb(p.size());
        a.bind(pa.data());
        b.bind(pb.data());
        Rng r1(9), r2(9);
        a.initialize(r1);
        b.initialize(r2);
        QCOMPARE(pb, pa);
        // Orbit lists that do not describe the matrix are refused.
        std::vector<int> wrong = ob.orbitOf;
        wrong.pop_back();
        QVERIFY_THROWS_EXCEPTION(
            Error, EquivariantLinear<D>(wrong, ob.dimension, bias, in.dim(), out.dim()));
        wrong = ob.orbitOf;
        wrong[0] = ob.dimension;
        QVERIFY_THROWS_EXCEPTION(
            Error, EquivariantLinear<D>(wrong, ob.dimension, bias, in.dim(), out.dim()));
        QVERIFY_THROWS_EXCEPTION(
            Error, EquivariantLinear<D>(ob.orbitOf, ob.dimension + 1, bias, in.dim(), out.dim()));
    }

    void checksOnEntry() {
        auto S3 = groups::makeGroup("S3");
        auto C3 = groups::makeGroup("C3");
        const auto a = groups::makeRepresentation(S3, "perm");
        const auto b = groups::makeRepresentation(C3, "perm");
        QVERIFY_THROWS_EXCEPTION(Error, makeEquivariantLinear<D>(a, b));
        QVERIFY_THROWS_EXCEPTION(Error, makeEquivariantLinear<D>(groups::Representation(), a));
        // A model rejects inputs of the wrong dimension.
        std::vector<LayerPtr<D>> l;
        l.push_back(makeEquivariantLinear<D>(a, a));
        Model<D> model(std::move(l));
        QVERIFY_THROWS_EXCEPTION(Error, model.predict(Mat::Ones(4, 2)));
    }

    void floatLayer() {
        auto G = groups::makeGroup("C4");
        const auto perm = groups::makeRepresentation(G, "perm");
        auto layer = makeEquivariantLinear<float>(perm, perm);
        QCOMPARE(layer->basisSize(), Index(4));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestEquivariantFactory)
#include "test_equivariant_factory.moc"
