#include "compute/io/safetensors.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <set>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/io/atomic_file.h"

namespace eqlab::io {

static_assert(std::endian::native == std::endian::little,
              "safetensors is little-endian; this reader copies bytes as they are");

namespace {

// 2^53: every integer up to here is exact in the double the JSON reader gives.
constexpr double kMaxExactInteger = 9007199254740992.0;

// Dtypes of the format that eqlab does not read, to reject them by name.
bool knownOtherDtype(const std::string& d) {
    static const std::set<std::string> others{
        "BOOL", "U8",  "I8",  "F8_E5M2", "F8_E4M3", "I16",     "U16",     "F16", "BF16", "I32",
        "U32",  "I64", "U64", "C64",     "F8_E8M0", "F6_E2M3", "F6_E3M2", "F4",  "U1",   "I1"};
    return others.count(d) > 0;
}

struct Entry {
    std::string name;
    TensorDtype dtype;
    std::vector<std::int64_t> shape;
    std::uint64_t begin, end, count;
};

class Reader {
public:
    Reader(const std::string& bytes, const std::string& what) : bytes_(bytes), what_(what) {}

    SafetensorsFile read() {
        const std::uint64_t size = bytes_.size();
        if (size < 8)
            fail("the file is " + std::to_string(size) +
                 " bytes long, shorter than the 8-byte header length that starts a safetensors "
                 "file");
        std::uint64_t n = 0;
        std::memcpy(&n, bytes_.data(), 8);
        // Checked against the cap and the real size before anything is allocated from it.
        if (n > kMaxHeaderBytes)
            fail("the header length " + std::to_string(n) + " is beyond the limit of " +
                 std::to_string(kMaxHeaderBytes) + " bytes");
        if (n > size - 8)
            fail("the header length " + std::to_string(n) + " goes beyond the end of the file (" +
                 std::to_string(size - 8) + " bytes follow the length)");
        json::Value header;
        try {
            header = json::parse(std::string_view(bytes_).substr(8, n), "header");
        } catch (const Error& e) {
            fail(std::string("the header is not valid JSON: ") + e.detail());
        }
        if (!header.isObject())
            fail(std::string("the header is a JSON ") + json::typeName(header.type()) +
                 ", not an object of tensors");
        buffer_ = 8 + n;
        const std::uint64_t bufferSize = size - buffer_;

        SafetensorsFile file;
        std::vector<Entry> entries;
        for (const auto& [name, value] : header.asObject()) {
            if (name == "__metadata__") {
                file.metadata = metadata(value);
                continue;
            }
            entries.push_back(entry(name, value, bufferSize));
        }
        checkTiling(entries, bufferSize);
        for (const Entry& e : entries)
            file.tensors.push_back(values(e));
        return file;
    }

private:
    [[noreturn]] void fail(const std::string& problem) const {
        throw Error(ErrorKind::Parse, what_ + ": " + problem);
    }

    std::map<std::string, std::string> metadata(const json::Value& value) const {
        if (!value.isObject())
            fail(std::string("__metadata__ is a JSON ") + json::typeName(value.type()) +
                 ", not an object of strings");
        std::map<std::string, std::string> out;
        for (const auto& [key, v] : value.asObject()) {
            if (!v.isString())
                fail("__metadata__ value of '" + key + "' is a JSON " + json::typeName(v.type()) +
                     ", not a string (the format allows strings only)");
            out[key] = v.asString();
        }
        return out;
    }

    // A whole number in [0, 2^53] or a message naming the field.
    std::uint64_t natural(const json::Value& v, const std::string& field) const {
        if (!v.isNumber())
            fail(field + " is a JSON " + json::typeName(v.type()) + ", not a whole number");
        const double x = v.asNumber();
        if (x < 0)
            fail(field + " is negative (" + json::write(v) + ")");
        if (x != std::floor(x) || x > kMaxExactInteger)
            fail(field + " is not a whole number below 2^53 (" + json::write(v) + ")");
        return static_cast<std::uint64_t>(x);
    }

