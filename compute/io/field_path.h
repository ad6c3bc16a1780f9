#pragma once

// Field paths into a JSON document: "task.transforms", "runs[1].augment",
// "runs[0].model[2].out", "optimizer.lr". A lesson variant (compute/io/experiment.h) is a list of
// (path, value) edits of an experiment; sweeps over "any field by path" use the same paths.
//
// Grammar: a key (letters, digits, '_', '-'), then any number of ".key" and "[index]" steps.
// Errors throw Error(Parse) with a detail that names the path and the step that failed, e.g.
//   "field path 'runs[5].augment': runs has 3 entries (indices 0 to 2)".

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "compute/core/json.h"

namespace eqlab::io {

struct PathStep {
    std::string key;        // an object member, or
    std::size_t index = 0;  // an array element when key is empty
    bool isIndex() const { return key.empty(); }
};

// Splits a path into its steps; Error(Parse) for a malformed path ("runs[x]", "task..kind", "").
std::vector<PathStep> parseFieldPath(std::string_view path);

// The text of a path ("runs[1].model[0].out"); parseFieldPath(formatFieldPath(steps)) == steps.
std::string formatFieldPath(const std::vector<PathStep>& steps);

// The document with the field at `path` set to `value`. Every step but the last must exist; the
// last may name a member the object does not have yet (a field the file left at its default),
// but an array index must be in range. Error(Parse) naming the path otherwise.
json::Value setField(const json::Value& document, std::string_view path, json::Value value);

// The value at `path`, or nullptr when some step does not exist.
const json::Value* findField(const json::Value& document, std::string_view path);

}  // namespace eqlab::io
