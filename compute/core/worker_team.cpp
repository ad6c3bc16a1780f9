#include "compute/core/worker_team.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "compute/core/parallel.h"
#include "compute/core/spin.h"

namespace eqlab {

namespace {

// How long a worker spins for the next region before it sleeps. Longer than the gaps inside and
// between a small net's steps (a few µs), far shorter than a pause a person would notice: an idle
// team costs 0.1 ms of CPU per worker, then nothing.
constexpr auto kSpinBudget = std::chrono::microseconds(100);
// How long run() spins for its workers to finish before it yields the core to them: only when
// there are more threads than cores would a worker wait for the core the caller holds.
constexpr auto kCallerSpin = std::chrono::microseconds(500);

}  // namespace

struct WorkerTeam::Impl {
    const int size;
    std::mutex callers;  // one run() at a time
    const std::function<void(int)>* job = nullptr;
    std::vector<std::exception_ptr> failures;
    // Each on its own cache line: workers poll `generation` while the caller counts down
    // `pending`.
    alignas(64) std::atomic<std::uint32_t> generation{0};
    alignas(64) std::atomic<int> pending{0};
    alignas(64) std::atomic<int> sleepers{0};
    std::atomic<bool> stopping{false};
    std::vector<std::thread> workers;

    explicit Impl(int threads) : size(std::max(1, threads)), failures(size) {
        workers.reserve(static_cast<std::size_t>(size - 1));
        for (int slot = 1; slot < size; ++slot)
            workers.emplace_back([this, slot] { work(slot); });
    }

    ~Impl() {
        stopping.store(true);
        generation.fetch_add(1);
        generation.notify_all();
        for (auto& worker : workers)
            worker.join();
    }

    // Returns the generation after `seen` once the caller has started it.
    std::uint32_t awaitNext(std::uint32_t seen) {
        const auto started = [&] { return generation.load(std::memory_order_acquire) != seen; };
        if (!spinUntil(started, kSpinBudget)) {
            // seq_cst with run()'s increment-then-check: either this wait sees the new
            // generation, or run() sees a sleeper and wakes it.
            sleepers.fetch_add(1);
            while (generation.load() == seen)
                generation.wait(seen);
            sleepers.fetch_sub(1);
        }
        return generation.load(std::memory_order_acquire);
    }

    void work(int slot) {
        int niceApplied = 0;
        std::uint32_t seen = 0;
        for (;;) {
            seen = awaitNext(seen);
            if (stopping.load(std::memory_order_acquire))
                return;
            // Behind a window the training threads run at lower priority (setBackgroundNice).
            if (const int nice = backgroundNiceLevel(); nice > niceApplied) {
                lowerThisThreadPriority(nice);
                niceApplied = nice;
            }
            try {
                (*job)(slot);
            } catch (...) {
                failures[static_cast<std::size_t>(slot)] = std::current_exception();
            }
            pending.fetch_sub(1, std::memory_order_release);
        }
    }

    void run(const std::function<void(int)>& fn) {
        const std::lock_guard<std::mutex> lock(callers);
        if (size == 1) {
            fn(0);
            return;
        }
        job = &fn;
        std::fill(failures.begin(), failures.end(), nullptr);
        pending.store(size - 1, std::memory_order_relaxed);
        generation.fetch_add(1);  // publishes job and pending to the workers
        if (sleepers.load() > 0)
            generation.notify_all();
        try {
            fn(0);
        } catch (...) {
            failures[0] = std::current_exception();
        }
        const auto done = [&] { return pending.load(std::memory_order_acquire) == 0; };
        waitUntil(done, kCallerSpin);
        job = nullptr;
        for (const auto& failure : failures)
            if (failure)
                std::rethrow_exception(failure);
    }
};

WorkerTeam::WorkerTeam(int threads) : impl_(std::make_unique<Impl>(threads)) {}
WorkerTeam::~WorkerTeam() = default;

WorkerTeam& WorkerTeam::shared(int threads) {
    static std::mutex mutex;
    static std::map<int, std::unique_ptr<WorkerTeam>> teams;
    const int size = threads > 0 ? threads : std::max(1, maxThreads());
    const std::lock_guard<std::mutex> lock(mutex);
    auto& team = teams[size];
    if (!team)
        team = std::make_unique<WorkerTeam>(size);
    return *team;
}

int WorkerTeam::size() const noexcept {
    return impl_->size;
}

void WorkerTeam::run(const std::function<void(int slot)>& job) {
    impl_->run(job);
}

}  // namespace eqlab
