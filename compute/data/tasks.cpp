// The basic tasks:
//   xor                 2 inputs in {−1, 1}², class (x₁ ≠ x₂), 4 samples
//   set-sum-of-squares  x ∈ [−1, 1]^n, y = Σ x_i²    (invariant under permuting the coordinates)
//   set-max             x ∈ [−1, 1]^n, y = max_i x_i (invariant under permuting the coordinates)

#include "compute/core/rng.h"
#include "compute/data/task_kinds.h"

namespace eqlab::data {

namespace {

TaskData makeXor() {
    TaskData task;
    task.X.resize(2, 4);
    task.X << -1, -1, 1, 1,  //
        -1, 1, -1, 1;
    task.Y.resize(1, 4);
    task.Y << 0, 1, 1, 0;
    task.classification = true;
    task.classes = 2;
    task.classNames = {"equal", "different"};
    return task;
}

template <class Target>
TaskData makeSetTask(const Params& params, std::uint64_t seed, Target target) {
    const int n = static_cast<int>(params.integer("set_size"));
    const int samples = static_cast<int>(params.integer("samples"));
    // The data stream is split off the experiment's seed, so the model's initialisation (other
    // splits) and the data never share random numbers.
    Rng rng = Rng(seed).split(0xda7a5e7);
    TaskData task;
    task.X.resize(n, samples);
    task.Y.resize(1, samples);
    for (int s = 0; s < samples; ++s) {
        for (int i = 0; i < n; ++i) {
            task.X(i, s) = rng.uniform(-1.0, 1.0);
        }
        task.Y(0, s) = target(task.X.col(s));
    }
    task.group = "S" + std::to_string(n);
    task.inputRep = "perm";
    return task;
}

std::vector<ParamSpec> setParams() {
    return {integerParam("set_size", 5, 1, 64, "n, the number of elements of the set"),
            integerParam("samples", 256, 1, 1 << 20, "number of training samples")};
}

}  // namespace

void appendBasicTaskKinds(std::vector<TaskKind>& kinds) {
    kinds.push_back({"xor",
                     "2 inputs in {-1,1}^2, class x1 != x2 (4 samples)",
                     {},
                     [](const Params&, std::uint64_t) { return makeXor(); }});
    kinds.back().test = TestSplit::None;  // the four points are the whole input space
    kinds.push_back({"set-sum-of-squares", "x in [-1,1]^n, y = sum of x_i^2 (invariant under S_n)",
                     setParams(), [](const Params& p, std::uint64_t seed) {
                         return makeSetTask(p, seed, [](const auto& x) { return x.squaredNorm(); });
                     }});
    kinds.push_back({"set-max", "x in [-1,1]^n, y = max_i x_i (invariant under S_n)", setParams(),
                     [](const Params& p, std::uint64_t seed) {
                         return makeSetTask(p, seed, [](const auto& x) { return x.maxCoeff(); });
                     }});
}

}  // namespace eqlab::data
