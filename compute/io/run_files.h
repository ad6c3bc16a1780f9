#pragma once

// The files a run writes into its folder, byte-identical for the same experiment and seed whatever
// the thread count: metrics.csv (the metric schedule), losses.csv (every step's mini-batch loss),
// summary.json (the outcome), experiment.json (the experiment as run, canonical form) and one
// <run>.safetensors per run with its weights at the end (docs/interop.md).

#include <string>

#include "compute/train/experiment_run.h"

namespace eqlab::io {

// Writes text to path all or nothing: into path + ".part", then renamed into place, so a reader
// never sees half a file. Throws Error(Io) naming the file that could not be written.
void writeFileAtomically(const std::string& path, const std::string& text);

std::string metricsCsv(const train::ExperimentResult& result);
std::string lossesCsv(const train::ExperimentResult& result);
std::string summaryJson(const train::ExperimentResult& result);

// The weight file's name of a run: its label with every character other than a letter, digit,
// '.', '-' or '_' replaced by '_', plus ".safetensors" ("mlp.safetensors").
std::string weightsFileName(const std::string& label);

// Writes the files into `folder` (created if needed), each all or nothing (a temporary file
// renamed into place). Throws Error(Io) naming the file that could not be written.
void writeRunFiles(const train::ExperimentResult& result, const std::string& folder);

}  // namespace eqlab::io
