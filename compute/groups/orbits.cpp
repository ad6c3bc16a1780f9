#include "compute/groups/orbits.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

#include "compute/core/error.h"

namespace eqlab::groups {

namespace {

void requirePermutation(const Representation& rep, const char* what) {
    if (!rep.isPermutation()) {
        throw Error(ErrorKind::InvalidArgument, std::string(what) + ": representation '" +
                                                    rep.text() +
                                                    "' is not a permutation representation");
    }
}

// Non-negative integers in base 10^9, least significant limb first: just enough for Burnside.
struct BigNat {
    std::vector<std::uint32_t> limbs;
    static constexpr std::uint64_t kBase = 1000000000u;

    explicit BigNat(std::uint64_t v = 0) {
        while (v > 0) {
            limbs.push_back(static_cast<std::uint32_t>(v % kBase));
            v /= kBase;
        }
    }
    void multiply(std::uint32_t m) {
        std::uint64_t carry = 0;
        for (std::uint32_t& l : limbs) {
            const std::uint64_t x = static_cast<std::uint64_t>(l) * m + carry;
            l = static_cast<std::uint32_t>(x % kBase);
            carry = x / kBase;
        }
        while (carry > 0) {
            limbs.push_back(static_cast<std::uint32_t>(carry % kBase));
            carry /= kBase;
        }
    }
    void add(const BigNat& o) {
        std::uint64_t carry = 0;
        for (size_t i = 0; i < std::max(limbs.size(), o.limbs.size()) || carry; ++i) {
            if (i == limbs.size())
                limbs.push_back(0);
            const std::uint64_t x = limbs[i] + carry + (i < o.limbs.size() ? o.limbs[i] : 0);
            limbs[i] = static_cast<std::uint32_t>(x % kBase);
            carry = x / kBase;
        }
    }
    std::uint32_t divide(std::uint32_t d) {  // returns the remainder
        std::uint64_t rem = 0;
        for (size_t i = limbs.size(); i-- > 0;) {
            const std::uint64_t x = limbs[i] + rem * kBase;
            limbs[i] = static_cast<std::uint32_t>(x / d);
            rem = x % d;
        }
        while (!limbs.empty() && limbs.back() == 0)
            limbs.pop_back();
        return static_cast<std::uint32_t>(rem);
    }
    std::string str() const {
        if (limbs.empty())
            return "0";
        std::string s = std::to_string(limbs.back());
        for (size_t i = limbs.size() - 1; i-- > 0;) {
            const std::string part = std::to_string(limbs[i]);
            s += std::string(9 - part.size(), '0') + part;
        }
        return s;
    }
};

}  // namespace

VectorOrbit orbitOfVector(const Representation& rep, const Eigen::VectorXd& x, double tolerance) {
    if (x.size() != rep.dim()) {
        throw Error(ErrorKind::InvalidArgument, "orbit: vector of size " +
                                                    std::to_string(x.size()) + ", expected " +
                                                    std::to_string(rep.dim()));
    }
    const double tol = tolerance * (1.0 + x.lpNorm<Eigen::Infinity>());
    VectorOrbit o;
    for (int g = 0; g < rep.group().order(); ++g) {
        Eigen::VectorXd y = rep.matrix(g) * x;
        int found = -1;
        for (size_t i = 0; i < o.points.size() && found < 0; ++i) {
            if ((o.points[i] - y).lpNorm<Eigen::Infinity>() <= tol)
                found = static_cast<int>(i);
        }
        if (found < 0) {
            found = static_cast<int>(o.points.size());
            o.points.push_back(std::move(y));
        }
        o.pointOf.push_back(found);
        if (found == 0)
            o.stabilizer.push_back(g);
    }
    return o;
}

std::vector<int> actOnPattern(const Representation& rep, int g, const std::vector<int>& pattern) {
    requirePermutation(rep, "pattern action");
    if (static_cast<int>(pattern.size()) != rep.dim()) {
        throw Error(ErrorKind::InvalidArgument, "pattern of size " +
                                                    std::to_string(pattern.size()) + ", expected " +
                                                    std::to_string(rep.dim()));
    }
    const Permutation& p = rep.permutation(g);
    std::vector<int> out(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i)
        out[static_cast<size_t>(p[i])] = pattern[i];
    return out;
}

PatternOrbit orbitOfPattern(const Representation& rep, const std::vector<int>& pattern) {
    PatternOrbit o;
    std::map<std::vector<int>, int> index;
    for (int g = 0; g < rep.group().order(); ++g) {
        std::vector<int> c = actOnPattern(rep, g, pattern);
        auto [it, inserted] = index.emplace(c, static_cast<int>(o.patterns.size()));
        if (inserted)
            o.patterns.push_back(std::move(c));
        o.patternOf.push_back(it->second);
        if (it->second == 0)
            o.stabilizer.push_back(g);
    }
    return o;
}

std::vector<std::vector<int>> pointOrbits(const Representation& rep) {
    requirePermutation(rep, "point orbits");
    const int dim = rep.dim();
    const auto& gens = rep.group().generators();
    std::vector<int> orbitOf(static_cast<size_t>(dim), -1);
    std::vector<std::vector<int>> orbits;
    for (int start = 0; start < dim; ++start) {
        if (orbitOf[static_cast<size_t>(start)] >= 0)
            continue;
        const int id = static_cast<int>(orbits.size());
        std::vector<int> orbit{start};
        orbitOf[static_cast<size_t>(start)] = id;
        for (size_t i = 0; i < orbit.size(); ++i) {
            for (int s : gens) {  // generators suffice: the group is finite
                const int y = rep.permutation(s)[static_cast<size_t>(orbit[i])];
                if (orbitOf[static_cast<size_t>(y)] < 0) {
                    orbitOf[static_cast<size_t>(y)] = id;
                    orbit.push_back(y);
                }
            }
        }
        std::sort(orbit.begin(), orbit.end());
        orbits.push_back(std::move(orbit));
    }
    return orbits;
}

std::vector<int> pointStabilizer(const Representation& rep, int point) {
    requirePermutation(rep, "point stabilizer");
    if (point < 0 || point >= rep.dim()) {
        throw Error(
            ErrorKind::InvalidArgument,
            "point " + std::to_string(point) + " out of range 0.." + std::to_string(rep.dim() - 1));
    }
    std::vector<int> s;
    for (int g = 0; g < rep.group().order(); ++g) {
        if (rep.permutation(g)[static_cast<size_t>(point)] == point)
            s.push_back(g);
    }
    return s;
}

int burnsideOrbitCount(const Representation& rep) {
    requirePermutation(rep, "Burnside count");
    long long fixed = 0;
    for (int g = 0; g < rep.group().order(); ++g)
        fixed += fixedPointCount(rep.permutation(g));
    if (fixed % rep.group().order() != 0) {
        throw Error(ErrorKind::Internal, "Burnside count not an integer: not a group action");
    }
    return static_cast<int>(fixed / rep.group().order());
}

std::string burnsideColourings(const Representation& rep, int k) {
    requirePermutation(rep, "Burnside colourings");
    if (k < 0 || k > 1000000)
        throw Error(ErrorKind::InvalidArgument, "colours: expected 0 <= k <= 10^6");
    BigNat sum;
    for (int g = 0; g < rep.group().order(); ++g) {
        BigNat term(1);
        for (int c = cycleCount(rep.permutation(g)); c > 0; --c)
            term.multiply(static_cast<std::uint32_t>(k));
        sum.add(term);
    }
    if (sum.divide(static_cast<std::uint32_t>(rep.group().order())) != 0) {
        throw Error(ErrorKind::Internal, "Burnside colourings not an integer: not a group action");
    }
    return sum.str();
}

double burnsideColouringsApprox(const Representation& rep, int k) {
    requirePermutation(rep, "Burnside colourings");
    double sum = 0.0;
    for (int g = 0; g < rep.group().order(); ++g)
        sum += std::pow(static_cast<double>(k), cycleCount(rep.permutation(g)));
    return sum / rep.group().order();
}

}  // namespace eqlab::groups
