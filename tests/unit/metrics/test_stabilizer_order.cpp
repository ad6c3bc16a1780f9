// The ranking of patterns by stabilizer order (compute/metrics/stabilizer_order.h): γ on
// hand-made pairs (all concordant, all discordant, ties, strata that change the answer), the
// shuffled-label control keeps the counts, repeated columns count once, γ over orbits, the error
// table by pixel count and stabilizer, and on the 512 D4 patterns an error that depends on the
// pixel count alone (a pure mean effect) ranks the symmetric patterns first over all pairs but
// gives exactly 0 over pairs of equal pixel count.

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "compute/core/error.h"
#include "compute/data/binary_patterns.h"
#include "compute/metrics/stabilizer_order.h"
#include "suite/suite.h"

using eqlab::metrics::distinctColumns;
using eqlab::metrics::errorByCountAndRank;
using eqlab::metrics::onPixelCounts;
using eqlab::metrics::orbitGamma;
using eqlab::metrics::rankGamma;
using eqlab::metrics::shuffledLabels;

class TestStabilizerOrder : public QObject {
    Q_OBJECT
private slots:
    void gammaOnHandMadePairs() {
        QCOMPARE(rankGamma({1, 2, 3}, {0.3, 0.2, 0.1}), 1.0);
        QCOMPARE(rankGamma({1, 2, 3}, {0.1, 0.2, 0.3}), -1.0);
        // Pairs (0,2) (0,3) (1,2) concordant, (1,3) discordant: (3 - 1) / 4.
        QCOMPARE(rankGamma({1, 1, 2, 2}, {0.4, 0.25, 0.2, 0.3}), 0.5);
        // A tie in the error counts in neither C nor D: (0,2) (0,3) (1,2) concordant, (1,3) tied.
        QCOMPARE(rankGamma({1, 1, 2, 2}, {0.4, 0.3, 0.2, 0.3}), 1.0);
        // Equal ranks everywhere: no pair counts.
        QCOMPARE(rankGamma({4, 4}, {0.1, 0.2}), 0.0);
    }

