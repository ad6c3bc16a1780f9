#include "compute/data/binary_patterns.h"

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/orbits.h"
#include "compute/groups/representation.h"

namespace eqlab::data {

BinaryPatternSet binaryPatterns(int K, const std::string& groupName) {
    if (K < 1 || K > 4)
        throw Error(ErrorKind::InvalidArgument,
                    "binary patterns: size must be between 1 and 4, got " + std::to_string(K));
    if (groupName != "C4" && groupName != "D4")
        throw Error(ErrorKind::InvalidArgument,
                    "binary patterns: group must be C4 or D4, got '" + groupName + "'");
    const auto group = groups::makeGroup(groupName);
    const groups::Representation grid = groups::gridRep(group, K);
    const int pixels = K * K, count = 1 << pixels, order = group->order();

    BinaryPatternSet set;
    set.groupOrder = order;
    set.orbit.assign(static_cast<std::size_t>(count), -1);
    set.orbitSize.resize(static_cast<std::size_t>(count));
    set.stabilizerSize.resize(static_cast<std::size_t>(count));
    TaskData& task = set.task;
    task.imageChannels = 1;
    task.imageHeight = task.imageWidth = K;
    task.group = groupName;
    task.inputRep = grid.text();
    task.X.resize(pixels, count);
    for (int p = 0; p < count; ++p)
        for (int j = 0; j < pixels; ++j)
            task.X(j, p) = (p >> j) & 1;
    task.Y = task.X;

    // Patterns in increasing order: the first one met of each orbit is its smallest.
    std::vector<int> bits(static_cast<std::size_t>(pixels));
    for (int p = 0; p < count; ++p) {
        if (set.orbit[static_cast<std::size_t>(p)] >= 0)
            continue;
        for (int j = 0; j < pixels; ++j)
            bits[static_cast<std::size_t>(j)] = (p >> j) & 1;
        const groups::PatternOrbit orbit = groups::orbitOfPattern(grid, bits);
        const int id = static_cast<int>(set.orbitRepresentative.size());
        set.orbitRepresentative.push_back(p);
        for (const auto& q : orbit.patterns) {
            int code = 0;
            for (int j = 0; j < pixels; ++j)
                code |= q[static_cast<std::size_t>(j)] << j;
            set.orbit[static_cast<std::size_t>(code)] = id;
            set.orbitSize[static_cast<std::size_t>(code)] = static_cast<int>(orbit.patterns.size());
            set.stabilizerSize[static_cast<std::size_t>(code)] =
                static_cast<int>(orbit.stabilizer.size());
        }
    }
    return set;
}

}  // namespace eqlab::data
