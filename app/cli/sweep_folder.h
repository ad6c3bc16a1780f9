#pragma once

// A sweep's output folder, shared by `eqlab sweep` (locally or as a Slurm job array),
// `eqlab sweep --collect` and `eqlab aggregate` (docs/sweeps.md):
//   DIR/sweep.json          the manifest: the runs and their axis values (compute/io/sweep.h)
//   DIR/<run>/experiment.json  the run's experiment, what `eqlab run` is given
//   DIR/<run>/...           what `eqlab run --out DIR/<run>` writes
//   DIR/<run>/sweep.done    written last, atomically: the run is complete (finished or diverged)

#include <QString>
#include <QStringList>
#include <vector>

#include "compute/io/sweep.h"

namespace eqlab::app {

struct LoadedSweep {
    io::SweepSpec spec;
    std::vector<io::SweepRun> runs;
    io::SweepManifest manifest;
};

// Reads a sweep file and expands it over its base: a file relative to the sweep file, or a lesson.
// Error(Parse) naming the file and field (or the missing base) otherwise.
LoadedSweep loadSweep(const QString& sweepFile);

// Writes the manifest and every incomplete run's experiment.json into dir. Error(Io) when a file
// cannot be written; Error(InvalidArgument) when dir holds the results of another sweep.
void prepareSweepFolder(const LoadedSweep& sweep, const QString& dir);

// The manifest of a sweep's folder; Error(Io/Parse) naming the file when it is missing or broken.
io::SweepManifest readSweepFolder(const QString& dir);

enum class RunState { Incomplete, Finished, Diverged };
// What DIR/<run>/sweep.done says.
RunState runState(const QString& dir, const std::string& run);

QString runFolder(const QString& dir, const std::string& run);

}  // namespace eqlab::app
