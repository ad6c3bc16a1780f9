// The equivariant basis: dimension = character formula, known values, exact equivariance of every
// basis matrix for every element, orthonormality, the orbit basis, invariant vectors.

#include <QTest>

#include <random>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/characters.h"
#include "compute/groups/closure.h"
#include "compute/groups/equivariant_basis.h"
#include "suite/suite.h"

using namespace eqlab::groups;

namespace {

void checkBasis(const Representation& in, const Representation& out, const EquivariantBasis& b) {
    QCOMPARE(b.dimIn, in.dim());
    QCOMPARE(b.dimOut, out.dim());
    QCOMPARE(b.vectors.rows(), Eigen::Index(in.dim()) * out.dim());
    const int k = b.dimension();
    if (k == 0)
        return;
    // Up to 256 maps every one is checked; beyond that (the 1024-map case, slow in Debug builds)
    // 64 sampled maps, plus random combinations of all maps — a combination is equivariant and of
    // norm ‖c‖ for orthonormal maps, so one bad map anywhere would show.
    std::vector<int> sample;
    std::mt19937 rng(11);
    if (k <= 256) {
        for (int j = 0; j < k; ++j)
            sample.push_back(j);
    } else {
        std::uniform_int_distribution<int> pick(0, k - 1);
        for (int j = 0; j < 64; ++j)
            sample.push_back(pick(rng));
    }
    // Orthonormal in the Frobenius inner product.
    Eigen::MatrixXd picked(b.vectors.rows(), static_cast<Eigen::Index>(sample.size()));
    for (size_t j = 0; j < sample.size(); ++j)
        picked.col(static_cast<Eigen::Index>(j)) = b.vectors.col(sample[j]);
    Eigen::MatrixXd expect = Eigen::MatrixXd::Zero(picked.cols(), k);
    for (size_t j = 0; j < sample.size(); ++j)
        expect(static_cast<Eigen::Index>(j), sample[j]) = 1.0;
    const double ortho = (picked.transpose() * b.vectors - expect).cwiseAbs().maxCoeff();
    QVERIFY2(ortho < 1e-12, qPrintable(QString::number(ortho)));
    // Every (sampled) basis matrix equivariant for every element, to round-off (they have norm
    // 1). Round-off grows with the dimension (sums of n products, and the decompositions the basis
    // is built from): 1e-13 per dimension, 4e-13 for a 4-dimensional representation, 6.4e-12 at
    // dimension 64, where an FMA build (-march=native) measured 4.4e-12 and x86-64-v2 below 1e-12.
    const double tolerance = 1e-13 * std::max(in.dim(), out.dim());
    double worst = 0.0;
    for (int j : sample)
        worst = std::max(worst, equivarianceError(in, out, b.matrix(j)));
    QVERIFY2(worst < tolerance, qPrintable(QString::number(worst)));
    if (k > 256) {
        std::normal_distribution<double> normal(0.0, 1.0);
        for (int t = 0; t < 16; ++t) {
            Eigen::VectorXd c(k);
            for (int j = 0; j < k; ++j)
                c[j] = normal(rng);
            const double err = equivarianceError(in, out, b.combine(c)) / c.norm();
            QVERIFY2(err < tolerance, qPrintable(QString::number(err)));
        }
    }
}

}  // namespace

