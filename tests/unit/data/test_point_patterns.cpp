// Point sets of the Platonic solids (each solid mapped to itself by its rotation group, samples
// that are rotated copies of their class's solid, the representation text matching the layout)
// and binary patterns with their orbits and stabilizers (Burnside counts, orbit–stabilizer, known
// stabilizers).

#include <QTest>

#include <algorithm>

#include "compute/core/error.h"
#include "compute/data/binary_patterns.h"
#include "compute/data/point_sets.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/orbits.h"
#include "compute/groups/representation.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::data;

namespace {

// True if the columns of A are, up to order, the columns of B (within tol).
bool sameSet(const Eigen::Matrix3Xd& A, const Eigen::Matrix3Xd& B, double tol) {
    if (A.cols() != B.cols())
        return false;
    for (Eigen::Index i = 0; i < A.cols(); ++i) {
        bool found = false;
        for (Eigen::Index j = 0; j < B.cols() && !found; ++j)
            found = (A.col(i) - B.col(j)).norm() < tol;
        if (!found)
            return false;
    }
    return true;
}

// The distinct points (within tol) of a sample stored point-major.
Eigen::Matrix3Xd distinctPoints(const Eigen::VectorXd& x, double tol) {
    std::vector<Eigen::Vector3d> pts;
    for (Eigen::Index i = 0; i < x.size() / 3; ++i) {
        const Eigen::Vector3d p = x.segment<3>(3 * i);
        if (std::none_of(pts.begin(), pts.end(),
                         [&](const Eigen::Vector3d& q) { return (p - q).norm() < tol; }))
            pts.push_back(p);
    }
    Eigen::Matrix3Xd m(3, Eigen::Index(pts.size()));
    for (std::size_t i = 0; i < pts.size(); ++i)
        m.col(Eigen::Index(i)) = pts[i];
    return m;
}

// Sorted entries of the Gram matrix: a rotation invariant of a point set.
std::vector<double> gramSpectrum(const Eigen::Matrix3Xd& P) {
    const Eigen::MatrixXd gram = P.transpose() * P;
    std::vector<double> v(gram.data(), gram.data() + gram.size());
    std::sort(v.begin(), v.end());
    return v;
}

}  // namespace

class TestPointPatterns : public QObject {
    Q_OBJECT
private slots:
    void solids() {
        const int counts[] = {4, 8, 6, 12, 20};
        // The smallest catalogue rotation group that maps each solid to itself.
        const char* groups_[] = {"T", "O", "O", "I", "I"};
        for (int k = 0; k < 5; ++k) {
            const Eigen::Matrix3Xd V = solidVertices(k);
            QCOMPARE(int(V.cols()), counts[k]);
            for (Eigen::Index i = 0; i < V.cols(); ++i)
                QVERIFY(std::abs(V.col(i).norm() - 1.0) < 1e-15);
            const auto G = groups::makeGroup(groups_[k]);
            for (int g = 0; g < G->order(); ++g)
                QVERIFY(sameSet(G->standardMatrix(g) * V, V, 1e-12));
        }
        // The tetrahedron is not mapped to itself by O (a quarter turn gives the other one).
        const auto O = groups::makeGroup("O");
        int moved = 0;
        for (int g = 0; g < O->order(); ++g)
            moved +=
                sameSet(O->standardMatrix(g) * solidVertices(0), solidVertices(0), 1e-12) ? 0 : 1;
        QCOMPARE(moved, 12);
        QVERIFY_THROWS_EXCEPTION(Error, solidVertices(5));
    }

    void pointSets_data() {
        QTest::addColumn<QString>("rotations");
        QTest::newRow("T") << "T";
        QTest::newRow("O") << "O";
        QTest::newRow("I") << "I";
        QTest::newRow("SO3") << "SO3";
    }
    // Without noise each sample is a rotated copy of its class's solid (every vertex present).
    void pointSets() {
        QFETCH(QString, rotations);
        PointSetParams p;
        p.rotations = rotations.toStdString();
        p.samples = 60;
        p.noise = 0.0;
        const auto task = makePointSets(p, 2);
        QCOMPARE(task.X.rows(), Eigen::Index(60));
        QCOMPARE(task.imageHeight, 0);
        QCOMPARE(task.inputRep, std::string("20*std"));
        QCOMPARE(task.group, rotations == "SO3" ? std::string("I") : rotations.toStdString());
        for (Eigen::Index s = 0; s < task.X.cols(); ++s) {
            const int label = int(task.Y(0, s));
            const Eigen::Matrix3Xd V = solidVertices(label);
            const Eigen::Matrix3Xd P = distinctPoints(task.X.col(s), 1e-9);
            QCOMPARE(P.cols(), V.cols());
            const auto a = gramSpectrum(P), b = gramSpectrum(V);
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY(std::abs(a[i] - b[i]) < 1e-12);
        }
        // Deterministic, and noise is there when asked for.
        QCOMPARE(makePointSets(p, 2).X, task.X);
        p.noise = 0.05;
        const auto noisy = makePointSets(p, 2);
        QVERIFY(std::abs(noisy.X.col(0).segment<3>(0).norm() - 1.0) > 1e-6);
    }

