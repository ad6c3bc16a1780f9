#include "compute/io/file_name.h"

namespace eqlab::io {

std::string whyNotAFileName(std::string_view name) {
    std::string quoted;  // appended rather than built with operator+ (GCC 12's -Wrestrict)
    quoted.append("'").append(name).append("'");
    if (name.empty()) {
        return "expected a non-empty name";
    }
    if (name == "." || name == "..") {
        return quoted + " is not a file name (it names a folder)";
    }
    // 255 bytes is the limit of most Linux file systems; leave room for an extension.
    if (name.size() > 200) {
        return "a name of " + std::to_string(name.size()) + " bytes is too long (at most 200)";
    }
    for (const char c : name) {
        if (c == '/' || c == '\\') {
            return quoted + " contains '" + std::string(1, c) +
                   "': a name is a file name, not a path";
        }
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            return "the name contains a control character";
        }
    }
    return {};
}

}  // namespace eqlab::io
