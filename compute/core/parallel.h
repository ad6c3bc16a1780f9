#pragma once

// The one place through which the engine runs anything in parallel (oneTBB underneath; TBB stays
// out of this header).
//
// Two kinds of loops:
//  * parallelFor: independent iterations whose results do not depend on how they are grouped
//    (each index writes its own output). Runs serially below a threshold, where task spawning
//    would cost more than it saves.
//  * parallelChunks / deterministicReduce: the index range is cut into chunks of a FIXED size, so
//    chunk boundaries depend only on the problem size, never on the thread count. Each chunk is
//    computed by exactly the same instructions whichever thread runs it, and partial results are
//    combined serially in chunk order. Hence bit-identical results with 1, 2 or n threads.
//
// ThreadArena limits the threads used by everything run inside it (a tbb::task_arena).

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

namespace eqlab {

using RangeFn = std::function<void(std::size_t begin, std::size_t end)>;
using ChunkFn = std::function<void(std::size_t chunk, std::size_t begin, std::size_t end)>;

// Calls fn on disjoint subranges covering [0, n). Serial if n <= serialThreshold.
// grain: the smallest subrange handed to one task.
void parallelFor(std::size_t n, std::size_t serialThreshold, std::size_t grain, const RangeFn& fn);

// Number of chunks of size chunkSize covering [0, n) (the last may be shorter).
inline std::size_t chunkCount(std::size_t n, std::size_t chunkSize) noexcept {
    return chunkSize == 0 ? 0 : (n + chunkSize - 1) / chunkSize;
}

// Calls fn(c, begin, end) for every chunk c = [c*chunkSize, min(n, (c+1)*chunkSize)), possibly in
// parallel. Chunk boundaries are a function of (n, chunkSize) only. Serial when there is one chunk.
void parallelChunks(std::size_t n, std::size_t chunkSize, const ChunkFn& fn);

// parallelChunks that also tells fn which worker runs the chunk: slot in [0, maxThreads()) of the
// enclosing arena, and no two chunks run on one slot at the same time, so fn can keep ONE reusable
// workspace per slot instead of one per chunk. fn must not itself wait on parallel work (a waiting
// worker may pick up another chunk on its slot).
using SlotChunkFn =
    std::function<void(std::size_t slot, std::size_t chunk, std::size_t begin, std::size_t end)>;
void parallelChunksBySlot(std::size_t n, std::size_t chunkSize, const SlotChunkFn& fn);

// Deterministic reduce: partial results per fixed-size chunk (computed in parallel), folded
// left-to-right in chunk order: combine(...combine(combine(init, p0), p1)..., pLast).
template <class T, class ChunkValue, class Combine>
T deterministicReduce(std::size_t n, std::size_t chunkSize, T init, ChunkValue chunkValue,
                      Combine combine) {
    std::vector<T> partial(chunkCount(n, chunkSize), init);
    parallelChunks(n, chunkSize, [&](std::size_t c, std::size_t b, std::size_t e) {
        partial[c] = chunkValue(b, e);
    });
    T acc = init;
    for (auto& p : partial)
        acc = combine(acc, p);
    return acc;
}

// Runs work with at most `threads` worker threads (0: all hardware threads). Cheap to call
// repeatedly; construct once per trainer.
class ThreadArena {
public:
    explicit ThreadArena(int threads = 0);
    ~ThreadArena();
    ThreadArena(const ThreadArena&) = delete;
    ThreadArena& operator=(const ThreadArena&) = delete;

    int threads() const noexcept;
    void run(const std::function<void()>& work);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The hardware concurrency TBB sees in the current context.
int maxThreads();

// Background priority for training behind a window: on a 2-core machine the GUI thread (and a
// software renderer's threads) must win the cores whenever they have work, or the window stalls
// while a net trains. After setBackgroundNice(n) with n > 0, every TBB worker thread that enters a
// ThreadArena lowers its own OS priority to nice n (Linux; elsewhere nothing happens). It does so
// once and for good: an unprivileged thread cannot raise its priority again. Results do not
// depend on priorities. The default, 0, leaves every thread as it is (the command line).
void setBackgroundNice(int nice);
// The nice level set by setBackgroundNice (0 when none): threads that are not TBB's (WorkerTeam's)
// lower themselves to it.
int backgroundNiceLevel();
// Lowers the calling thread's OS priority to nice n (Linux), e.g. a training thread's own.
void lowerThisThreadPriority(int nice);

}  // namespace eqlab
