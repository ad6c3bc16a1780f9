// A few complete D4 orbits of binary 3 × 3 patterns (compute/data/binary_patterns.h,
// patternOrbits): the preset "equal-count" picks the stated seeds with the stated stabilizer
// orders; the set is closed under D4 but not under all permutations of the nine pixels (the point
// of it: on all 512 patterns the error can depend on the pixel count only); the two weightings
// give the stated multiplicities; bad seeds and fields are refused; the task kind keeps the orbits
// whole and holds out patterns outside them.

#include <QTest>

#include <algorithm>
#include <bit>
#include <map>
#include <set>

#include "compute/core/error.h"
#include "compute/core/params.h"
#include "compute/data/binary_patterns.h"
#include "compute/data/task_kinds.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::data;

namespace {

int codeOf(const Eigen::VectorXd& x) {
    int code = 0;
    for (Eigen::Index j = 0; j < x.size(); ++j)
        code |= (x(j) > 0.5 ? 1 : 0) << j;
    return code;
}

std::set<int> codesOf(const Eigen::MatrixXd& X) {
    std::set<int> codes;
    for (Eigen::Index s = 0; s < X.cols(); ++s)
        codes.insert(codeOf(X.col(s)));
    return codes;
}

// True if the permutation matrix P maps the set of columns of X onto itself.
bool closedUnder(const Eigen::MatrixXd& P, const Eigen::MatrixXd& X) {
    const std::set<int> codes = codesOf(X);
    for (Eigen::Index s = 0; s < X.cols(); ++s)
        if (!codes.count(codeOf(P * X.col(s))))
            return false;
    return true;
}

}  // namespace

class TestPatternOrbits : public QObject {
    Q_OBJECT
private slots:
    // Worked out by hand from the 3 × 3 grid (pixel j = row·3 + col is bit j): at count 3 the
    // orders 4, 2, 1 exist (no pattern of 3 pixels is fixed by all of D4), at count 4 the orders
    // 8, 2, 1 (none of order 4). Smallest representatives: 56 middle row and 84 anti-diagonal
    // (order 4), 7 top row and 11 an L (2), 13 and 14 (1); 170 the four edges and 325 the four
    // corners (8), 23 a T and 27 a 2 × 2 square (2), 15 and 29 (1).
    void equalCountSeedsAndOrders() {
        const auto all = binaryPatterns(3, "D4");
        const std::vector<int> seeds = equalCountSeeds(all);
        QCOMPARE(seeds, (std::vector<int>{56, 84, 7, 11, 13, 14, 170, 325, 23, 27, 15, 29}));
        const std::vector<int> orders{4, 4, 2, 2, 1, 1, 8, 8, 2, 2, 1, 1};
        for (std::size_t k = 0; k < seeds.size(); ++k) {
            QCOMPARE(all.stabilizerSize[std::size_t(seeds[k])], orders[k]);
            QCOMPARE(std::popcount(unsigned(seeds[k])), k < 6 ? 3 : 4);
        }
        QCOMPARE(orbitSeeds(all, "equal-count"), seeds);
        QCOMPARE(orbitSeeds(all, "all"), std::vector<int>{});
        QCOMPARE(orbitSeeds(all, "16, 170,325"), (std::vector<int>{16, 170, 325}));
        QVERIFY_THROWS_EXCEPTION(Error, orbitSeeds(all, "corners"));
        QVERIFY_THROWS_EXCEPTION(Error, orbitSeeds(all, " , "));
    }

    void closedUnderD4NotUnderPixelPermutations() {
        const auto all = binaryPatterns(3, "D4");
        const auto set = patternOrbits(all, equalCountSeeds(all), "pattern");
        // Orbit sizes 2+2+4+4+8+8 at count 3, 1+1+4+4+8+8 at count 4, each pattern once.
        QCOMPARE(int(set.task.X.cols()), 54);
        QCOMPARE(int(codesOf(set.task.X).size()), 54);
        QCOMPARE(set.task.Y, set.task.X);
        QCOMPARE(int(set.orbitRepresentative.size()), 12);
        const auto G = groups::makeGroup("D4");
        const auto grid = groups::gridRep(G, 3);
        for (int g = 0; g < G->order(); ++g)
            QVERIFY2(closedUnder(grid.matrix(g), set.task.X), qPrintable(QString::number(g)));
        // Not closed under S9: a transposition of a corner and an edge pixel leaves the set (the
        // four corners become three corners and an edge), and so does one of the centre and a
        // corner. Each pixel count has 84 or 126 patterns, so a union of whole count layers (what
        // S9 keeps) cannot be 54 patterns of counts 3 and 4 either.
        for (const auto& [a, b] : {std::pair{0, 1}, std::pair{0, 4}}) {
            Eigen::MatrixXd P = Eigen::MatrixXd::Identity(9, 9);
            P.row(a).swap(P.row(b));
            QVERIFY(!closedUnder(P, set.task.X));
        }
        for (Eigen::Index s = 0; s < set.task.X.cols(); ++s) {
            const auto i = std::size_t(s);
            QCOMPARE(codeOf(set.task.X.col(s)), set.pattern[i]);
            QCOMPARE(set.stabilizerSize[i], all.stabilizerSize[std::size_t(set.pattern[i])]);
            QCOMPARE(set.orbitSize[i] * set.stabilizerSize[i], 8);
        }
    }

