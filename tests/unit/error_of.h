#pragma once

// The message of the eqlab::Error that f throws, or "(no error)": for tests that check what a
// user is told about bad input.

#include <functional>
#include <string>

#include "compute/core/error.h"

namespace eqlab::tests {

inline std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace eqlab::tests
