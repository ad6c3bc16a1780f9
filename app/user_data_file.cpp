#include "app/user_data_file.h"

#include <filesystem>

#include "compute/core/error.h"
#include "compute/data/task_kinds.h"

namespace eqlab::app {

namespace {

// The file name with the last x (or X) of the stem replaced by y (Y), or the reverse; empty when
// the stem has neither.
std::string partnerOf(const std::filesystem::path& path, bool& pathIsTargets) {
    std::string stem = path.stem().string();
    const auto x = stem.find_last_of("xX");
    const auto y = stem.find_last_of("yY");
    if (x == std::string::npos && y == std::string::npos) {
        return {};
    }
    pathIsTargets = y != std::string::npos && (x == std::string::npos || y > x);
    const auto at = pathIsTargets ? y : x;
    const bool upper = stem[at] == 'X' || stem[at] == 'Y';
    stem[at] = pathIsTargets ? (upper ? 'X' : 'x') : (upper ? 'Y' : 'y');
    return (path.parent_path() / (stem + path.extension().string())).string();
}

}  // namespace

io::TaskSpec openUserData(const std::string& path, const UserDataChoice& choice) {
    const std::filesystem::path p(path);
    std::string extension = p.extension().string();
    for (char& c : extension) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    io::TaskSpec task;
    if (extension == ".csv") {
        task = io::task("csv",
                        {{"targets", choice.targets}, {"classification", choice.classification}},
                        {{"path", path}});
    } else if (extension == ".npy") {
        bool pathIsTargets = false;
        const std::string partner = choice.partner ? *choice.partner : partnerOf(p, pathIsTargets);
        if (partner.empty()) {
            throw Error(ErrorKind::Parse,
                        p.filename().string() +
                            ": cannot tell which file holds the targets; name the pair with x and "
                            "y (e.g. x.npy and y.npy)");
        }
        if (!std::filesystem::exists(partner)) {
            throw Error(ErrorKind::Io, p.filename().string() + ": its partner " + partner +
                                           " (the " + (pathIsTargets ? "inputs" : "targets") +
                                           ") does not exist");
        }
        const std::string x = pathIsTargets ? partner : path, y = pathIsTargets ? path : partner;
        task = io::task("npy", {{"classification", choice.classification}}, {{"x", x}, {"y", y}});
    } else {
        throw Error(ErrorKind::Parse, p.filename().string() +
                                          ": expected a .csv or .npy file (docs/data-formats.md)");
    }
    // Read once: the readers' errors name the file, the line (or byte) and the problem.
    data::findTaskKind(task.kind)->make(task.params, 1);
    return task;
}

}  // namespace eqlab::app
