// Fuzzes the experiment reader (compute/io/experiment.h): parseExperiment on the bytes, then the
// canonical JSON of what it accepted must parse back, and every variant applies or is refused
// with an eqlab::Error. Any other exception, crash or sanitizer report is a finding.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "compute/core/error.h"
#include "compute/io/experiment.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    eqlab::io::ExperimentSpec spec;
    try {
        spec = eqlab::io::parseExperiment(text, "fuzz.eqlab.json");
    } catch (const eqlab::Error&) {
        return 0;  // refused with a message: the expected outcome for most inputs
    }
    // Accepted: what eqlab writes next to results must read back (a refusal here is a bug).
    eqlab::io::parseExperiment(eqlab::io::experimentToJson(spec), "canonical.eqlab.json");
    for (const eqlab::io::VariantSpec& variant : spec.variants) {
        try {
            eqlab::io::applyVariant(spec, variant);
        } catch (const eqlab::Error&) {
        }
    }
    return 0;
}
