#pragma once

// A small JSON reader (RFC 8259 subset that covers what eqlab's compute library reads: objects,
// arrays, numbers, strings with the usual escapes, true/false/null). No Qt here on purpose: the
// compute library must build without it. Errors throw eqlab::Error(ErrorKind::Parse) with the
// 1-based line and column of the offending character.

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace eqlab::json {

class Value {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Value() = default;
    static Value makeBool(bool b);
    static Value makeNumber(double x);
    static Value makeString(std::string s);
    static Value makeArray(std::vector<Value> items);
    static Value makeObject(std::map<std::string, Value> members);

    Type type() const { return type_; }
    bool isNull() const { return type_ == Type::Null; }
    bool isNumber() const { return type_ == Type::Number; }
    bool isString() const { return type_ == Type::String; }
    bool isArray() const { return type_ == Type::Array; }
    bool isObject() const { return type_ == Type::Object; }

    // Accessors throw Error(Parse) naming the expected type when the value has another type.
    bool asBool() const;
    double asNumber() const;
    const std::string& asString() const;
    const std::vector<Value>& asArray() const;
    const std::map<std::string, Value>& asObject() const;

    // Object member or nullptr.
    const Value* find(const std::string& key) const;

private:
    Type type_ = Type::Null;
    bool bool_ = false;
    double number_ = 0.0;
    std::string string_;
    std::vector<Value> array_;
    std::map<std::string, Value> object_;
};

const char* typeName(Value::Type type) noexcept;

// Parses a whole document; trailing non-space text and a member name given twice in one object are
// errors. `what` names the source in errors
// (a file name, "custom group").
Value parse(std::string_view text, std::string_view what = "JSON");

// The compact JSON text of a value, on one line in the style of eqlab's canonical files
// ({"a": 1, "b": [true, "x"]}): object members in key order, numbers as the shortest text that
// reads back to the same double. Non-finite numbers (which JSON cannot hold) are written as null.
std::string write(const Value& value);
// A string as a JSON string literal, quotes included.
std::string quote(const std::string& text);

// The whole file as text; Error(Io) when it cannot be read.
std::string readFile(const std::string& path);

// Reads and parses a file; Error(Io) when it cannot be read.
Value parseFile(const std::string& path);

}  // namespace eqlab::json
