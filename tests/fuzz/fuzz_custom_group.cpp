// Fuzzes the custom group reader (compute/groups/catalogue.h customGroupFromJson) and, for a
// group it accepts, the representations built from the file's actions ('std', 'perm'). Any
// exception other than eqlab::Error, crash or sanitizer report is a finding.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    eqlab::groups::GroupPtr group;
    try {
        group = eqlab::groups::customGroupFromJson(text, "custom:fuzz.json");
    } catch (const eqlab::Error&) {
        return 0;
    }
    for (const char* rep : {"std", "perm", "sign"}) {
        try {
            eqlab::groups::makeRepresentation(group, rep);
        } catch (const eqlab::Error&) {
        }
    }
    return 0;
}
