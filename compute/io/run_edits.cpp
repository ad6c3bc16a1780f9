#include "compute/io/run_edits.h"

#include <algorithm>

#include "compute/core/error.h"
#include "compute/io/field_path.h"
#include "compute/io/file_name.h"
#include "compute/io/run_inputs.h"

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

// Keeps the variants' run indices on the same runs after an edit. explicitBefore: the spec had
// explicit runs before it; inserted / removed: the index of the run added / removed, or -1.
void followRuns(ExperimentSpec& spec, bool explicitBefore, int inserted, int removed) {
    for (auto& variant : spec.variants) {
        std::vector<std::pair<std::string, json::Value>> kept;
        for (auto& [path, value] : variant.set) {
            std::vector<PathStep> steps = parseFieldPath(path);
            if (!explicitBefore && spec.explicitRuns &&
                (steps[0].key == "model" || steps[0].key == "augment")) {
                steps.insert(steps.begin(), {PathStep{"runs", 0}, PathStep{"", 0}});
            }
            if (steps[0].key == "runs" && steps.size() > 1 && steps[1].isIndex()) {
                const auto index = static_cast<int>(steps[1].index);
                if (index == removed) {
                    continue;
                }
                steps[1].index += (inserted >= 0 && index >= inserted) ? 1 : 0;
                steps[1].index -= (removed >= 0 && index > removed) ? 1 : 0;
            }
            kept.emplace_back(formatFieldPath(steps), std::move(value));
        }
        variant.set = std::move(kept);
    }
    spec.variants.erase(std::remove_if(spec.variants.begin(), spec.variants.end(),
                                       [](const VariantSpec& v) { return v.set.empty(); }),
                        spec.variants.end());
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
    const bool explicitBefore = spec.explicitRuns;
    spec.explicitRuns = true;
    followRuns(spec, explicitBefore, -1, -1);
    return static_cast<int>(spec.runs.size()) - 1;
}

int duplicateRun(ExperimentSpec& spec, int index) {
    checkIndex(spec, index);
    RunSpec copy = spec.runs[index];
    copy.label = freeRunLabel(spec, copy.label + " copy");
    spec.runs.insert(spec.runs.begin() + index + 1, std::move(copy));
    const bool explicitBefore = spec.explicitRuns;
    spec.explicitRuns = true;
    followRuns(spec, explicitBefore, index + 1, -1);
    return index + 1;
}

void renameRun(ExperimentSpec& spec, int index, const std::string& label) {
    checkIndex(spec, index);
    if (label.empty()) {
        throw Error(ErrorKind::InvalidArgument, "a run needs a label");
    }
    if (const std::string why = whyNotAFileName(label); !why.empty()) {
        throw Error(ErrorKind::InvalidArgument, "run label: " + why);
    }
    if (labelTaken(spec, label, index)) {
        throw Error(ErrorKind::InvalidArgument, "another run is labelled '" + label + "'");
    }
    const std::string old = spec.runs[index].label;
    spec.runs[index].label = label;
    // A single run keeps the implicit label "model" only while nobody names it.
    const bool explicitBefore = spec.explicitRuns;
    spec.explicitRuns = spec.explicitRuns || label != old;
    followRuns(spec, explicitBefore, -1, -1);
    if (spec.headline) {
        for (auto& check : spec.headline->checks) {
            if (check.run == old) {
                check.run = label;
            }
        }
    }
    for (RunSpec& run : spec.runs) {
        if (run.inputs && run.inputs->run == old) {
            run.inputs->run = label;
        }
    }
}

void setRunInputs(ExperimentSpec& spec, int index, int source, int layers) {
    checkIndex(spec, index);
    RunSpec& run = spec.runs[index];
    if (source < 0) {
        run.inputs.reset();
        return;
    }
    if (source >= index) {
        throw Error(
            ErrorKind::InvalidArgument,
            "run '" + run.label + "' can train on the codes of a run listed before it only");
    }
    const RunSpec& from = spec.runs[source];
    if (layers < 1 || layers > static_cast<int>(from.layers.size())) {
        throw Error(ErrorKind::InvalidArgument,
                    "run '" + from.label + "' has " + std::to_string(from.layers.size()) +
                        " layers; its codes are taken after 1 to that many, not " +
                        std::to_string(layers));
    }
    RunSpec edited = run;
    RunInputs inputs = run.inputs.value_or(RunInputs{});
    inputs.run = from.label;
    inputs.layers = layers;
    edited.inputs = inputs;
    if (const std::string why = whyNotOnCodes(edited); !why.empty()) {
        throw Error(ErrorKind::InvalidArgument, "run '" + run.label + "': " + why);
    }
    run = std::move(edited);
}

void removeRun(ExperimentSpec& spec, int index) {
    checkIndex(spec, index);
    if (spec.runs.size() == 1) {
        throw Error(ErrorKind::InvalidArgument,
                    "'" + spec.runs[0].label + "' is the only run: an experiment needs one");
    }
    const std::string label = spec.runs[index].label;
    for (const RunSpec& run : spec.runs) {
        if (run.inputs && run.inputs->run == label) {
            throw Error(
                ErrorKind::InvalidArgument,
                "run '" + run.label + "' trains on the codes of '" + label + "': remove it first");
        }
    }
    spec.runs.erase(spec.runs.begin() + index);
    followRuns(spec, true, -1, index);
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
