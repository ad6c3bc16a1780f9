#pragma once

// The layer interface of the engine.
//
// LAYOUT (chosen once, used everywhere): Eigen column-major, a batch of activations is a matrix of
// features × batch, one sample per COLUMN. A dense layer is Y = W X + b·1ᵀ with W out×in, so every
// product runs over the whole batch as one GEMM. Parallelism never happens inside a layer: the
// trainer splits the batch into fixed-size column chunks and runs each chunk through the whole
// model on its own Cache (see compute/core/parallel.h for why this is deterministic).
//
// PARAMETERS: a model owns one contiguous buffer of parameters and one of gradients. A layer gets a
// pointer to its slice through bind() and views it with Eigen::Map; it never owns parameters.
// backward() ADDS the gradient of the loss into the grad slice it is given (a chunk-local buffer of
// the same layout), so a layer used several times (wrappers) accumulates naturally.
//
// CACHE: forward() stores whatever backward() needs in a Cache owned by the caller (one per chunk).
// Buffers in a Cache are reused across steps: Eigen's resize() is a no-op when the size is
// unchanged, so after the first step no allocation happens (first-touch page faults are expensive
// here).
//
// forward() and backward() are const and thread-safe for distinct caches. prepare() refreshes state
// derived from the parameters (e.g. an expanded equivariant weight matrix) and must be called,
// serially, after the parameters change and before the next forward().

#include <Eigen/Core>
#include <memory>
#include <string>
#include <vector>

#include "compute/core/error.h"
#include "compute/core/rng.h"

namespace eqlab::nn {

using Index = Eigen::Index;

template <class S>
using Matrix = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic>;  // column-major
template <class S>
using Vector = Eigen::Matrix<S, Eigen::Dynamic, 1>;
template <class S>
using RowVector = Eigen::Matrix<S, 1, Eigen::Dynamic>;

// Per-chunk scratch space of one layer: a few matrices and the caches of inner layers.
template <class S>
struct Cache {
    std::vector<Matrix<S>> m;
    std::vector<Cache> sub;

    // Makes sure there are at least n matrices (call before taking references into m).
    Matrix<S>* buffers(std::size_t n) {
        if (m.size() < n)
            m.resize(n);
        return m.data();
    }
    Cache& child(std::size_t i) {
        if (sub.size() <= i)
            sub.resize(i + 1);
        return sub[i];
    }
};

// A named tensor inside a layer's parameter slice, for weight files (docs/interop.md): element
// (i_0, …, i_{r-1}) of the tensor is params[offset + Σ_k i_k·strides[k]] of the slice. Names and
// shapes follow PyTorch where the layer has a twin there (a dense layer's "weight" is [out, in]
// over column-major storage: strides {1, out}).
struct ParamTensor {
    std::string name;
    std::vector<Index> shape;
    Index offset = 0;
    std::vector<Index> strides;
};

// `name` prefixed by "prefix." for every tensor, offsets moved by `offset`: how wrappers and
// sequences name the tensors of the layers they hold.
inline std::vector<ParamTensor> prefixTensors(std::vector<ParamTensor> tensors,
                                              const std::string& prefix, Index offset) {
    for (auto& t : tensors) {
        t.name = prefix + "." + t.name;
        t.offset += offset;
    }
    return tensors;
}

template <class S>
class Layer {
public:
    using Scalar = S;
    using Mat = Matrix<S>;

    virtual ~Layer() = default;

    // Short technical description, e.g. "dense 4->8", used in diagnostics and test names.
    virtual std::string describe() const = 0;
    virtual Index inDim() const = 0;
    virtual Index outDim() const = 0;

    virtual Index paramCount() const { return 0; }
    // params points to paramCount() scalars owned by the model (valid for the model's lifetime).
    virtual void bind(S* params) { (void)params; }
    // Default initialisation of this layer's parameters from its own random stream.
    virtual void initialize(Rng& rng) { (void)rng; }
    virtual void prepare() {}
    // The named tensors that tile the parameter slice (each parameter in exactly one tensor).
    // Default: one 1-D tensor "params" of all paramCount() values, none without parameters.
    virtual std::vector<ParamTensor> paramTensors() const {
        if (paramCount() == 0)
            return {};
        return {ParamTensor{"params", {paramCount()}, 0, {1}}};
    }

    // X: inDim × n. Y: resized to outDim × n. Y must not alias X.
    virtual void forward(const Mat& X, Mat& Y, Cache<S>& cache) const = 0;
    // X, Y, cache: exactly as left by forward(). dY: outDim × n.
    // dX: if non-null, resized to inDim × n and set to dL/dX.
    // grad: paramCount() scalars; dL/dparams is ADDED to it.
    virtual void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                          Cache<S>& cache) const = 0;
};

template <class S>
using LayerPtr = std::unique_ptr<Layer<S>>;

// A layer with an exact inverse and a per-sample log|det J| (coupling layers, flows).
template <class S>
class InvertibleLayer : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    // Y (dim × n) -> X with forward(X) = Y.
    virtual void inverse(const Mat& Y, Mat& X, Cache<S>& cache) const = 0;
    // log|det ∂Y/∂X| per sample (a 1 × n matrix) of the last forward() on this cache.
    virtual const Mat& logDet(const Cache<S>& cache) const = 0;
    // Like backward(), with an extra per-sample weight dLogDet (1 × n, or empty for none) on
    // log|det J|, i.e. the gradient of L + Σ_j dLogDet_j · logDet_j.
    virtual void backwardWithLogDet(const Mat& X, const Mat& Y, const Mat& dY, const Mat& dLogDet,
                                    Mat* dX, S* grad, Cache<S>& cache) const = 0;
    // Backward through inverse(): Y, X, cache exactly as left by inverse(Y, X, cache), dX the
    // gradient of the loss with respect to X. If dY is non-null it is resized to dim × n and set
    // to dL/dY; dL/dparams is ADDED to grad. Needed where a net uses Φ⁻¹ as a map (involutive
    // nets, neural group actions: N = Φ⁻¹ ∘ P ∘ Φ). After inverse(), logDet(cache) is
    // log|det ∂forward/∂x| at the reconstructed X, for layers that implement this method.
    virtual void inverseBackward(const Mat& Y, const Mat& X, const Mat& dX, Mat* dY, S* grad,
                                 Cache<S>& cache) const {
        (void)Y, (void)X, (void)dX, (void)dY, (void)grad, (void)cache;
        throw Error(ErrorKind::Unsupported,
                    "layer '" + this->describe() + "' has no backward pass through its inverse");
    }
};

}  // namespace eqlab::nn
