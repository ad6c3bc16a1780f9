#include "compute/core/error.h"

namespace eqlab {

const char* errorKindName(ErrorKind kind) noexcept {
    switch (kind) {
        case ErrorKind::InvalidArgument: return "invalid-argument";
        case ErrorKind::Parse: return "parse";
        case ErrorKind::Io: return "io";
        case ErrorKind::Divergence: return "divergence";
        case ErrorKind::Unsupported: return "unsupported";
        case ErrorKind::Internal: return "internal";
    }
    return "unknown";
}

}  // namespace eqlab
