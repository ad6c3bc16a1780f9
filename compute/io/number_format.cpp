#include "compute/io/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "compute/core/json.h"

namespace eqlab::io {

std::string formatNumber(double value) {
    if (std::isnan(value)) {
        return "nan";
    }
    if (std::isinf(value)) {
        return value > 0 ? "inf" : "-inf";
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string quoteJson(const std::string& text) {
    return json::quote(text);  // one JSON escaper: compute/core/json.h
}

}  // namespace eqlab::io
