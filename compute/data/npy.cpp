// The NumPy .npy reader of user_data.h.
//
// Format (numpy.lib.format): the magic string "\x93NUMPY", a major and a minor version byte, the
// header length (little-endian uint16 for version 1.0, uint32 for 2.0 and 3.0), the header — a
// Python dict literal such as {'descr': '<f8', 'fortran_order': False, 'shape': (100, 3), }
// padded with spaces and a newline — and then the raw array data.

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/data/user_data.h"

namespace eqlab::data {

static_assert(std::endian::native == std::endian::little,
              "the .npy reader assumes a little-endian host ('<f8' data is read as is)");

namespace {

[[noreturn]] void fail(const std::string& name, std::size_t byte, const std::string& what) {
    throw Error(ErrorKind::Parse, name + ": byte " + std::to_string(byte) + ": " + what);
}

// A reader of the header's dict literal that knows the file offset of every character.
class HeaderParser {
public:
    HeaderParser(std::string_view text, std::size_t offset, const std::string& name)
        : s_(text), base_(offset), name_(name) {}

    struct Result {
        std::string descr;
        bool fortran = false;
        std::vector<long long> shape;
        std::size_t descrAt = 0, shapeAt = 0;
        bool hasDescr = false, hasFortran = false, hasShape = false;
    };

    Result parse() {
        Result r;
        expect('{');
        while (true) {
            skipSpace();
            if (peek() == '}') {
                ++i_;
                break;
            }
            const std::string key = quoted();
            expect(':');
            skipSpace();
            if (key == "descr") {
                r.descrAt = here();
                r.descr = quoted();
                r.hasDescr = true;
            } else if (key == "fortran_order") {
                r.fortran = boolean();
                r.hasFortran = true;
            } else if (key == "shape") {
                r.shapeAt = here();
                r.shape = tuple();
                r.hasShape = true;
            } else {
                skipValue();
            }
            skipSpace();
            if (peek() == ',') {
                ++i_;
                continue;
            }
            expect('}');
            break;
        }
        if (!r.hasDescr || !r.hasFortran || !r.hasShape)
            fail(name_, base_,
                 std::string("the header lacks the key '") +
                     (!r.hasDescr     ? "descr"
                      : !r.hasFortran ? "fortran_order"
                                      : "shape") +
                     "' (expected a dict with 'descr', 'fortran_order' and 'shape')");
        return r;
    }

private:
    std::size_t here() const { return base_ + i_; }
    char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
    void skipSpace() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t'))
            ++i_;
    }
    void expect(char c) {
        skipSpace();
        if (peek() != c)
            fail(name_, here(), std::string("header: expected '") + c + "', got " + got());
        ++i_;
    }
    std::string got() const {
        if (i_ >= s_.size())
            return "the end of the header";
        return "'" + std::string(1, s_[i_]) + "'";
    }
    std::string quoted() {
        skipSpace();
        const char q = peek();
        if (q != '\'' && q != '"')
            fail(name_, here(), "header: expected a quoted string, got " + got());
        const std::size_t start = ++i_;
        while (i_ < s_.size() && s_[i_] != q)
            ++i_;
        if (i_ >= s_.size())
            fail(name_, base_ + start - 1, "header: unterminated string");
        return std::string(s_.substr(start, i_++ - start));
    }
    bool boolean() {
        if (s_.substr(i_, 4) == "True") {
            i_ += 4;
            return true;
        }
        if (s_.substr(i_, 5) == "False") {
            i_ += 5;
            return false;
        }
        fail(name_, here(), "header: expected True or False, got " + got());
    }
    std::vector<long long> tuple() {
        expect('(');
        std::vector<long long> dims;
        while (true) {
            skipSpace();
            if (peek() == ')') {
                ++i_;
                return dims;
            }
            if (!std::isdigit(static_cast<unsigned char>(peek())))
                fail(name_, here(), "header: expected a dimension (a whole number), got " + got());
            long long v = 0;
            while (std::isdigit(static_cast<unsigned char>(peek()))) {
                v = v * 10 + (s_[i_++] - '0');
                if (v > (1LL << 40))
                    fail(name_, here(), "header: dimension too large");
            }
            dims.push_back(v);
            skipSpace();
            if (peek() == ',')
                ++i_;
            else if (peek() != ')')
                fail(name_, here(), "header: expected ',' or ')' in the shape, got " + got());
        }
    }
    void skipValue() {
        // Another key: skip a string, a tuple or a bare word up to the next ',' or '}'.
        skipSpace();
        if (peek() == '\'' || peek() == '"') {
            quoted();
        } else if (peek() == '(') {
            while (i_ < s_.size() && s_[i_] != ')')
                ++i_;
            ++i_;
        } else {
            while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}')
                ++i_;
        }
    }

    std::string_view s_;
    std::size_t base_;
    const std::string& name_;
    std::size_t i_ = 0;
};

}  // namespace

