// The Hungarian algorithm (compute/core/assignment.h): known small problems, random problems
// against brute force over all permutations (n ≤ 7), rectangular and degenerate inputs.

#include <QTest>

#include <algorithm>
#include <numeric>

#include "compute/core/assignment.h"
#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "suite/suite.h"

using namespace eqlab;

namespace {

// The optimum over all injective maps rows → columns (rows ≤ cols), by enumeration.
double bruteForce(const Eigen::MatrixXd& c) {
    const int n = static_cast<int>(c.rows()), m = static_cast<int>(c.cols());
    std::vector<int> cols(m);
    std::iota(cols.begin(), cols.end(), 0);
    double best = std::numeric_limits<double>::infinity();
    // Every permutation of the columns; the first n entries are the assignment. Repeated prefixes
    // are harmless.
    do {
        double s = 0;
        for (int i = 0; i < n; ++i)
            s += c(i, cols[i]);
        best = std::min(best, s);
    } while (std::next_permutation(cols.begin(), cols.end()));
    return best;
}

bool isInjective(const std::vector<int>& colOfRow, int cols) {
    std::vector<int> seen(cols, 0);
    for (int j : colOfRow) {
        if (j < 0 || j >= cols || seen[j]++)
            return false;
    }
    return true;
}

}  // namespace

class TestAssignment : public QObject {
    Q_OBJECT
private slots:
    void knownSquare() {
        // Classic example: the optimum 1 + 2 + 2 = 5 takes (0,1), (1,0), (2,2).
        Eigen::MatrixXd c(3, 3);
        c << 4, 1, 3,  //
            2, 0, 5,   //
            3, 2, 2;
        const auto a = minCostAssignment(c);
        QCOMPARE(a.columnOfRow, (std::vector<int>{1, 0, 2}));
        QCOMPARE(a.cost, 5.0);
    }

    void knownFourByFour() {
        Eigen::MatrixXd c(4, 4);
        c << 82, 83, 69, 92,  //
            77, 37, 49, 92,   //
            11, 69, 5, 86,    //
            8, 9, 98, 23;
        // The unique optimum 140 (checked against enumeration below): row 0 → 2 (69), row 1 → 1
        // (37), row 2 → 0 (11), row 3 → 3 (23).
        const auto a = minCostAssignment(c);
        QCOMPARE(a.columnOfRow, (std::vector<int>{2, 1, 0, 3}));
        QCOMPARE(a.cost, 140.0);
        QCOMPARE(bruteForce(c), 140.0);
    }

    void maximiseGain() {
        // A permutation matrix as gain: the best assignment is that permutation.
        const std::vector<int> p{3, 0, 4, 1, 2};
        Eigen::MatrixXd g = Eigen::MatrixXd::Zero(5, 5);
        for (int i = 0; i < 5; ++i)
            g(i, p[i]) = 1.0;
        const auto a = maxGainAssignment(g);
        QCOMPARE(a.columnOfRow, p);
        QCOMPARE(a.cost, 5.0);
    }

    void randomAgainstBruteForce_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<bool>("integers");  // many ties
        for (int n = 1; n <= 7; ++n) {
            QTest::addRow("%dx%d real", n, n) << n << n << false;
            QTest::addRow("%dx%d ties", n, n) << n << n << true;
        }
        QTest::newRow("3x6 real") << 3 << 6 << false;
        QTest::newRow("5x7 ties") << 5 << 7 << true;
        QTest::newRow("6x4 real") << 6 << 4 << false;
        QTest::newRow("7x2 ties") << 7 << 2 << true;
    }
    void randomAgainstBruteForce() {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(bool, integers);
        Rng rng(1000 + 17 * rows + cols + (integers ? 7 : 0));
        for (int trial = 0; trial < 40; ++trial) {
            Eigen::MatrixXd c(rows, cols);
            for (int j = 0; j < cols; ++j)
                for (int i = 0; i < rows; ++i)
                    c(i, j) = integers ? double(rng.below(4)) : rng.uniform(-10.0, 10.0);
            const auto a = minCostAssignment(c);
            QCOMPARE(int(a.columnOfRow.size()), rows);
            // The optimum of the transposed problem when there are more rows than columns.
            const Eigen::MatrixXd wide = rows <= cols ? c : Eigen::MatrixXd(c.transpose());
            const double best = bruteForce(wide);
            QVERIFY2(std::abs(a.cost - best) <= 1e-12 * (1 + std::abs(best)),
                     qPrintable(QString("trial %1: %2 vs %3").arg(trial).arg(a.cost).arg(best)));
            if (rows <= cols) {
                QVERIFY(isInjective(a.columnOfRow, cols));
            } else {
                int assigned = 0;
                std::vector<int> seen(cols, 0);
                for (int j : a.columnOfRow)
                    if (j >= 0) {
                        ++assigned;
                        QCOMPARE(seen[j]++, 0);
                    }
                QCOMPARE(assigned, cols);
            }
            // The reported cost is the cost of the reported assignment.
            double s = 0;
            for (int i = 0; i < rows; ++i)
                if (a.columnOfRow[i] >= 0)
                    s += c(i, a.columnOfRow[i]);
            QCOMPARE(a.cost, s);
        }
    }

    void largerProblemIsAPermutationRecovery() {
        // A scrambled diagonal-dominant problem of size 60: the optimum is the planted permutation
        // (gain 1 on it, at most 0.5 elsewhere, so any other assignment loses at least 0.5·2).
        const int n = 60;
        Rng rng(5);
        std::vector<std::size_t> p;
        rng.permutation(n, p);
        Eigen::MatrixXd g(n, n);
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i)
                g(i, j) = rng.uniform(0.0, 0.5);
        for (int i = 0; i < n; ++i)
            g(i, static_cast<int>(p[i])) = 1.0;
        const auto a = maxGainAssignment(g);
        for (int i = 0; i < n; ++i)
            QCOMPARE(a.columnOfRow[i], static_cast<int>(p[i]));
    }

    void degenerate() {
        QVERIFY(minCostAssignment(Eigen::MatrixXd(0, 0)).columnOfRow.empty());
        QCOMPARE(minCostAssignment(Eigen::MatrixXd(0, 3)).cost, 0.0);
        const auto a = minCostAssignment(Eigen::MatrixXd(2, 0));
        QCOMPARE(a.columnOfRow, (std::vector<int>{-1, -1}));
        Eigen::MatrixXd c = Eigen::MatrixXd::Ones(2, 2);
        c(1, 0) = std::numeric_limits<double>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(Error, minCostAssignment(c));
        c(1, 0) = std::numeric_limits<double>::infinity();
        QVERIFY_THROWS_EXCEPTION(Error, minCostAssignment(c));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestAssignment)
#include "test_assignment.moc"