    Entry entry(const std::string& name, const json::Value& value, std::uint64_t bufferSize) const {
        const std::string where = "tensor '" + name + "'";
        if (!value.isObject())
            fail(where + " is a JSON " + json::typeName(value.type()) +
                 ", not an object with dtype, shape and data_offsets");
        for (const auto& [key, v] : value.asObject()) {
            (void)v;
            if (key != "dtype" && key != "shape" && key != "data_offsets")
                fail(where + " has an unknown field '" + key +
                     "' (expected dtype, shape and data_offsets)");
        }
        for (const char* key : {"dtype", "shape", "data_offsets"}) {
            if (!value.find(key))
                fail(where + " has no '" + key + "'");
        }
        Entry e;
        e.name = name;
        const json::Value& dtype = *value.find("dtype");
        if (!dtype.isString())
            fail(where + ": dtype is a JSON " + json::typeName(dtype.type()) + ", not a string");
        const std::string& d = dtype.asString();
        std::uint64_t elementSize = 0;
        if (d == "F32") {
            e.dtype = TensorDtype::F32;
            elementSize = 4;
        } else if (d == "F64") {
            e.dtype = TensorDtype::F64;
            elementSize = 8;
        } else if (knownOtherDtype(d)) {
            fail(where + ": dtype '" + d + "' is not supported: eqlab reads F32 and F64");
        } else {
            fail(where + ": unknown dtype '" + d + "' (eqlab reads F32 and F64)");
        }

        const json::Value& shape = *value.find("shape");
        if (!shape.isArray())
            fail(where + ": shape is a JSON " + json::typeName(shape.type()) +
                 ", not an array of whole numbers");
        std::uint64_t count = 1;
        for (std::size_t k = 0; k < shape.asArray().size(); ++k) {
            const std::uint64_t extent =
                natural(shape.asArray()[k], where + ": shape[" + std::to_string(k) + "]");
            e.shape.push_back(static_cast<std::int64_t>(extent));
            if (__builtin_mul_overflow(count, extent, &count))
                fail(where + ": the shape " + shapeText(e.shape) +
                     " has more elements than 64 bits can count");
        }
        std::uint64_t bytes = 0;
        if (__builtin_mul_overflow(count, elementSize, &bytes))
            fail(where + ": the shape " + shapeText(e.shape) + " of " + d +
                 " needs more bytes than 64 bits can count");

        const json::Value& offsets = *value.find("data_offsets");
        if (!offsets.isArray() || offsets.asArray().size() != 2)
            fail(where + ": data_offsets must be an array [begin, end]");
        e.begin = natural(offsets.asArray()[0], where + ": data_offsets[0]");
        e.end = natural(offsets.asArray()[1], where + ": data_offsets[1]");
        if (e.begin > e.end)
            fail(where + ": data_offsets [" + std::to_string(e.begin) + ", " +
                 std::to_string(e.end) + "] begin after they end");
        if (e.end > bufferSize)
            fail(where + ": data_offsets [" + std::to_string(e.begin) + ", " +
                 std::to_string(e.end) + "] go beyond the data, which has " +
                 std::to_string(bufferSize) + " bytes");
        if (e.end - e.begin != bytes)
            fail(where + ": the shape " + shapeText(e.shape) + " of " + d + " needs " +
                 std::to_string(bytes) + " bytes but data_offsets [" + std::to_string(e.begin) +
                 ", " + std::to_string(e.end) + "] hold " + std::to_string(e.end - e.begin));
        e.count = count;
        return e;
    }

    // The format requires the tensors to cover the byte buffer exactly, in some order.
    void checkTiling(std::vector<Entry>& entries, std::uint64_t bufferSize) const {
        std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
        });
        std::uint64_t covered = 0;
        const Entry* previous = nullptr;
        for (const Entry& e : entries) {
            if (e.begin < covered)
                fail("tensors '" + previous->name + "' and '" + e.name +
                     "' overlap: their data_offsets are [" + std::to_string(previous->begin) +
                     ", " + std::to_string(previous->end) + "] and [" + std::to_string(e.begin) +
                     ", " + std::to_string(e.end) + "]");
            if (e.begin > covered)
                fail("bytes [" + std::to_string(covered) + ", " + std::to_string(e.begin) +
                     ") of the data belong to no tensor (a hole before '" + e.name +
                     "'); the format requires the data fully indexed");
            covered = e.end;
            if (e.end > e.begin)
                previous = &e;
        }
        if (covered != bufferSize)
            fail(std::to_string(bufferSize - covered) +
                 " trailing bytes after the last tensor's data (the data has " +
                 std::to_string(bufferSize) + " bytes, the tensors cover " +
                 std::to_string(covered) + ")");
    }

