#pragma once

// A chain of layers, itself a Layer (so wrappers and coupling layers can hold whole networks).
// The parameters of layer i live at offset(i) in the sequence's slice, in layer order.
//
// Cache layout: m[i] (i < L-1) is the output of layer i (input of layer i+1); m[L-1+i] is dL/d of
// that output; sub[i] is layer i's own cache. One buffer per boundary (not ping-pong), so sizes
// never change between steps and nothing is reallocated.

#include <vector>

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class Sequential final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    Sequential() = default;
    // Checks that consecutive dimensions agree (Error InvalidArgument naming the layer otherwise).
    explicit Sequential(std::vector<LayerPtr<S>> layers);
    Sequential& add(LayerPtr<S> layer);

    std::string describe() const override;
    Index inDim() const override;
    Index outDim() const override;
    Index paramCount() const override { return total_; }
    void bind(S* params) override;
    // Layer j's tensors as "j.<name>" (PyTorch's nn.Sequential).
    std::vector<ParamTensor> paramTensors() const override;
    void initialize(Rng& rng) override;
    void prepare() override;

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    // Evaluation only: forward() without keeping the layer outputs backward() needs. They
    // ping-pong between two buffers (m[0], m[1]), so a chunk's working set is two activations
    // rather than one per layer; no backward() may follow on this cache.
    void infer(const Mat& X, Mat& Y, Cache<S>& cache) const;

    std::size_t size() const noexcept { return layers_.size(); }
    const Layer<S>& layer(std::size_t i) const { return *layers_[i]; }
    Layer<S>& layer(std::size_t i) { return *layers_[i]; }
    Index offset(std::size_t i) const { return offsets_[i]; }

    // Flows (every layer an InvertibleLayer, see invertible()):
    bool invertible() const;
    // Σ over the layers of log|det J| per sample, 1 × n, after forward() on this cache.
    void logDet(const Cache<S>& cache, Mat& out) const;
    // backward() with a per-sample weight dLogDet (1 × n) on the total log|det J|.
    void backwardWithLogDet(const Mat& X, const Mat& Y, const Mat& dY, const Mat& dLogDet, Mat* dX,
                            S* grad, Cache<S>& cache) const;
    // X with forward(X) = Y; intermediates go where forward() would put them.
    void inverse(const Mat& Y, Mat& X, Cache<S>& cache) const;
    // Backward through inverse() (see InvertibleLayer::inverseBackward): dL/dX -> dL/dY (if dY is
    // non-null), dL/dparams ADDED to grad. After inverse(), logDet() is log|det J| of forward() at
    // the reconstructed X.
    void inverseBackward(const Mat& Y, const Mat& X, const Mat& dX, Mat* dY, S* grad,
                         Cache<S>& cache) const;

    // After forward/backward on `cache`: output of layer i (i < size()-1; the last is the caller's
    // Y) and dL/d(output of layer i). Used for divergence diagnostics.
    static const Mat& hiddenOutput(const Cache<S>& cache, std::size_t i) { return cache.m[i]; }
    const Mat& hiddenOutputGrad(const Cache<S>& cache, std::size_t i) const {
        return cache.m[layers_.size() - 1 + i];
    }

private:
    std::vector<LayerPtr<S>> layers_;
    std::vector<Index> offsets_;
    Index total_ = 0;
};

extern template class Sequential<float>;
extern template class Sequential<double>;

}  // namespace eqlab::nn
