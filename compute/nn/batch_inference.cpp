#include "compute/nn/batch_inference.h"

#include <algorithm>
#include <string>

#include "compute/core/error.h"
#include "compute/core/parallel.h"

namespace eqlab::nn {

template <class S>
BatchInference<S>::BatchInference(Index chunk) : chunk_(chunk) {
    if (chunk < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "batch inference: chunk must be >= 1, got " + std::to_string(chunk));
}

template <class S>
void BatchInference<S>::run(const Model<S>& model, const Mat& X, Mat& Y) {
    if (X.rows() != model.inDim())
        throw Error(ErrorKind::InvalidArgument, "batch inference: input has " +
                                                    std::to_string(X.rows()) + " rows, expected " +
                                                    std::to_string(model.inDim()));
    const auto slots = static_cast<std::size_t>(std::max(1, maxThreads()));
    if (work_.size() < slots)
        work_.resize(slots);
    Y.resize(model.outDim(), X.cols());
    parallelChunksBySlot(static_cast<std::size_t>(X.cols()), static_cast<std::size_t>(chunk_),
                         [&](std::size_t slot, std::size_t, std::size_t b, std::size_t e) {
                             if (slot >= work_.size())
                                 throw Error(ErrorKind::Internal,
                                             "batch inference: thread slot out of range");
                             Work& w = work_[slot];
                             const auto first = static_cast<Index>(b);
                             const auto n = static_cast<Index>(e - b);
                             w.X = X.middleCols(first, n);
                             model.infer(w.X, w.Y, w.cache);
                             Y.middleCols(first, n) = w.Y;
                         });
}

template class BatchInference<float>;
template class BatchInference<double>;

}  // namespace eqlab::nn
