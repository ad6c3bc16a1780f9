#pragma once

// How a two-class task's labels become regression targets for the MSE loss (an experiment's
// "targets": "sign", docs/experiment-format.md): class 0 → −1, class 1 → +1, one target row.
// This is the set-up of the teacher–student and receptive-field papers (e.g. Ingrosso & Goldt,
// arXiv 2202.00565: one output, MSE on ±1 labels), where cross-entropy on two logits would be
// another model.

#include <string>

#include "compute/data/tasks.h"

namespace eqlab::data {

// Why a task cannot take sign targets ("" when it can): it must be a classification task with
// exactly two classes, not already encoded.
std::string whyNoSignTargets(const TaskData& task);

// Y and testY (1 × N class indices 0/1) become 2·Y − 1 and signTargets is set. Error
// InvalidArgument with whyNoSignTargets() when the task does not fit.
void encodeSignTargets(TaskData& task);

}  // namespace eqlab::data
