#pragma once

// What a run needs before training, shared by the session (session.h) and by the loading of a
// trained net (trained_net.h), so both build exactly the same task and model from an experiment:
//   loadTask:   the task's data, the group, and the group's actions on the task's input/target;
//   buildModel: a run's model, checked against the task's output count and initialised with the
//               run's seed.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "compute/data/tasks.h"
#include "compute/groups/group.h"
#include "compute/groups/representation.h"
#include "compute/io/experiment.h"
#include "compute/nn/model.h"

namespace eqlab::train {

struct TaskSetup {
    data::TaskData task;
    groups::GroupPtr group;  // null when neither the experiment nor the task names one
    // The group's action on one input column / on the target, when the group has the task's
    // representation with the right dimension (the symmetry metrics and augmentation need it).
    std::optional<groups::Representation> inputAction, outputAction;
    // Online experiments ("online": true): draws `samples` fresh training samples from a seed,
    // encoded like `task` (sign targets); empty otherwise.
    std::function<data::TaskData(std::uint64_t seed, int samples)> sampler;
};

// The stream online batches are drawn from: the batch of step k of a run is
// sampler(Rng(run seed).split(kOnlineStream).split(k).key(), batch).
inline constexpr std::uint64_t kOnlineStream = 0x0a11e;

// Makes the task (with the experiment's seed), encodes its targets as the experiment says
// ("targets"), makes its sampler when the experiment is online, and resolves the group (the
// experiment's, else the task's) and its actions. where: "task" or "runs[1].task", for messages.
// Error(Parse) for an unknown task or group, sign targets on a task that is not two-class, and an
// online experiment whose task kind cannot draw fresh samples (or not a batch of the experiment's
// size).
TaskSetup loadTask(const io::ExperimentSpec& spec, const io::TaskSpec& taskSpec,
                   const std::string& where);

// The task of a run trained on another run's codes (io::RunInputs): inputs `codes` and
// `testCodes` (the source run's layer outputs of its training and test inputs, column for column),
// targets the codes themselves or the source's targets (inputs.targets). The source's group is
// kept; no action is known on codes, so inputAction and outputAction are empty, and the codes are
// no image and no band-limited signal. No sampler: the codes are of the source's training set.
TaskSetup codesSetup(const TaskSetup& source, const io::RunInputs& inputs, Eigen::MatrixXd codes,
                     Eigen::MatrixXd testCodes);

// The model of spec.runs[index] for that task, initialised with seed + the run's seedOffset.
// Error(Parse) naming "runs[i].model" (or "model") when a layer does not fit or the last layer's
// output count is not the task's.
template <class S>
std::unique_ptr<nn::Model<S>> buildModel(const io::ExperimentSpec& spec, const TaskSetup& setup,
                                         std::size_t index);

extern template std::unique_ptr<nn::Model<float>> buildModel(const io::ExperimentSpec&,
                                                             const TaskSetup&, std::size_t);
extern template std::unique_ptr<nn::Model<double>> buildModel(const io::ExperimentSpec&,
                                                              const TaskSetup&, std::size_t);

}  // namespace eqlab::train
