#pragma once

// The one error type of the compute library. It carries a kind that a caller can branch on (the
// command line maps kinds to exit codes, the GUI to dialog titles) and a technical detail in English
// that names the offending value. The application, not this library, decides how to present it.

#include <stdexcept>
#include <string>

namespace eqlab {

enum class ErrorKind {
    InvalidArgument,  // a value out of range or inconsistent with another
    Parse,            // malformed text: a group name, a representation, a JSON or CSV file
    Io,               // a file that cannot be read or written
    Divergence,       // a NaN or Inf appeared during training
    Unsupported,      // a valid request that this version cannot do
    Internal,         // a broken invariant: a bug in eqlab
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& detail) : std::runtime_error(detail), kind_(kind) {}

    ErrorKind kind() const noexcept { return kind_; }
    const char* detail() const noexcept { return what(); }

private:
    ErrorKind kind_;
};

// A short English name of the kind, for logs and JSON ("parse", "io", ...).
const char* errorKindName(ErrorKind kind) noexcept;

}  // namespace eqlab
