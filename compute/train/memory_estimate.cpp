#include "compute/train/memory_estimate.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "compute/core/error.h"

namespace eqlab::train {

MemoryEstimate estimateTrainingMemory(std::int64_t parameters, std::int64_t layerOutputs,
                                      std::int64_t batch, std::int64_t chunk, int bytesPerValue) {
    const double chunks = static_cast<double>(
        (std::max<std::int64_t>(batch, 1) + std::max<std::int64_t>(chunk, 1) - 1) /
        std::max<std::int64_t>(chunk, 1));
    // Values per parameter: itself, its gradient, Adam's two moments, the backup, and one
    // gradient buffer per chunk (summed in chunk order for determinism).
    const double copiesPerParameter = 5.0 + chunks;
    // Per chunk, every layer's output and the gradient flowing back through it.
    const double activationValues = 2.0 * static_cast<double>(layerOutputs) *
                                    static_cast<double>(std::max<std::int64_t>(chunk, 1)) * chunks;
    MemoryEstimate e;
    e.parameters = parameters;
    e.parameterBytes = static_cast<double>(parameters) * copiesPerParameter * bytesPerValue;
    e.activationBytes = activationValues * bytesPerValue;
    return e;
}

std::optional<double> availableMemoryBytes() {
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    double kilobytes = 0;
    std::string unit;
    while (meminfo >> key >> kilobytes >> unit) {
        if (key == "MemAvailable:")
            return kilobytes * 1024.0;
    }
    return std::nullopt;
}

std::string bytesText(double bytes) {
    static const char* const units[] = {"bytes", "kB", "MB", "GB", "TB", "PB"};
    int unit = 0;
    while (bytes >= 1000.0 && unit < 5) {
        bytes /= 1000.0;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, unit == 0 ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
    return text;
}

void checkFitsInMemory(const MemoryEstimate& estimate, std::optional<double> available,
                       const std::string& where) {
    if (!available || estimate.total() <= *available)
        return;
    std::ostringstream message;
    message << where << ": training this model needs at least " << bytesText(estimate.total())
            << " of memory (" << estimate.parameters << " parameters with their gradients and "
            << "optimiser state: " << bytesText(estimate.parameterBytes)
            << "; layer outputs for a batch: " << bytesText(estimate.activationBytes)
            << "), more than the " << bytesText(*available)
            << " available; use fewer or narrower layers, or a smaller batch or chunk";
    throw Error(ErrorKind::InvalidArgument, message.str());
}

}  // namespace eqlab::train
