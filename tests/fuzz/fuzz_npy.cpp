// Fuzzes the NumPy .npy reader (compute/data/user_data.h parseNpy) on the bytes. Any exception
// other than eqlab::Error (std::bad_alloc from a header's shape included), crash or sanitizer
// report is a finding.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compute/core/error.h"
#include "compute/data/user_data.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        eqlab::data::parseNpy(bytes, "fuzz.npy");
    } catch (const eqlab::Error&) {
    }
    return 0;
}
