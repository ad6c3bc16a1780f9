#include "compute/core/json.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "compute/core/error.h"

namespace eqlab::json {

Value Value::makeBool(bool b) {
    Value v;
    v.type_ = Type::Bool;
    v.bool_ = b;
    return v;
}
Value Value::makeNumber(double x) {
    Value v;
    v.type_ = Type::Number;
    v.number_ = x;
    return v;
}
Value Value::makeString(std::string s) {
    Value v;
    v.type_ = Type::String;
    v.string_ = std::move(s);
    return v;
}
Value Value::makeArray(std::vector<Value> items) {
    Value v;
    v.type_ = Type::Array;
    v.array_ = std::move(items);
    return v;
}
Value Value::makeObject(std::map<std::string, Value> members) {
    Value v;
    v.type_ = Type::Object;
    v.object_ = std::move(members);
    return v;
}

const char* typeName(Value::Type type) noexcept {
    switch (type) {
        case Value::Type::Null:
            return "null";
        case Value::Type::Bool:
            return "boolean";
        case Value::Type::Number:
            return "number";
        case Value::Type::String:
            return "string";
        case Value::Type::Array:
            return "array";
        case Value::Type::Object:
            return "object";
    }
    return "unknown";
}

namespace {
[[noreturn]] void wrongType(Value::Type expected, Value::Type actual) {
    throw Error(ErrorKind::Parse, std::string("JSON value: expected ") + typeName(expected) +
                                      ", found " + typeName(actual));
}
}  // namespace

bool Value::asBool() const {
    if (type_ != Type::Bool)
        wrongType(Type::Bool, type_);
    return bool_;
}
double Value::asNumber() const {
    if (type_ != Type::Number)
        wrongType(Type::Number, type_);
    return number_;
}
const std::string& Value::asString() const {
    if (type_ != Type::String)
        wrongType(Type::String, type_);
    return string_;
}
const std::vector<Value>& Value::asArray() const {
    if (type_ != Type::Array)
        wrongType(Type::Array, type_);
    return array_;
}
const std::map<std::string, Value>& Value::asObject() const {
    if (type_ != Type::Object)
        wrongType(Type::Object, type_);
    return object_;
}
const Value* Value::find(const std::string& key) const {
    if (type_ != Type::Object)
        return nullptr;
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &it->second;
}

namespace {

// Recursive-descent parser over the text; depth is bounded so hostile input cannot blow the stack.
class Parser {
public:
    Parser(std::string_view text, std::string_view what) : text_(text), what_(what) {}

    Value document() {
        Value v = value(0);
        skipSpace();
        if (pos_ != text_.size())
            fail("expected end of document");
        return v;
    }

private:
    static constexpr int kMaxDepth = 256;

    [[noreturn]] void fail(const std::string& expected) const {
        int line = 1, column = 1;
        for (size_t i = 0; i < pos_ && i < text_.size(); ++i) {
            if (text_[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        std::ostringstream os;
        os << what_ << ": " << expected << " at line " << line << ", column " << column;
        if (pos_ < text_.size()) {
            os << " (found '" << text_[pos_] << "')";
        } else {
            os << " (found end of text)";
        }
        throw Error(ErrorKind::Parse, os.str());
    }

    void skipSpace() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                       text_[pos_] == '\n' || text_[pos_] == '\r')) {
            ++pos_;
        }
    }

    bool consume(char c) {
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }

    void expect(char c) {
        if (!consume(c))
            fail(std::string("expected '") + c + "'");
    }

    bool literal(std::string_view word) {
        if (text_.substr(pos_, word.size()) == word) {
            pos_ += word.size();
            return true;
        }
        return false;
    }

    Value value(int depth) {
        if (depth > kMaxDepth)
            fail("nesting too deep");
        skipSpace();
        if (pos_ >= text_.size())
            fail("expected a value");
        const char c = text_[pos_];
        if (c == '{')
            return object(depth);
        if (c == '[')
            return array(depth);
        if (c == '"')
            return Value::makeString(string());
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        if (literal("true"))
            return Value::makeBool(true);
        if (literal("false"))
            return Value::makeBool(false);
        if (literal("null"))
            return Value();
        fail("expected a value (object, array, string, number, true, false or null)");
    }

