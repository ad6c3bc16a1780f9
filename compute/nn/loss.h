#pragma once

// Losses over a chunk of samples (columns). Each returns the SUM over the chunk's samples of the
// per-sample loss and writes the gradient of that sum; the trainer adds chunk sums in a fixed order
// and divides by the batch size, so the reported loss is the batch mean.
//   MSE:            per sample (1/d) Σ_k (ŷ_k − y_k)²   (so the batch loss is the mean over all
//   entries) cross-entropy:  per sample −Σ_k y_k log softmax(ŷ)_k, with Y either k × n (one-hot or
//                   probabilities) or 1 × n (class indices 0..k−1 stored as numbers)

#include <memory>
#include <string>

#include "compute/nn/layer.h"

namespace eqlab::nn {

//   Gaussian NLL (flows): the model maps x to z with log|det ∂z/∂x|; per sample
//                   ½‖z‖² + (d/2) log 2π − log|det J|, the negative log-likelihood of x under a
//                   standard normal prior on z. Targets are ignored (Y may have 0 rows).
enum class LossKind { MSE, CrossEntropy, GaussianNLL };

template <class S>
class Loss {
public:
    virtual ~Loss() = default;
    virtual std::string name() const = 0;
    // prediction, target: as above (n columns). grad: resized like prediction.
    virtual double evaluate(const Matrix<S>& prediction, const Matrix<S>& target,
                            Matrix<S>& grad) const = 0;

    // Losses of flows also see the model's per-sample log|det J| (1 × n) and return its gradient.
    virtual bool usesLogDet() const { return false; }
    virtual double evaluateFlow(const Matrix<S>& z, const Matrix<S>& logDet, Matrix<S>& grad,
                                Matrix<S>& dLogDet) const;
};

template <class S>
std::unique_ptr<Loss<S>> makeLoss(LossKind kind);

// log Σ exp(z) computed stably as m + log Σ exp(z − m), m = max z. −inf for an empty or all −inf z.
template <class S>
S logSumExp(const Eigen::Ref<const Eigen::Matrix<S, Eigen::Dynamic, 1>>& z);

// Fraction of columns whose arg-max of `logits` equals the target class (target as for
// cross-entropy; for k × n targets the arg-max of the target column). With one output row the
// sign is the class: correct when logit and target (±1) have the same sign (> 0 or not).
template <class S>
double classificationAccuracy(const Matrix<S>& logits, const Matrix<S>& target);

extern template class Loss<float>;
extern template class Loss<double>;
extern template std::unique_ptr<Loss<float>> makeLoss<float>(LossKind);
extern template std::unique_ptr<Loss<double>> makeLoss<double>(LossKind);
extern template float logSumExp<float>(const Eigen::Ref<const Eigen::VectorXf>&);
extern template double logSumExp<double>(const Eigen::Ref<const Eigen::VectorXd>&);
extern template double classificationAccuracy<float>(const Matrix<float>&, const Matrix<float>&);
extern template double classificationAccuracy<double>(const Matrix<double>&, const Matrix<double>&);

}  // namespace eqlab::nn
