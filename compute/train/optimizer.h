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
    // One update with learning rate lr. params and grads have equal sizes. previous, if given,
    // receives the parameters before the update (in the same pass over them).
    virtual void step(nn::Vector<S>& params, const nn::Vector<S>& grads, double lr,
                      nn::Vector<S>* previous = nullptr) = 0;
    // Forget the state (momentum, moments, step count).
    virtual void reset() = 0;
};

template <class S>
std::unique_ptr<Optimizer<S>> makeOptimizer(const OptimizerConfig& config);

extern template std::unique_ptr<Optimizer<float>> makeOptimizer<float>(const OptimizerConfig&);
extern template std::unique_ptr<Optimizer<double>> makeOptimizer<double>(const OptimizerConfig&);

}  // namespace eqlab::train