    void strataKeepOnlyPairsWithinAStratum() {
        // a(rank 1, stratum 0, 0.1) b(2, 0, 0.2) c(1, 1, 0.9) d(3, 1, 0.8).
        // All pairs: (a,b) D, (a,d) D, (b,c) C, (b,d) D, (c,d) C: (2 - 3) / 5.
        const std::vector<int> rank{1, 2, 1, 3};
        const std::vector<double> error{0.1, 0.2, 0.9, 0.8};
        QCOMPARE(rankGamma(rank, error), -0.2);
        // Within strata: (a,b) D, (c,d) C.
        QCOMPARE(rankGamma(rank, error, {0, 0, 1, 1}), 0.0);
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, rankGamma({1, 2}, {0.1}));
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, rankGamma({1, 2}, {0.1, 0.2}, {0}));
    }

    void shuffleKeepsCountsAndBreaksTheAssignment() {
        std::vector<int> labels(100);
        for (int i = 0; i < 100; ++i)
            labels[static_cast<std::size_t>(i)] = i % 4;
        const auto a = shuffledLabels(labels, 1);
        QCOMPARE(a, shuffledLabels(labels, 1));  // fixed by the seed
        QVERIFY(a != labels);
        QVERIFY(a != shuffledLabels(labels, 2));
        auto sortedA = a, sortedLabels = labels;
        std::sort(sortedA.begin(), sortedA.end());
        std::sort(sortedLabels.begin(), sortedLabels.end());
        QCOMPARE(sortedA, sortedLabels);
    }

    void countsAndTable() {
        Eigen::MatrixXd X(3, 3);
        X << 1, 0, 1, 0, 0, 1, 1, 0, 1;
        QCOMPARE(onPixelCounts(X), (std::vector<int>{2, 0, 3}));
        const auto t =
            errorByCountAndRank({0, 1, 1, 2, 1}, {8, 1, 2, 1, 1}, {0.5, 0.2, 0.4, 0.6, 0.3});
        QCOMPARE(t.rows, 3);
        QCOMPARE(t.cols, 3);
        QCOMPARE(t.columnLabels, (std::vector<std::string>{"1", "2", "8"}));
        QCOMPARE(t.rowLabels, (std::vector<std::string>{"0", "1", "2"}));
        const double nan = std::nan("");
        const std::vector<double> want{nan, nan, 0.5, 0.25, 0.4, nan, 0.6, nan, nan};
        for (std::size_t k = 0; k < want.size(); ++k) {
            if (std::isnan(want[k]))
                QVERIFY2(std::isnan(t.values[k]), qPrintable(QString::number(k)));
            else
                QCOMPARE(t.values[k], want[k]);
        }
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, errorByCountAndRank({0}, {1, 2}, {0.1}));
    }

    // A repeated pattern counts once: the first of each distinct column, in order.
    void distinctColumnsKeepTheFirstOfEach() {
        Eigen::MatrixXd X(2, 5);
        X << 1, 0, 1, 1, 0, 0, 1, 0, 1, 1;
        QCOMPARE(distinctColumns(X), (std::vector<std::size_t>{0, 1, 3}));
        QCOMPARE(distinctColumns(Eigen::MatrixXd(2, 0)), std::vector<std::size_t>{});
    }

    // Orbits A (rank 2, errors 0.1 and 0.3: mean 0.2), B (rank 1, 0.25), C (rank 1, three of
    // 0.1) in stratum 0; D (rank 4, 0.5) and E (rank 1, 0.6) in stratum 1. Over orbits: (A,B)
    // concordant, (A,C) discordant, (D,E) concordant: 1/3. Over patterns C's three copies weigh
    // three times: A's 0.1 against B concordant, A's 0.3 against B discordant, A's 0.1 against C
    // three ties, A's 0.3 against C three discordant, (D,E) concordant: (2 − 4)/6 = −1/3.
    void orbitGammaCountsEachOrbitOnce() {
        const std::vector<int> orbit{0, 0, 1, 2, 2, 2, 3, 4};
        const std::vector<int> rank{2, 2, 1, 1, 1, 1, 4, 1};
        const std::vector<double> error{0.1, 0.3, 0.25, 0.1, 0.1, 0.1, 0.5, 0.6};
        const std::vector<int> strata{0, 0, 0, 0, 0, 0, 1, 1};
        QCOMPARE(orbitGamma(orbit, rank, error, strata), 1.0 / 3.0);
        QCOMPARE(rankGamma(rank, error, strata), -1.0 / 3.0);
        QVERIFY_THROWS_EXCEPTION(eqlab::Error, orbitGamma({0}, {1, 2}, {0.1, 0.2}));
    }

    void aMeanEffectVanishesWithinEqualCounts() {
        const auto set = eqlab::data::binaryPatterns(3, "D4");
        const Eigen::MatrixXd X = set.task.X;
        const std::vector<int> count = onPixelCounts(X);
        // Error falls with the distance of the pixel count from 4.5: the mean direction only.
        std::vector<double> error(count.size());
        for (std::size_t s = 0; s < count.size(); ++s)
            error[s] = 1.0 - 0.1 * std::abs(2 * count[s] - 9);
        const double all = rankGamma(set.stabilizerSize, error);
        QVERIFY2(all > 0.3, qPrintable(QString::number(all)));
        QCOMPARE(rankGamma(set.stabilizerSize, error, count), 0.0);
        // An error that follows the stabilizer within each count is seen by both.
        for (std::size_t s = 0; s < count.size(); ++s)
            error[s] -= 0.01 * set.stabilizerSize[s];
        QCOMPARE(rankGamma(set.stabilizerSize, error, count), 1.0);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestStabilizerOrder)
#include "test_stabilizer_order.moc"
