#pragma once

// The files a run writes into its folder, byte-identical for the same experiment and seed whatever
// the thread count: metrics.csv (the metric schedule), losses.csv (every step's mini-batch loss),
// summary.json (the outcome), experiment.json (the experiment as run, canonical form) and one
// <run>.safetensors per run with its weights at the end (docs/interop.md).

#include <string>

#include "compute/train/experiment_run.h"

namespace eqlab::train {

std::string metricsCsv(const ExperimentResult& result);
std::string lossesCsv(const ExperimentResult& result);
std::string summaryJson(const ExperimentResult& result);

// The weight file's name of a run: its label with every character other than a letter, digit,
// '.', '-' or '_' replaced by '_', plus ".safetensors" ("mlp.safetensors").
std::string weightsFileName(const std::string& label);

// Writes the files into `folder` (created if needed), each all or nothing (a temporary file
// renamed into place). Throws Error(Io) naming the file that could not be written.
void writeRunFiles(const ExperimentResult& result, const std::string& folder);

}  // namespace eqlab::train
