#pragma once

// A trained net outside a session: an experiment's run rebuilt exactly as the session builds it
// (task_setup.h), with its weights loaded from a safetensors file (docs/interop.md), plus the
// task's data and the group's actions. What `eqlab check` and `eqlab audit` work on.
//
//   TrainedNet net = loadTrainedNet(spec, "results/mlp.safetensors");
//   auto table = net.layerSymmetry(*net.setup.inputAction);   // |G| × layers errors
//   auto c4 = groups::makeRepresentation(groups::makeGroup("C4"), "grid:7");
//   auto other = net.layerSymmetry(c4);                       // any group acting on the input

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "compute/io/experiment.h"
#include "compute/io/safetensors.h"
#include "compute/metrics/layer_symmetry.h"
#include "compute/nn/model.h"
#include "compute/train/task_setup.h"

namespace eqlab::train {

struct TrainedNet {
    io::ExperimentSpec spec;  // as given (its seed made the task's data)
    std::size_t runIndex = 0;
    std::string runLabel;
    // The run's task (its own task if the run has one), the group (null if none) and the group's
    // actions on the input / target when the task has them.
    TaskSetup setup;
    // Exactly one is set, by the experiment's dtype.
    std::unique_ptr<nn::Model<float>> floatModel;
    std::unique_ptr<nn::Model<double>> doubleModel;
    std::string weightsPath;
    std::map<std::string, std::string> metadata;  // the weights file's __metadata__

    bool isFloat() const { return floatModel != nullptr; }
    nn::Index inDim() const;
    nn::Index outDim() const;
    // "layer 0 (dense 6->16)", ... (top-level layers).
    std::vector<std::string> layerNames() const;

    // The net's outputs, X: inDim × n (double, cast to the model's scalar) -> outDim × n.
    Eigen::MatrixXd predict(const Eigen::MatrixXd& X) const;

    // Symmetry error per group element × layer (compute/metrics/layer_symmetry.h) under any
    // representation acting on the net's input (dim = inDim(); the task's own action is
    // setup.inputAction), on X (inDim × n) or, without X, on the task's training inputs.
    // Error(InvalidArgument) when the representation's dimension is not inDim().
    metrics::LayerSymmetryTable layerSymmetry(const groups::Representation& input,
                                              const Eigen::MatrixXd& X) const;
    metrics::LayerSymmetryTable layerSymmetry(const groups::Representation& input) const;
};

// Which run of the experiment a weights file is for: `runLabel` if not empty (Error
// InvalidArgument naming the runs when there is no such run); else the run named by the file's
// metadata "run" if the experiment has it; else the only run. Error(InvalidArgument) when the
// experiment has several runs and neither names one (the caller asks the user to choose).
std::size_t chooseWeightsRun(const io::ExperimentSpec& spec, const io::SafetensorsFile& weights,
                             const std::string& runLabel, const std::string& weightsPath);

// Builds the run's task and model and loads the weights (F32 or F64 files into either kind of
// model: nn::loadModelTensors). Errors: Error(Io) when the file cannot be read; Error(Parse)
// naming the file for a malformed file or a tensor the model lacks, misses or shapes otherwise;
// Error(InvalidArgument) for the run (chooseWeightsRun) and for a run trained on another run's
// codes (io::RunInputs: one weights file cannot make its inputs); the spec's own errors as the
// session gives them.
TrainedNet loadTrainedNet(const io::ExperimentSpec& spec, const std::string& weightsPath,
                          const std::string& runLabel = {});
// The same with a file already read (weightsPath only names it in messages).
TrainedNet loadTrainedNet(const io::ExperimentSpec& spec, const io::SafetensorsFile& weights,
                          const std::string& weightsPath, const std::string& runLabel = {});

}  // namespace eqlab::train
