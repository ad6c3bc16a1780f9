#include "compute/data/target_encoding.h"

#include "compute/core/error.h"

namespace eqlab::data {

std::string whyNoSignTargets(const TaskData& task) {
    if (!task.classification) {
        return "needs a classification task (this one is a regression task)";
    }
    if (task.classes != 2) {
        return "needs exactly two classes (this task has " + std::to_string(task.classes) + ")";
    }
    if (task.signTargets) {
        return "the targets are signs already";
    }
    return {};
}

void encodeSignTargets(TaskData& task) {
    if (const std::string why = whyNoSignTargets(task); !why.empty()) {
        throw Error(ErrorKind::InvalidArgument, "sign targets: " + why);
    }
    task.Y = (2.0 * task.Y.array() - 1.0).matrix();
    if (task.testY.size() > 0) {
        task.testY = (2.0 * task.testY.array() - 1.0).matrix();
    }
    task.signTargets = true;
}

}  // namespace eqlab::data
