#pragma once

// Fully connected layer Y = W X + b·1ᵀ.
//   X: in × n, Y: out × n, W: out × in, b: out.
// Parameters (out·in + out): W column-major, then b.

#include <atomic>

#include "compute/nn/init.h"
#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class Dense final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    Dense(Index in, Index out, Init init = Init::He, bool bias = true);

    std::string describe() const override;
    Index inDim() const override { return in_; }
    Index outDim() const override { return out_; }
    Index paramCount() const override { return out_ * in_ + (bias_ ? out_ : 0); }
    void bind(S* params) override { p_ = params; }
    // PyTorch's nn.Linear: "weight" [out, in] (column-major storage: strides {1, out}), "bias"
    // [out].
    std::vector<ParamTensor> paramTensors() const override {
        std::vector<ParamTensor> t{{"weight", {out_, in_}, 0, {1, out_}}};
        if (bias_)
            t.push_back({"bias", {out_}, out_ * in_, {1}});
        return t;
    }
    void initialize(Rng& rng) override;
    // Marks Wᵀ as stale: backward() makes it again when it next needs dX.
    void prepare() override;

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    Eigen::Map<const Mat> weight() const { return {p_, out_, in_}; }
    Eigen::Map<const Vector<S>> bias() const { return {p_ + out_ * in_, bias_ ? out_ : 0}; }

private:
    Index in_, out_;
    Init init_;
    bool bias_;
    S* p_ = nullptr;

    // Wᵀ (in × out) for dX = Wᵀ dY, made once per step by the first backward() that needs dX
    // (never, for the first layer of a model); the chunks' backward() run concurrently, and a
    // second chunk that needs Wᵀ while the first makes it spins for the few µs that takes (a
    // mutex would put it to sleep, and waking it cost more than the transpose).
    enum WeightTState : int { kStale, kMaking, kFresh };
    const Mat& weightTransposed() const;
    mutable Mat weightT_;
    mutable std::atomic<int> weightTState_ = kStale;
};

extern template class Dense<float>;
extern template class Dense<double>;

}  // namespace eqlab::nn
