#pragma once

// An immutable picture of a training run, cheap to pass across threads as
// std::shared_ptr<const Snapshot>. Values are stored in double whatever the training precision
// (float -> double is exact), so views need no templates.

#include <cstdint>
#include <string>
#include <vector>

namespace eqlab::train {

struct MetricPoint {
    std::int64_t step;
    std::string name;
    double value;
};

struct Snapshot {
    std::int64_t step = 0;              // steps completed
    std::vector<double> losses;         // mini-batch loss of each completed step (index = step)
    std::vector<double> learningRates;  // learning rate used at each completed step
    std::vector<MetricPoint> metrics;   // in the order they were computed
    std::vector<double> params;         // copy of the flat parameter vector after `step` steps
    bool diverged = false;
};

}  // namespace eqlab::train
