#pragma once

// Architecture templates for the model builder: a whole run (label, layers, augmentation) made
// for the experiment's group and task, or the reason the template does not apply ("a G-CNN needs
// a square image task"). And the layer a builder adds for a kind: its declared defaults, with the
// required parameters filled so that it builds on the features it receives where it can.

#include <string>
#include <vector>

#include "compute/io/experiment.h"
#include "compute/train/model_outline.h"

namespace eqlab::train {

enum class ModelTemplate {
    PlainMlp,
    AugmentedMlp,
    GroupAveraged,
    EquivariantMlp,
    DeepSets,
    C4Gcnn,
    D4Gcnn,
    FirstOrderInvariant,
    SecondOrderInvariant,
    Involutive,
    GroupAction,
    Parity,
    BandLimitedSo2,
};

struct TemplateInfo {
    ModelTemplate id;
    std::string name;   // "d4-gcnn": the run's label and a stable key
    std::string title;  // English, for logs and docs (the GUI translates its own)
};

// Every template, in the order the issue lists them.
const std::vector<TemplateInfo>& modelTemplates();

struct TemplateResult {
    io::RunSpec run;     // valid when whyNot is empty
    std::string whyNot;  // English: why this template does not apply to the task and group
    bool applies() const { return whyNot.empty(); }
};

// The template's run for this task; whyNot is also set when the made run would not build
// (the outline's error), so an applying result always builds and gives task.outputs values.
TemplateResult makeTemplate(ModelTemplate id, const TaskShape& task);

// A layer of the kind with its defaults, the required ones filled for the features `in`
// (dense: 16 outputs; activation: relu; equivariant: in.rep to in.rep; wrappers: a small MLP
// giving `outputs` values). Throws Error(InvalidArgument) for an unknown kind.
LayerSpec defaultLayer(const std::string& kind, const nn::FeatureShape& in, int outputs = 1);

}  // namespace eqlab::train
