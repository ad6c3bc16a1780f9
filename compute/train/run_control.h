#pragma once

// Thread-safe control of a running trainer: stop, pause, resume, single steps.
// Owned by the caller (e.g. the GUI controller) and shared with the training thread by reference.
// All state is atomic or guarded by a mutex; a paused trainer sleeps on a condition variable and
// wakes for resume, step or stop. Also honours an optional std::stop_token.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <stop_token>

namespace eqlab::train {

class RunControl {
public:
    RunControl() = default;
    explicit RunControl(std::stop_token token) : token_(std::move(token)) {}

    // Any thread.
    void requestStop();
    void pause();
    void resume();
    // While paused: allow n more steps, then stay paused.
    void step(std::int64_t n = 1);
    bool stopRequested() const noexcept;
    bool paused() const noexcept { return paused_.load(std::memory_order_acquire); }

    // Training thread: blocks while paused without granted steps; returns false if stop was
    // requested (then the trainer must return), true if one step may run (consuming a grant).
    bool acquireStep();

private:
    std::stop_token token_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> paused_{false};
    std::int64_t grants_ = 0;  // guarded by mutex_
    mutable std::mutex mutex_;
    std::condition_variable_any cv_;
};

}  // namespace eqlab::train
