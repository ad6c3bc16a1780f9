#include "compute/train/schedule.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eqlab::train {

double Schedule::at(std::int64_t step) const {
    if (warmupSteps > 0 && step < warmupSteps)
        return base * double(step + 1) / double(warmupSteps);
    switch (kind) {
        case Kind::Constant:
            return base;
        case Kind::Cosine: {
            const std::int64_t total = std::max<std::int64_t>(1, totalSteps - warmupSteps);
            const std::int64_t t = std::clamp<std::int64_t>(step - warmupSteps, 0, total);
            return minimum +
                   0.5 * (base - minimum) * (1.0 + std::cos(std::numbers::pi * double(t) / total));
        }
    }
    return base;
}

}  // namespace eqlab::train
