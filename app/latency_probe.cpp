#include "app/latency_probe.h"

#include <algorithm>
#include <cmath>

namespace eqlab::app {

LatencyProbe::LatencyProbe(int intervalMs, QObject* parent)
    : QObject(parent), intervalMs_(intervalMs) {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(intervalMs_);
    connect(&timer_, &QTimer::timeout, this, [this] {
        const qint64 now = clock_.nsecsElapsed();
        if (last_ >= 0) {
            const double gapMs = static_cast<double>(now - last_) / 1e6;
            lateness_.push_back(std::max(0.0, gapMs - intervalMs_));
        }
        last_ = now;
    });
}

void LatencyProbe::start() {
    lateness_.clear();
    last_ = -1;
    clock_.start();
    timer_.start();
}

void LatencyProbe::stop() {
    timer_.stop();
}

LatencyProbe::Result LatencyProbe::result() const {
    Result r;
    if (lateness_.empty()) {
        return r;
    }
    std::vector<double> sorted = lateness_;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) {
        const auto i =
            static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size()))) - 1;
        return sorted[std::min(i, sorted.size() - 1)];
    };
    r.samples = static_cast<int>(sorted.size());
    r.p50 = at(0.50);
    r.p99 = at(0.99);
    r.max = sorted.back();
    return r;
}

}  // namespace eqlab::app
