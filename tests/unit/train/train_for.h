#pragma once

// Steps a trainer until it has completed `steps` steps, as the session does; false when it
// diverged first (trainer.divergence() then says where).

#include <cstdint>

#include "compute/train/trainer.h"

namespace eqlab::tests {

template <class S>
bool trainFor(train::Trainer<S>& trainer, std::int64_t steps) {
    while (trainer.stepsDone() < steps) {
        if (!trainer.step())
            return false;
    }
    return true;
}

}  // namespace eqlab::tests
