#pragma once

// Busy-waiting for another thread's few microseconds of work, where putting the waiting thread to
// sleep would cost more than the wait: waking a sleeping thread takes tens of µs on a virtual
// machine (WorkerTeam, Dense's shared Wᵀ).

#include <chrono>
#include <thread>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace eqlab {

// Tells the processor this is a spin loop (frees the pipeline for the other hyper-thread).
inline void cpuRelax() noexcept {
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#else
    std::this_thread::yield();
#endif
}

// Spins until pred() holds or `budget` has passed; returns pred(). The clock is read once per 64
// pauses (a pause is ~10–140 cycles depending on the processor).
template <class Pred>
bool spinUntil(Pred pred, std::chrono::steady_clock::duration budget) {
    const auto until = std::chrono::steady_clock::now() + budget;
    for (;;) {
        for (int i = 0; i < 64; ++i) {
            if (pred())
                return true;
            cpuRelax();
        }
        if (std::chrono::steady_clock::now() >= until)
            return pred();
    }
}

// Spins for a short while, then yields the core, until pred() holds: for waits that are short
// unless there are more threads than cores.
template <class Pred>
void waitUntil(Pred pred, std::chrono::steady_clock::duration spinBudget) {
    if (!spinUntil(pred, spinBudget))
        while (!pred())
            std::this_thread::yield();
}

}  // namespace eqlab
