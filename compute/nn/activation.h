#pragma once

// Pointwise nonlinearities, Y = σ(X) elementwise (dim × n -> dim × n). No parameters.
// Pointwise σ commutes with permutation matrices, so it is safe between equivariant layers on
// permutation and regular representations (docs/math.md §3.3).

#include "compute/nn/layer.h"

namespace eqlab::nn {

enum class Activation {
    ReLU,
    LeakyReLU,  // x for x > 0, αx otherwise (α given to the layer)
    Tanh,
    Sigmoid,
    GELU,      // x·Φ(x) = ½x(1 + erf(x/√2)), the exact (erf) form
    Softplus,  // log(1 + eˣ), evaluated stably
    Erf,
    Square,
    Identity,
};

// Short name ("relu", "gelu", ...).
const char* activationName(Activation a) noexcept;

template <class S>
class Pointwise final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    Pointwise(Activation act, Index dim, double alpha = 0.01);

    std::string describe() const override;
    Index inDim() const override { return dim_; }
    Index outDim() const override { return dim_; }
    Activation activation() const noexcept { return act_; }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

private:
    Activation act_;
    Index dim_;
    S alpha_;
};

extern template class Pointwise<float>;
extern template class Pointwise<double>;

}  // namespace eqlab::nn
