#include "compute/train/task_setup.h"

#include <algorithm>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/data/target_encoding.h"
#include "compute/data/task_kinds.h"
#include "compute/groups/catalogue.h"
#include "compute/nn/layer_kinds.h"
#include "compute/train/memory_estimate.h"

namespace eqlab::train {

namespace {

std::function<data::TaskData(std::uint64_t, int)> onlineSampler(const data::TaskKind& kind,
                                                                const Params& params, bool sign,
                                                                const std::string& where) {
    if (!kind.makeSampler) {
        throw Error(ErrorKind::Parse, "online: task '" + kind.name + "' (" + where +
                                          ") cannot draw fresh samples; online learning needs a "
                                          "task kind with a sampler, such as nlgp");
    }
    data::TaskKind::Sampler draw = kind.makeSampler(params);
    return [draw = std::move(draw), sign](std::uint64_t seed, int samples) {
        data::TaskData batch = draw(seed, samples);
        if (sign) {
            data::encodeSignTargets(batch);
        }
        return batch;
    };
}

}  // namespace

TaskSetup loadTask(const io::ExperimentSpec& spec, const io::TaskSpec& taskSpec,
                   const std::string& where) {
    TaskSetup setup;
    const data::TaskKind* kind = data::findTaskKind(taskSpec.kind);
    if (!kind) {
        throw Error(ErrorKind::Parse, where + ".kind: unknown task '" + taskSpec.kind + "'");
    }
    // Data and custom-group files named relative to the experiment file are found next to it.
    const Params params = io::resolveTaskFiles(taskSpec, spec.directory).params;
    setup.task = data::makeTask(*kind, params, spec.seed);
    const bool sign = spec.targets == io::TargetEncoding::Sign;
    if (sign) {
        if (const std::string why = data::whyNoSignTargets(setup.task); !why.empty()) {
            throw Error(ErrorKind::Parse,
                        "targets: \"sign\" " + why + " (" + where + ": '" + taskSpec.kind + "')");
        }
        data::encodeSignTargets(setup.task);
    }
    if (spec.online) {
        setup.sampler = onlineSampler(*kind, params, sign, where);
        // One trial batch, so that a batch size the kind cannot draw is refused here, with the
        // field named, and not in the middle of training.
        try {
            setup.sampler(Rng(spec.seed).split(kOnlineStream).key(), static_cast<int>(spec.batch));
        } catch (const Error& e) {
            throw Error(ErrorKind::Parse, "online: " + std::string(e.detail()) + " (" + where +
                                              " with batch " + std::to_string(spec.batch) + ")");
        }
    }
    const std::string groupName =
        io::resolveGroupFile(spec.group.empty() ? setup.task.group : spec.group, spec.directory);
    if (!groupName.empty()) {
        try {
            setup.group = groups::makeGroup(groupName);
        } catch (const Error& e) {
            throw Error(ErrorKind::Parse, "group: " + std::string(e.detail()));
        }
        // The task's action applies when the group has it with the right dimension (a subgroup
        // of S_n acting on a set of n, the symmetries of the square on its grid, ...).
        const auto actionFor = [&](const std::string& rep,
                                   Eigen::Index dim) -> std::optional<groups::Representation> {
            if (rep.empty()) {
                return std::nullopt;
            }
            try {
                groups::Representation r = groups::makeRepresentation(setup.group, rep);
                if (r.dim() == dim) {
                    return r;
                }
            } catch (const Error&) {
                // Not available for this group: the symmetry metrics do not apply.
            }
            return std::nullopt;
        };
        setup.inputAction = actionFor(setup.task.inputRep, setup.task.X.rows());
        if (setup.inputAction) {
            setup.outputAction = actionFor(setup.task.outputRep, setup.task.outputs());
        }
    }
    return setup;
}

TaskSetup codesSetup(const TaskSetup& source, const io::RunInputs& inputs, Eigen::MatrixXd codes,
                     Eigen::MatrixXd testCodes) {
    TaskSetup setup;
    setup.group = source.group;
    data::TaskData& task = setup.task;
    task.group = source.task.group;
    if (inputs.targets == io::RunInputs::Targets::Task) {
        const data::TaskData& from = source.task;
        task.Y = from.Y;
        task.testY = from.testY;
        task.classification = from.classification;
        task.classes = from.classes;
        task.classNames = from.classNames;
        task.signTargets = from.signTargets;
    } else {
        task.Y = codes;
        task.testY = testCodes;
    }
    task.X = std::move(codes);
    task.testX = std::move(testCodes);
    return setup;
}

template <class S>
std::unique_ptr<nn::Model<S>> buildModel(const io::ExperimentSpec& spec, const TaskSetup& setup,
                                         std::size_t index) {
    const io::RunSpec& run = spec.runs.at(index);
    nn::BuildContext ctx;
    ctx.group = setup.group;
    ctx.shape.dim = setup.task.X.rows();
    ctx.shape.channels = setup.task.imageChannels;
    ctx.shape.height = setup.task.imageHeight;
    ctx.shape.width = setup.task.imageWidth;
    ctx.shape.rep = setup.inputAction ? setup.task.inputRep : std::string();
    ctx.shape.bandLimit = setup.task.bandLimit;
    ctx.shape.carriesElement = setup.task.carriesElement;
    ctx.shape.elementOneHot = setup.task.elementOneHot;
    ctx.where =
        spec.explicitRuns ? "runs[" + std::to_string(index) + "].model" : std::string("model");
    auto layers = nn::buildLayers<S>(run.layers, ctx);
    const nn::Index outputs = setup.task.outputs();
    if (ctx.shape.dim != outputs) {
        throw Error(ErrorKind::Parse, ctx.where + ": the last layer gives " +
                                          std::to_string(ctx.shape.dim) +
                                          " values but the task needs " + std::to_string(outputs));
    }
    // Refuse what cannot fit before the model allocates its parameters.
    std::int64_t parameters = 0, layerOutputs = 0;
    for (const auto& layer : layers) {
        parameters += layer->paramCount();
        layerOutputs += layer->outDim();
    }
    const std::int64_t batch = std::min<std::int64_t>(spec.batch, setup.task.X.cols());
    checkFitsInMemory(estimateTrainingMemory(parameters, layerOutputs, batch, spec.chunk,
                                             static_cast<int>(sizeof(S))),
                      availableMemoryBytes(), ctx.where);
    auto model = std::make_unique<nn::Model<S>>(std::move(layers));
    model->initialize(spec.seed + run.seedOffset);
    return model;
}

template std::unique_ptr<nn::Model<float>> buildModel(const io::ExperimentSpec&, const TaskSetup&,
                                                      std::size_t);
template std::unique_ptr<nn::Model<double>> buildModel(const io::ExperimentSpec&, const TaskSetup&,
                                                       std::size_t);

}  // namespace eqlab::train
