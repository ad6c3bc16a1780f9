#pragma once

// Numbers as text for files that must be byte-identical across runs and machines: the shortest
// text that reads back to the same double (std::to_chars), "nan"/"inf" spelled out.

#include <string>

namespace eqlab::io {

std::string formatNumber(double value);
std::string quoteJson(const std::string& text);  // "..." with JSON escapes

}  // namespace eqlab::io
