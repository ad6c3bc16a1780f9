// The numerical character table and decompositions.

#include <QTest>

#include <algorithm>
#include <complex>

#include "compute/groups/catalogue.h"
#include "compute/groups/characters.h"
#include "suite/suite.h"

using namespace eqlab::groups;

namespace {
const char* kGroups[] = {"C1", "C2", "C5",    "C12",   "D1",    "D4",    "D5",      "D6", "S3",
                         "S4", "S5", "S6",    "A4",    "A5",    "A6",    "V4",      "Q8", "T",
                         "O",  "I",  "C3xC4", "D4xC2", "Q8xC2", "S3xS3", "C2xC2xC2"};
}

class TestCharacters : public QObject {
    Q_OBJECT
private slots:
    void tableProperties_data() {
        QTest::addColumn<QString>("name");
        for (const char* g : kGroups)
            QTest::newRow(g) << QString(g);
    }
    void tableProperties() {
        QFETCH(QString, name);
        const GroupPtr g = makeGroup(name.toStdString());
        const CharacterTable t = characterTable(*g);
        const int r = g->numClasses();
        QCOMPARE(t.numIrreps(), r);
        QCOMPARE(t.values.rows(), Eigen::Index(r));
        long long sum = 0;
        for (int d : t.dims) {
            sum += static_cast<long long>(d) * d;
            QVERIFY(g->order() % d == 0);
        }
        QCOMPARE(sum, static_cast<long long>(g->order()));
        for (int k = 0; k < r; ++k)
            QCOMPARE(t.values(0, k), std::complex<double>(1.0, 0.0));
        // Row orthonormality (1/|G|) Σ_k |C_k| χ_i conj(χ_j) = δ_ij, column orthogonality
        // Σ_i χ_i(a) conj(χ_i(b)) = δ_ab |G|/|C_a|.
        for (int i = 0; i < r; ++i) {
            QCOMPARE(t.values(i, 0).real(), double(t.dims[static_cast<size_t>(i)]));
            for (int j = 0; j < r; ++j) {
                std::complex<double> s = 0;
                for (int k = 0; k < r; ++k) {
                    s += double(t.classSizes[static_cast<size_t>(k)]) * t.values(i, k) *
                         std::conj(t.values(j, k));
                }
                QVERIFY(std::abs(s / double(g->order()) - (i == j ? 1.0 : 0.0)) < 1e-9);
                std::complex<double> c = 0;
                for (int x = 0; x < r; ++x)
                    c += t.values(x, i) * std::conj(t.values(x, j));
                const double expect =
                    i == j ? double(g->order()) / t.classSizes[static_cast<size_t>(i)] : 0.0;
                QVERIFY(std::abs(c - expect) < 1e-8 * g->order());
            }
            QVERIFY(t.indicators[static_cast<size_t>(i)] >= -1 &&
                    t.indicators[static_cast<size_t>(i)] <= 1);
        }
        // Sorted by degree.
        QVERIFY(std::is_sorted(t.dims.begin(), t.dims.end()));
        // Abelian groups: all irreducibles 1-dimensional.
        if (g->isAbelian())
            QCOMPARE(t.dims, std::vector<int>(static_cast<size_t>(r), 1));
    }

