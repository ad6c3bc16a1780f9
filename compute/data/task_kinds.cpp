#include "compute/data/task_kinds.h"

namespace eqlab::data {

const std::vector<TaskKind>& taskKinds() {
    static const std::vector<TaskKind> kinds = [] {
        std::vector<TaskKind> all;
        appendBasicTaskKinds(all);
        appendRingTaskKinds(all);
        appendImageTaskKinds(all);
        appendSymmetryTaskKinds(all);
        appendSetTaskKinds(all);
        appendTeacherTaskKinds(all);
        appendUserDataTaskKinds(all);
        appendGridTaskKinds(all);
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

}  // namespace eqlab::data
