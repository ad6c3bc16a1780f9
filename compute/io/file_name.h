#pragma once

// Names from an experiment file that become file or folder names: the experiment's `name` (its
// results folder) and each run's `label` (its weights file). A shared experiment file must not be
// able to write anywhere else, so such a name is one path component: no separator, not "." or
// "..", no control characters.

#include <string>
#include <string_view>

namespace eqlab::io {

// Empty when `name` is a safe single file name; otherwise why not, e.g. "'a/b' contains '/': a
// name is a file name, not a path".
std::string whyNotAFileName(std::string_view name);

}  // namespace eqlab::io
