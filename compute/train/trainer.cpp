#include "compute/train/trainer.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "compute/core/error.h"
#include "compute/core/parallel.h"
#include "compute/core/rng.h"
#include "compute/core/worker_team.h"

namespace eqlab::train {

namespace {

// Per-chunk workspace, reused across steps (sizes are constant, so no allocation after step 0).
template <class S>
struct ChunkWork {
    nn::Matrix<S> X, Y, P, dP;      // inputs, targets, predictions, dLoss/dP
    nn::Matrix<S> logDet, dLogDet;  // flows: 1 × n
    nn::Cache<S> cache;
    nn::Vector<S> grad;
    double loss = 0;
};

// The pass over the parameters (reduction and update) is split among the team's threads above
// this many parameters, one fixed range per thread, so that a thread's share of the gradient and
// of the optimizer's state stays in its core's cache from step to step. Below it one thread does
// it: the shares would be too small to pay for the hand-over. Measured on the benchmark MLP (26 k
// parameters, 2 threads): split 13.4 k steps/s, one thread 12.2 k (before the reduction and the
// update became one pass).
constexpr std::size_t kParallelAbove = 1u << 12;

// Range `slot` of `parts` equal ranges covering [0, n), its ends multiples of 16 entries (whole
// cache lines in float).
std::pair<std::size_t, std::size_t> shareOf(std::size_t n, int slot, int parts) {
    const auto at = [&](int k) {
        return k >= parts
                   ? n
                   : std::min(n, (n * static_cast<std::size_t>(k) / parts) & ~std::size_t(15));
    };
    return {at(slot), at(slot + 1)};
}

}  // namespace

template <class S>
struct Trainer<S>::Impl {
    nn::Model<S>& model;
    std::shared_ptr<const data::Dataset<S>> data;
    std::unique_ptr<nn::Loss<S>> loss;
    std::unique_ptr<Optimizer<S>> optimizer;
    TrainerConfig cfg;
    WorkerTeam& team;
    Rng orderRng;
    bool flow;  // the loss needs the model's log-determinant

    std::int64_t done = 0;
    std::vector<double> losses;
    std::optional<Divergence> divergence;

    std::vector<ChunkWork<S>> chunks;
    std::vector<std::size_t> batch, perm;
    std::int64_t permEpoch = -1;
    // The parameters before this step's update and before the last successful one's: the update
    // runs before the step knows its whole gradient is finite, and a non-finite step is undone.
    nn::Vector<S> backups[2];
    int current = 0;  // backups[current]: this step's
    bool haveBackup = false;
    std::vector<char> finiteShares;  // per thread's range of the parameters

    BatchSource<S> source;        // online learning: fresh batches instead of `data`
    data::Dataset<S> freshBatch;  // the source's batch of the current step

    Augmentation<S> augment;
    Rng augmentRng;  // Rng(seed).split(0xa06); split by step, then by position in the batch
    Rng stepAugmentRng;

    Impl(nn::Model<S>& m, std::shared_ptr<const data::Dataset<S>> d, std::unique_ptr<nn::Loss<S>> l,
         std::unique_ptr<Optimizer<S>> o, TrainerConfig c)
        : model(m),
          data(std::move(d)),
          loss(std::move(l)),
          optimizer(std::move(o)),
          cfg(c),
          team(WorkerTeam::shared(c.threads)),
          orderRng(Rng(c.seed).split(0xda7a)),
          flow(loss->usesLogDet()),
          augmentRng(Rng(c.seed).split(0xa06)) {}

    std::size_t batchSize() const {
        if (source)
            return static_cast<std::size_t>(cfg.batchSize);
        const auto N = static_cast<std::size_t>(data->X.cols());
        return std::min<std::size_t>(N, static_cast<std::size_t>(cfg.batchSize));
    }