class TestEquivariantBasis : public QObject {
    Q_OBJECT
private slots:
    void dimensions_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("expected");  // −1: only the character formula
        // Known values (docs/math.md §1.5).
        QTest::newRow("S3 perm") << "S3"
                                 << "perm"
                                 << "perm" << 2;
        QTest::newRow("S4 perm") << "S4"
                                 << "perm"
                                 << "perm" << 2;
        QTest::newRow("S5 perm") << "S5"
                                 << "perm"
                                 << "perm" << 2;
        QTest::newRow("S6 perm") << "S6"
                                 << "perm"
                                 << "perm" << 2;
        QTest::newRow("C4 square") << "C4"
                                   << "perm"
                                   << "perm" << 4;
        QTest::newRow("D4 square") << "D4"
                                   << "perm"
                                   << "perm" << 3;
        QTest::newRow("C5 shifts") << "C5"
                                   << "perm"
                                   << "perm" << 5;
        QTest::newRow("C8 shifts") << "C8"
                                   << "perm"
                                   << "perm" << 8;
        QTest::newRow("D4 regular") << "D4"
                                    << "regular"
                                    << "regular" << 8;
        QTest::newRow("Q8 regular") << "Q8"
                                    << "regular"
                                    << "regular" << 8;
        QTest::newRow("S4 regular") << "S4"
                                    << "regular"
                                    << "regular" << 24;
        QTest::newRow("A5 regular") << "A5"
                                    << "regular"
                                    << "regular" << 60;
        QTest::newRow("C5 invariants") << "C5"
                                       << "trivial"
                                       << "perm" << 1;
        // Dense and mixed pairs.
        QTest::newRow("D4 std") << "D4"
                                << "std"
                                << "std" << 1;  // real type
        QTest::newRow("C4 std") << "C4"
                                << "std"
                                << "std" << 2;  // complex type
        QTest::newRow("C5 std") << "C5"
                                << "std"
                                << "std" << 2;
        QTest::newRow("Q8 std") << "Q8"
                                << "std"
                                << "std" << 4;  // quaternionic type
        QTest::newRow("T std") << "T"
                               << "std"
                               << "std" << 1;
        QTest::newRow("I std") << "I"
                               << "std"
                               << "std" << 1;
        QTest::newRow("O std^2 to std") << "O"
                                        << "std*std"
                                        << "std" << 1;
        QTest::newRow("D4 std to perm") << "D4"
                                        << "std"
                                        << "perm" << 1;
        QTest::newRow("D4 perm to std") << "D4"
                                        << "perm"
                                        << "std" << 1;
        QTest::newRow("D4 std^2 to trivial") << "D4"
                                             << "std^2"
                                             << "trivial" << 1;
        QTest::newRow("D4 sign to std^2") << "D4"
                                          << "sign"
                                          << "std^2" << 1;
        QTest::newRow("C4 grid:3 to std") << "C4"
                                          << "grid:3"
                                          << "std" << 4;
        QTest::newRow("D4 grid:4 to std") << "D4"
                                          << "grid:4"
                                          << "std" << -1;
        QTest::newRow("S4 sign to perm") << "S4"
                                         << "sign"
                                         << "perm" << 0;
        QTest::newRow("S4 perm*sign") << "S4"
                                      << "perm*sign"
                                      << "perm*sign" << 2;
        QTest::newRow("S5 std^2 to sign+std") << "S5"
                                              << "std^2"
                                              << "sign+std" << -1;
        QTest::newRow("A5 perm*perm to std") << "A5"
                                             << "perm*perm"
                                             << "std" << -1;
        QTest::newRow("I std^2 to std^2") << "I"
                                          << "std^2"
                                          << "std^2" << 3;
        QTest::newRow("O (std+trivial)^2") << "O"
                                           << "(std+trivial)^2"
                                           << "(std+trivial)^2" << -1;
        QTest::newRow("T std^2 to regular") << "T"
                                            << "std^2"
                                            << "regular" << 9;
        QTest::newRow("Q8 std^2") << "Q8"
                                  << "std^2"
                                  << "std^2" << 64;
        QTest::newRow("C3xC4 std") << "C3xC4"
                                   << "std"
                                   << "std" << 4;
        QTest::newRow("D4xC2 std to perm") << "D4xC2"
                                           << "std"
                                           << "perm" << -1;
        QTest::newRow("D6 dual(std) to std") << "D6"
                                             << "dual(std)"
                                             << "std" << 1;
        QTest::newRow("C1 std to std") << "C1"
                                       << "std"
                                       << "std" << 4;
        QTest::newRow("V4 std+sign to grid:2") << "V4"
                                               << "std+sign"
                                               << "grid:2" << -1;
    }
    void dimensions() {
        QFETCH(QString, group);
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(int, expected);
        const GroupPtr g = makeGroup(group.toStdString());
        const Representation ri = makeRepresentation(g, in.toStdString());
        const Representation ro = makeRepresentation(g, out.toStdString());
        const EquivariantBasis b = equivariantBasis(ri, ro);
        QCOMPARE(b.dimension(), characterDimension(ri, ro));
        if (expected >= 0)
            QCOMPARE(b.dimension(), expected);
        QCOMPARE(b.method, ri.isPermutation() && ro.isPermutation()
                               ? EquivariantBasis::Method::Orbits
                               : EquivariantBasis::Method::Isotypic);
        checkBasis(ri, ro, b);
        QCOMPARE(b.probeBlocks, 0);
    }

    // The dense (isotypic) solver and the orbit method agree on permutation pairs: forget that
    // the representation is a permutation one and compare the spans.
    void denseAgreesWithOrbits_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("D4 grid:3") << "D4"
                                   << "grid:3"
                                   << "grid:3";
        QTest::newRow("S4 perm to regular") << "S4"
                                            << "perm"
                                            << "regular";
        QTest::newRow("C6 perm") << "C6"
                                 << "perm"
                                 << "perm";
        QTest::newRow("A4 perm*perm to perm") << "A4"
                                              << "perm*perm"
                                              << "perm";
    }
    void denseAgreesWithOrbits() {
        QFETCH(QString, group);
        QFETCH(QString, in);
        QFETCH(QString, out);
        const GroupPtr g = makeGroup(group.toStdString());
        const Representation pi = makeRepresentation(g, in.toStdString());
        const Representation po = makeRepresentation(g, out.toStdString());
        std::vector<Eigen::MatrixXd> mi, mo;
        for (int a = 0; a < g->order(); ++a) {
            mi.push_back(pi.matrix(a));
            mo.push_back(po.matrix(a));
        }
        const Representation di = Representation::fromMatrices(g, mi, "dense in");
        const Representation dout = Representation::fromMatrices(g, mo, "dense out");
        const EquivariantBasis dense = equivariantBasis(di, dout);
        const EquivariantBasis orbits = equivariantBasis(pi, po);
        QCOMPARE(dense.method, EquivariantBasis::Method::Isotypic);
        QCOMPARE(dense.dimension(), orbits.dimension());
        checkBasis(di, dout, dense);
        // Same span: projecting one orthonormal basis on the other loses nothing.
        const Eigen::MatrixXd overlap = dense.vectors.transpose() * orbits.vectors;
        QVERIFY((overlap.transpose() * overlap -
                 Eigen::MatrixXd::Identity(orbits.dimension(), orbits.dimension()))
                    .cwiseAbs()
                    .maxCoeff() < 1e-10);
    }

    void orbitBasis_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("D4 grid:5") << "D4"
                                   << "grid:5"
                                   << "grid:5";
        QTest::newRow("C4 grid:4 to regular") << "C4"
                                              << "grid:4"
                                              << "regular";
        QTest::newRow("S4 perm to perm*perm") << "S4"
                                              << "perm"
                                              << "perm*perm";
        QTest::newRow("I perm") << "I"
                                << "perm"
                                << "perm";
        QTest::newRow("D4 grid:28") << "D4"
                                    << "grid:28"
                                    << "grid:28";
    }
    void orbitBasis() {
        QFETCH(QString, group);
        QFETCH(QString, in);
        QFETCH(QString, out);
        const GroupPtr g = makeGroup(group.toStdString());
        const Representation ri = makeRepresentation(g, in.toStdString());
        const Representation ro = makeRepresentation(g, out.toStdString());
        const OrbitBasis ob = eqlab::groups::orbitBasis(ri, ro);
        QCOMPARE(ob.dimension, characterDimension(ri, ro));
        long long cells = 0;
        for (int s : ob.orbitSize) {
            cells += s;
            QVERIFY(g->order() % s == 0);  // orbit–stabilizer on pairs
        }
        QCOMPARE(cells, static_cast<long long>(ri.dim()) * ro.dim());
        // A random combination of the 0/1 matrices is exactly equivariant (no round-off at all).
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u(-1, 1);
        Eigen::VectorXd c(ob.dimension);
        for (int j = 0; j < ob.dimension; ++j)
            c[j] = u(rng);
        QCOMPARE(equivarianceError(ri, ro, ob.combine(c)), 0.0);
        if (ri.dim() * ro.dim() <= 1000) {
            for (int j = 0; j < ob.dimension; ++j) {
                const Eigen::MatrixXd B = ob.matrix(j);
                QCOMPARE(B.sum(), double(ob.orbitSize[static_cast<size_t>(j)]));
                QCOMPARE(equivarianceError(ri, ro, B), 0.0);
            }
        }
    }

    void grid28Dimensions() {
        // D4 on 28×28: 98 pixel orbits of size 8; pairs: (784² + 2·0 + 16·... )/8 by Burnside.
        const GroupPtr d4 = makeGroup("D4");
        const Representation grid = makeRepresentation(d4, "grid:28");
        const OrbitBasis ob = eqlab::groups::orbitBasis(grid, grid);
        // Burnside on pairs: Σ_g fix(g)² / |G|; fix: e 784, r/r³ 0, r² 0, axis flips 0,
        // diagonals 28.
        QCOMPARE(ob.dimension, (784 * 784 + 2 * 28 * 28) / 8);
        QVERIFY_EXCEPTION_THROWN(equivariantBasis(grid, grid), eqlab::Error);  // too large densely
    }

    void dense64() {
        // A dense 64-dimensional representation (the benchmark's case): Q8 on std^3 = 16 copies
        // of its 4-dimensional quaternionic irreducible → dimension 16²·4 = 1024.
        const GroupPtr q8 = makeGroup("Q8");
        const Representation r = makeRepresentation(q8, "std^3");
        const EquivariantBasis b = equivariantBasis(r, r);
        QCOMPARE(b.dimension(), 1024);
        QCOMPARE(b.probeBlocks, 0);  // the adapted construction, not the slow fallback
        QCOMPARE(b.dimension(), characterDimension(r, r));
        checkBasis(r, r, b);
        const GroupPtr o = makeGroup("O");
        const Representation s = makeRepresentation(o, "(std+trivial)^3");
        checkBasis(s, s, equivariantBasis(s, s));
    }

    void nonOrthogonalRepresentation() {
        Eigen::MatrixXd a(2, 2), f(2, 2);
        a << 0, -1, 1, -1;  // order 3 (an integer form of the rotation by 120°), not orthogonal
        f << 0, 1, 1, 0;
        const GroupPtr g = groupFromMatrices("S3 integral", {a, f});
        QCOMPARE(g->order(), 6);
        const Representation r = makeRepresentation(g, "std");
        QVERIFY(!r.isOrthogonal());
        const Representation t = makeRepresentation(g, "std*std+trivial");
        for (const auto& [in, out] : {std::pair{r, r}, std::pair{t, r}, std::pair{t, t}}) {
            const EquivariantBasis b = equivariantBasis(in, out);
            QCOMPARE(b.dimension(), characterDimension(in, out));
            checkBasis(in, out, b);
        }
    }

    void invariants_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<int>("count");
        QTest::newRow("C5 perm") << "C5"
                                 << "perm" << 1;
        QTest::newRow("D4 std") << "D4"
                                << "std" << 0;
        QTest::newRow("D4 std^2") << "D4"
                                  << "std^2" << 1;
        QTest::newRow("O std^2") << "O"
                                 << "std^2" << 1;
        QTest::newRow("I std^3") << "I"
                                 << "std^3" << 1;  // the triple product (determinant)
        QTest::newRow("D4 grid:5") << "D4"
                                   << "grid:5" << 6;
        QTest::newRow("S4 perm+sign") << "S4"
                                      << "perm+sign" << 1;
        QTest::newRow("A4 regular") << "A4"
                                    << "regular" << 1;
    }
    void invariants() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        QFETCH(int, count);
        const GroupPtr g = makeGroup(group.toStdString());
        const Representation r = makeRepresentation(g, rep.toStdString());
        const Eigen::MatrixXd V = invariantSubspace(r);
        QCOMPARE(static_cast<int>(V.cols()), count);
        QCOMPARE(V.rows(), Eigen::Index(r.dim()));
        if (count > 0)
            QVERIFY((V.transpose() * V - Eigen::MatrixXd::Identity(count, count)).norm() < 1e-12);
        for (int a = 0; a < g->order(); ++a)
            QVERIFY((r.matrix(a) * V - V).norm() < 1e-12);
        QCOMPARE(static_cast<int>(invariantVectors(r).size()), count);
    }

    void errors() {
        const GroupPtr d4 = makeGroup("D4"), c4 = makeGroup("C4");
        QVERIFY_EXCEPTION_THROWN(
            equivariantBasis(makeRepresentation(d4, "std"), makeRepresentation(c4, "std")),
            eqlab::Error);
        QVERIFY_EXCEPTION_THROWN(eqlab::groups::orbitBasis(makeRepresentation(d4, "std"),
                                                           makeRepresentation(d4, "perm")),
                                 eqlab::Error);
        QVERIFY_EXCEPTION_THROWN(
            equivarianceError(makeRepresentation(d4, "std"), makeRepresentation(d4, "perm"),
                              Eigen::MatrixXd::Zero(2, 4)),
            eqlab::Error);
        // An equivariance check that must fail: a non-equivariant matrix.
        QVERIFY(equivarianceError(makeRepresentation(d4, "perm"), makeRepresentation(d4, "perm"),
                                  Eigen::MatrixXd::Identity(4, 4) +
                                      Eigen::MatrixXd(Eigen::Vector4d(1, 0, 0, 0) *
                                                      Eigen::RowVector4d(0, 1, 0, 0))) > 0.5);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestEquivariantBasis)
#include "test_equivariant_basis.moc"
