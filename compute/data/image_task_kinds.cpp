// The task kinds of the image, point-set and pattern generators (polyominoes.h, glyphs.h,
// point_sets.h, binary_patterns.h): declared parameters, then the plain generator functions.

#include <algorithm>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/data/binary_patterns.h"
#include "compute/data/glyphs.h"
#include "compute/data/point_sets.h"
#include "compute/data/polyominoes.h"
#include "compute/data/task_kinds.h"

namespace eqlab::data {

namespace {

ParamSpec samplesParam(std::int64_t fallback) {
    return integerParam("samples", fallback, 1, 1 << 16, "number of samples");
}
ParamSpec noiseParam(double fallback, const char* help) {
    return numberParam("noise", fallback, 0.0, 10.0, help);
}

// The test set of chosen orbits: a random `fraction` of the patterns outside them (of the rest
// of the grid's patterns, in increasing order), never a part of the orbits, which would leave the
// training set no longer closed under the group. The generic hold-out keeps a test set the kind
// made (task_kinds.cpp).
void outsideOrbitsTest(const BinaryPatternSet& all, BinaryPatternSet& chosen, double fraction,
                       std::uint64_t seed) {
    std::vector<char> inside(all.pattern.size(), 0);
    for (int q : chosen.pattern)
        inside[static_cast<std::size_t>(q)] = 1;
    std::vector<int> outside;
    for (int q : all.pattern)
        if (!inside[static_cast<std::size_t>(q)])
            outside.push_back(q);
    if (fraction <= 0.0)
        return;
    // Never empty when a test set is asked for: the generic hold-out would then cut the orbits.
    if (outside.empty())
        throw Error(ErrorKind::InvalidArgument,
                    "binary patterns: the chosen orbits are every pattern, nothing is left to "
                    "hold out; set test_fraction to 0");
    const std::size_t count = std::clamp<std::size_t>(
        static_cast<std::size_t>(fraction * static_cast<double>(outside.size()) + 0.5), 1,
        outside.size());
    std::vector<std::size_t> order;
    Rng(seed).split(kTestStream).permutation(outside.size(), order);
    std::vector<int> picked;
    for (std::size_t i = 0; i < count; ++i)
        picked.push_back(outside[order[i]]);
    std::sort(picked.begin(), picked.end());
    TaskData& task = chosen.task;
    task.testX.resize(all.task.X.rows(), static_cast<Eigen::Index>(picked.size()));
    for (std::size_t i = 0; i < picked.size(); ++i)
        task.testX.col(static_cast<Eigen::Index>(i)) = all.task.X.col(picked[i]);
    task.testY = task.testX;
}

}  // namespace

void appendImageTaskKinds(std::vector<TaskKind>& kinds) {
    kinds.push_back(
        {"polyomino",
         "a polyomino on a K x K grid, randomly placed and transformed by C4 (one-sided classes) "
         "or D4 (free classes); class = the polyomino",
         {integerParam("cells", 4, 1, 7, "cells of each polyomino (4: tetrominoes)"),
          integerParam("size", 9, 1, 63, "image size K (odd, at least cells)"),
          choiceParam("transforms", "D4", {"C4", "D4"},
                      "random rotations (C4) or rotations and flips (D4)"),
          samplesParam(512), noiseParam(0.0, "standard deviation of Gaussian pixel noise")},
         [](const Params& p, std::uint64_t seed) {
             PolyominoParams q;
             q.cells = static_cast<int>(p.integer("cells"));
             q.size = static_cast<int>(p.integer("size"));
             q.group = p.text("transforms");
             q.samples = static_cast<int>(p.integer("samples"));
             q.noise = p.number("noise");
             return makePolyominoImages(q, seed);
         }});
    kinds.push_back(
        {"glyphs",
         "six stroke glyphs (L T C Z J V) drawn anti-aliased on an n x n grid at random angles",
         {integerParam("size", 15, 5, 64, "image size n"), samplesParam(512),
          numberParam("max_degrees", 360.0, 0.0, 360.0,
                      "angles uniform in [0, max_degrees); 0 = upright"),
          flagParam("jitter", true, "random scale, shift and stroke width"),
          noiseParam(0.0, "standard deviation of Gaussian pixel noise")},
         [](const Params& p, std::uint64_t seed) {
             GlyphParams q;
             q.size = static_cast<int>(p.integer("size"));
             q.samples = static_cast<int>(p.integer("samples"));
             q.maxDegrees = p.number("max_degrees");
             q.jitter = p.flag("jitter");
             q.noise = p.number("noise");
             return makeGlyphImages(q, seed);
         }});
    kinds.push_back(
        {"point-sets",
         "vertices of a Platonic solid with noise, shuffled and rotated by T, O, I or any "
         "rotation; class = the solid",
         {integerParam("points", 20, 20, 256, "points per sample (repeating vertices)"),
          choiceParam("rotations", "I", {"T", "O", "I", "SO3"},
                      "the random rotations: a catalogue group, or uniform on SO(3)"),
          samplesParam(500), noiseParam(0.02, "standard deviation of noise per coordinate")},
         [](const Params& p, std::uint64_t seed) {
             PointSetParams q;
             q.points = static_cast<int>(p.integer("points"));
             q.rotations = p.text("rotations");
             q.samples = static_cast<int>(p.integer("samples"));
             q.noise = p.number("noise");
             return makePointSets(q, seed);
         }});
    kinds.push_back(
        {"binary-patterns",
         "every binary K x K pattern once, or a few complete orbits, target = the pattern (an "
         "autoencoder's task); orbits and stabilizers under C4 or D4",
         {integerParam("size", 3, 1, 4, "pattern size K (2^(K*K) patterns)"),
          choiceParam("symmetry", "D4", {"C4", "D4"}, "the group on the grid"),
          textParam("orbits", "all",
                    "all patterns; equal-count (two orbits per stabilizer order at pixel counts "
                    "K*K/2-1 and K*K/2); or seed patterns, numbers separated by commas: their "
                    "complete orbits"),
          choiceParam("weighting", "pattern", {"pattern", "orbit"},
                      "each pattern once, or each pattern |Stab| times (every orbit |G| samples)")},
         [](const Params& p, std::uint64_t seed) {
             const auto all =
                 binaryPatterns(static_cast<int>(p.integer("size")), p.text("symmetry"));
             const std::vector<int> seeds = orbitSeeds(all, p.text("orbits"));
             if (seeds.empty() && p.text("weighting") == "pattern")
                 return all.task;  // the generic hold-out splits it
             BinaryPatternSet chosen = patternOrbits(
                 all, seeds.empty() ? all.orbitRepresentative : seeds, p.text("weighting"));
             const double fraction = p.has("test_fraction") ? p.number("test_fraction") : 0.0;
             outsideOrbitsTest(all, chosen, fraction, seed);
             return chosen.task;
         }});
    kinds.back().test = TestSplit::HoldOut;  // every pattern once: hold some out
}

}  // namespace eqlab::data
