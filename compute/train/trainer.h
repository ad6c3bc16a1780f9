#pragma once

// The trainer: mini-batch gradient descent, deterministic across thread counts.
//
// Determinism scheme. The batch of step k is a pure function of (seed, k): an epoch-wise shuffle
// drawn from Rng(seed).split(epoch), or in online learning the fresh batch a BatchSource draws. The
// batch is cut into chunks of config.chunkSize samples — boundaries depend on batch size and chunk
// size only. Each chunk runs forward, loss and backward on its own preallocated workspace (inputs,
// cache, gradient buffer) in a oneTBB task; which thread runs it does not change a single
// instruction. Chunk losses and chunk gradients are then added in chunk order (0, 1, 2, ...). Hence
// the same seed gives bit-identical losses and parameters with 1 or 2 threads (docs/engine.md).
//
// Divergence. A non-finite loss or gradient stops the run: the result says at which step and in
// which layer it first appeared (parameters, forward output, loss, or backward), as an
// structured Divergence value; the model is left with the last parameters that gave a finite loss
// and gradient.
//
// Threads. The trainer belongs to one training thread; the caller decides when to step (the
// session, compute/train/session.h, steps it; pausing is simply not calling step()).

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compute/core/rng.h"
#include "compute/data/dataset.h"
#include "compute/nn/loss.h"
#include "compute/nn/model.h"
#include "compute/train/optimizer.h"
#include "compute/train/schedule.h"

namespace eqlab::train {

struct TrainerConfig {
    std::int64_t batchSize = 64;  // clamped to the dataset size
    std::int64_t chunkSize = 16;  // samples per parallel task; part of the result's definition
    std::uint64_t seed = 1;       // batch order
    int threads = 0;              // 0: all hardware threads
    Schedule schedule = Schedule::constant(1e-3);
};

struct Divergence {
    std::int64_t step = 0;
    int layer = -1;         // top-level layer index; -1 when the loss itself is the first
    std::string layerName;  // "layer 2 (dense 8->8)" or "loss"
    std::string where;      // "parameters", "forward output", "loss", "loss gradient", "backward"
};

// Training-time augmentation (docs/math.md §3.2, the augmentation baseline): transforms one sample
// in place, its input column x and its target column y, drawing whatever it needs from rng. The
// trainer gives every sample its own stream, Rng(seed).split(0xa06).split(step).split(j) with j
// the sample's position in the step's batch, so the draws depend only on seed, step and j —
// never on the chunk size, the thread count or the order in which chunks run. Called
// concurrently from several threads: it must not modify shared state. See augmentation.h.
template <class S>
using Augmentation =
    std::function<void(Rng& rng, Eigen::Ref<nn::Vector<S>> x, Eigen::Ref<nn::Vector<S>> y)>;

// Online learning: the training samples of step k, drawn fresh (the task's sampler, see
// compute/data/task_kinds.h) as a pure function of (the source's seed, k): batchSize columns
// written into `batch` (X and Y as the fixed dataset has them). Called once per step, on the
// training thread, before the chunks run — so the batch, like everything else, does not depend on
// the thread count.
template <class S>
using BatchSource =
    std::function<void(std::int64_t step, std::size_t batchSize, data::Dataset<S>& batch)>;

template <class S>
class Trainer {
public:
    // The model must outlive the trainer; it is trained in place.
    Trainer(nn::Model<S>& model, std::shared_ptr<const data::Dataset<S>> data,
            std::unique_ptr<nn::Loss<S>> loss, std::unique_ptr<Optimizer<S>> optimizer,
            TrainerConfig config);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    // Transform every training sample before each use (empty: no augmentation).
    void setAugmentation(Augmentation<S> fn);
    // Train on fresh batches from `source` instead of batches of the dataset (empty: the
    // dataset). The batch size is then config.batchSize, not clamped to the dataset's size.
    void setBatchSource(BatchSource<S> source);

    // One optimisation step. False if it diverged (or had diverged before): see divergence().
    bool step();
    // Continues a saved run: `losses` are its completed steps (stepsDone() becomes their count);
    // the parameters are the model's (load them first). The next batch is the one of that step.
    // The optimiser's state (momentum, moments) is not part of a save and starts afresh.
    void resume(std::vector<double> losses);

    std::int64_t stepsDone() const noexcept;
    const std::vector<double>& losses() const noexcept;
    const std::optional<Divergence>& divergence() const noexcept;
    const TrainerConfig& config() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

extern template class Trainer<float>;
extern template class Trainer<double>;

}  // namespace eqlab::train
