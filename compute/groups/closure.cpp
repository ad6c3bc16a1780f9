#include "compute/groups/closure.h"

#include <cmath>
#include <string_view>
#include <unordered_map>

#include "compute/core/error.h"

namespace eqlab::groups {

namespace {

// BFS bookkeeping shared by both closures.
struct Bfs {
    std::vector<int> parent;     // parent[h]: element p with h = p·gen[parentGen[h]]
    std::vector<int> parentGen;  // -1 for the identity
    std::vector<int> rightMul;   // rightMul[a*ngens + s] = a·gen[s]
};

std::vector<int> tableFromBfs(const Bfs& bfs, int order, int ngens) {
    const size_t n = static_cast<size_t>(order);
    std::vector<int> table(n * n);
    for (size_t g = 0; g < n; ++g)
        table[g * n] = static_cast<int>(g);  // g·e = g
    // Columns h in BFS order: g·h = (g·parent(h))·s.
    for (size_t h = 1; h < n; ++h) {
        const size_t p = static_cast<size_t>(bfs.parent[h]);
        const size_t s = static_cast<size_t>(bfs.parentGen[h]);
        for (size_t g = 0; g < n; ++g) {
            const size_t gp = static_cast<size_t>(table[g * n + p]);
            table[g * n + h] = bfs.rightMul[gp * static_cast<size_t>(ngens) + s];
        }
    }
    return table;
}

[[noreturn]] void tooLarge(int maxOrder) {
    throw Error(ErrorKind::InvalidArgument, "generators: the generated group has more than " +
                                                std::to_string(maxOrder) +
                                                " elements (infinite, or larger than supported)");
}

// The elements a closure keeps, and the 'std' matrices of a permutation group, are bounded by
// numbers stored, not only by the order: a custom group's generators may act on thousands of
// points (2520 permutations of 10^6 points would be 10 GB). The same budget as a representation
// (representation.h: |G|·dim² ≤ 2^26).
constexpr long long kMaxStoredEntries = 1LL << 26;

void checkStorage(long long elements, long long entriesEach, std::string_view what) {
    if (elements * entriesEach > kMaxStoredEntries)
        throw Error(ErrorKind::Unsupported,
                    "generators: " + std::to_string(elements) + " elements of " +
                        std::to_string(entriesEach) + " " + std::string(what) +
                        " each exceed the supported maximum of 2^26 stored numbers");
}

}  // namespace

PermutationClosure closePermutations(const std::vector<Permutation>& generators, int maxOrder,
                                     int degree) {
    const int m = degree >= 0          ? degree
                  : generators.empty() ? 0
                                       : static_cast<int>(generators[0].size());
    for (size_t i = 0; i < generators.size(); ++i) {
        if (static_cast<int>(generators[i].size()) != m || !isPermutation(generators[i])) {
            throw Error(ErrorKind::InvalidArgument,
                        "generator " + std::to_string(i + 1) + " " + cycleNotation(generators[i]) +
                            ": expected a permutation of 0.." + std::to_string(m - 1));
        }
    }
    const int ngens = static_cast<int>(generators.size());
    PermutationClosure out;
    Bfs bfs;
    std::unordered_map<Permutation, int, PermutationHash> index;
    out.elements.push_back(identityPermutation(m));
    index.emplace(out.elements[0], 0);
    bfs.parent.push_back(-1);
    bfs.parentGen.push_back(-1);
    for (size_t a = 0; a < out.elements.size(); ++a) {
        for (int s = 0; s < ngens; ++s) {
            Permutation b = compose(out.elements[a], generators[static_cast<size_t>(s)]);
            auto [it, inserted] = index.emplace(b, static_cast<int>(out.elements.size()));
            if (inserted) {
                if (static_cast<int>(out.elements.size()) >= maxOrder)
                    tooLarge(maxOrder);
                checkStorage(static_cast<long long>(out.elements.size()) + 1, m, "points");
                out.elements.push_back(std::move(b));
                bfs.parent.push_back(static_cast<int>(a));
                bfs.parentGen.push_back(s);
            }
            bfs.rightMul.push_back(it->second);
        }
    }
    out.table = tableFromBfs(bfs, static_cast<int>(out.elements.size()), ngens);
    for (int s = 0; s < ngens; ++s)
        out.generators.push_back(bfs.rightMul[static_cast<size_t>(s)]);
    return out;
}

namespace {

struct KeyHash {
    size_t operator()(const std::vector<long long>& k) const noexcept {
        size_t h = 1469598103934665603ull;
        for (long long x : k) {
            h ^= static_cast<size_t>(x) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
            h *= 1099511628211ull;
        }
        return h;
    }
};

std::vector<long long> matrixKey(const Eigen::MatrixXd& m, double quantum) {
    std::vector<long long> key(static_cast<size_t>(m.size()));
    for (Eigen::Index i = 0; i < m.size(); ++i) {
        key[static_cast<size_t>(i)] = std::llround(m.data()[i] / quantum);
    }
    return key;
}

}  // namespace

MatrixClosure closeMatrices(const std::vector<Eigen::MatrixXd>& generators, int maxOrder,
                            double quantum) {
    const Eigen::Index d = generators.empty() ? 1 : generators[0].rows();
    for (size_t i = 0; i < generators.size(); ++i) {
        const Eigen::MatrixXd& g = generators[i];
        if (g.rows() != d || g.cols() != d || !g.allFinite() || d == 0) {
            throw Error(ErrorKind::InvalidArgument,
                        "generator " + std::to_string(i + 1) + ": expected a finite " +
                            std::to_string(d) + "×" + std::to_string(d) + " matrix, got " +
                            std::to_string(g.rows()) + "×" + std::to_string(g.cols()));
        }
    }
    const int ngens = static_cast<int>(generators.size());
    MatrixClosure out;
    Bfs bfs;
    std::unordered_map<std::vector<long long>, int, KeyHash> index;
    out.elements.push_back(Eigen::MatrixXd::Identity(d, d));
    index.emplace(matrixKey(out.elements[0], quantum), 0);
    bfs.parent.push_back(-1);
    bfs.parentGen.push_back(-1);
    for (size_t a = 0; a < out.elements.size(); ++a) {
        for (int s = 0; s < ngens; ++s) {
            Eigen::MatrixXd b = out.elements[a] * generators[static_cast<size_t>(s)];
            if (!b.allFinite() || b.lpNorm<Eigen::Infinity>() > 1e12)
                tooLarge(maxOrder);
            auto [it, inserted] =
                index.emplace(matrixKey(b, quantum), static_cast<int>(out.elements.size()));
            if (inserted) {
                if (static_cast<int>(out.elements.size()) >= maxOrder)
                    tooLarge(maxOrder);
                checkStorage(static_cast<long long>(out.elements.size()) + 1, b.size(),
                             "matrix entries");
                out.elements.push_back(std::move(b));
                bfs.parent.push_back(static_cast<int>(a));
                bfs.parentGen.push_back(s);
            } else {
                const Eigen::MatrixXd& known = out.elements[static_cast<size_t>(it->second)];
                const double scale = 1.0 + known.lpNorm<Eigen::Infinity>();
                if ((known - b).lpNorm<Eigen::Infinity>() > 1e-6 * scale) {
                    throw Error(ErrorKind::Internal, "matrix closure: rounding key collision");
                }
            }
            bfs.rightMul.push_back(it->second);
        }
    }
    out.table = tableFromBfs(bfs, static_cast<int>(out.elements.size()), ngens);
    for (int s = 0; s < ngens; ++s)
        out.generators.push_back(bfs.rightMul[static_cast<size_t>(s)]);
    return out;
}

Eigen::MatrixXd permutationMatrix(const Permutation& p) {
    const Eigen::Index m = static_cast<Eigen::Index>(p.size());
    Eigen::MatrixXd P = Eigen::MatrixXd::Zero(m, m);
    for (Eigen::Index j = 0; j < m; ++j)
        P(p[static_cast<size_t>(j)], j) = 1.0;
    return P;
}

GroupPtr groupFromPermutations(std::string name, const std::vector<Permutation>& generators,
                               std::vector<std::string> generatorNames, std::string naturalSet,
                               int degree) {
    PermutationClosure c = closePermutations(generators, kMaxGroupOrder, degree);
    // 'std' is one dense degree × degree matrix per element.
    const long long points = c.elements.empty() ? 0 : static_cast<long long>(c.elements[0].size());
    checkStorage(static_cast<long long>(c.elements.size()), points * points,
                 "permutation-matrix entries");
    GroupData d;
    d.name = std::move(name);
    d.order = static_cast<int>(c.elements.size());
    d.table = std::move(c.table);
    d.generators = std::move(c.generators);
    d.generatorNames = std::move(generatorNames);
    for (const Permutation& p : c.elements)
        d.standard.push_back(permutationMatrix(p));
    d.standardIsPermutation = true;
    d.natural = std::move(c.elements);
    d.naturalSet = naturalSet.empty() ? "points 0.." + std::to_string(d.natural[0].size() - 1)
                                      : std::move(naturalSet);
    if (d.natural[0].empty()) {  // no generators and no points: the trivial group on nothing
        d.standard.clear();
        d.natural.clear();
        d.standardIsPermutation = false;
    }
    return std::make_shared<const Group>(std::move(d));
}

GroupData groupDataFromMatrices(std::string name, const std::vector<Eigen::MatrixXd>& generators,
                                std::vector<std::string> generatorNames) {
    MatrixClosure c = closeMatrices(generators);
    GroupData d;
    d.name = std::move(name);
    d.order = static_cast<int>(c.elements.size());
    d.table = std::move(c.table);
    d.generators = std::move(c.generators);
    d.generatorNames = std::move(generatorNames);
    d.standard = std::move(c.elements);
    return d;
}

GroupPtr groupFromMatrices(std::string name, const std::vector<Eigen::MatrixXd>& generators,
                           std::vector<std::string> generatorNames) {
    return std::make_shared<const Group>(
        groupDataFromMatrices(std::move(name), generators, std::move(generatorNames)));
}

}  // namespace eqlab::groups