    Tensor values(const Entry& e) const {
        Tensor t;
        t.name = e.name;
        t.dtype = e.dtype;
        t.shape = e.shape;
        t.values.resize(e.count);  // e.count · element size bytes exist in the file
        const char* data = bytes_.data() + buffer_ + e.begin;
        for (std::uint64_t i = 0; i < e.count; ++i) {
            double x;
            if (e.dtype == TensorDtype::F32) {
                float f;
                std::memcpy(&f, data + 4 * i, 4);
                x = f;
            } else {
                std::memcpy(&x, data + 8 * i, 8);
            }
            if (!std::isfinite(x))
                fail("tensor '" + e.name + "' holds " + (std::isnan(x) ? "NaN" : "an infinity") +
                     " at element " + std::to_string(i) + "; weights must be finite");
            t.values[i] = x;
        }
        return t;
    }

    const std::string& bytes_;
    std::string what_;
    std::uint64_t buffer_ = 0;
};

}  // namespace

const Tensor* SafetensorsFile::find(const std::string& name) const {
    for (const auto& t : tensors) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

SafetensorsFile parseSafetensors(const std::string& bytes, const std::string& what) {
    return Reader(bytes, what).read();
}

SafetensorsFile readSafetensors(const std::string& path) {
    // json::readFile reads what the file holds: its size is real, not a number from the file.
    return parseSafetensors(json::readFile(path), path);
}

std::string safetensorsBytes(const SafetensorsFile& file) {
    // The header is written by hand: integers must stay integers (a generic number writer may
    // give 1e+06), and the tensors keep the order given.
    std::string text = "{";
    std::set<std::string> names;
    std::uint64_t offset = 0;
    for (const Tensor& t : file.tensors) {
        if (t.name.empty() || t.name == "__metadata__")
            throw Error(ErrorKind::InvalidArgument,
                        "safetensors: a tensor cannot be named '" + t.name + "'");
        if (!names.insert(t.name).second)
            throw Error(ErrorKind::InvalidArgument,
                        "safetensors: two tensors are named '" + t.name + "'");
        std::uint64_t count = 1;
        for (const std::int64_t extent : t.shape) {
            if (extent < 0)
                throw Error(
                    ErrorKind::InvalidArgument,
                    "safetensors: tensor '" + t.name + "' has the shape " + shapeText(t.shape));
            count *= static_cast<std::uint64_t>(extent);
        }
        if (count != t.values.size())
            throw Error(ErrorKind::InvalidArgument,
                        "safetensors: tensor '" + t.name + "' has the shape " + shapeText(t.shape) +
                            " but " + std::to_string(t.values.size()) + " values");
        for (const double x : t.values) {
            const bool finite = t.dtype == TensorDtype::F32 ? std::isfinite(static_cast<float>(x))
                                                            : std::isfinite(x);
            if (!finite)
                throw Error(ErrorKind::InvalidArgument, "safetensors: tensor '" + t.name +
                                                            "' holds a value that is not a "
                                                            "finite " +
                                                            tensorDtypeName(t.dtype) + " number");
        }
        const std::uint64_t bytes = count * (t.dtype == TensorDtype::F32 ? 4 : 8);
        std::string shape;
        for (std::size_t k = 0; k < t.shape.size(); ++k)
            shape += (k ? "," : "") + std::to_string(t.shape[k]);
        text += (text.size() > 1 ? "," : "") + json::quote(t.name) + ":{\"dtype\":\"" +
                tensorDtypeName(t.dtype) + "\",\"shape\":[" + shape + "],\"data_offsets\":[" +
                std::to_string(offset) + "," + std::to_string(offset + bytes) + "]}";
        offset += bytes;
    }
    if (!file.metadata.empty()) {
        text += std::string(text.size() > 1 ? "," : "") + "\"__metadata__\":{";
        bool first = true;
        for (const auto& [key, value] : file.metadata) {
            text += (first ? "" : ",") + json::quote(key) + ":" + json::quote(value);
            first = false;
        }
        text += "}";
    }
    text += "}";
    text.append((8 - text.size() % 8) % 8, ' ');  // the data starts 8-byte aligned

    std::string out(8, '\0');
    const std::uint64_t n = text.size();
    std::memcpy(out.data(), &n, 8);
    out += text;
    out.reserve(out.size() + offset);
    for (const Tensor& t : file.tensors) {
        for (const double x : t.values) {
            char bytes[8];
            if (t.dtype == TensorDtype::F32) {
                const float f = static_cast<float>(x);
                std::memcpy(bytes, &f, 4);
                out.append(bytes, 4);
            } else {
                std::memcpy(bytes, &x, 8);
                out.append(bytes, 8);
            }
        }
    }
    return out;
}

void writeSafetensors(const std::string& path, const SafetensorsFile& file) {
    writeFileAtomically(path, safetensorsBytes(file));
}

}  // namespace eqlab::io
