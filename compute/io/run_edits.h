#pragma once

// Edits of an experiment's list of runs, as the workbench makes them: add, duplicate, rename and
// remove a run. Each keeps the spec valid — labels unique and non-empty, at least one run, the
// headline's checks following a renamed run and dropped with a removed one — so that the edited
// spec writes a file parseExperiment() reads back unchanged. Errors are Error(InvalidArgument)
// with an English detail naming the run; nothing is changed then. A lesson's variants name runs
// by index ("runs[2].augment"): the edits keep them on the same runs (a removed run's edits go,
// and a variant left without edits), and a single-run file's "model..." and "augment" edits
// become "runs[0].model..." and "runs[0].augment" when it gets explicit runs.

#include <string>

#include "compute/io/experiment.h"

namespace eqlab::io {

// A label no run has yet: `stem`, or "stem 2", "stem 3", ...
std::string freeRunLabel(const ExperimentSpec& spec, const std::string& stem);

// Appends `run` (its label made unique when taken) and returns its index. A single-run
// experiment becomes one with explicit runs.
int addRun(ExperimentSpec& spec, RunSpec run);
// A copy of run `index` right after it, labelled "<label> copy" (made unique); returns its index.
int duplicateRun(ExperimentSpec& spec, int index);
// Renames run `index`; the headline's checks of that run and the runs trained on its codes
// ("inputs") follow. Throws for an empty label or one another run has.
void renameRun(ExperimentSpec& spec, int index, const std::string& label);
// Makes run `index` train on the codes of the earlier run `source` after `layers` of its layers
// (io::RunInputs; targets as they were, else the codes themselves), or on the task's data again
// when source is -1. Throws when source is not an earlier run, layers is not 1 .. its layer
// count, or the run has a task of its own or augmentation (nothing acts on codes).
void setRunInputs(ExperimentSpec& spec, int index, int source, int layers);
// Removes run `index` and the headline checks on it (the headline goes when none is left).
// Throws when it is the only run or another run trains on its codes ("inputs").
void removeRun(ExperimentSpec& spec, int index);

}  // namespace eqlab::io
