#pragma once

// Learning-rate schedules as values: lr(step) for step = 0, 1, ...
//   constant: base
//   cosine:   minimum + ½(base − minimum)(1 + cos(π·min(step, total)/total)), optional linear
//   warmup

#include <cstdint>

namespace eqlab::train {

struct Schedule {
    enum class Kind { Constant, Cosine };
    Kind kind = Kind::Constant;
    double base = 1e-3;
    double minimum = 0.0;
    std::int64_t totalSteps = 1;   // cosine: steps over which lr decays to minimum
    std::int64_t warmupSteps = 0;  // linear ramp from base/warmup to base

    static Schedule constant(double lr) { return {Kind::Constant, lr, lr, 1, 0}; }
    static Schedule cosine(double lr, std::int64_t total, double minimum = 0.0,
                           std::int64_t warmup = 0) {
        return {Kind::Cosine, lr, minimum, total, warmup};
    }

    double at(std::int64_t step) const;
};

}  // namespace eqlab::train
