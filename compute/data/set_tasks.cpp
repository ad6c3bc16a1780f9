#include "compute/data/set_tasks.h"

#include <cmath>

#include "compute/core/error.h"
#include "compute/core/rng.h"

namespace eqlab::data {

namespace {

double meanPairwiseDistance(const Eigen::VectorXd& x) {
    const Eigen::Index n = x.size();
    if (n < 2)
        return 0.0;
    double s = 0;
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = i + 1; j < n; ++j)
            s += std::abs(x[i] - x[j]);
    return s / double(n * (n - 1) / 2);
}

double vandermonde(const Eigen::VectorXd& x) {
    double p = 1;
    for (Eigen::Index i = 0; i < x.size(); ++i)
        for (Eigen::Index j = i + 1; j < x.size(); ++j)
            p *= x[j] - x[i];
    return p;
}

void check(bool ok, const std::string& kind, const std::string& what) {
    if (!ok)
        throw Error(ErrorKind::InvalidArgument, "task '" + kind + "': " + what);
}

}  // namespace

bool isSetTask(const std::string& kind) {
    return kind == "set-pairwise-distance" || kind == "set-alternating";
}

namespace {

// scale > 0: the alternating targets are divided by it (a test set scaled like its training
// set); otherwise by their own root mean square, returned in *rms.
TaskData drawSetTask(const std::string& kind, int setSize, int samples, std::uint64_t seed,
                     double scale, double* rms) {
    check(isSetTask(kind), kind, "not a set task made here");
    const bool alternating = kind == "set-alternating";
    check(setSize >= (alternating ? 2 : 1), kind,
          "set_size must be >= " + std::string(alternating ? "2" : "1") + ", got " +
              std::to_string(setSize));
    check(samples >= 1, kind, "samples must be >= 1, got " + std::to_string(samples));
    check(!alternating || samples % 2 == 0, kind,
          "samples must be even (the samples come in pairs x, (0 1)·x), got " +
              std::to_string(samples));
    Rng rng = Rng(seed).split(0xda7a5e7);
    TaskData task;
    task.X.resize(setSize, samples);
    task.Y.resize(1, samples);
    for (int s = 0; s < samples; ++s) {
        if (alternating && s % 2 == 1) {
            task.X.col(s) = task.X.col(s - 1);
            std::swap(task.X(0, s), task.X(1, s));
        } else {
            for (int i = 0; i < setSize; ++i)
                task.X(i, s) = rng.uniform(-1.0, 1.0);
        }
        const Eigen::VectorXd x = task.X.col(s);
        task.Y(0, s) = alternating ? vandermonde(x) : meanPairwiseDistance(x);
    }
    if (alternating) {
        const double own = std::sqrt(task.Y.squaredNorm() / samples);
        if (rms)
            *rms = own;
        const double by = scale > 0 ? scale : own;
        if (by > 0)
            task.Y /= by;
    }
    // The symmetry the task is posed under; A_n is in the catalogue up to n = 7.
    if (!alternating)
        task.group = "S" + std::to_string(setSize);
    else if (setSize <= 7)
        task.group = "A" + std::to_string(setSize);
    task.inputRep = "perm";
    return task;
}

}  // namespace

TaskData makeSetTask(const std::string& kind, int setSize, int samples, std::uint64_t seed) {
    return drawSetTask(kind, setSize, samples, seed, 0.0, nullptr);
}

void appendSetTaskKinds(std::vector<TaskKind>& kinds) {
    auto make = [](const char* kind) {
        return [kind](const Params& p, std::uint64_t seed) {
            return makeSetTask(kind, static_cast<int>(p.integer("set_size")),
                               static_cast<int>(p.integer("samples")), seed);
        };
    };
    kinds.push_back({"set-pairwise-distance",
                     "x in [-1,1]^n, y = mean over pairs of |x_i - x_j| (invariant under S_n)",
                     {integerParam("set_size", 5, 1, 64, "n, the number of elements of the set"),
                      integerParam("samples", 256, 1, 1 << 20, "number of training samples")},
                     make("set-pairwise-distance")});
    kinds.push_back(
        {"set-alternating",
         "y = Vandermonde product of x in [-1,1]^n, normalised: invariant under A_n, odd under "
         "transpositions; samples in pairs (x, (0 1)x)",
         {integerParam("set_size", 4, 2, 64, "n, the number of elements of the set"),
          integerParam("samples", 256, 2, 1 << 20, "number of training samples (even)")},
         make("set-alternating")});
    // Test pairs from the test stream, scaled by the training targets' root mean square.
    kinds.back().makeTest = [](const Params& p, std::uint64_t seed, std::uint64_t testSeed,
                               int samples) {
        const int setSize = static_cast<int>(p.integer("set_size"));
        double rms = 0.0;
        drawSetTask("set-alternating", setSize, static_cast<int>(p.integer("samples")), seed, 0.0,
                    &rms);
        return drawSetTask("set-alternating", setSize, samples + samples % 2, testSeed,
                           rms > 0 ? rms : 1.0, nullptr);
    };
}

}  // namespace eqlab::data
