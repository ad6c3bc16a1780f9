#pragma once

// Reader and writer of the safetensors format (https://huggingface.co/docs/safetensors), written
// here because the format is tiny:
//   8 bytes   N, the header length, unsigned 64-bit little-endian
//   N bytes   JSON header: {"<name>": {"dtype": "F32"|"F64", "shape": [..],
//                                     "data_offsets": [begin, end]}, ...,
//                          "__metadata__": {"<key>": "<string>", ...}}
//   the rest  the byte buffer; offsets are relative to its start, each tensor little-endian,
//             row-major, and the tensors tile the buffer exactly (no holes, no overlaps).
//
// eqlab reads and writes F32 and F64 only; other dtypes (F16, BF16, integers, ...) are recognised
// and rejected by name. Weights must be finite: a NaN or infinity is an error naming the tensor.
//
// The reader trusts nothing in the file: the header length is checked against the file size
// (and capped at kMaxHeaderBytes) before anything is allocated, shapes are multiplied with
// overflow checks, and every problem throws Error(Parse) whose message starts with the file name
// and says what is wrong. docs/interop.md describes the files eqlab writes.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "compute/core/tensor.h"

namespace eqlab::io {

struct SafetensorsFile {
    std::vector<Tensor> tensors;  // in the order of the byte buffer (read) / to write
    std::map<std::string, std::string> metadata;

    // The tensor of that name, or nullptr.
    const Tensor* find(const std::string& name) const;
};

inline constexpr std::uint64_t kMaxHeaderBytes = 100u * 1024u * 1024u;

// Throws Error(Io) when the file cannot be read, Error(Parse) when it is malformed (see above).
SafetensorsFile readSafetensors(const std::string& path);
// The same from bytes in memory; `what` names the source in messages.
SafetensorsFile parseSafetensors(const std::string& bytes, const std::string& what);

// Writes every tensor with its own dtype (a value of an F32 tensor is rounded to float32, so
// float32 values round-trip bit for bit), the header padded with spaces to a multiple of 8 bytes.
// The file appears all or nothing (a temporary file renamed into place). Error(InvalidArgument)
// for an inconsistent tensor (values ≠ product of the shape, a non-finite value, an empty or
// repeated name), Error(Io) when it cannot be written.
void writeSafetensors(const std::string& path, const SafetensorsFile& file);
// The bytes writeSafetensors() writes.
std::string safetensorsBytes(const SafetensorsFile& file);

}  // namespace eqlab::io
