// AppendLog (compute/core/append_log.h): the append-only history that snapshots share. Values
// across block boundaries, copies that keep their contents while the original grows, and that a
// copy shares the frozen blocks instead of copying them.

#include <QTest>

#include <string>

#include "compute/core/append_log.h"
#include "suite/suite.h"

using eqlab::AppendLog;

class TestAppendLog : public QObject {
    Q_OBJECT

private slots:
    void holdsEveryValueAcrossBlocks() {
        AppendLog<double> log;
        QVERIFY(log.empty());
        const std::size_t n = 3 * AppendLog<double>::kBlock + 17;
        for (std::size_t i = 0; i < n; ++i) {
            log.push_back(0.5 * double(i));
        }
        QCOMPARE(log.size(), n);
        QCOMPARE(log.front(), 0.0);
        QCOMPARE(log.back(), 0.5 * double(n - 1));
        for (std::size_t i = 0; i < n; ++i) {
            QCOMPARE(log[i], 0.5 * double(i));
        }
        std::size_t count = 0;
        for (double v : log) {
            QCOMPARE(v, 0.5 * double(count++));
        }
        QCOMPARE(count, n);
        QCOMPARE(log.end() - log.begin(), std::ptrdiff_t(n));
        QCOMPARE(log.toVector().size(), n);
        log.clear();
        QVERIFY(log.empty());
        QVERIFY(log.begin() == log.end());
    }

    void copiesKeepTheirContentsWhileTheOriginalGrows() {
        AppendLog<std::string> log;
        const std::size_t k = AppendLog<std::string>::kBlock;
        for (std::size_t i = 0; i < k + 5; ++i) {
            log.push_back(std::to_string(i));
        }
        const AppendLog<std::string> copy = log;
        for (std::size_t i = k + 5; i < 3 * k; ++i) {  // fills the copied tail's block, and more
            log.push_back("new " + std::to_string(i));
        }
        QCOMPARE(copy.size(), k + 5);
        for (std::size_t i = 0; i < copy.size(); ++i) {
            QCOMPARE(copy[i], std::to_string(i));
        }
        QCOMPARE(log.size(), 3 * k);
        QCOMPARE(log[k + 5], std::string("new ") + std::to_string(k + 5));
        QVERIFY(!(copy == log));
        AppendLog<std::string> same = copy;
        QVERIFY(same == copy);
        same.push_back("x");
        QVERIFY(!(same == copy));
    }

    void aCopySharesTheFrozenBlocks() {
        AppendLog<double> log;
        const std::size_t k = AppendLog<double>::kBlock;
        for (std::size_t i = 0; i < 2 * k + 1; ++i) {
            log.push_back(double(i));
        }
        const AppendLog<double> copy = log;
        // The same storage for frozen elements; the unfinished block is the copy's own.
        QCOMPARE(&copy[0], &log[0]);
        QCOMPARE(&copy[2 * k - 1], &log[2 * k - 1]);
        QVERIFY(&copy[2 * k] != &log[2 * k]);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestAppendLog)
#include "test_append_log.moc"
