#include "compute/groups/permutation.h"

#include <numeric>

namespace eqlab::groups {

Permutation identityPermutation(int m) {
    Permutation p(static_cast<size_t>(m));
    std::iota(p.begin(), p.end(), 0);
    return p;
}

Permutation compose(const Permutation& a, const Permutation& b) {
    Permutation c(b.size());
    for (size_t i = 0; i < b.size(); ++i)
        c[i] = a[static_cast<size_t>(b[i])];
    return c;
}

Permutation inversePermutation(const Permutation& p) {
    Permutation q(p.size());
    for (size_t i = 0; i < p.size(); ++i)
        q[static_cast<size_t>(p[i])] = static_cast<int>(i);
    return q;
}

bool isPermutation(const std::vector<int>& p) {
    std::vector<char> seen(p.size(), 0);
    for (int x : p) {
        if (x < 0 || static_cast<size_t>(x) >= p.size() || seen[static_cast<size_t>(x)])
            return false;
        seen[static_cast<size_t>(x)] = 1;
    }
    return true;
}

int cycleCount(const Permutation& p) {
    std::vector<char> seen(p.size(), 0);
    int cycles = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        if (seen[i])
            continue;
        ++cycles;
        for (size_t j = i; !seen[j]; j = static_cast<size_t>(p[j]))
            seen[j] = 1;
    }
    return cycles;
}

int fixedPointCount(const Permutation& p) {
    int n = 0;
    for (size_t i = 0; i < p.size(); ++i)
        n += (p[i] == static_cast<int>(i));
    return n;
}

int permutationSign(const Permutation& p) {
    // A permutation of m points with c cycles is a product of m - c transpositions.
    return ((static_cast<int>(p.size()) - cycleCount(p)) % 2 == 0) ? 1 : -1;
}

std::string cycleNotation(const Permutation& p) {
    std::vector<char> seen(p.size(), 0);
    std::string out;
    for (size_t i = 0; i < p.size(); ++i) {
        if (seen[i] || p[i] == static_cast<int>(i))
            continue;
        out += '(';
        bool first = true;
        for (size_t j = i; !seen[j]; j = static_cast<size_t>(p[j])) {
            seen[j] = 1;
            if (!first)
                out += ' ';
            out += std::to_string(j);
            first = false;
        }
        out += ')';
    }
    return out.empty() ? "()" : out;
}

size_t PermutationHash::operator()(const Permutation& p) const noexcept {
    // FNV-1a over the images; permutations are short, so this is cheap and spreads well.
    size_t h = 1469598103934665603ull;
    for (int x : p) {
        h ^= static_cast<size_t>(x) + 0x9e3779b97f4a7c15ull;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace eqlab::groups
