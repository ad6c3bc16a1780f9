#pragma once

// The runs' training histories (train::RunHistory: losses, metric records, last tables) as one
// JSON document, for a saved session (the window's autosave). Numbers are written as the shortest
// text that reads back to the same double, so a history read back is bit-identical; a non-finite
// value (a metric that could not be computed) is written as null and read back as NaN.

#include <string>
#include <string_view>
#include <vector>

#include "compute/train/session.h"

namespace eqlab::train {

inline constexpr const char* kHistoryFormat = "eqlab-history 1";

std::string historiesToJson(const std::vector<RunHistory>& histories);
// Error(Parse) naming `source` and the field when the text is not such a document.
std::vector<RunHistory> historiesFromJson(std::string_view text, const std::string& source);

}  // namespace eqlab::train
