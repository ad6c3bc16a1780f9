#include "compute/data/polyominoes.h"

#include <algorithm>
#include <set>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"

namespace eqlab::data {

namespace {

Polyomino normalised(Polyomino p) {
    int minX = p.front()[0], minY = p.front()[1];
    for (const auto& c : p) {
        minX = std::min(minX, c[0]);
        minY = std::min(minY, c[1]);
    }
    for (auto& c : p) {
        c[0] -= minX;
        c[1] -= minY;
    }
    std::sort(p.begin(), p.end());
    return p;
}

// Symmetry e = k + 4m of the square: first the flip x -> −x if m = 1, then k quarter turns
// (x, y) -> (−y, x). Translation is removed by normalised().
Polyomino transformed(const Polyomino& p, int e) {
    Polyomino q = p;
    for (auto& c : q) {
        if (e >= 4)
            c[0] = -c[0];
        for (int k = 0; k < e % 4; ++k)
            c = {-c[1], c[0]};
    }
    return normalised(std::move(q));
}

Polyomino mirrored(const Polyomino& p) {
    return transformed(p, 4);
}

// Every fixed polyomino (distinct up to translation only) with n cells, by growing those with
// n − 1 cells by one neighbouring cell.
std::set<Polyomino> fixedPolyominoes(int n) {
    std::set<Polyomino> current{Polyomino{{0, 0}}};
    for (int size = 2; size <= n; ++size) {
        std::set<Polyomino> next;
        for (const auto& p : current)
            for (const auto& c : p)
                for (const auto& d : {std::array<int, 2>{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                    const std::array<int, 2> cell{c[0] + d[0], c[1] + d[1]};
                    if (std::find(p.begin(), p.end(), cell) != p.end())
                        continue;
                    Polyomino q = p;
                    q.push_back(cell);
                    next.insert(normalised(std::move(q)));
                }
        current = std::move(next);
    }
    return current;
}

struct Named {
    const char* name;
    Polyomino cells;  // (column, row), row 0 at the top
};

// The conventional letters (drawn with rows going down).
std::vector<Named> namedShapes(int n) {
    if (n == 4)
        return {{"I", {{0, 0}, {1, 0}, {2, 0}, {3, 0}}},
                {"O", {{0, 0}, {1, 0}, {0, 1}, {1, 1}}},
                {"T", {{0, 0}, {1, 0}, {2, 0}, {1, 1}}},
                {"S", {{1, 0}, {2, 0}, {0, 1}, {1, 1}}},
                {"L", {{0, 0}, {0, 1}, {0, 2}, {1, 2}}}};
    if (n == 5)
        return {{"F", {{1, 0}, {2, 0}, {0, 1}, {1, 1}, {1, 2}}},
                {"I", {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}}},
                {"L", {{0, 0}, {0, 1}, {0, 2}, {0, 3}, {1, 3}}},
                {"N", {{1, 0}, {1, 1}, {0, 2}, {1, 2}, {0, 3}}},
                {"P", {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0, 2}}},
                {"T", {{0, 0}, {1, 0}, {2, 0}, {1, 1}, {1, 2}}},
                {"U", {{0, 0}, {2, 0}, {0, 1}, {1, 1}, {2, 1}}},
                {"V", {{0, 0}, {0, 1}, {0, 2}, {1, 2}, {2, 2}}},
                {"W", {{0, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 2}}},
                {"X", {{1, 0}, {0, 1}, {1, 1}, {2, 1}, {1, 2}}},
                {"Y", {{1, 0}, {0, 1}, {1, 1}, {1, 2}, {1, 3}}},
                {"Z", {{0, 0}, {1, 0}, {1, 1}, {1, 2}, {2, 2}}}};
    return {};
}

// The mirror image's name among the one-sided tetrominoes has a letter of its own.
std::string mirrorName(const std::string& name) {
    if (name == "S")
        return "Z";
    if (name == "L")
        return "J";
    return name + "'";
}

}  // namespace

Polyomino canonicalPolyomino(const Polyomino& p, bool oneSided) {
    if (p.empty())
        throw Error(ErrorKind::InvalidArgument, "polyomino: no cells");
    Polyomino best = normalised(p);
    for (int e = 1; e < (oneSided ? 4 : 8); ++e)
        best = std::min(best, transformed(p, e));
    return best;
}

std::vector<PolyominoClass> polyominoClasses(int n, bool oneSided) {
    if (n < 1 || n > 7)
        throw Error(ErrorKind::InvalidArgument,
                    "polyomino: cells must be between 1 and 7, got " + std::to_string(n));
    std::vector<PolyominoClass> classes;
    const auto named = namedShapes(n);
    if (!named.empty()) {
        for (const auto& s : named) {
            classes.push_back({s.name, canonicalPolyomino(s.cells, oneSided)});
            const Polyomino mirror = canonicalPolyomino(mirrored(s.cells), oneSided);
            if (oneSided && mirror != classes.back().cells)
                classes.push_back({mirrorName(s.name), mirror});
        }
        return classes;
    }
    std::set<Polyomino> canonical;
    for (const auto& p : fixedPolyominoes(n))
        canonical.insert(canonicalPolyomino(p, oneSided));
    int k = 0;
    for (const auto& p : canonical)
        classes.push_back({"P" + std::to_string(n) + "-" + std::to_string(++k), p});
    return classes;
}

TaskData makePolyominoImages(const PolyominoParams& params, std::uint64_t seed) {
    const int n = params.cells, K = params.size;
    auto fail = [](const std::string& what) {
        throw Error(ErrorKind::InvalidArgument, "polyomino images: " + what);
    };
    if (params.group != "C4" && params.group != "D4")
        fail("group must be C4 or D4, got '" + params.group + "'");
    const auto classes = polyominoClasses(n, params.group == "C4");
    if (K % 2 == 0 || K < n || K > 64)
        fail("size must be odd, at least the number of cells (" + std::to_string(n) +
             ") and at most 64, got " + std::to_string(K));
    if (params.samples < 1)
        fail("samples must be at least 1, got " + std::to_string(params.samples));
    if (!(params.noise >= 0.0))
        fail("noise must be >= 0");

    const auto group = groups::makeGroup(params.group);
    const groups::Representation grid = groups::gridRep(group, K);

    TaskData d;
    d.imageChannels = 1;
    d.imageHeight = d.imageWidth = K;
    d.group = params.group;
    d.inputRep = grid.text();
    for (const auto& c : classes)
        d.classNames.push_back(c.name);
    d.classification = true;
    d.classes = static_cast<int>(classes.size());
    d.X = Eigen::MatrixXd::Zero(K * K, params.samples);
    d.Y.resize(1, params.samples);

    Rng rng = Rng(seed).split(0x901703);
    Eigen::VectorXd upright(K * K);
    for (int s = 0; s < params.samples; ++s) {
        const int label = static_cast<int>(rng.below(classes.size()));
        const Polyomino& p = classes[static_cast<std::size_t>(label)].cells;
        int w = 0, h = 0;
        for (const auto& c : p) {
            w = std::max(w, c[0] + 1);
            h = std::max(h, c[1] + 1);
        }
        const int ox = static_cast<int>(rng.below(static_cast<std::uint64_t>(K - w + 1)));
        const int oy = static_cast<int>(rng.below(static_cast<std::uint64_t>(K - h + 1)));
        upright.setZero();
        for (const auto& c : p)
            upright((oy + c[1]) * K + ox + c[0]) = 1.0;
        // A uniformly random element moves the drawn pixels: (ρ(g)x)[g·j] = x[j].
        const auto& perm = grid.permutation(static_cast<int>(rng.below(group->order())));
        for (int j = 0; j < K * K; ++j)
            d.X(perm[static_cast<std::size_t>(j)], s) = upright(j);
        if (params.noise > 0)
            for (int j = 0; j < K * K; ++j)
                d.X(j, s) += params.noise * rng.normal();
        d.Y(0, s) = label;
    }
    return d;
}

Polyomino polyominoOfImage(const Eigen::Ref<const Eigen::VectorXd>& image, int K,
                           double threshold) {
    Polyomino p;
    for (int row = 0; row < K; ++row)
        for (int col = 0; col < K; ++col)
            if (image(row * K + col) > threshold)
                p.push_back({col, row});
    if (p.empty())
        throw Error(ErrorKind::InvalidArgument,
                    "polyomino: the image has no cell above the "
                    "threshold");
    return normalised(std::move(p));
}

}  // namespace eqlab::data
