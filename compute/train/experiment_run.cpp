#include "compute/train/experiment_run.h"

#include <cmath>

#include "compute/data/tasks.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/equivariant_factory.h"
#include "compute/nn/model.h"
#include "compute/train/trainer.h"

namespace eqlab::train {

namespace {

nn::Activation activationFromName(const std::string& name) {
    if (name == "relu")
        return nn::Activation::ReLU;
    if (name == "leaky-relu")
        return nn::Activation::LeakyReLU;
    if (name == "tanh")
        return nn::Activation::Tanh;
    if (name == "sigmoid")
        return nn::Activation::Sigmoid;
    if (name == "gelu")
        return nn::Activation::GELU;
    if (name == "softplus")
        return nn::Activation::Softplus;
    if (name == "erf")
        return nn::Activation::Erf;
    if (name == "square")
        return nn::Activation::Square;
    if (name == "identity")
        return nn::Activation::Identity;
    throw Error(ErrorKind::Parse, "unknown activation '" + name + "'");
}

template <class S>
nn::Model<S> buildModel(const io::ExperimentSpec& spec, const groups::GroupPtr& group,
                        nn::Index inputs, nn::Index outputs) {
    std::vector<nn::LayerPtr<S>> layers;
    nn::Index width = inputs;
    for (std::size_t i = 0; i < spec.layers.size(); ++i) {
        const auto& l = spec.layers[i];
        const std::string where = "model[" + std::to_string(i) + "]";
        if (l.type == "dense") {
            layers.push_back(std::make_unique<nn::Dense<S>>(width, l.out, nn::Init::He, l.bias));
            width = l.out;
        } else if (l.type == "activation") {
            layers.push_back(
                std::make_unique<nn::Pointwise<S>>(activationFromName(l.function), width));
        } else {
            groups::Representation in, out;
            try {
                in = groups::makeRepresentation(group, l.inRep);
                out = groups::makeRepresentation(group, l.outRep);
            } catch (const Error& e) {
                throw Error(ErrorKind::Parse, where + ": " + e.detail());
            }
            if (in.dim() != width) {
                throw Error(ErrorKind::Parse, where + ": input representation '" + l.inRep +
                                                  "' has dimension " + std::to_string(in.dim()) +
                                                  " but the layer receives " +
                                                  std::to_string(width) + " values");
            }
            layers.push_back(nn::makeEquivariantLinear<S>(in, out));
            width = out.dim();
        }
    }
    if (width != outputs) {
        throw Error(ErrorKind::Parse, "model: the last layer gives " + std::to_string(width) +
                                          " values but the task needs " + std::to_string(outputs));
    }
    return nn::Model<S>(std::move(layers));
}

template <class S>
MetricRow evaluate(nn::Model<S>& model, const data::TaskData& task, const Dataset<S>& dataset,
                   Loss<S>& loss, const groups::Representation* inputAction, std::int64_t step) {
    MetricRow row;
    row.step = step;
    const nn::Matrix<S> prediction = model.predict(dataset.X);
    nn::Matrix<S> grad;
    row.trainLoss =
        loss.evaluate(prediction, dataset.Y, grad) / static_cast<double>(dataset.X.cols());
    if (task.classification) {
        int correct = 0;
        for (Eigen::Index s = 0; s < prediction.cols(); ++s) {
            Eigen::Index best = 0;
            prediction.col(s).maxCoeff(&best);
            correct += best == static_cast<Eigen::Index>(task.Y(0, s)) ? 1 : 0;
        }
        row.accuracy = static_cast<double>(correct) / static_cast<double>(prediction.cols());
    }
    if (inputAction) {
        // Mean over the group and the first 64 samples of ‖f(g·x) − f(x)‖ / ‖f(x)‖ (MATH.md §4).
        const Eigen::Index n = std::min<Eigen::Index>(64, dataset.X.cols());
        const nn::Matrix<S> X = dataset.X.leftCols(n);
        const nn::Matrix<S> base = model.predict(X);
        double total = 0.0;
        const int order = inputAction->group().order();
        for (int g = 0; g < order; ++g) {
            const nn::Matrix<S> moved = (inputAction->matrix(g).cast<S>() * X).eval();
            const nn::Matrix<S> out = model.predict(moved);
            for (Eigen::Index s = 0; s < n; ++s) {
                const double scale = std::max<double>(base.col(s).norm(), 1e-12);
                total += static_cast<double>((out.col(s) - base.col(s)).norm()) / scale;
            }
        }
        row.invarianceError = total / (static_cast<double>(n) * order);
    }
    return row;
}

template <class S>
ExperimentResult run(const io::ExperimentSpec& spec, int threads,
                     const std::function<void(const ExperimentProgress&)>& progress) {
    ExperimentResult result;
    result.spec = spec;
    const data::TaskData task =
        data::makeTask(spec.task.kind, spec.task.setSize, spec.task.samples, spec.seed);

    groups::GroupPtr group;
    std::optional<groups::Representation> inputAction;
    if (!spec.group.empty()) {
        try {
            group = groups::makeGroup(spec.group);
        } catch (const Error& e) {
            throw Error(ErrorKind::Parse, "group: " + std::string(e.detail()));
        }
        if (group->hasNatural() && group->naturalSetSize() == task.X.rows()) {
            inputAction = groups::makeRepresentation(group, "perm");
        }
    }

    auto dataset = std::make_shared<Dataset<S>>();
    dataset->X = task.X.cast<S>();
    dataset->Y = task.Y.cast<S>();
    const nn::Index outputs = task.classification ? task.classes : 1;
    nn::Model<S> model = buildModel<S>(spec, group, task.X.rows(), outputs);
    model.initialize(spec.seed);
    result.parameterCount = model.paramCount();
    for (std::size_t i = 0; i < model.layout().size(); ++i) {
        result.modelDescription += (i ? "; " : "") + model.layerName(i);
    }

    const LossKind lossKind = spec.loss == "cross-entropy" ? LossKind::CrossEntropy : LossKind::MSE;
    OptimizerConfig optimizer;
    optimizer.kind = spec.optimizer == "sgd"        ? OptimizerKind::SGD
                     : spec.optimizer == "momentum" ? OptimizerKind::Momentum
                                                    : OptimizerKind::Adam;
    optimizer.momentum = spec.momentum;
    optimizer.weightDecay = spec.weightDecay;

    TrainerConfig config;
    config.batchSize = spec.batch;
    config.chunkSize = spec.chunk;
    config.seed = spec.seed;
    config.steps = spec.steps;
    config.threads = threads;
    config.schedule = spec.schedule == "cosine"
                          ? Schedule::cosine(spec.learningRate, spec.steps, 0.0, spec.warmup)
                          : Schedule::constant(spec.learningRate);

    const auto evaluationLoss = makeLoss<S>(lossKind);
    Trainer<S> trainer(model, dataset, makeLoss<S>(lossKind), makeOptimizer<S>(optimizer), config);
    const groups::Representation* action = inputAction ? &*inputAction : nullptr;
    result.metrics.push_back(evaluate(model, task, *dataset, *evaluationLoss, action, 0));
    while (trainer.stepsDone() < spec.steps) {
        if (!trainer.step()) {
            break;
        }
        const std::int64_t done = trainer.stepsDone();
        if (done % spec.metricEvery == 0 || done == spec.steps) {
            result.metrics.push_back(
                evaluate(model, task, *dataset, *evaluationLoss, action, done));
        }
        if (progress) {
            progress({done, spec.steps, trainer.losses().back()});
        }
    }
    result.stepsDone = trainer.stepsDone();
    result.batchLosses = trainer.losses();
    if (const auto& d = trainer.divergence()) {
        result.divergence =
            Error(ErrorKind::Divergence, "divergence at step " + std::to_string(d->step) +
                                             ": non-finite " + d->where + " in " + d->layerName);
    }
    return result;
}

}  // namespace

ExperimentResult runExperiment(const io::ExperimentSpec& spec, int threads,
                               const std::function<void(const ExperimentProgress&)>& progress) {
    return spec.dtype == "float" ? run<float>(spec, threads, progress)
                                 : run<double>(spec, threads, progress);
}

}  // namespace eqlab::train
