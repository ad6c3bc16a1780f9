#pragma once

// The training the trained-net tests share: mini-batches of 64 in one chunk, Adam, a cosine
// schedule from `learningRate` down to 5e-4, mean squared error, `steps` steps. The thresholds
// of those tests were measured with exactly this set-up.

#include <QtGlobal>
#include <cstdint>
#include <memory>

#include "compute/train/trainer.h"
#include "unit/train/train_for.h"

namespace eqlab::tests {

template <class S>
void fitToTheEnd(nn::Model<S>& model, std::shared_ptr<data::Dataset<S>> data, std::uint64_t seed,
                 std::int64_t steps, double learningRate) {
    train::TrainerConfig config;
    config.batchSize = 64;
    config.chunkSize = 64;
    config.seed = seed;
    config.schedule = train::Schedule::cosine(learningRate, steps, 0.0005);
    train::Trainer<S> trainer(model, std::move(data), nn::makeLoss<S>(nn::LossKind::MSE),
                              train::makeOptimizer<S>({}), config);
    if (!trainFor(trainer, steps)) {
        qFatal("training did not finish");
    }
}

}  // namespace eqlab::tests
