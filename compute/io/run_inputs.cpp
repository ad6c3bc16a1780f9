#include "compute/io/run_inputs.h"

#include <algorithm>

#include "compute/core/error.h"
#include "compute/io/json_fields.h"
#include "compute/io/number_format.h"

namespace eqlab::io {

std::string_view settingName(RunInputs::Targets targets) {
    return targets == RunInputs::Targets::Task ? "task" : "inputs";
}

RunInputs parseRunInputs(const json::Value& value, const std::string& path,
                         const std::string& source, const std::vector<RunSpec>& earlier) {
    Fields f(value, path + ".inputs", source);
    RunInputs inputs;
    inputs.run = f.string("run", "", true);
    const RunSpec* from = nullptr;
    std::string labels;
    for (const RunSpec& run : earlier) {
        labels += (labels.empty() ? "" : ", ") + run.label;
        if (run.label == inputs.run) {
            from = &run;
        }
    }
    if (!from) {
        f.fail("run", earlier.empty() ? "the first run has no earlier run to train on"
                                      : "expected the label of an earlier run (" + labels +
                                            "), got '" + inputs.run + "'");
    }
    inputs.layers = static_cast<int>(
        f.integer("layers", 1, 1, static_cast<std::int64_t>(from->layers.size()), true));
    inputs.targets = f.choice("targets", "inputs", {"inputs", "task"}) == "task"
                         ? RunInputs::Targets::Task
                         : RunInputs::Targets::Inputs;
    f.rejectUnknown();
    return inputs;
}

std::string whyNotOnCodes(const RunSpec& run) {
    if (!run.inputs || !(run.task || run.augment)) {
        return {};
    }
    return std::string("a run that trains on another run's codes has ") +
           (run.task ? "no task of its own" : "no augmentation (no group acts on codes)");
}

std::size_t inputsSource(const ExperimentSpec& spec, std::size_t run) {
    const std::string& label = spec.runs.at(run).inputs.value().run;
    const auto source = findRun(spec, label);
    if (!source || *source >= run) {
        throw Error(ErrorKind::Parse, "runs[" + std::to_string(run) +
                                          "].inputs.run: no earlier run is labelled '" + label +
                                          "'");
    }
    return *source;
}

std::vector<int> runStages(const ExperimentSpec& spec) {
    std::vector<int> stage(spec.runs.size(), 0);  // sources come first
    for (std::size_t i = 0; i < spec.runs.size(); ++i) {
        if (spec.runs[i].inputs) {
            stage[i] = stage[inputsSource(spec, i)] + 1;
        }
    }
    return stage;
}

int stageCount(const ExperimentSpec& spec) {
    const std::vector<int> stage = runStages(spec);
    return stage.empty() ? 1 : 1 + *std::max_element(stage.begin(), stage.end());
}

std::string runInputsJson(const RunInputs& inputs) {
    return "{\"run\": " + quoteJson(inputs.run) + ", \"layers\": " + std::to_string(inputs.layers) +
           ", \"targets\": \"" + std::string(settingName(inputs.targets)) + "\"}";
}

}  // namespace eqlab::io
