// Fuzzes the two small grammars of compute/groups: the representation expressions
// (makeRepresentation, docs/representations.md) and the group names (makeGroup).
//
// The first byte picks what the rest is: a representation of one of a few fixed groups (different
// groups make different atoms available: 'grid:K' needs D4's family, 'perm' a natural set), or a
// group name. Names starting with "custom:" are skipped: they name files (the custom_group target
// fuzzes their contents), and a fuzzer must not open /dev/stdin. Any exception other than
// eqlab::Error, crash or sanitizer report is a finding.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"

namespace {

const std::array<eqlab::groups::GroupPtr, 5>& fixedGroups() {
    static const std::array<eqlab::groups::GroupPtr, 5> groups = {
        eqlab::groups::makeGroup("S3"), eqlab::groups::makeGroup("D4"),
        eqlab::groups::makeGroup("C5"), eqlab::groups::makeGroup("V4"),
        eqlab::groups::makeGroup("T")};
    return groups;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto& groups = fixedGroups();
    const std::size_t pick = data[0] % (groups.size() + 1);
    try {
        if (pick < groups.size()) {
            eqlab::groups::makeRepresentation(groups[pick], text);
        } else if (!text.starts_with("custom:")) {
            eqlab::groups::makeGroup(text);
        }
    } catch (const eqlab::Error&) {
    }
    return 0;
}
