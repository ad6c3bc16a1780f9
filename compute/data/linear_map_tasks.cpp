#include "compute/data/linear_map_tasks.h"

#include <cmath>
#include <numbers>

#include "compute/core/decompositions.h"
#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/nn/init.h"

namespace eqlab::data {

namespace {

// A Haar-random orthogonal matrix: Q of the QR decomposition of a Gaussian matrix, each column's
// sign fixed by R's diagonal (without the fix Q would not be uniformly distributed). R = Qᵀ G, so
// R's diagonal entry j is Q's column j against G's: the QR compiled once (decompositions.h).
Eigen::MatrixXd randomOrthogonal(int n, Rng& rng) {
    Eigen::MatrixXd G(n, n);
    nn::fillNormal(G.data(), G.size(), 1.0, rng);
    Eigen::MatrixXd Q = orthonormalBasis(G);
    for (int j = 0; j < n; ++j)
        if (Q.col(j).dot(G.col(j)) < 0)
            Q.col(j) = -Q.col(j);
    return Q;
}

Eigen::MatrixXd gaussianInputs(int D, int samples, Rng rng) {
    Eigen::MatrixXd X(D, samples);
    nn::fillNormal(X.data(), X.size(), 1.0, rng);
    return X;
}

}  // namespace

Eigen::MatrixXd ringFourierBasis(int D, std::vector<int>* frequencies) {
    Eigen::MatrixXd F(D, D);
    std::vector<int> f;
    F.col(0).setConstant(1.0 / std::sqrt(double(D)));
    f.push_back(0);
    int col = 1;
    for (int k = 1; 2 * k < D; ++k) {
        for (int n = 0; n < D; ++n) {
            const double a = 2.0 * std::numbers::pi * k * n / D;
            F(n, col) = std::sqrt(2.0 / D) * std::cos(a);
            F(n, col + 1) = std::sqrt(2.0 / D) * std::sin(a);
        }
        f.push_back(k);
        f.push_back(k);
        col += 2;
    }
    if (D % 2 == 0) {
        for (int n = 0; n < D; ++n)
            F(n, col) = (n % 2 ? -1.0 : 1.0) / std::sqrt(double(D));
        f.push_back(D / 2);
    }
    if (frequencies)
        *frequencies = std::move(f);
    return F;
}

Eigen::MatrixXd linearMap(const LinearMapOptions& o, std::uint64_t seed) {
    if (o.inputs < 2 || o.samples < 1 || !(o.width > 0) || (o.map != "filter" && o.map != "random"))
        throw Error(ErrorKind::InvalidArgument,
                    "task 'linear-map': expected inputs >= 2, samples >= 1, width > 0 and map "
                    "'filter' or 'random', got " +
                        std::to_string(o.inputs) + ", " + std::to_string(o.samples) + ", " +
                        std::to_string(o.width) + ", '" + o.map + "'");
    std::vector<int> f;
    const Eigen::MatrixXd F = ringFourierBasis(o.inputs, &f);
    Eigen::VectorXd g(o.inputs);
    for (int k = 0; k < o.inputs; ++k)
        g[k] = std::exp(-double(f[k]) * f[k] / (2.0 * o.width * o.width));
    if (o.map == "filter")
        return F * g.asDiagonal() * F.transpose();
    Rng rng = Rng(seed).split(0xba5e5);
    const Eigen::MatrixXd out = randomOrthogonal(o.inputs, rng);
    const Eigen::MatrixXd in = randomOrthogonal(o.inputs, rng);
    return out * g.asDiagonal() * in.transpose();
}

TaskData makeLinearMapTask(const LinearMapOptions& o, std::uint64_t seed) {
    const Eigen::MatrixXd T = linearMap(o, seed);
    TaskData task;
    task.X = gaussianInputs(o.inputs, o.samples, Rng(seed).split(0xda7a5e7));
    task.Y = T * task.X;
    if (o.testSamples > 0) {
        task.testX = gaussianInputs(o.inputs, o.testSamples, Rng(o.testSeed));
        task.testY = T * task.testX;
    }
    return task;
}

namespace {

LinearMapOptions linearMapOptionsOf(const Params& p) {
    LinearMapOptions o;
    o.inputs = static_cast<int>(p.integer("inputs"));
    o.map = p.text("map");
    o.width = p.number("width");
    o.samples = static_cast<int>(p.integer("samples"));
    return o;
}

}  // namespace

void appendLinearMapTaskKinds(std::vector<TaskKind>& kinds) {
    kinds.push_back(
        {"linear-map",
         "a linear map y = T x of white noise x on a ring of D samples: a Gaussian low-pass "
         "filter (filter) or the same gains between two random orthonormal bases (random)",
         {integerParam("inputs", 24, 2, 4096, "D, samples around the ring"),
          choiceParam(
              "map", "filter", {"filter", "random"},
              "translation-invariant low-pass filter, or the same spectrum in random bases"),
          numberParam("width", 2.0, 1e-3, 1e6, "w: gain exp(-f^2 / 2w^2) at ring frequency f"),
          integerParam("samples", 2048, 1, 1 << 20, "number of training samples")},
         [](const Params& p, std::uint64_t seed) {
             return makeLinearMapTask(linearMapOptionsOf(p), seed);
         }});
    // The map comes from the experiment's seed, the test inputs from the test stream.
    kinds.back().makeTest = [](const Params& p, std::uint64_t seed, std::uint64_t testSeed,
                               int samples) {
        LinearMapOptions o = linearMapOptionsOf(p);
        o.samples = 1;
        o.testSamples = samples;
        o.testSeed = testSeed;
        TaskData both = makeLinearMapTask(o, seed);
        TaskData test;
        test.X = std::move(both.testX);
        test.Y = std::move(both.testY);
        return test;
    };
}

}  // namespace eqlab::data
