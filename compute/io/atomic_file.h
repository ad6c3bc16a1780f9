#pragma once

// Writing a file all or nothing.

#include <string>

namespace eqlab::io {

// Writes text to path all or nothing: into path + ".part", then renamed into place, so a reader
// never sees half a file. Throws Error(Io) naming the file that could not be written.
void writeFileAtomically(const std::string& path, const std::string& text);

}  // namespace eqlab::io