    // Samples of step k: positions k·B .. k·B+B−1 of the infinite sequence of epoch shuffles.
    // Online: column j of the fresh batch.
    void selectBatch(std::int64_t k) {
        const std::size_t N = static_cast<std::size_t>(data->X.cols());
        const std::size_t B = batchSize();
        batch.resize(B);
        if (source) {
            source(k, B, freshBatch);
            if (static_cast<std::size_t>(freshBatch.X.cols()) != B ||
                freshBatch.Y.cols() != freshBatch.X.cols() ||
                freshBatch.X.rows() != data->X.rows() || freshBatch.Y.rows() != data->Y.rows())
                throw Error(
                    ErrorKind::InvalidArgument,
                    "trainer: the batch source gave a batch of another shape than the data");
            for (std::size_t j = 0; j < B; ++j)
                batch[j] = j;
            return;
        }
        for (std::size_t j = 0; j < B; ++j) {
            const std::uint64_t pos = static_cast<std::uint64_t>(k) * B + j;
            const auto epoch = static_cast<std::int64_t>(pos / N);
            if (epoch != permEpoch) {
                Rng r = orderRng.split(static_cast<std::uint64_t>(epoch));
                r.permutation(N, perm);
                permEpoch = epoch;
            }
            batch[j] = perm[pos % N];
        }
    }

    void runChunk(std::size_t c, std::size_t b, std::size_t e) {
        ChunkWork<S>& w = chunks[c];
        const auto n = static_cast<nn::Index>(e - b);
        const auto& X = source ? freshBatch.X : data->X;
        const auto& Y = source ? freshBatch.Y : data->Y;
        w.X.resize(X.rows(), n);
        w.Y.resize(Y.rows(), n);
        for (nn::Index j = 0; j < n; ++j) {
            const auto s = static_cast<nn::Index>(batch[b + static_cast<std::size_t>(j)]);
            w.X.col(j) = X.col(s);
            w.Y.col(j) = Y.col(s);
            if (augment) {
                Rng r = stepAugmentRng.split(b + static_cast<std::size_t>(j));
                augment(r, w.X.col(j), w.Y.col(j));
            }
        }
        model.forward(w.X, w.P, w.cache);
        // w.grad is zero here: made so, and zeroed again by the pass that reads it
        // (reduceAndUpdate).
        if (flow) {
            model.logDet(w.cache, w.logDet);
            w.loss = loss->evaluateFlow(w.P, w.logDet, w.dP, w.dLogDet);
            model.backwardWithLogDet(w.X, w.P, w.dP, w.dLogDet, nullptr, w.grad.data(), w.cache);
        } else {
            w.loss = loss->evaluate(w.P, w.Y, w.dP);
            model.backward(w.X, w.P, w.dP, nullptr, w.grad.data(), w.cache);
        }
    }

    std::string layerName(int i) const {
        return i < 0 ? std::string("loss") : model.layerName(static_cast<std::size_t>(i));
    }

    // Finds where the first non-finite value appeared, from the chunk workspaces of this step.
    Divergence diagnose(std::int64_t k) const {
        const auto& net = model.net();
        const std::size_t L = net.size();
        const auto slots = model.layout();
        auto make = [&](int layer, const char* where) {
            return Divergence{k, layer, layerName(layer), where};
        };
        for (const auto& s : slots)
            if (!model.params().segment(s.offset, s.count).allFinite())
                return make(static_cast<int>(s.layer), "parameters");
        // Forward: the first layer (over all chunks) whose output is non-finite.
        std::size_t firstBad = L;
        for (const auto& w : chunks) {
            for (std::size_t i = 0; i < firstBad; ++i) {
                const auto& out = i + 1 == L ? w.P : net.hiddenOutput(w.cache, i);
                if (!out.allFinite()) {
                    firstBad = i;
                    break;
                }
            }
        }
        if (firstBad < L)
            return make(static_cast<int>(firstBad), "forward output");
        for (const auto& w : chunks)
            if (!std::isfinite(w.loss))
                return make(-1, "loss");
        for (const auto& w : chunks)
            if (!w.dP.allFinite())
                return make(-1, "loss gradient");
        // Backward runs from the last layer to the first.
        for (std::size_t i = L; i-- > 0;) {
            for (const auto& w : chunks) {
                const auto& s = slots[i];
                const bool gradBad = !w.grad.segment(s.offset, s.count).allFinite();
                const bool inBad = i > 0 && !net.hiddenOutputGrad(w.cache, i - 1).allFinite();
                if (gradBad || inBad)
                    return make(static_cast<int>(i), "backward");
            }
        }
        return make(-1, "gradient");
    }

