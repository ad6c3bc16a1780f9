#pragma once

// A teacher–student task: the targets are the outputs of a random two-layer "teacher" net
//     y = w2ᵀ σ(W1 x + b1) + b2,   x ~ N(0, I_d),
// with W1 (h × d) ~ N(0, 1/d), b1 ~ N(0, 0.1²), w2_i = ±u_i/√h with u_i uniform in [1, 2] and
// random signs, drawn from the seed.
// A student of the same shape can represent the target exactly, in many ways: every element of
// the teacher's intertwiner group (permutations of its hidden units, with positive scales for
// ReLU or signs for tanh; compute/metrics/two_layer_net.h) gives the same function. Two students
// trained from different seeds therefore tend to land near DIFFERENT copies of the teacher: far
// apart in weight space, close after alignment (compute/metrics/alignment.h).
//
// Layout as everywhere: X is d × N, Y is 1 × N. The targets are scaled to mean square 1.

#include <cstdint>

#include "compute/data/task_kinds.h"
#include "compute/data/tasks.h"
#include "compute/nn/activation.h"

namespace eqlab::data {

// Registers "teacher" (task_kinds.h).
void appendTeacherTaskKinds(std::vector<TaskKind>& kinds);

struct TeacherTaskOptions {
    int inputs = 8;  // d
    int hidden = 6;  // h
    nn::Activation activation = nn::Activation::Tanh;
    int samples = 512;
    // > 0: also draw this many test samples (TaskData::testX, testY) of the same teacher, inputs
    // from Rng(testSeed), targets scaled like the training targets.
    int testSamples = 0;
    std::uint64_t testSeed = 0;
};

// Error(InvalidArgument) for inputs, hidden or samples < 1.
TaskData makeTeacherTask(const TeacherTaskOptions& options, std::uint64_t seed);

}  // namespace eqlab::data
