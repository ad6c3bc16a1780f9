#pragma once

// A run's model described layer by layer without training: the feature shape after each layer,
// its parameter count, or the error its kind reports ("model[3]: gconv needs ..."). The model
// builder shows it as the user edits, so every edit is checked against the task and the group at
// once. Wrappers with a nested list (group-average, parity) are described with their nested
// layers, each built on the wrapper's input as the wrapper builds them.
//
// taskShape() makes the task once (its data is generated, then dropped): call it when the task or
// the group changes and reuse it for every edit of the layers.

#include <cstdint>
#include <string>
#include <vector>

#include "compute/groups/group.h"
#include "compute/io/experiment.h"
#include "compute/nn/layer_kinds.h"

namespace eqlab::train {

// What a run's model receives and must give.
struct TaskShape {
    nn::FeatureShape input;  // rep set only when the group acts on the input with that dimension
    groups::GroupPtr group;  // the experiment's group, else the task's; null when none
    int outputs = 0;         // values the last layer must give (classes for classification)
    bool classification = false;
    std::string outputRep;  // the representation on the target (equivariant tasks), or empty
    int parity = 0;         // y(T x) = parity·y(x), 0 when the task states none
    bool imageMirrorParity = false;  // ... with T the left-right mirror of the image
    std::vector<double> parityA;     // ... else T x = A x + c, A row by row
    std::vector<double> parityC;
    bool involution = false;  // the target is an involution of the input space
};

// Makes the task (the run's own when runTask is given) and resolves the group and its action on
// the input, as a training session does. Throws Error(Parse/Io) naming "task" / "group" when the
// task or the group is wrong (e.g. a CSV file that cannot be read).
TaskShape taskShape(const io::ExperimentSpec& spec, const io::TaskSpec* runTask = nullptr);

// The shape run `run`'s model works on: the task's (the run's own task when it has one); for a run
// trained on another run's codes (io::RunInputs), the codes': the output of the first `layers`
// layers of its source as plain features, and as outputs the codes' size ("targets": "inputs") or
// the source's outputs ("task"). Error(Parse) naming the run's "inputs" when the source's model
// does not build as far as those layers.
TaskShape runTaskShape(const io::ExperimentSpec& spec, std::size_t run);

// "64", "7×7×1" (an image: height × width × channels), "7×7×8·|G|=8" (maps with a group axis:
// channels · |G|), "8×9 (K=4)" (band-limited: channels × (2K+1)).
std::string shapeText(const nn::FeatureShape& shape);

struct LayerOutline {
    std::string where;       // "model[2]", "model[0].model[1]"
    std::string kind;        // the layer's type
    bool built = false;      // false: this layer failed (error) or an earlier one did (error empty)
    nn::FeatureShape shape;  // after the layer (when built)
    std::string shapeText;   // shapeText(shape) (when built)
    std::int64_t parameters = 0;
    std::string error;                 // the kind's build error (names where), or empty
    std::vector<LayerOutline> nested;  // a wrapper's Layers parameter, described on its input
};

struct ModelOutline {
    std::vector<LayerOutline> layers;
    std::int64_t parameters = 0;  // of the layers that built
    // The first problem: a layer's build error, or the last layer giving the wrong number of
    // values ("model: the last layer gives 4 values but the task needs 5"), or an empty model.
    std::string error;
    int errorLayer = -1;  // the top-level index of the failing layer; -1 for none or the end
    bool ok() const { return error.empty(); }
};

// where: "model", or "runs[1].model", the prefix of every message.
ModelOutline outlineModel(const std::vector<LayerSpec>& layers, const TaskShape& task,
                          const std::string& where = "model");

}  // namespace eqlab::train
