#include "compute/data/binary_patterns.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <functional>
#include <map>

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
    set.pattern.resize(static_cast<std::size_t>(count));
    for (int p = 0; p < count; ++p)
        set.pattern[static_cast<std::size_t>(p)] = p;
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

BinaryPatternSet patternOrbits(const BinaryPatternSet& all, const std::vector<int>& seeds,
                               const std::string& weighting) {
    if (weighting != "pattern" && weighting != "orbit")
        throw Error(ErrorKind::InvalidArgument,
                    "binary patterns: weighting must be pattern or orbit, got '" + weighting + "'");
    if (seeds.empty())
        throw Error(ErrorKind::InvalidArgument, "binary patterns: no orbit chosen");
    const int count = static_cast<int>(all.pattern.size());
    std::map<int, int> seedOfOrbit;  // orbit of `all` -> the seed that chose it
    std::vector<std::vector<int>> members;
    for (int seed : seeds) {
        if (seed < 0 || seed >= count)
            throw Error(ErrorKind::InvalidArgument,
                        "binary patterns: orbit seed " + std::to_string(seed) +
                            " is not a pattern (0 to " + std::to_string(count - 1) + ")");
        const int id = all.orbit[static_cast<std::size_t>(seed)];
        if (const auto [it, fresh] = seedOfOrbit.emplace(id, seed); !fresh)
            throw Error(ErrorKind::InvalidArgument,
                        "binary patterns: orbit seeds " + std::to_string(it->second) + " and " +
                            std::to_string(seed) + " lie in the same orbit");
        members.emplace_back();
        for (int p = 0; p < count; ++p)  // increasing order
            if (all.orbit[static_cast<std::size_t>(p)] == id)
                members.back().push_back(p);
    }
    BinaryPatternSet set;
    set.groupOrder = all.groupOrder;
    std::vector<int> columns;
    for (std::size_t o = 0; o < members.size(); ++o) {
        set.orbitRepresentative.push_back(members[o].front());
        for (int p : members[o]) {
            const auto i = static_cast<std::size_t>(p);
            const int copies = weighting == "orbit" ? all.stabilizerSize[i] : 1;
            for (int c = 0; c < copies; ++c) {
                columns.push_back(p);
                set.pattern.push_back(p);
                set.orbit.push_back(static_cast<int>(o));
                set.orbitSize.push_back(all.orbitSize[i]);
                set.stabilizerSize.push_back(all.stabilizerSize[i]);
            }
        }
    }
    set.task = all.task;
    set.task.X.resize(all.task.X.rows(), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t c = 0; c < columns.size(); ++c)
        set.task.X.col(static_cast<Eigen::Index>(c)) = all.task.X.col(columns[c]);
    set.task.Y = set.task.X;
    return set;
}

std::vector<int> equalCountSeeds(const BinaryPatternSet& all) {
    const int pixels = static_cast<int>(all.task.X.rows());
    std::vector<int> seeds;
    for (int on : {pixels / 2 - 1, pixels / 2}) {
        if (on < 0)
            continue;
        // Stabilizer order, descending -> the representatives (ascending) of the orbits found.
        std::map<int, std::vector<int>, std::greater<>> byOrder;
        for (int rep : all.orbitRepresentative)
            if (std::popcount(static_cast<unsigned>(rep)) == on)
                byOrder[all.stabilizerSize[static_cast<std::size_t>(rep)]].push_back(rep);
        for (const auto& [order, reps] : byOrder)
            for (std::size_t k = 0; k < std::min<std::size_t>(2, reps.size()); ++k)
                seeds.push_back(reps[k]);
    }
    return seeds;
}

std::vector<int> orbitSeeds(const BinaryPatternSet& all, const std::string& text) {
    if (text == "all")
        return {};
    if (text == "equal-count")
        return equalCountSeeds(all);
    std::vector<int> seeds;
    std::string digits;
    const auto flush = [&] {
        if (digits.empty())
            return;
        if (digits.size() > 6)
            throw Error(ErrorKind::InvalidArgument,
                        "binary patterns: orbit seed " + digits + " is too large");
        seeds.push_back(std::stoi(digits));
        digits.clear();
    };
    for (char ch : text) {
        if (std::isdigit(static_cast<unsigned char>(ch)))
            digits += ch;
        else if (ch == ',' || ch == ' ')
            flush();
        else
            throw Error(ErrorKind::InvalidArgument,
                        "binary patterns: orbits must be all, equal-count or pattern numbers "
                        "separated by commas, got '" +
                            text + "'");
    }
    flush();
    if (seeds.empty())
        throw Error(ErrorKind::InvalidArgument,
                    "binary patterns: no orbit chosen in '" + text + "'");
    return seeds;
}

}  // namespace eqlab::data
