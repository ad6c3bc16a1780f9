#pragma once

// Sweep files (.sweep.json, docs/sweeps.md): a base experiment (a file or a lesson) plus axes,
// each a field path (compute/io/field_path.h) and the values it takes. expandSweep() turns them
// into the cartesian product of the axes, in the file's axis order (the last axis varies fastest),
// each point an experiment validated by parseExperimentValue() and named from its axis values
// ("n=64-seed=3"), a name that is safe as a directory name and stable: the same file always gives
// the same list. Errors throw Error(Parse) naming the file and the field, as experiments do.
//
// The manifest (sweep.json in the output folder) records the expansion: which runs there are and
// their axis values, so that `eqlab sweep --collect` and `eqlab aggregate` need only the folder.

#include <string>
#include <string_view>
#include <vector>

#include "compute/core/json.h"
#include "compute/io/experiment.h"

namespace eqlab::io {

inline constexpr int kSweepSchemaVersion = 1;

struct SweepAxis {
    std::string name;  // short, used in run names: "seed", "n"
    std::string path;  // the field it sets: "seed", "task.samples", "runs[1].augment"
    std::vector<json::Value> values;
    std::vector<std::string> labels;  // one per value, as it appears in run names
    bool isSeed() const { return path == "seed"; }
};

struct SweepSpec {
    std::string name;             // "averaging-seeds"
    std::string experimentFile;   // the base as a file, relative to the sweep file, or
    std::string lesson;           // the base as a lesson's name (exactly one of the two is set)
    std::vector<SweepAxis> axes;  // at least one
};

// source: the file name, used in messages.
SweepSpec parseSweep(std::string_view text, std::string_view source);
SweepSpec readSweepFile(const std::string& path);

struct SweepRun {
    std::string name;                  // "n=64-seed=3": the run's folder in the output folder
    std::vector<std::size_t> indices;  // the value index on each axis
    ExperimentSpec spec;               // the base with the axes' values set, validated
};

// The runs of the sweep in a fixed order: the cartesian product in axis order, the last axis
// varying fastest. Error(Parse) naming the sweep file, the run and the field when a value does not
// make a valid experiment, or when two runs would get the same name.
std::vector<SweepRun> expandSweep(const SweepSpec& sweep, const ExperimentSpec& base,
                                  std::string_view source);

// The manifest: what a sweep's output folder holds.
struct SweepManifest {
    struct Axis {
        std::string name, path;
    };
    struct Run {
        std::string name;
        std::vector<std::string> labels;  // one per axis: the value's label
        std::vector<json::Value> values;  // one per axis
    };
    std::string name;
    std::vector<Axis> axes;
    std::vector<Run> runs;
};

SweepManifest manifestOf(const SweepSpec& sweep, const std::vector<SweepRun>& runs);
std::string manifestToJson(const SweepManifest& manifest);
// Error(Parse) naming source when the text is not a manifest.
SweepManifest parseManifest(std::string_view text, std::string_view source);

// The file a run's folder gets last, atomically, once its results are complete; it holds the
// run's status ("finished" or "diverged"). A folder without it is rerun.
inline constexpr const char* kRunCompleteMarker = "sweep.done";
inline constexpr const char* kManifestFile = "sweep.json";

}  // namespace eqlab::io
