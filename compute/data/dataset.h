#pragma once

// A training or test set as the trainer and the metrics read it: one sample per column, in the
// precision of the net (S = float or double). The task generators (tasks.h) produce TaskData in
// double; the session casts it into a Dataset once per run.

#include <Eigen/Core>

namespace eqlab::data {

template <class S>
struct Dataset {
    using Matrix = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic>;  // = nn::Matrix<S>
    Matrix X;  // in × N, one sample per column
    Matrix Y;  // targets × N (MSE, one-hot) or 1 × N (class indices); 0 × N for flows
};

}  // namespace eqlab::data
