// WorkerTeam: every slot runs once per run() and all slots run at the same time; the caller sees
// the workers' writes when run() returns; exceptions reach the caller and leave the team usable;
// workers that fell asleep between runs wake for the next; shared() hands out one team per size.

#include <QTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "compute/core/worker_team.h"
#include "suite/suite.h"

using eqlab::WorkerTeam;

namespace {

// Waits (bounded) until `count` reaches `target`: all slots present at once. Bounded so a team
// that ran its slots one after another fails the test instead of hanging it.
bool meet(std::atomic<int>& count, int target) {
    count.fetch_add(1);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (count.load() < target)
        if (std::chrono::steady_clock::now() > until)
            return false;
    return true;
}

}  // namespace

class TestWorkerTeam : public QObject {
    Q_OBJECT
private slots:
    void everySlotRunsOncePerRun_data() {
        QTest::addColumn<int>("threads");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("5") << 5;
    }
    void everySlotRunsOncePerRun() {
        QFETCH(int, threads);
        WorkerTeam team(threads);
        QCOMPARE(team.size(), threads);
        // Plain (non-atomic) counters: run() must order the workers' writes before its return.
        std::vector<long> calls(static_cast<std::size_t>(threads), 0);
        constexpr int kRuns = 20000;
        for (int r = 0; r < kRuns; ++r)
            team.run([&](int slot) { ++calls[static_cast<std::size_t>(slot)]; });
        for (long c : calls)
            QCOMPARE(c, long(kRuns));
    }

    void slotsRunAtTheSameTime() {
        WorkerTeam team(3);
        std::atomic<int> arrived{0};
        std::atomic<bool> allMet{true};
        team.run([&](int) {
            if (!meet(arrived, 3))
                allMet = false;
        });
        QVERIFY(allMet);
        QCOMPARE(arrived.load(), 3);
    }

    void sleepingWorkersWakeForTheNextRun() {
        WorkerTeam team(2);
        int sum = 0;
        for (int r = 0; r < 5; ++r) {
            // Far beyond the spin budget: the worker has gone to sleep.
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            std::vector<int> part(2, 0);
            team.run([&](int slot) { part[static_cast<std::size_t>(slot)] = slot + 1; });
            sum += part[0] + part[1];
        }
        QCOMPARE(sum, 15);
    }

    void exceptionsReachTheCaller() {
        WorkerTeam team(3);
        // The lowest throwing slot's exception, after every slot has finished.
        std::atomic<int> finished{0};
        try {
            team.run([&](int slot) {
                ++finished;
                if (slot >= 1)
                    throw std::runtime_error("slot " + std::to_string(slot));
            });
            QFAIL("no exception reached the caller");
        } catch (const std::runtime_error& e) {
            QCOMPARE(QString(e.what()), QString("slot 1"));
        }
        QCOMPARE(finished.load(), 3);
        try {
            team.run([](int slot) {
                if (slot == 0)
                    throw std::logic_error("caller");
            });
            QFAIL("the caller's own exception was lost");
        } catch (const std::logic_error& e) {
            QCOMPARE(QString(e.what()), QString("caller"));
        }
        // Still usable.
        std::atomic<int> ran{0};
        team.run([&](int) { ++ran; });
        QCOMPARE(ran.load(), 3);
    }

    void sharedTeamsOnePerSize() {
        WorkerTeam& a = WorkerTeam::shared(2);
        WorkerTeam& b = WorkerTeam::shared(2);
        WorkerTeam& c = WorkerTeam::shared(3);
        QCOMPARE(&a, &b);
        QVERIFY(&a != &c);
        QCOMPARE(a.size(), 2);
        QCOMPARE(c.size(), 3);
        QVERIFY(WorkerTeam::shared(0).size() >= 1);
    }

    // Two callers on one team take turns; each sees its own run complete.
    void concurrentCallersTakeTurns() {
        WorkerTeam team(2);
        std::atomic<long> total{0};
        auto caller = [&] {
            for (int r = 0; r < 2000; ++r)
                team.run([&](int) { total.fetch_add(1); });
        };
        std::thread other(caller);
        caller();
        other.join();
        QCOMPARE(total.load(), long(2 * 2000 * 2));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestWorkerTeam)
#include "test_worker_team.moc"
