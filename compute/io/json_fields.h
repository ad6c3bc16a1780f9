#pragma once

// Reads the members of one JSON object of an experiment file, naming every problem by its file
// and dotted field path, and rejecting members it was not asked for (a misspelt "optimiser" must
// not be silently ignored). Every problem is Error(Parse) with a detail such as
//   "xor.eqlab.json: field 'optimizer.lr': expected a number > 0 and <= 1000000, got -0.1".
// Used by the experiment reader (experiment.cpp) and the readers of its parts (run_inputs.cpp).

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "compute/core/json.h"

namespace eqlab::io {

class Fields {
public:
    // path: the object's dotted path ("" for the top, "runs[1]"); source: the file name.
    Fields(const json::Value& value, std::string path, std::string source);

    [[noreturn]] void fail(const std::string& key, const std::string& what) const;

    // The member (marked as read), or nullptr when absent.
    const json::Value* get(const std::string& key);
    // The member without marking it as read.
    const json::Value* has(const std::string& key) const;

    std::string string(const std::string& key, std::string fallback, bool required = false);
    std::string choice(const std::string& key, std::string fallback,
                       const std::vector<std::string>& allowed, bool required = false);
    double number(const std::string& key, double fallback, double minimum, double maximum,
                  bool exclusiveMinimum = false, bool required = false);
    std::int64_t integer(const std::string& key, std::int64_t fallback, std::int64_t minimum,
                         std::int64_t maximum, bool required = false);
    bool boolean(const std::string& key, bool fallback);

    // Fails on the first member no getter asked for, listing the ones that were.
    void rejectUnknown() const;

    const std::string& path() const { return path_; }
    const std::string& source() const { return source_; }

private:
    // The member (marked as read); fails naming what was expected when it is required and absent.
    const json::Value* present(const std::string& key, bool required, const char* expected);

    const std::map<std::string, json::Value>* object_ = nullptr;
    std::string path_;
    std::string source_;
    std::set<std::string> seen_;
};

}  // namespace eqlab::io
