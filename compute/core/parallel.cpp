#include "compute/core/parallel.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <tbb/task_scheduler_observer.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace eqlab {

#ifdef EQLAB_PLAIN_THREADS

// ThreadSanitizer builds (preset tsan) only. oneTBB hands tasks to its workers inside libtbb,
// which TSan does not see into, so every hand-off would be reported as a race in TBB's own
// headers. There the same chunks run on plain threads, created for the call and joined (edges
// TSan knows), as many as the arena allows: the reports are then about eqlab's code. The chunks
// and what each computes are the same as with TBB, so the results are too.
namespace {

void runOnThreads(std::size_t tasks,
                  const std::function<void(std::size_t slot, std::size_t task)>& body) {
    const std::size_t threads = std::min<std::size_t>(
        tasks, static_cast<std::size_t>(std::max(1, tbb::this_task_arena::max_concurrency())));
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> failures(threads);
    auto work = [&](std::size_t slot) {
        try {
            // Relaxed: handing out task numbers must not order the tasks' memory accesses, or
            // TSan would miss races between tasks that happened to run one after the other.
            for (std::size_t task; (task = next.fetch_add(1, std::memory_order_relaxed)) < tasks;) {
                body(slot, task);
            }
        } catch (...) {
            failures[slot] = std::current_exception();
        }
    };
    std::vector<std::thread> workers;
    for (std::size_t slot = 1; slot < threads; ++slot) {
        workers.emplace_back(work, slot);
    }
    work(0);
    for (auto& worker : workers) {
        worker.join();
    }
    for (const auto& failure : failures) {
        if (failure) {
            std::rethrow_exception(failure);
        }
    }
}

}  // namespace

void parallelFor(std::size_t n, std::size_t serialThreshold, std::size_t grain, const RangeFn& fn) {
    if (n == 0)
        return;
    if (n <= serialThreshold) {
        fn(0, n);
        return;
    }
    const std::size_t size = std::max<std::size_t>(1, grain);
    runOnThreads(chunkCount(n, size), [&](std::size_t, std::size_t task) {
        fn(task * size, std::min(n, (task + 1) * size));
    });
}

void parallelChunksBySlot(std::size_t n, std::size_t chunkSize, const SlotChunkFn& fn) {
    runOnThreads(chunkCount(n, chunkSize), [&](std::size_t slot, std::size_t c) {
        const std::size_t b = c * chunkSize;
        fn(slot, c, b, std::min(n, b + chunkSize));
    });
}

void parallelChunks(std::size_t n, std::size_t chunkSize, const ChunkFn& fn) {
    parallelChunksBySlot(
        n, chunkSize,
        [&](std::size_t, std::size_t c, std::size_t b, std::size_t e) { fn(c, b, e); });
}

#else

void parallelFor(std::size_t n, std::size_t serialThreshold, std::size_t grain, const RangeFn& fn) {
    if (n == 0)
        return;
    if (n <= serialThreshold) {
        fn(0, n);
        return;
    }
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, std::max<std::size_t>(1, grain)),
                      [&](const tbb::blocked_range<std::size_t>& r) { fn(r.begin(), r.end()); });
}

void parallelChunks(std::size_t n, std::size_t chunkSize, const ChunkFn& fn) {
    const std::size_t chunks = chunkCount(n, chunkSize);
    auto one = [&](std::size_t c) {
        const std::size_t b = c * chunkSize;
        fn(c, b, std::min(n, b + chunkSize));
    };
    if (chunks <= 1) {
        if (chunks == 1)
            one(0);
        return;
    }
    // simple_partitioner with grain 1: one task per chunk; which thread runs it is irrelevant.
    tbb::parallel_for(
        tbb::blocked_range<std::size_t>(0, chunks, 1),
        [&](const tbb::blocked_range<std::size_t>& r) {
            for (std::size_t c = r.begin(); c != r.end(); ++c)
                one(c);
        },
        tbb::simple_partitioner());
}

void parallelChunksBySlot(std::size_t n, std::size_t chunkSize, const SlotChunkFn& fn) {
    parallelChunks(n, chunkSize, [&](std::size_t c, std::size_t b, std::size_t e) {
        // current_thread_index() is < max_concurrency() of the arena this runs in; it is negative
        // only outside any arena, i.e. on a thread that is not running TBB work (then serial).
        const int slot = tbb::this_task_arena::current_thread_index();
        fn(slot < 0 ? 0 : static_cast<std::size_t>(slot), c, b, e);
    });
}

#endif  // EQLAB_PLAIN_THREADS

namespace {

std::atomic<int> backgroundNice{0};

// Lowers the priority of TBB worker threads entering an arena when a background nice is set.
class BackgroundObserver final : public tbb::task_scheduler_observer {
public:
    explicit BackgroundObserver(tbb::task_arena& arena) : tbb::task_scheduler_observer(arena) {
        observe(true);
    }
    ~BackgroundObserver() override { observe(false); }

    void on_scheduler_entry(bool isWorker) override {
        thread_local int applied = 0;
        const int nice = backgroundNice.load(std::memory_order_relaxed);
        if (isWorker && nice > applied) {
            lowerThisThreadPriority(nice);
            applied = nice;
        }
    }
};

}  // namespace

void setBackgroundNice(int nice) {
    backgroundNice.store(std::max(0, nice), std::memory_order_relaxed);
}

int backgroundNiceLevel() {
    return backgroundNice.load(std::memory_order_relaxed);
}

void lowerThisThreadPriority(int nice) {
#ifdef __linux__
    // On Linux the nice value belongs to the thread (its kernel task id), not to the process.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    if (::getpriority(PRIO_PROCESS, tid) < nice) {
        ::setpriority(PRIO_PROCESS, tid, nice);
    }
#else
    (void)nice;
#endif
}

struct ThreadArena::Impl {
    tbb::task_arena arena;
    std::unique_ptr<BackgroundObserver> observer;
    explicit Impl(int t) : arena(t > 0 ? t : tbb::task_arena::automatic) {
        arena.initialize();
        observer = std::make_unique<BackgroundObserver>(arena);
    }
};

ThreadArena::ThreadArena(int threads) : impl_(std::make_unique<Impl>(threads)) {}
ThreadArena::~ThreadArena() = default;

int ThreadArena::threads() const noexcept {
    return impl_->arena.max_concurrency();
}

void ThreadArena::run(const std::function<void()>& work) {
    impl_->arena.execute(work);
}

int maxThreads() {
    return tbb::this_task_arena::max_concurrency();
}

}  // namespace eqlab
