// Orbits, stabilizers and Burnside counts.

#include <QTest>

#include <set>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/orbits.h"
#include "suite/suite.h"

using namespace eqlab::groups;

class TestOrbits : public QObject {
    Q_OBJECT
private slots:
    void vectorOrbits_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<QList<double>>("x");
        QTest::addColumn<int>("orbitSize");
        QTest::newRow("C4 on (1,0)") << "C4"
                                     << "std" << QList<double>{1, 0} << 4;
        QTest::newRow("C4 on 0") << "C4"
                                 << "std" << QList<double>{0, 0} << 1;
        QTest::newRow("D4 on (1,0)") << "D4"
                                     << "std" << QList<double>{1, 0} << 4;
        QTest::newRow("D4 on (1,1)") << "D4"
                                     << "std" << QList<double>{1, 1} << 4;
        QTest::newRow("D4 on (1,2)") << "D4"
                                     << "std" << QList<double>{1, 2} << 8;
        QTest::newRow("O on e_z") << "O"
                                  << "std" << QList<double>{0, 0, 1} << 6;
        QTest::newRow("O on (1,1,1)") << "O"
                                      << "std" << QList<double>{1, 1, 1} << 8;
        QTest::newRow("I on a vertex") << "I"
                                       << "std" << QList<double>{0, 1, 1.6180339887498949} << 12;
        QTest::newRow("I generic") << "I"
                                   << "std" << QList<double>{0.3, 0.7, 0.1} << 60;
        QTest::newRow("S4 on (1,1,2,2)") << "S4"
                                         << "perm" << QList<double>{1, 1, 2, 2} << 6;
        QTest::newRow("Q8 on 1") << "Q8"
                                 << "std" << QList<double>{1, 0, 0, 0} << 8;
    }
    void vectorOrbits() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        QFETCH(QList<double>, x);
        QFETCH(int, orbitSize);
        const GroupPtr g = makeGroup(group.toStdString());
        const Representation r = makeRepresentation(g, rep.toStdString());
        const Eigen::VectorXd v = Eigen::Map<const Eigen::VectorXd>(x.data(), x.size());
        const VectorOrbit o = orbitOfVector(r, v);
        QCOMPARE(static_cast<int>(o.points.size()), orbitSize);
        QCOMPARE(static_cast<int>(o.points.size() * o.stabilizer.size()),
                 g->order());  // orbit–stabilizer
        QVERIFY((o.points[0] - v).norm() < 1e-12);
        for (int a : o.stabilizer)
            QVERIFY((r.matrix(a) * v - v).norm() < 1e-9);
        // Stabilizer is a subgroup; the point of g·x is the point of every element of g·Stab.
        QCOMPARE(g->subgroupGeneratedBy(o.stabilizer), o.stabilizer);
        for (int a = 0; a < g->order(); ++a) {
            for (int s : o.stabilizer)
                QCOMPARE(o.pointOf[static_cast<size_t>(g->multiply(a, s))],
                         o.pointOf[static_cast<size_t>(a)]);
        }
    }

    void patternsOrbitStabilizer_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<int>("colours");
        QTest::addColumn<QString>("expectedOrbits");
        QTest::newRow("C4 on 2x2, 2 colours") << "C4"
                                              << "grid:2" << 2 << "6";
        QTest::newRow("D4 on 3x3, 2 colours") << "D4"
                                              << "grid:3" << 2 << "102";
        QTest::newRow("C4 on 3x3, 2 colours") << "C4"
                                              << "grid:3" << 2 << "140";
        QTest::newRow("necklaces C6, 2 colours") << "C6"
                                                 << "perm" << 2 << "14";
        QTest::newRow("bracelets D6, 2 colours") << "D6"
                                                 << "perm" << 2 << "13";
        QTest::newRow("necklaces C5, 3 colours") << "C5"
                                                 << "perm" << 3 << "51";
        QTest::newRow("cube faces O, 3 colours") << "O"
                                                 << "perm" << 3 << "57";
        QTest::newRow("S4 on 4 points, 3 colours") << "S4"
                                                   << "perm" << 3 << "15";
        QTest::newRow("D4 on 4x4, 2 colours") << "D4"
                                              << "grid:4" << 2 << "8548";
    }
    void patternsOrbitStabilizer() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        QFETCH(int, colours);
        QFETCH(QString, expectedOrbits);
        const GroupPtr g = makeGroup(group.toStdString());
        const Representation r = makeRepresentation(g, rep.toStdString());
        QCOMPARE(QString::fromStdString(burnsideColourings(r, colours)), expectedOrbits);
        QCOMPARE(burnsideColouringsApprox(r, colours), expectedOrbits.toDouble());
        // Enumerate all colourings: orbit–stabilizer for each, and the number of distinct orbits.
        const int n = r.dim();
        long long total = 1;
        for (int i = 0; i < n; ++i)
            total *= colours;
        std::set<std::vector<int>> seen;
        int orbits = 0;
        for (long long code = 0; code < total; ++code) {
            std::vector<int> c(static_cast<size_t>(n));
            long long x = code;
            for (int i = 0; i < n; ++i) {
                c[static_cast<size_t>(i)] = static_cast<int>(x % colours);
                x /= colours;
            }
            if (seen.count(c))
                continue;
            const PatternOrbit o = orbitOfPattern(r, c);
            QCOMPARE(static_cast<int>(o.patterns.size() * o.stabilizer.size()), g->order());
            for (const auto& p : o.patterns)
                seen.insert(p);
            ++orbits;
        }
        QCOMPARE(QString::number(orbits), expectedOrbits);
    }

    void pointOrbitsAndBurnside_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<int>("orbits");
        QTest::newRow("D4 grid:4") << "D4"
                                   << "grid:4" << 3;
        QTest::newRow("D4 grid:5") << "D4"
                                   << "grid:5" << 6;
        QTest::newRow("C4 grid:5") << "C4"
                                   << "grid:5" << 7;
        QTest::newRow("S4 perm") << "S4"
                                 << "perm" << 1;
        QTest::newRow("S3 perm*perm") << "S3"
                                      << "perm*perm" << 2;
        QTest::newRow("D4xC2 perm") << "D4xC2"
                                    << "perm" << 2;
        QTest::newRow("A5 regular") << "A5"
                                    << "regular" << 1;
        QTest::newRow("C3 trivial") << "C3"
                                    << "5" << 5;
    }
    void pointOrbitsAndBurnside() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        QFETCH(int, orbits);
        const GroupPtr g = makeGroup(group.toStdString());
        const Representation r = makeRepresentation(g, rep.toStdString());
        const auto po = pointOrbits(r);
        QCOMPARE(static_cast<int>(po.size()), orbits);
        QCOMPARE(burnsideOrbitCount(r), orbits);
        int covered = 0;
        for (const auto& o : po) {
            covered += static_cast<int>(o.size());
            QCOMPARE(static_cast<int>(o.size() * pointStabilizer(r, o[0]).size()), g->order());
        }
        QCOMPARE(covered, r.dim());
    }

    void bigBurnsideIsExact() {
        // D4 on 28×28 binary images: a 236-digit count; the exact decimal must agree with the
        // double in length and leading digits.
        const GroupPtr d4 = makeGroup("D4");
        const Representation r = makeRepresentation(d4, "grid:28");
        const std::string exact = burnsideColourings(r, 2);
        const double approx = burnsideColouringsApprox(r, 2);
        QCOMPARE(static_cast<int>(exact.size()),
                 static_cast<int>(std::floor(std::log10(approx))) + 1);
        QCOMPARE(exact.substr(0, 10),
                 QString::number(approx, 'e', 14).remove('.').left(10).toStdString());
        QVERIFY_EXCEPTION_THROWN(burnsideColourings(makeRepresentation(d4, "std"), 2),
                                 eqlab::Error);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestOrbits)
#include "test_orbits.moc"