    // "orbit": each pattern |Stab| times, so every orbit has |G| = 8 columns.
    void weightings() {
        const auto all = binaryPatterns(3, "D4");
        const auto set = patternOrbits(all, {325, 84, 27, 15}, "orbit");
        QCOMPARE(int(set.task.X.cols()), 32);
        std::map<int, int> perOrbit, perPattern;
        for (std::size_t i = 0; i < set.pattern.size(); ++i) {
            ++perOrbit[set.orbit[i]];
            ++perPattern[set.pattern[i]];
        }
        for (const auto& [orbit, n] : perOrbit)
            QCOMPARE(n, 8);
        QCOMPARE(perPattern[325], 8);
        QCOMPARE(perPattern[84], 4);  // 84's orbit: the two diagonals with the centre
        QCOMPARE(perPattern[273], 4);
        QCOMPARE(perPattern[27], 2);
        QCOMPARE(perPattern[15], 1);
        QCOMPARE(set.orbitRepresentative, (std::vector<int>{325, 84, 27, 15}));
        const auto once = patternOrbits(all, {325, 84, 27, 15}, "pattern");
        QCOMPARE(int(once.task.X.cols()), 1 + 2 + 4 + 8);
        QVERIFY_THROWS_EXCEPTION(Error, patternOrbits(all, {1, 4}, "pattern"));  // two corners
        QVERIFY_THROWS_EXCEPTION(Error, patternOrbits(all, {512}, "pattern"));
        QVERIFY_THROWS_EXCEPTION(Error, patternOrbits(all, {}, "pattern"));
        QVERIFY_THROWS_EXCEPTION(Error, patternOrbits(all, {15}, "count"));
    }

    // Through the task kind: the orbits stay whole in the training set; the test set is a random
    // test_fraction of the 512 − 54 = 458 patterns outside them (round(0.2 · 458) = 92).
    void taskKindKeepsTheOrbitsWhole() {
        const TaskKind* kind = findTaskKind("binary-patterns");
        QVERIFY(kind);
        Params p = defaultParams(kind->params);
        p.setText("orbits", "equal-count");
        const TaskData task = makeTask(*kind, p, 1);
        const auto all = binaryPatterns(3, "D4");
        QCOMPARE(codesOf(task.X),
                 codesOf(patternOrbits(all, equalCountSeeds(all), "pattern").task.X));
        QCOMPARE(int(task.X.cols()), 54);
        QCOMPARE(int(task.testX.cols()), 92);
        QCOMPARE(task.testY, task.testX);
        const std::set<int> train = codesOf(task.X), test = codesOf(task.testX);
        QCOMPARE(int(test.size()), 92);
        for (int q : test)
            QVERIFY(!train.count(q));
        QVERIFY(codesOf(makeTask(*kind, p, 2).testX) != test);  // drawn from the seed
        p.setNumber("test_fraction", 0.0);
        QVERIFY(!makeTask(*kind, p, 1).hasTest());
        p.setText("weighting", "orbit");
        QCOMPARE(int(makeTask(*kind, p, 1).X.cols()), 12 * 8);
        // Every orbit, each 8 times: nothing outside to hold out, so a test set is refused.
        p.setText("orbits", "all");
        QCOMPARE(int(makeTask(*kind, p, 1).X.cols()), 102 * 8);
        p.setNumber("test_fraction", 0.2);
        QVERIFY_THROWS_EXCEPTION(Error, makeTask(*kind, p, 1));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestPatternOrbits)
#include "test_pattern_orbits.moc"
