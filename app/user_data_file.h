#pragma once

// File > Open data…: a user's CSV or .npy file as the experiment's task (the "csv" and "npy"
// task kinds of compute/data/user_data.h), read once here so that a bad file is reported when it
// is opened, not when training starts.

#include <optional>
#include <string>

#include "compute/io/experiment.h"

namespace eqlab::app {

struct UserDataChoice {
    bool classification = false;  // the target column holds class indices
    int targets = 1;              // CSV: trailing target columns
    // .npy: the targets' file; by default the sibling named with y for x (x.npy → y.npy,
    // train_X.npy → train_Y.npy), or the inputs' file when `path` is the targets' one.
    std::optional<std::string> partner;
};

// The task for path (.csv, or .npy): kind "csv" {path, targets, classification} or "npy" {x, y,
// classification}. Throws eqlab::Error whose detail starts with the file name and says where and
// what is wrong ("data.csv: line 7: expected 5 values (one per header column), got 4"); an
// extension other than .csv / .npy, or a .npy file without a partner, is Error(Parse) too.
io::TaskSpec openUserData(const std::string& path, const UserDataChoice& choice = {});

}  // namespace eqlab::app
