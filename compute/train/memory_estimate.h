#pragma once

// What a run's training needs in memory, estimated from its layers before the model allocates
// anything, so that a model far too large for the machine is refused with a message instead of
// the process being killed by the kernel's out-of-memory killer (or a std::bad_alloc deep inside
// Eigen). The estimate counts what the trainer keeps (trainer.cpp): the parameters with their
// gradient, the optimiser's two moments (Adam) and the backup for divergence, one gradient buffer
// per chunk, and per chunk each layer's output and its gradient. Layers' private caches are not
// counted, so the estimate is a lower bound; refusing only what surely does not fit never refuses
// a model that would have trained.

#include <cstdint>
#include <optional>
#include <string>

namespace eqlab::train {

struct MemoryEstimate {
    std::int64_t parameters = 0;
    double parameterBytes = 0;   // parameters, gradients, optimiser state, backup, chunk gradients
    double activationBytes = 0;  // every layer's output and its gradient, for every chunk
    double total() const { return parameterBytes + activationBytes; }
};

// parameters: the model's parameter count; layerOutputs: the sum of every layer's output size
// (values per sample); batch and chunk as in the experiment; bytesPerValue 4 (float32) or 8.
MemoryEstimate estimateTrainingMemory(std::int64_t parameters, std::int64_t layerOutputs,
                                      std::int64_t batch, std::int64_t chunk, int bytesPerValue);

// The memory the system can give this process now without swapping (MemAvailable of
// /proc/meminfo), or nothing where that is not known.
std::optional<double> availableMemoryBytes();

// "1.5 GB", "820 MB", "3 kB": decimal units, as the system monitor shows them.
std::string bytesText(double bytes);

// Throws Error(InvalidArgument) naming `where` ("runs[1].model"), the estimate and the memory
// available when the estimate exceeds it; does nothing when it fits or `available` is unknown.
void checkFitsInMemory(const MemoryEstimate& estimate, std::optional<double> available,
                       const std::string& where);

}  // namespace eqlab::train
