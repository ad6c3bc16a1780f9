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

struct TaskKind {
    std::string name;     // "set-max"
    std::string summary;  // one line for `eqlab kinds` and the docs
    std::vector<ParamSpec> params;
    // seed: the experiment's seed. Split your own stream off it (Rng(seed).split(...)) so the
    // data never shares random numbers with the models' initialisation.
    std::function<TaskData(const Params&, std::uint64_t seed)> make;
};

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
void appendUserDataTaskKinds(std::vector<TaskKind>& kinds);
void appendGridTaskKinds(std::vector<TaskKind>& kinds);

}  // namespace eqlab::data