    void diverge(const Divergence& d) {
        divergence = d;
        // Keep the last parameters that gave a finite loss and gradient.
        if (haveBackup) {
            model.params() = backups[1 - current];
            model.prepare();
        }
    }

    // One pass over the parameters [b, e), block by block while each is in L1: g = (Σ_c chunk
    // gradient c) / B in fixed chunk order (element-wise, so ranges change no sum), whether it is
    // finite, the chunks' gradients zeroed for the next step, and the optimizer's update of the
    // block (each entry on its own). Fusing the three passes saves two trips through the cache per
    // entry; the price is that a block is updated before the step knows the rest is finite, so a
    // non-finite step is undone afterwards (failedStep). Returns whether g[b, e) is finite.
    bool reduceAndUpdate(std::size_t B, std::size_t b, std::size_t e) {
        auto& g = model.grads();
        S* previous = backups[current].data();
        const S invB = S(1) / S(B);
        bool finite = true;
        constexpr std::size_t kBlock = 1024;
        for (std::size_t b0 = b; b0 < e; b0 += kBlock) {
            const auto n = static_cast<nn::Index>(std::min(kBlock, e - b0));
            const auto o = static_cast<nn::Index>(b0);
            auto seg = g.segment(o, n);
            seg = chunks[0].grad.segment(o, n);
            for (std::size_t c = 1; c < chunks.size(); ++c)
                seg += chunks[c].grad.segment(o, n);
            seg *= invB;
            // x·0 is 0 for finite x and NaN for ±inf and NaN: one vectorised sum (allFinite()
            // is a branchy reduction, slower than the sum).
            if (std::isfinite((seg.array() * S(0)).sum())) {
                for (auto& w : chunks)
                    w.grad.segment(o, n).setZero();
            } else {
                finite = false;  // its chunk gradients stay for diagnose()
            }
            optimizer->update(model.params().data(), g.data(), previous, o, o + n);
        }
        return finite;
    }

    // After a non-finite loss or gradient: back to the parameters the step started from (what
    // diagnose() must see), the place found, then to the last good ones; every chunk gradient
    // zeroed so that a resumed trainer starts clean.
    void failedStep(std::int64_t k) {
        model.params() = backups[current];
        const Divergence d = diagnose(k);
        for (auto& w : chunks)
            w.grad.setZero();
        diverge(d);
    }

