#include "compute/data/task_kinds.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "compute/core/rng.h"

namespace eqlab::data {

namespace {

// Declares the test-set parameter every kind with a test set takes (docs/experiment-format.md).
void addTestParam(TaskKind& kind) {
    if (kind.test == TestSplit::Draw) {
        kind.params.push_back(
            integerParam("test_samples", 256, 0, 1 << 20,
                         "held-out test samples, drawn from their own stream (0: no test set)"));
    } else if (kind.test == TestSplit::HoldOut) {
        kind.params.push_back(numberParam("test_fraction", 0.2, 0.0, 0.9,
                                          "fraction of the samples held out as the test set "
                                          "(0: no test set)"));
    }
}

std::uint64_t hashColumn(const Eigen::MatrixXd& X, Eigen::Index c) {
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (Eigen::Index r = 0; r < X.rows(); ++r) {
        const double x = X(r, c) + 0.0;  // -0 and +0 hash alike (they compare equal)
        std::uint64_t bits = 0;
        std::memcpy(&bits, &x, sizeof bits);
        h = Rng::mix(h ^ bits);
    }
    return h;
}

// Indices of the columns of `candidates` equal to no column of `reference`.
std::vector<Eigen::Index> columnsNotIn(const Eigen::MatrixXd& candidates,
                                       const Eigen::MatrixXd& reference) {
    std::unordered_multimap<std::uint64_t, Eigen::Index> known;
    for (Eigen::Index c = 0; c < reference.cols(); ++c) {
        known.emplace(hashColumn(reference, c), c);
    }
    std::vector<Eigen::Index> keep;
    for (Eigen::Index c = 0; c < candidates.cols(); ++c) {
        bool seen = false;
        const auto [first, last] = known.equal_range(hashColumn(candidates, c));
        for (auto it = first; it != last && !seen; ++it) {
            seen = candidates.col(c) == reference.col(it->second);
        }
        if (!seen) {
            keep.push_back(c);
        }
    }
    return keep;
}

Eigen::MatrixXd pickColumns(const Eigen::MatrixXd& M, const std::vector<Eigen::Index>& columns) {
    Eigen::MatrixXd out(M.rows(), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t i = 0; i < columns.size(); ++i) {
        out.col(static_cast<Eigen::Index>(i)) = M.col(columns[i]);
    }
    return out;
}

void drawTest(const TaskKind& kind, const Params& params, std::uint64_t seed, TaskData& task) {
    const int n = static_cast<int>(params.integer("test_samples"));
    if (n == 0) {
        return;
    }
    const std::uint64_t testSeed = Rng(seed).split(kTestStream).key();
    TaskData test;
    if (kind.makeTest) {
        test = kind.makeTest(params, seed, testSeed, n);
    } else {
        Params testParams = params;
        std::int64_t samples = n;
        for (const auto& spec : kind.params) {
            if (spec.name == "samples") {
                samples = std::max<std::int64_t>(samples, static_cast<std::int64_t>(spec.minimum));
            }
        }
        testParams.setNumber("samples", static_cast<double>(samples));
        test = kind.make(testParams, testSeed);
    }
    std::vector<Eigen::Index> keep = columnsNotIn(test.X, task.X);
    keep.resize(std::min<std::size_t>(keep.size(), static_cast<std::size_t>(n)));
    task.testX = pickColumns(test.X, keep);
    task.testY = pickColumns(test.Y, keep);
}

void holdOut(const Params& params, std::uint64_t seed, TaskData& task) {
    const Eigen::Index total = task.X.cols();
    const auto count = std::min<Eigen::Index>(
        total - 1, static_cast<Eigen::Index>(
                       params.number("test_fraction") * static_cast<double>(total) + 0.5));
    if (count <= 0) {
        return;
    }
    std::vector<std::size_t> order;
    Rng(seed).split(kTestStream).permutation(static_cast<std::size_t>(total), order);
    std::vector<char> isTest(static_cast<std::size_t>(total), 0);
    for (Eigen::Index i = 0; i < count; ++i) {
        isTest[order[static_cast<std::size_t>(i)]] = 1;
    }
    std::vector<Eigen::Index> train, test;
    for (Eigen::Index c = 0; c < total; ++c) {
        (isTest[static_cast<std::size_t>(c)] ? test : train).push_back(c);
    }
    Eigen::MatrixXd trainX = pickColumns(task.X, train), trainY = pickColumns(task.Y, train);
    // User data may repeat a sample: a repeat of a training sample is no test.
    const Eigen::MatrixXd heldX = pickColumns(task.X, test), heldY = pickColumns(task.Y, test);
    const std::vector<Eigen::Index> keep = columnsNotIn(heldX, trainX);
    task.testX = pickColumns(heldX, keep);
    task.testY = pickColumns(heldY, keep);
    task.X = std::move(trainX);
    task.Y = std::move(trainY);
}

}  // namespace

const std::vector<TaskKind>& taskKinds() {
    static const std::vector<TaskKind> kinds = [] {
        std::vector<TaskKind> all;
        appendBasicTaskKinds(all);
        appendRingTaskKinds(all);
        appendImageTaskKinds(all);
        appendSymmetryTaskKinds(all);
        appendSetTaskKinds(all);
        appendTeacherTaskKinds(all);
        appendLinearMapTaskKinds(all);
        appendUserDataTaskKinds(all);
        appendGridTaskKinds(all);
        for (auto& kind : all) {
            addTestParam(kind);
        }
        return all;
    }();
    return kinds;
}

const TaskKind* findTaskKind(const std::string& name) {
    for (const auto& kind : taskKinds()) {
        if (kind.name == name) {
            return &kind;
        }
    }
    return nullptr;
}

TaskData makeTask(const TaskKind& kind, const Params& params, std::uint64_t seed) {
    TaskData task = kind.make(params, seed);
    if (kind.test == TestSplit::Draw) {
        drawTest(kind, params, seed, task);
    } else if (kind.test == TestSplit::HoldOut && !task.hasTest()) {
        // A kind may hold out its own test set (binary-patterns on chosen orbits keeps the
        // orbits whole).
        holdOut(params, seed, task);
    }
    return task;
}

}  // namespace eqlab::data
