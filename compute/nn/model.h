#pragma once

// A model: a Sequential of layers plus the ONE contiguous parameter buffer and the ONE gradient
// buffer they are bound to. Optimizers run over params()/grads() as flat vectors; layers see their
// slices through Eigen::Map (see layer.h). The model is movable (Eigen moves keep the heap buffers,
// so the layers' views stay valid) but not copyable.

#include <string>
#include <vector>

#include "compute/nn/sequential.h"

namespace eqlab::nn {

// Where a top-level layer's parameters live in the flat buffer.
struct ParamSlot {
    std::size_t layer;
    std::string name;  // "layer 2 (dense 8->8)"
    Index offset;
    Index count;
};

template <class S>
class Model {
public:
    using Mat = Matrix<S>;
    using Vec = Vector<S>;

    explicit Model(std::vector<LayerPtr<S>> layers);
    Model(Model&&) noexcept = default;
    Model& operator=(Model&&) noexcept = default;
    Model(const Model&) = delete;
    Model& operator=(const Model&) = delete;

    Index inDim() const { return net_.inDim(); }
    Index outDim() const { return net_.outDim(); }
    Index paramCount() const { return params_.size(); }

    Vec& params() noexcept { return params_; }
    const Vec& params() const noexcept { return params_; }
    Vec& grads() noexcept { return grads_; }
    const Vec& grads() const noexcept { return grads_; }

    const Sequential<S>& net() const noexcept { return net_; }
    Sequential<S>& net() noexcept { return net_; }
    std::vector<ParamSlot> layout() const;
    std::string layerName(std::size_t i) const;

    // Default initialisation of every layer (layer i from Rng(seed).split(i)), then prepare().
    void initialize(std::uint64_t seed);
    // Call after changing params() (optimizers, loading) and before forward().
    void prepare() { net_.prepare(); }

    // The Layer interface of the whole model; grad: paramCount() scalars, ADDED to.
    // forward() checks the input dimension on entry (Error InvalidArgument).
    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const;
    // Evaluation only (Sequential::infer): the same Y, keeping no state for backward().
    void infer(const Mat& X, Mat& Y, Cache<S>& cache) const;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const {
        net_.backward(X, Y, dY, dX, grad, cache);
    }

    // Flows: every top-level layer is an InvertibleLayer (couplings, diagonal scales).
    bool isFlow() const { return net_.invertible(); }
    void logDet(const Cache<S>& cache, Mat& out) const { net_.logDet(cache, out); }
    void backwardWithLogDet(const Mat& X, const Mat& Y, const Mat& dY, const Mat& dLogDet, Mat* dX,
                            S* grad, Cache<S>& cache) const {
        net_.backwardWithLogDet(X, Y, dY, dLogDet, dX, grad, cache);
    }
    // Convenience: prepare() and invert with a fresh cache.
    Mat inverse(const Mat& Y);

    // Convenience for evaluation (not for hot loops): prepare() and forward with a fresh cache.
    Mat predict(const Mat& X);
    // The same for the first `layers` top-level layers: their outputs (a run's codes, for a run
    // trained on them: io::RunInputs).
    Mat predictLayers(const Mat& X, std::size_t layers);

private:
    void checkInput(const Mat& X) const;  // Error InvalidArgument on a wrong input dimension

    Sequential<S> net_;
    Vec params_;
    Vec grads_;
};

extern template class Model<float>;
extern template class Model<double>;

}  // namespace eqlab::nn
