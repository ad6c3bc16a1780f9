#include "compute/io/run_edits.h"

#include <algorithm>

#include "compute/core/error.h"

namespace eqlab::io {

namespace {

bool labelTaken(const ExperimentSpec& spec, const std::string& label, int except = -1) {
    for (int i = 0; i < static_cast<int>(spec.runs.size()); ++i) {
        if (i != except && spec.runs[i].label == label) {
            return true;
        }
    }
    return false;
}

void checkIndex(const ExperimentSpec& spec, int index) {
    if (index < 0 || index >= static_cast<int>(spec.runs.size())) {
        throw Error(ErrorKind::InvalidArgument, "there is no run " + std::to_string(index) +
                                                    " (the experiment has " +
                                                    std::to_string(spec.runs.size()) + ")");
    }
}

}  // namespace

std::string freeRunLabel(const ExperimentSpec& spec, const std::string& stem) {
    const std::string base = stem.empty() ? std::string("run") : stem;
    if (!labelTaken(spec, base)) {
        return base;
    }
    for (int n = 2;; ++n) {
        const std::string label = base + " " + std::to_string(n);
        if (!labelTaken(spec, label)) {
            return label;
        }
    }
}

int addRun(ExperimentSpec& spec, RunSpec run) {
    run.label = freeRunLabel(spec, run.label);
    spec.runs.push_back(std::move(run));
    spec.explicitRuns = true;
    return static_cast<int>(spec.runs.size()) - 1;
}

int duplicateRun(ExperimentSpec& spec, int index) {
    checkIndex(spec, index);
    RunSpec copy = spec.runs[index];
    copy.label = freeRunLabel(spec, copy.label + " copy");
    spec.runs.insert(spec.runs.begin() + index + 1, std::move(copy));
    spec.explicitRuns = true;
    return index + 1;
}

void renameRun(ExperimentSpec& spec, int index, const std::string& label) {
    checkIndex(spec, index);
    if (label.empty()) {
        throw Error(ErrorKind::InvalidArgument, "a run needs a label");
    }
    if (labelTaken(spec, label, index)) {
        throw Error(ErrorKind::InvalidArgument, "another run is labelled '" + label + "'");
    }
    const std::string old = spec.runs[index].label;
    spec.runs[index].label = label;
    // A single run keeps the implicit label "model" only while nobody names it.
    spec.explicitRuns = spec.explicitRuns || label != old;
    if (spec.headline) {
        for (auto& check : spec.headline->checks) {
            if (check.run == old) {
                check.run = label;
            }
        }
    }
}

void removeRun(ExperimentSpec& spec, int index) {
    checkIndex(spec, index);
    if (spec.runs.size() == 1) {
        throw Error(ErrorKind::InvalidArgument,
                    "'" + spec.runs[0].label + "' is the only run: an experiment needs one");
    }
    const std::string label = spec.runs[index].label;
    spec.runs.erase(spec.runs.begin() + index);
    if (spec.headline) {
        auto& checks = spec.headline->checks;
        checks.erase(std::remove_if(checks.begin(), checks.end(),
                                    [&](const HeadlineCheck& c) { return c.run == label; }),
                     checks.end());
        if (checks.empty()) {
            spec.headline.reset();
        }
    }
}

}  // namespace eqlab::io
