#pragma once

// The registry of task kinds an experiment file can name in "task": {"kind": ..., params...}.
// Each kind declares its parameters (compute/core/params.h); the experiment reader validates them,
// so make() only sees complete, valid values. To add a kind: write an append...TaskKinds()
// function next to your generator and call it from taskKinds() in task_kinds.cpp
// (docs/extending.md).

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "compute/core/params.h"
#include "compute/data/tasks.h"

namespace eqlab::data {

// How a kind gives its test set (TaskData::testX, testY), see makeTask().
enum class TestSplit {
    // A fresh draw from a test stream split off the seed: make() is called again with that
    // stream's seed and "samples" = test_samples (declared parameter, added by taskKinds()).
    // Test columns equal to a training column are dropped, so the two sets are disjoint even on
    // a finite input space (polyominoes without noise).
    Draw,
    // The samples are a fixed enumeration or user data: a random test_fraction of them (declared
    // parameter) is held out; the rest, in their original order, is the training set.
    HoldOut,
    // No test set (xor: its four points are the whole input space).
    None,
};

struct TaskKind {
    using Make = std::function<TaskData(const Params&, std::uint64_t seed)>;
    TaskKind(std::string name_, std::string summary_, std::vector<ParamSpec> params_, Make make_)
        : name(std::move(name_)),
          summary(std::move(summary_)),
          params(std::move(params_)),
          make(std::move(make_)) {}

    std::string name;     // "set-max"
    std::string summary;  // one line for `eqlab kinds` and the docs
    std::vector<ParamSpec> params;
    // seed: the experiment's seed. Split your own stream off it (Rng(seed).split(...)) so the
    // data never shares random numbers with the models' initialisation.
    Make make;
    TestSplit test = TestSplit::Draw;
    // Optional (Draw): the test samples (X, Y) when make() with another seed would give another
    // task, e.g. when the seed also draws the target function (teacher) or the targets are
    // normalised over the samples drawn (set-alternating). testSeed: the test stream's seed.
    std::function<TaskData(const Params&, std::uint64_t seed, std::uint64_t testSeed, int samples)>
        makeTest;
    // Optional: for online learning (docs/experiment-format.md, "online"), a sampler that draws
    // fresh training samples. makeSampler(params) does the set-up once (e.g. the square root of a
    // covariance); the Sampler it returns gives `samples` new samples (X, Y as make() gives them)
    // as a pure function of its seed. Empty: the kind cannot draw fresh samples (fixed
    // enumerations, user data) and an online experiment is refused.
    using Sampler = std::function<TaskData(std::uint64_t seed, int samples)>;
    std::function<Sampler(const Params&)> makeSampler;
};

// The stream the test data is drawn from: Rng(seed).split(kTestStream).
inline constexpr std::uint64_t kTestStream = 0x7e57da7a;

// The task's training data with its test set (testX, testY) as the kind's TestSplit says.
// params must hold the kind's declared parameters (test_samples / test_fraction included).
TaskData makeTask(const TaskKind& kind, const Params& params, std::uint64_t seed);

// Every registered kind, in a fixed order.
const std::vector<TaskKind>& taskKinds();
// nullptr when no kind has that name.
const TaskKind* findTaskKind(const std::string& name);

// The kinds of tasks.cpp (xor and the symmetric functions of sets).
void appendBasicTaskKinds(std::vector<TaskKind>& kinds);
// nlgp (ring data of Ingrosso & Goldt and its Gaussian clone), band-limited-signals
// (ring_task_kinds.cpp).
void appendRingTaskKinds(std::vector<TaskKind>& kinds);
// polyomino, glyphs, point-sets, binary-patterns (image_task_kinds.cpp).
void appendImageTaskKinds(std::vector<TaskKind>& kinds);
// parity-function, mirror-image, quaternion-action, spiral-rotation, involution
// (symmetry_task_kinds.cpp).
void appendSymmetryTaskKinds(std::vector<TaskKind>& kinds);
// set-pairwise-distance, set-alternating (set_tasks.h); teacher (teacher_task.h); csv, npy
// (user_data.h); grid-roughness (grid_tasks.h).
void appendSetTaskKinds(std::vector<TaskKind>& kinds);
void appendTeacherTaskKinds(std::vector<TaskKind>& kinds);
// linear-map (linear_map_tasks.h).
void appendLinearMapTaskKinds(std::vector<TaskKind>& kinds);
void appendUserDataTaskKinds(std::vector<TaskKind>& kinds);
void appendGridTaskKinds(std::vector<TaskKind>& kinds);

}  // namespace eqlab::data
