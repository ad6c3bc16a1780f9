#pragma once

// Optimizers over the model's flat parameter vector (one loop over one contiguous buffer).
//   SGD:       p -= lr·(g + wd·p)
//   Momentum:  v = μ v + (g + wd·p);  p -= lr·v            (PyTorch's convention)
//   Adam:      AdamW — decoupled weight decay p -= lr·wd·p, then the usual bias-corrected step
// State vectors are allocated on the first step and reused.

#include <memory>
#include <string>

#include "compute/nn/layer.h"

namespace eqlab::train {

enum class OptimizerKind { SGD, Momentum, Adam };

struct OptimizerConfig {
    OptimizerKind kind = OptimizerKind::Adam;
    double momentum = 0.9;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double weightDecay = 0.0;
};

template <class S>
class Optimizer {
public:
    virtual ~Optimizer() = default;
    virtual std::string name() const = 0;
    // One update with learning rate lr, in two parts so that the trainer can run it in parallel:
    // beginStep() once (serially: sizes the state, counts the step), then update() on disjoint
    // ranges [begin, end) that cover all n parameters, in any order and on any threads. Each entry
    // is updated on its own, so the result does not depend on the ranges.
    // previous, if not null, receives the parameters of the range before the update.
    virtual void beginStep(nn::Index n, double lr) = 0;
    virtual void update(S* params, const S* grads, S* previous, nn::Index begin, nn::Index end) = 0;
    // Both parts over the whole vector. params and grads have equal sizes.
    void step(nn::Vector<S>& params, const nn::Vector<S>& grads, double lr,
              nn::Vector<S>* previous = nullptr) {
        beginStep(params.size(), lr);
        if (previous)
            previous->resize(params.size());
        update(params.data(), grads.data(), previous ? previous->data() : nullptr, 0,
               params.size());
    }
    // Forget the state (momentum, moments, step count).
    virtual void reset() = 0;
};

template <class S>
std::unique_ptr<Optimizer<S>> makeOptimizer(const OptimizerConfig& config);

extern template std::unique_ptr<Optimizer<float>> makeOptimizer<float>(const OptimizerConfig&);
extern template std::unique_ptr<Optimizer<double>> makeOptimizer<double>(const OptimizerConfig&);

}  // namespace eqlab::train