    // "20*std" is the layout: ρ(g)x rotates every point x_i = x[3i .. 3i+2] by std(g).
    void representationMatchesLayout() {
        PointSetParams p;
        p.samples = 4;
        p.rotations = "O";
        const auto task = makePointSets(p, 7);
        const auto G = groups::makeGroup(task.group);
        const auto rep = groups::makeRepresentation(G, task.inputRep);
        QCOMPARE(Eigen::Index(rep.dim()), task.X.rows());
        for (int g = 0; g < G->order(); ++g) {
            const Eigen::MatrixXd moved = rep.matrix(g) * task.X;
            for (int i = 0; i < 20; ++i)
                QVERIFY((moved.middleRows(3 * i, 3) -
                         G->standardMatrix(g) * task.X.middleRows(3 * i, 3))
                            .norm() < 1e-14);
        }
        p.rotations = "D4";
        QVERIFY_THROWS_EXCEPTION(Error, makePointSets(p, 1));
        p.rotations = "I";
        p.points = 12;
        QVERIFY_THROWS_EXCEPTION(Error, makePointSets(p, 1));
    }

    // Burnside: D4 on 3×3 has 102 orbits of binary patterns, C4 140; 2×2: 6 and 6.
    void patternOrbits_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("K");
        QTest::addColumn<int>("orbits");
        QTest::newRow("D4 3x3") << "D4" << 3 << 102;
        QTest::newRow("C4 3x3") << "C4" << 3 << 140;
        QTest::newRow("D4 2x2") << "D4" << 2 << 6;
        QTest::newRow("C4 2x2") << "C4" << 2 << 6;
        QTest::newRow("D4 4x4") << "D4" << 4 << 8548;
    }
    void patternOrbits() {
        QFETCH(QString, group);
        QFETCH(int, K);
        QFETCH(int, orbits);
        const auto set = binaryPatterns(K, group.toStdString());
        QCOMPARE(int(set.orbitRepresentative.size()), orbits);
        const auto G = groups::makeGroup(group.toStdString());
        const auto grid = groups::gridRep(G, K);
        QCOMPARE(double(orbits), groups::burnsideColouringsApprox(grid, 2));
        const int count = 1 << (K * K);
        QCOMPARE(int(set.task.X.cols()), count);
        QCOMPARE(set.task.Y, set.task.X);
        for (int p = 0; p < count; ++p) {
            const auto i = std::size_t(p);
            QCOMPARE(set.orbitSize[i] * set.stabilizerSize[i], G->order());
            QVERIFY(set.orbitRepresentative[std::size_t(set.orbit[i])] <= p);
            if (K <= 3) {
                // Every image of the pattern lies in its orbit; the stabilizer counts fixers.
                int fixers = 0;
                for (int g = 0; g < G->order(); ++g) {
                    const Eigen::VectorXd moved = grid.matrix(g) * set.task.X.col(p);
                    int code = 0;
                    for (int j = 0; j < K * K; ++j)
                        code |= (moved(j) > 0.5 ? 1 : 0) << j;
                    QCOMPARE(set.orbit[std::size_t(code)], set.orbit[i]);
                    fixers += code == p ? 1 : 0;
                }
                QCOMPARE(fixers, set.stabilizerSize[i]);
            }
        }
    }

    // Known stabilizers on 3 × 3 (pixel j = row·3 + col is bit j).
    void knownStabilizers() {
        const auto d4 = binaryPatterns(3, "D4"), c4 = binaryPatterns(3, "C4");
        auto code = [](std::initializer_list<int> pixels) {
            int c = 0;
            for (int j : pixels)
                c |= 1 << j;
            return std::size_t(c);
        };
        QCOMPARE(d4.stabilizerSize[0], 8);                      // empty
        QCOMPARE(d4.stabilizerSize[code({4})], 8);              // centre
        QCOMPARE(d4.stabilizerSize[code({1, 3, 4, 5, 7})], 8);  // plus
        QCOMPARE(d4.stabilizerSize[code({0})], 2);              // a corner: one diagonal
        QCOMPARE(c4.stabilizerSize[code({0})], 1);
        QCOMPARE(d4.stabilizerSize[code({0, 8})], 4);  // opposite corners
        QCOMPARE(c4.stabilizerSize[code({0, 8})], 2);
        QCOMPARE(d4.stabilizerSize[code({0, 1, 3})], 2);
        QCOMPARE(d4.stabilizerSize[code({0, 1, 5})], 1);  // generic
        // Exactly 2³ patterns are fixed by all of D4 (centre, edges, corners each all or none).
        // Stabilizer orders 8, 4, 2, 1 occur 8, 16, 200 and 288 times (counted independently).
        QCOMPARE(std::count(d4.stabilizerSize.begin(), d4.stabilizerSize.end(), 8), 8L);
        QCOMPARE(std::count(d4.stabilizerSize.begin(), d4.stabilizerSize.end(), 4), 16L);
        QCOMPARE(std::count(d4.stabilizerSize.begin(), d4.stabilizerSize.end(), 2), 200L);
        QCOMPARE(std::count(d4.stabilizerSize.begin(), d4.stabilizerSize.end(), 1), 288L);
        QVERIFY_THROWS_EXCEPTION(Error, binaryPatterns(5, "D4"));
        QVERIFY_THROWS_EXCEPTION(Error, binaryPatterns(3, "S3"));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestPointPatterns)
#include "test_point_patterns.moc"