    Value object(int depth) {
        expect('{');
        std::map<std::string, Value> members;
        if (consume('}'))
            return Value::makeObject(std::move(members));
        while (true) {
            skipSpace();
            if (pos_ >= text_.size() || text_[pos_] != '"')
                fail("expected a member name string");
            const size_t keyAt = pos_;
            std::string key = string();
            // A name given twice is a mistake in any file eqlab reads (a safetensors header with
            // two tensors of one name, a setting written twice): say so instead of keeping one.
            if (members.count(key)) {
                pos_ = keyAt;
                fail("duplicate member '" + key + "'; expected each name once");
            }
            expect(':');
            members[key] = value(depth + 1);
            if (consume('}'))
                break;
            if (!consume(','))
                fail("expected ',' or '}'");
        }
        return Value::makeObject(std::move(members));
    }

    Value array(int depth) {
        expect('[');
        std::vector<Value> items;
        if (consume(']'))
            return Value::makeArray(std::move(items));
        while (true) {
            items.push_back(value(depth + 1));
            if (consume(']'))
                break;
            if (!consume(','))
                fail("expected ',' or ']'");
        }
        return Value::makeArray(std::move(items));
    }

    static void appendUtf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    unsigned hex4() {
        if (pos_ + 4 > text_.size())
            fail("expected 4 hex digits");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = text_[pos_];
            v <<= 4;
            if (h >= '0' && h <= '9') {
                v |= static_cast<unsigned>(h - '0');
            } else if (h >= 'a' && h <= 'f') {
                v |= static_cast<unsigned>(h - 'a' + 10);
            } else if (h >= 'A' && h <= 'F') {
                v |= static_cast<unsigned>(h - 'A' + 10);
            } else {
                fail("expected a hex digit");
            }
            ++pos_;
        }
        return v;
    }

    std::string string() {
        ++pos_;  // opening quote, checked by the caller
        std::string out;
        while (true) {
            if (pos_ >= text_.size())
                fail("unterminated string, expected '\"'");
            const char c = text_[pos_++];
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20) {
                --pos_;
                fail("control character in string");
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= text_.size())
                fail("expected an escape character");
            const char e = text_[pos_++];
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && literal("\\u")) {
                        const unsigned lo = hex4();
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    appendUtf8(out, cp);
                    break;
                }
                default:
                    --pos_;
                    fail("expected a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)");
            }
        }
        return out;
    }

    Value number() {
        const size_t start = pos_;
        if (text_[pos_] == '-')
            ++pos_;
        auto digits = [&] {
            const size_t s = pos_;
            while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9')
                ++pos_;
            return pos_ > s;
        };
        if (!digits())
            fail("expected a digit");
        if (pos_ < text_.size() && text_[pos_] == '.') {
            ++pos_;
            if (!digits())
                fail("expected a digit after '.'");
        }
        if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-'))
                ++pos_;
            if (!digits())
                fail("expected a digit in the exponent");
        }
        const std::string token(text_.substr(start, pos_ - start));
        const double x = std::strtod(token.c_str(), nullptr);
        if (!std::isfinite(x)) {
            pos_ = start;
            fail("number out of range");
        }
        return Value::makeNumber(x);
    }

    std::string_view text_;
    std::string what_;
    size_t pos_ = 0;
};

}  // namespace

Value parse(std::string_view text, std::string_view what) {
    // Editors on some systems start UTF-8 files with a byte-order mark; it carries no meaning.
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    return Parser(text, what).document();
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, "cannot open '" + path + "' for reading");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        throw Error(ErrorKind::Io, "cannot read '" + path + "'");
    return ss.str();
}

Value parseFile(const std::string& path) {
    return parse(readFile(path), path);
}

std::string quote(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

namespace {

void writeTo(std::string& out, const Value& value) {
    switch (value.type()) {
        case Value::Type::Null:
            out += "null";
            break;
        case Value::Type::Bool:
            out += value.asBool() ? "true" : "false";
            break;
        case Value::Type::Number: {
            const double x = value.asNumber();
            if (!std::isfinite(x)) {
                out += "null";
                break;
            }
            char buffer[64];
            const auto result = std::to_chars(buffer, buffer + sizeof buffer, x);
            out.append(buffer, result.ptr);
            break;
        }
        case Value::Type::String:
            out += quote(value.asString());
            break;
        case Value::Type::Array: {
            out += "[";
            bool first = true;
            for (const auto& item : value.asArray()) {
                out += first ? "" : ", ";
                first = false;
                writeTo(out, item);
            }
            out += "]";
            break;
        }
        case Value::Type::Object: {
            out += "{";
            bool first = true;
            for (const auto& [key, member] : value.asObject()) {
                out += first ? "" : ", ";
                first = false;
                out += quote(key) + ": ";
                writeTo(out, member);
            }
            out += "}";
            break;
        }
    }
}

}  // namespace

std::string write(const Value& value) {
    std::string out;
    writeTo(out, value);
    return out;
}

}  // namespace eqlab::json
