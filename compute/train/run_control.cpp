#include "compute/train/run_control.h"

namespace eqlab::train {

void RunControl::requestStop() {
    {
        std::lock_guard lock(mutex_);
        stop_.store(true, std::memory_order_release);
    }
    cv_.notify_all();
}

void RunControl::pause() {
    std::lock_guard lock(mutex_);
    paused_.store(true, std::memory_order_release);
    grants_ = 0;
}

void RunControl::resume() {
    {
        std::lock_guard lock(mutex_);
        paused_.store(false, std::memory_order_release);
    }
    cv_.notify_all();
}

void RunControl::step(std::int64_t n) {
    {
        std::lock_guard lock(mutex_);
        grants_ += n;
    }
    cv_.notify_all();
}

bool RunControl::stopRequested() const noexcept {
    return stop_.load(std::memory_order_acquire) || token_.stop_requested();
}

bool RunControl::acquireStep() {
    if (stopRequested())
        return false;
    if (!paused_.load(std::memory_order_acquire))
        return true;
    std::unique_lock lock(mutex_);
    // condition_variable_any with a stop_token wakes on token stop requests too.
    cv_.wait(lock, token_, [&] { return stop_.load() || !paused_.load() || grants_ > 0; });
    if (stopRequested())
        return false;
    if (paused_.load() && grants_ > 0)
        --grants_;
    return true;
}

}  // namespace eqlab::train