Eigen::MatrixXd parseNpy(std::string_view bytes, const std::string& name) {
    static constexpr char kMagic[] = "\x93NUMPY";
    if (bytes.size() < 6 || std::memcmp(bytes.data(), kMagic, 6) != 0)
        fail(name, 0,
             "expected the .npy magic string \\x93NUMPY (is this a NumPy .npy file? "
             ".npz archives and text files are not)");
    if (bytes.size() < 8)
        fail(name, bytes.size(), "the file ends inside the version bytes");
    const int major = static_cast<unsigned char>(bytes[6]);
    const int minor = static_cast<unsigned char>(bytes[7]);
    if (!((major == 1 || major == 2 || major == 3) && minor == 0))
        fail(name, 6,
             "unsupported .npy version " + std::to_string(major) + "." + std::to_string(minor) +
                 " (expected 1.0, 2.0 or 3.0)");
    const std::size_t lengthBytes = major == 1 ? 2 : 4;
    if (bytes.size() < 8 + lengthBytes)
        fail(name, bytes.size(), "the file ends inside the header length");
    std::size_t headerLength = 0;
    for (std::size_t k = 0; k < lengthBytes; ++k)
        headerLength |= std::size_t(static_cast<unsigned char>(bytes[8 + k])) << (8 * k);
    const std::size_t headerStart = 8 + lengthBytes;
    if (bytes.size() < headerStart + headerLength)
        fail(name, bytes.size(),
             "the file ends inside the header (expected " + std::to_string(headerLength) +
                 " header bytes from byte " + std::to_string(headerStart) + ")");
    const auto h = HeaderParser(bytes.substr(headerStart, headerLength), headerStart, name).parse();

    std::size_t itemSize = 0;
    if (h.descr == "<f8")
        itemSize = 8;
    else if (h.descr == "<f4")
        itemSize = 4;
    else if (h.descr == ">f8" || h.descr == ">f4")
        fail(name, h.descrAt,
             "big-endian data ('" + h.descr +
                 "') is not supported; expected '<f8' or '<f4' "
                 "(save with arr.astype('<f8'))");
    else
        fail(name, h.descrAt,
             "expected dtype '<f8' (float64) or '<f4' (float32), got '" + h.descr + "'");
    if (h.fortran)
        fail(name, headerStart,
             "Fortran-order arrays are not supported; expected C order (save "
             "np.ascontiguousarray(arr))");
    if (h.shape.empty() || h.shape.size() > 2)
        fail(name, h.shapeAt,
             "expected a 2-D array (samples × columns) or a 1-D array, got a " +
                 std::to_string(h.shape.size()) + "-D array");
    const long long rows = h.shape[0];
    const long long cols = h.shape.size() == 2 ? h.shape[1] : 1;
    const std::size_t dataStart = headerStart + headerLength;
    const std::size_t have = bytes.size() - dataStart;
    const std::string shapeText = std::to_string(rows) + " x " + std::to_string(cols) + " " +
                                  (itemSize == 8 ? "float64" : "float32");
    // Each dimension is below 2^40, so rows·cols·itemSize can overflow 64 bits: compare with
    // what the file holds by division first. Nothing is allocated before the data is known to
    // be there, whatever shape the header claims.
    // An empty array is no data set; refusing it here also keeps a shape such as (2^40, 0), which
    // passes the size check with no bytes, from looping over 2^40 empty rows (found by fuzzing).
    if (rows == 0 || cols == 0)
        fail(name, h.shapeAt, "the array holds no values (shape " + shapeText + ")");
    const auto urows = static_cast<std::size_t>(rows), ucols = static_cast<std::size_t>(cols);
    if (ucols != 0 && urows > have / itemSize / ucols)
        fail(name, bytes.size(),
             "the data is truncated: expected " +
                 (urows > std::numeric_limits<std::size_t>::max() / itemSize / ucols
                      ? std::string("more than 2^64")
                      : std::to_string(urows * ucols * itemSize)) +
                 " bytes (" + shapeText + ") from byte " + std::to_string(dataStart) +
                 ", the file has " + std::to_string(have));
    const std::size_t need = urows * ucols * itemSize;
    if (have > need)
        fail(name, dataStart + need,
             std::to_string(have - need) + " unexpected bytes after the data of a " + shapeText +
                 " array");

    Eigen::MatrixXd m(rows, cols);
    const char* p = bytes.data() + dataStart;
    for (long long r = 0; r < rows; ++r)
        for (long long c = 0; c < cols; ++c) {
            const std::size_t k = static_cast<std::size_t>(r * cols + c);
            double v;
            if (itemSize == 8) {
                std::memcpy(&v, p + k * 8, 8);
            } else {
                float f;
                std::memcpy(&f, p + k * 4, 4);
                v = f;
            }
            if (!std::isfinite(v))
                fail(name, dataStart + k * itemSize,
                     "expected finite numbers, the value at row " + std::to_string(r) +
                         ", column " + std::to_string(c) + " is " +
                         (std::isnan(v) ? "NaN" : "infinite"));
            m(r, c) = v;
        }
    return m;
}

Eigen::MatrixXd readNpy(const std::string& path) {
    return parseNpy(json::readFile(path), path);
}

}  // namespace eqlab::data