    void knownDegrees_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<int>>("dims");
        QTest::addColumn<QList<int>>("indicators");
        QTest::newRow("S3") << "S3" << QList<int>{1, 1, 2} << QList<int>{1, 1, 1};
        QTest::newRow("S4") << "S4" << QList<int>{1, 1, 2, 3, 3} << QList<int>{1, 1, 1, 1, 1};
        QTest::newRow("S5") << "S5" << QList<int>{1, 1, 4, 4, 5, 5, 6}
                            << QList<int>{1, 1, 1, 1, 1, 1, 1};
        QTest::newRow("A4") << "A4" << QList<int>{1, 1, 1, 3} << QList<int>{1, 0, 0, 1};
        QTest::newRow("T") << "T" << QList<int>{1, 1, 1, 3} << QList<int>{1, 0, 0, 1};
        QTest::newRow("A5") << "A5" << QList<int>{1, 3, 3, 4, 5} << QList<int>{1, 1, 1, 1, 1};
        QTest::newRow("I") << "I" << QList<int>{1, 3, 3, 4, 5} << QList<int>{1, 1, 1, 1, 1};
        QTest::newRow("O") << "O" << QList<int>{1, 1, 2, 3, 3} << QList<int>{1, 1, 1, 1, 1};
        QTest::newRow("D4") << "D4" << QList<int>{1, 1, 1, 1, 2} << QList<int>{1, 1, 1, 1, 1};
        QTest::newRow("Q8") << "Q8" << QList<int>{1, 1, 1, 1, 2} << QList<int>{1, 1, 1, 1, -1};
        QTest::newRow("C3") << "C3" << QList<int>{1, 1, 1} << QList<int>{1, 0, 0};
        QTest::newRow("A6") << "A6" << QList<int>{1, 5, 5, 8, 8, 9, 10}
                            << QList<int>{1, 1, 1, 1, 1, 1, 1};
    }
    void knownDegrees() {
        QFETCH(QString, name);
        QFETCH(QList<int>, dims);
        QFETCH(QList<int>, indicators);
        const CharacterTable t = characterTable(*makeGroup(name.toStdString()));
        QCOMPARE(QList<int>(t.dims.begin(), t.dims.end()), dims);
        QCOMPARE(QList<int>(t.indicators.begin(), t.indicators.end()), indicators);
    }

    void decomposition_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        const char* rows[][2] = {{"C5", "std"},        {"C4", "std"},         {"C6", "perm"},
                                 {"D4", "perm"},       {"D4", "grid:4"},      {"D5", "std*std"},
                                 {"S4", "perm"},       {"S4", "std^2"},       {"S5", "perm*sign+2"},
                                 {"A5", "perm"},       {"A4", "regular"},     {"Q8", "std"},
                                 {"Q8", "std^3"},      {"T", "std"},          {"O", "std*std"},
                                 {"I", "std^2"},       {"I", "perm"},         {"D4xC2", "std+perm"},
                                 {"C3xC4", "regular"}, {"S3xS3", "perm*perm"}};
        QTest::addColumn<int>("dummy");
        for (const auto& r : rows) {
            QTest::newRow((std::string(r[0]) + " " + r[1]).c_str())
                << QString(r[0]) << QString(r[1]) << 0;
        }
    }
    void decomposition() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        const GroupPtr g = makeGroup(group.toStdString());
        const Representation r = makeRepresentation(g, rep.toStdString());
        const CharacterTable t = characterTable(*g);
        const Decomposition d = decompose(r, t);
        QVERIFY(d.residual < 1e-9);
        // Σ m_i χ_i reproduces the character on every class, and the dimension.
        const Eigen::VectorXd chi = classCharacter(r);
        int dim = 0;
        for (int i = 0; i < t.numIrreps(); ++i) {
            QVERIFY(d.multiplicities[static_cast<size_t>(i)] >= 0);
            dim += d.multiplicities[static_cast<size_t>(i)] * t.dims[static_cast<size_t>(i)];
        }
        QCOMPARE(dim, r.dim());
        for (int k = 0; k < g->numClasses(); ++k) {
            std::complex<double> s = 0;
            for (int i = 0; i < t.numIrreps(); ++i)
                s += double(d.multiplicities[static_cast<size_t>(i)]) * t.values(i, k);
            QVERIFY(std::abs(s - chi[k]) < 1e-9);
        }
        // Real representation: complex-conjugate irreducibles appear equally often.
        for (int i = 0; i < t.numIrreps(); ++i) {
            for (int j = 0; j < t.numIrreps(); ++j) {
                if ((t.values.row(i) - t.values.row(j).conjugate()).cwiseAbs().maxCoeff() < 1e-9) {
                    QCOMPARE(d.multiplicities[static_cast<size_t>(i)],
                             d.multiplicities[static_cast<size_t>(j)]);
                }
            }
        }
    }

    void knownDecompositions() {
        const GroupPtr s4 = makeGroup("S4");
        const CharacterTable t = characterTable(*s4);
        // perm = trivial + the 3-dimensional standard irreducible.
        const Decomposition d = decompose(makeRepresentation(s4, "perm"), t);
        QCOMPARE(d.multiplicities[0], 1);
        int threes = 0;
        for (int i = 0; i < t.numIrreps(); ++i) {
            if (d.multiplicities[static_cast<size_t>(i)] == 1 &&
                t.dims[static_cast<size_t>(i)] == 3)
                ++threes;
        }
        QCOMPARE(threes, 1);
        // The regular representation contains each irreducible dim-many times.
        for (const char* name : {"S4", "Q8", "A5", "C7"}) {
            const GroupPtr g = makeGroup(name);
            const CharacterTable tg = characterTable(*g);
            QCOMPARE(decompose(makeRepresentation(g, "regular"), tg).multiplicities, tg.dims);
        }
        // C4 std (rotation by 90°) is a complex-conjugate pair of 1-dimensional characters.
        const GroupPtr c4 = makeGroup("C4");
        const CharacterTable tc = characterTable(*c4);
        const Decomposition dc = decompose(makeRepresentation(c4, "std"), tc);
        int ones = 0;
        for (int i = 0; i < 4; ++i) {
            ones += dc.multiplicities[static_cast<size_t>(i)];
            if (dc.multiplicities[static_cast<size_t>(i)] == 1)
                QCOMPARE(tc.indicators[static_cast<size_t>(i)], 0);
        }
        QCOMPARE(ones, 2);
        QCOMPARE(QString::fromStdString(dc.text(tc)).count("chi"), 2);
    }

    void characterDimension_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("expected");
        QTest::newRow("S3 perm") << "S3"
                                 << "perm"
                                 << "perm" << 2;
        QTest::newRow("S5 perm") << "S5"
                                 << "perm"
                                 << "perm" << 2;
        QTest::newRow("C4 square") << "C4"
                                   << "perm"
                                   << "perm" << 4;
        QTest::newRow("D4 square") << "D4"
                                   << "perm"
                                   << "perm" << 3;
        QTest::newRow("C7 shifts") << "C7"
                                   << "perm"
                                   << "perm" << 7;
        QTest::newRow("A5 regular") << "A5"
                                    << "regular"
                                    << "regular" << 60;
        QTest::newRow("C5 invariants") << "C5"
                                       << "trivial"
                                       << "perm" << 1;
    }
    void characterDimension() {
        QFETCH(QString, group);
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(int, expected);
        const GroupPtr g = makeGroup(group.toStdString());
        QCOMPARE(eqlab::groups::characterDimension(makeRepresentation(g, in.toStdString()),
                                                   makeRepresentation(g, out.toStdString())),
                 expected);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestCharacters)
#include "test_characters.moc"
