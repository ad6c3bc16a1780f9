#include "compute/train/trained_net.h"

#include "compute/core/error.h"
#include "compute/nn/model_tensors.h"

namespace eqlab::train {

namespace {

std::string runList(const io::ExperimentSpec& spec) {
    std::string names;
    for (const auto& run : spec.runs)
        names += (names.empty() ? "" : ", ") + run.label;
    return names;
}

template <class S>
Eigen::MatrixXd predictWith(const nn::Model<S>& model, const Eigen::MatrixXd& X) {
    if (X.rows() != model.inDim())
        throw Error(ErrorKind::InvalidArgument,
                    "trained net: the input has " + std::to_string(X.rows()) +
                        " rows, the net takes " + std::to_string(model.inDim()));
    nn::Cache<S> cache;
    nn::Matrix<S> Y;
    model.infer(X.template cast<S>(), Y, cache);
    return Y.template cast<double>();
}

}  // namespace

nn::Index TrainedNet::inDim() const {
    return isFloat() ? floatModel->inDim() : doubleModel->inDim();
}

nn::Index TrainedNet::outDim() const {
    return isFloat() ? floatModel->outDim() : doubleModel->outDim();
}

std::vector<std::string> TrainedNet::layerNames() const {
    std::vector<std::string> names;
    const std::size_t n = isFloat() ? floatModel->net().size() : doubleModel->net().size();
    for (std::size_t i = 0; i < n; ++i)
        names.push_back(isFloat() ? floatModel->layerName(i) : doubleModel->layerName(i));
    return names;
}

Eigen::MatrixXd TrainedNet::predict(const Eigen::MatrixXd& X) const {
    return isFloat() ? predictWith(*floatModel, X) : predictWith(*doubleModel, X);
}

metrics::LayerSymmetryTable TrainedNet::layerSymmetry(const groups::Representation& input,
                                                      const Eigen::MatrixXd& X) const {
    if (input.dim() != inDim())
        throw Error(ErrorKind::InvalidArgument,
                    "trained net: the representation acts on " + std::to_string(input.dim()) +
                        " dimensions but the net takes " + std::to_string(inDim()) + " inputs");
    if (X.rows() != inDim())
        throw Error(ErrorKind::InvalidArgument,
                    "trained net: the data has " + std::to_string(X.rows()) +
                        " rows, the net takes " + std::to_string(inDim()));
    return isFloat() ? metrics::layerSymmetryTable(*floatModel, input, X)
                     : metrics::layerSymmetryTable(*doubleModel, input, X);
}

metrics::LayerSymmetryTable TrainedNet::layerSymmetry(const groups::Representation& input) const {
    return layerSymmetry(input, setup.task.X);
}

std::size_t chooseWeightsRun(const io::ExperimentSpec& spec, const io::SafetensorsFile& weights,
                             const std::string& runLabel, const std::string& weightsPath) {
    if (!runLabel.empty()) {
        if (const auto i = io::findRun(spec, runLabel))
            return *i;
        throw Error(ErrorKind::InvalidArgument, "the experiment has no run '" + runLabel +
                                                    "' (its runs: " + runList(spec) + ")");
    }
    const auto named = weights.metadata.find("run");
    if (named != weights.metadata.end()) {
        if (const auto i = io::findRun(spec, named->second))
            return *i;
    }
    if (spec.runs.size() == 1)
        return 0;
    throw Error(ErrorKind::InvalidArgument,
                weightsPath + ": the experiment has " + std::to_string(spec.runs.size()) +
                    " runs (" + runList(spec) + ") and the file's metadata names " +
                    (named == weights.metadata.end() ? std::string("no run")
                                                     : "the run '" + named->second + "'") +
                    "; say which run the weights are for");
}

TrainedNet loadTrainedNet(const io::ExperimentSpec& spec, const io::SafetensorsFile& weights,
                          const std::string& weightsPath, const std::string& runLabel) {
    TrainedNet net;
    net.spec = spec;
    net.runIndex = chooseWeightsRun(spec, weights, runLabel, weightsPath);
    const io::RunSpec& run = spec.runs[net.runIndex];
    net.runLabel = run.label;
    if (run.inputs) {
        // Its inputs are another net's codes, which one weights file cannot make.
        throw Error(ErrorKind::InvalidArgument,
                    weightsPath + ": run '" + run.label + "' trains on the codes of run '" +
                        run.inputs->run +
                        "', not on the task's data; a trained net is checked on the task's data: "
                        "choose run '" +
                        run.inputs->run + "' or another run on the task");
    }
    net.setup = run.task
                    ? loadTask(spec, *run.task, "runs[" + std::to_string(net.runIndex) + "].task")
                    : loadTask(spec, spec.task, "task");
    net.weightsPath = weightsPath;
    net.metadata = weights.metadata;
    if (spec.dtype == io::Dtype::Float) {
        net.floatModel = buildModel<float>(spec, net.setup, net.runIndex);
        nn::loadModelTensors(*net.floatModel, weights.tensors, weightsPath);
    } else {
        net.doubleModel = buildModel<double>(spec, net.setup, net.runIndex);
        nn::loadModelTensors(*net.doubleModel, weights.tensors, weightsPath);
    }
    return net;
}

TrainedNet loadTrainedNet(const io::ExperimentSpec& spec, const std::string& weightsPath,
                          const std::string& runLabel) {
    return loadTrainedNet(spec, io::readSafetensors(weightsPath), weightsPath, runLabel);
}

}  // namespace eqlab::train
