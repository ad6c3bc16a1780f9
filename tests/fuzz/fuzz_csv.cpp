// Fuzzes the CSV reader of user data (compute/data/user_data.h): parseCsv on the bytes and, when
// it accepts them, csvTask as a regression and as a classification task. Any exception other
// than eqlab::Error, crash or sanitizer report is a finding.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compute/core/error.h"
#include "compute/data/user_data.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const eqlab::data::CsvTable table = eqlab::data::parseCsv(text, "fuzz.csv");
        for (const bool classification : {false, true}) {
            try {
                eqlab::data::csvTask(table, {.targets = 1, .classification = classification},
                                     "fuzz.csv");
            } catch (const eqlab::Error&) {
            }
        }
    } catch (const eqlab::Error&) {
    }
    return 0;
}
