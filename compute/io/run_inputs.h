#pragma once

// A run's "inputs" in experiment files (io::RunInputs): the reader, which checks the run it names
// against the runs before it, and the canonical writer.
//   "inputs": {"run": "stage-1", "layers": 2, "targets": "inputs"}

#include <string>
#include <string_view>
#include <vector>

#include "compute/core/json.h"
#include "compute/io/experiment.h"

namespace eqlab::io {

// Reads the "inputs" object of the run at `path` ("runs[3]"). earlier: the runs listed before it;
// the source must be one of them (so the runs' order is an order to train them in), and "layers"
// at most its layer count. Error(Parse) naming the file and the field otherwise, e.g.
//   "p.eqlab.json: field 'runs[3].inputs.run': expected the label of an earlier run (a, b),
//    got 'c'".
RunInputs parseRunInputs(const json::Value& value, const std::string& path,
                         const std::string& source, const std::vector<RunSpec>& earlier);

// Why the run cannot train on codes as it stands: "" when it has no "inputs" or fits them; else
// the reason, e.g. "a run that trains on another run's codes has no task of its own" (no group
// acts on codes, so no augmentation either). The reader, the run edits and the window ask here.
std::string whyNotOnCodes(const RunSpec& run);

// The index of the run whose codes run `run` trains on (it must have "inputs"). Error(Parse)
// "runs[i].inputs.run: no earlier run is labelled 'x'" when that is not a run before it (a spec
// made in code, not read).
std::size_t inputsSource(const ExperimentSpec& spec, std::size_t run);

// The object as the canonical experiment text writes it, on one line.
std::string runInputsJson(const RunInputs& inputs);

std::string_view settingName(RunInputs::Targets targets);

// The stage each run trains in: 0 on the task's data, its source's stage + 1 on codes (each
// stage takes the experiment's steps, one after the other).
std::vector<int> runStages(const ExperimentSpec& spec);
// How many stages the runs train in: 1 + the longest chain of runs on other runs' codes.
int stageCount(const ExperimentSpec& spec);

}  // namespace eqlab::io
