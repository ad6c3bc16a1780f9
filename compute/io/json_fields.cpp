#include "compute/io/json_fields.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "compute/core/error.h"
#include "compute/io/number_format.h"

namespace eqlab::io {

Fields::Fields(const json::Value& value, std::string path, std::string source)
    : path_(std::move(path)), source_(std::move(source)) {
    if (!value.isObject()) {
        fail("", std::string("expected an object, got ") + json::typeName(value.type()));
    }
    object_ = &value.asObject();
}

void Fields::fail(const std::string& key, const std::string& what) const {
    const std::string field = key.empty() ? path_ : (path_.empty() ? key : path_ + "." + key);
    throw Error(ErrorKind::Parse,
                source_ + ": field '" + (field.empty() ? "(top)" : field) + "': " + what);
}

const json::Value* Fields::get(const std::string& key) {
    seen_.insert(key);
    return has(key);
}

const json::Value* Fields::present(const std::string& key, bool required, const char* expected) {
    const json::Value* v = get(key);
    if (!v && required) {
        fail(key, std::string("missing (expected ") + expected + ")");
    }
    return v;
}

std::string Fields::string(const std::string& key, std::string fallback, bool required) {
    const json::Value* v = present(key, required, "a string");
    if (!v) {
        return fallback;
    }
    if (!v->isString()) {
        fail(key, std::string("expected a string, got ") + json::typeName(v->type()));
    }
    return v->asString();
}

std::string Fields::choice(const std::string& key, std::string fallback,
                           const std::vector<std::string>& allowed, bool required) {
    std::string value = string(key, fallback, required);
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
        std::string list;
        for (const auto& a : allowed) {
            list += (list.empty() ? "" : ", ") + a;
        }
        fail(key, "expected one of " + list + ", got '" + value + "'");
    }
    return value;
}

double Fields::number(const std::string& key, double fallback, double minimum, double maximum,
                      bool exclusiveMinimum, bool required) {
    const json::Value* v = present(key, required, "a number");
    if (!v) {
        return fallback;
    }
    if (!v->isNumber()) {
        fail(key, std::string("expected a number, got ") + json::typeName(v->type()));
    }
    const double x = v->asNumber();
    const bool low = exclusiveMinimum ? !(x > minimum) : !(x >= minimum);
    if (!std::isfinite(x) || low || x > maximum) {
        std::ostringstream what;
        what << "expected a number " << (exclusiveMinimum ? "> " : ">= ") << formatNumber(minimum)
             << " and <= " << formatNumber(maximum) << ", got " << formatNumber(x);
        fail(key, what.str());
    }
    return x;
}

std::int64_t Fields::integer(const std::string& key, std::int64_t fallback, std::int64_t minimum,
                             std::int64_t maximum, bool required) {
    const json::Value* v = present(key, required, "an integer");
    if (!v) {
        return fallback;
    }
    if (!v->isNumber() || std::floor(v->asNumber()) != v->asNumber()) {
        fail(key, "expected an integer, got " + (v->isNumber()
                                                     ? formatNumber(v->asNumber())
                                                     : std::string(json::typeName(v->type()))));
    }
    const double x = v->asNumber();
    if (x < static_cast<double>(minimum) || x > static_cast<double>(maximum)) {
        fail(key, "expected an integer from " + std::to_string(minimum) + " to " +
                      std::to_string(maximum) + ", got " + formatNumber(x));
    }
    return static_cast<std::int64_t>(x);
}

const json::Value* Fields::has(const std::string& key) const {
    auto it = object_->find(key);
    return it == object_->end() ? nullptr : &it->second;
}

bool Fields::boolean(const std::string& key, bool fallback) {
    const json::Value* v = get(key);
    if (!v) {
        return fallback;
    }
    if (v->type() != json::Value::Type::Bool) {
        fail(key, std::string("expected true or false, got ") + json::typeName(v->type()));
    }
    return v->asBool();
}

void Fields::rejectUnknown() const {
    for (const auto& [key, value] : *object_) {
        if (!seen_.count(key)) {
            std::string known;
            for (const auto& k : seen_) {
                known += (known.empty() ? "" : ", ") + k;
            }
            fail(key, "unknown field (expected one of: " + known + ")");
        }
    }
}

}  // namespace eqlab::io