    bool step() {
        if (divergence)
            return false;
        const std::int64_t k = done;
        const std::size_t B = batchSize();
        const auto chunkSize = static_cast<std::size_t>(std::max<std::int64_t>(1, cfg.chunkSize));
        const std::size_t nChunks = chunkCount(B, chunkSize);
        if (chunks.size() != nChunks)
            chunks.resize(nChunks);
        for (auto& w : chunks)
            if (w.grad.size() != model.paramCount())
                w.grad = nn::Vector<S>::Zero(model.paramCount());
        selectBatch(k);
        if (augment)
            stepAugmentRng = augmentRng.split(static_cast<std::uint64_t>(k));

        // Chunk c always on slot c mod T: its workspace stays in one core's cache.
        const auto T = static_cast<std::size_t>(team.size());
        try {
            team.run([&](int slot) {
                for (auto c = static_cast<std::size_t>(slot); c < nChunks; c += T) {
                    const std::size_t b = c * chunkSize;
                    runChunk(c, b, std::min(B, b + chunkSize));
                }
            });
        } catch (...) {
            for (auto& w : chunks)  // partly accumulated: the next step needs zeros
                w.grad.setZero();
            throw;
        }

        double total = 0;
        for (const auto& w : chunks)
            total += w.loss;
        total /= double(B);
        const auto P = static_cast<std::size_t>(model.paramCount());
        for (auto& backup : backups)
            backup.resize(static_cast<nn::Index>(P));
        optimizer->beginStep(static_cast<nn::Index>(P), cfg.schedule.at(k));
        bool finite = std::isfinite(total);
        const int parts = P > kParallelAbove ? team.size() : 1;
        if (parts == 1) {
            finite = reduceAndUpdate(B, 0, P) && finite;
        } else {
            finiteShares.assign(static_cast<std::size_t>(parts), 1);
            team.run([&](int slot) {
                const auto [b, e] = shareOf(P, slot, parts);
                finiteShares[static_cast<std::size_t>(slot)] = reduceAndUpdate(B, b, e);
            });
            finite = finite && std::count(finiteShares.begin(), finiteShares.end(), 0) == 0;
        }
        if (!finite) {
            failedStep(k);
            return false;
        }
        current = 1 - current;
        haveBackup = true;
        model.prepare();
        losses.push_back(total);
        ++done;
        return true;
    }
};

template <class S>
Trainer<S>::Trainer(nn::Model<S>& model, std::shared_ptr<const data::Dataset<S>> data,
                    std::unique_ptr<nn::Loss<S>> loss, std::unique_ptr<Optimizer<S>> optimizer,
                    TrainerConfig config) {
    if (!data || !loss || !optimizer)
        throw Error(ErrorKind::InvalidArgument, "trainer: data, loss and optimizer are required");
    if (data->X.cols() == 0 || data->X.cols() != data->Y.cols())
        throw Error(ErrorKind::InvalidArgument,
                    "trainer: X and Y must have the same, non-zero number of columns");
    if (data->X.rows() != model.inDim())
        throw Error(ErrorKind::InvalidArgument, "trainer: X has " + std::to_string(data->X.rows()) +
                                                    " rows but the model expects " +
                                                    std::to_string(model.inDim()));
    if (loss->usesLogDet() && !model.isFlow())
        throw Error(ErrorKind::InvalidArgument,
                    "trainer: loss '" + loss->name() + "' needs a flow (only invertible layers)");
    if (config.batchSize < 1 || config.chunkSize < 1)
        throw Error(ErrorKind::InvalidArgument, "trainer: batch and chunk sizes must be >= 1");
    impl_ = std::make_unique<Impl>(model, std::move(data), std::move(loss), std::move(optimizer),
                                   config);
    model.prepare();
}

template <class S>
Trainer<S>::~Trainer() = default;

template <class S>
void Trainer<S>::setAugmentation(Augmentation<S> fn) {
    impl_->augment = std::move(fn);
}

template <class S>
void Trainer<S>::setBatchSource(BatchSource<S> source) {
    impl_->source = std::move(source);
}

template <class S>
bool Trainer<S>::step() {
    return impl_->step();
}

template <class S>
void Trainer<S>::resume(std::vector<double> losses) {
    impl_->losses = std::move(losses);
    impl_->done = static_cast<std::int64_t>(impl_->losses.size());
    impl_->divergence.reset();
    impl_->haveBackup = false;
    impl_->optimizer->reset();
}

template <class S>
std::int64_t Trainer<S>::stepsDone() const noexcept {
    return impl_->done;
}
template <class S>
const std::vector<double>& Trainer<S>::losses() const noexcept {
    return impl_->losses;
}
template <class S>
const std::optional<Divergence>& Trainer<S>::divergence() const noexcept {
    return impl_->divergence;
}
template <class S>
const TrainerConfig& Trainer<S>::config() const noexcept {
    return impl_->cfg;
}

template class Trainer<float>;
template class Trainer<double>;

}  // namespace eqlab::train
