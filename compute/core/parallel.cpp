#include "compute/core/parallel.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <tbb/task_scheduler_observer.h>

#include <algorithm>
#include <atomic>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace eqlab {

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
