#pragma once

// Y = f(X) over many samples for evaluation (metrics, invariance checks, predictions): the
// columns are cut into fixed-size chunks run in parallel (compute/core/parallel.h), each through
// Model::infer() (no backward state) on the workspace of the thread running it. One workspace per
// thread — chunk input, two ping-pong activations, the layers' scratch — is reused for every chunk
// and every call, so the memory touched per thread is one chunk's activations (~0.3 MB for the
// benchmark G-CNN (docs/performance.md) with chunk 4, i.e. L2-sized), where Model::predict() materialises every
// layer's output for the whole batch and a cache per chunk would touch a fresh buffer per chunk.
//
// Every column's output is computed by the same instructions whatever the thread count (fixed
// chunk boundaries, no reduction across columns), so results do not depend on threads.

#include <vector>

#include "compute/nn/model.h"

namespace eqlab::nn {

template <class S>
class BatchInference {
public:
    using Mat = Matrix<S>;

    // chunk: columns per task (>= 1).
    explicit BatchInference(Index chunk = 4);

    // Y (resized to model.outDim() × X.cols()) = f(X). Runs on the threads of the enclosing
    // ThreadArena (all hardware threads outside one). Call model.prepare() after changing the
    // parameters, as for Model::forward(). Not reentrant: one call at a time per object.
    void run(const Model<S>& model, const Mat& X, Mat& Y);

    Index chunk() const noexcept { return chunk_; }

private:
    struct Work {
        Mat X, Y;
        Cache<S> cache;
    };
    Index chunk_;
    std::vector<Work> work_;  // one per thread slot
};

extern template class BatchInference<float>;
extern template class BatchInference<double>;

}  // namespace eqlab::nn
