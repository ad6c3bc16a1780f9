// Fuzzes the safetensors reader (compute/io/safetensors.h parseSafetensors, the in-memory form of
// readSafetensors) on the bytes, and for a file it accepts, writing it back must give bytes that
// read back. Any exception other than eqlab::Error, crash or sanitizer report is a finding.

#include <cstddef>
#include <cstdint>
#include <string>

#include "compute/core/error.h"
#include "compute/io/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    eqlab::io::SafetensorsFile file;
    try {
        file = eqlab::io::parseSafetensors(bytes, "fuzz.safetensors");
    } catch (const eqlab::Error&) {
        return 0;
    }
    std::string written;
    try {
        written = eqlab::io::safetensorsBytes(file);
    } catch (const eqlab::Error&) {
        return 0;  // e.g. an empty tensor name the writer refuses
    }
    eqlab::io::parseSafetensors(written, "rewritten.safetensors");
    return 0;
}
