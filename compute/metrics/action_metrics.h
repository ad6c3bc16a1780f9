#pragma once

// Metrics of involutive nets, neural group actions and parity-constrained nets (docs/math.md §4.9):
//   group-law violation  ‖N_g(N_h x) − N_gh x‖   over all g, h ∈ G and a batch of points x
//   involution error     ‖N(N(x)) − x‖
//   log|det J_{N_g}(x)|  over all g and the batch (exactly from a neural group action, otherwise
//                        from a Jacobian by central differences)
//   parity error         ‖f(T x) − p·f(x)‖
// Norms are Euclidean norms of one sample's vector (absolute, not relative); `mean` averages over
// all (elements, samples), `max` is the largest. The maps are plain functions of a batch (d × n,
// one point per column), so any model can be measured: adapters below wrap an nn::Model whose
// input is [x; g] (the neural-group-action convention, also used by plain nets on group-action
// tasks) or x.

#include <functional>

#include <Eigen/Core>

#include "compute/groups/group.h"
#include "compute/nn/model.h"
#include "compute/nn/parity.h"

namespace eqlab::metrics {

struct ErrorStats {
    double mean = 0;
    double max = 0;
};

struct LogDetStats {
    double mean = 0;    // mean of log|det J|
    double maxAbs = 0;  // largest |log|det J||
};

// N_g(X) for an element index g and points X (d × n) -> d × n.
using GroupMap = std::function<Eigen::MatrixXd(int g, const Eigen::MatrixXd& X)>;
// N(X) for points X (d × n) -> m × n.
using PointMap = std::function<Eigen::MatrixXd(const Eigen::MatrixXd& X)>;

ErrorStats groupLawViolation(const groups::Group& G, const GroupMap& N, const Eigen::MatrixXd& X);
ErrorStats involutionError(const PointMap& N, const Eigen::MatrixXd& X);
ErrorStats parityError(const PointMap& f, const nn::AffineInvolution& T, int parity,
                       const Eigen::MatrixXd& X);
// Central differences with step h: 2d extra evaluations per point and element.
LogDetStats numericLogDet(const groups::Group& G, const GroupMap& N, const Eigen::MatrixXd& X,
                          double h = 1e-5);

// Adapters (evaluate with Model::predict; the model is not modified beyond prepare()).
// N_g(X) = model([X; e(g)]) with the element rows e(g) in the task's encoding: oneHotOrder 0, one
// row holding the index g (a neural group action's input); otherwise oneHotOrder rows with a 1 in
// row g (data::withElementRows, TaskData::elementOneHot).
template <class S>
GroupMap groupMapOf(nn::Model<S>& model, int oneHotOrder = 0);
template <class S>
PointMap pointMapOf(nn::Model<S>& model);  // N(X) = model(X)

// log|det J_{N_g}| of a model over G and X: exact (from the layer) when the model's only layer is
// a neural group action, numericLogDet otherwise (with the elements encoded as in groupMapOf).
template <class S>
LogDetStats groupActionLogDet(nn::Model<S>& model, const groups::Group& G, const Eigen::MatrixXd& X,
                              int oneHotOrder = 0);

}  // namespace eqlab::metrics
