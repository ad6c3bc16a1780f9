#include "compute/train/model_outline.h"

#include "compute/core/error.h"
#include "compute/data/task_kinds.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/io/run_inputs.h"

namespace eqlab::train {

TaskShape taskShape(const io::ExperimentSpec& spec, const io::TaskSpec* runTask) {
    const io::TaskSpec taskSpec =
        io::resolveTaskFiles(runTask ? *runTask : spec.task, spec.directory);
    const data::TaskKind* kind = data::findTaskKind(taskSpec.kind);
    if (!kind) {
        throw Error(ErrorKind::Parse, "task.kind: unknown task '" + taskSpec.kind + "'");
    }
    const data::TaskData task = kind->make(taskSpec.params, spec.seed);
    TaskShape shape;
    shape.input.dim = task.X.rows();
    shape.input.channels = task.imageChannels;
    shape.input.height = task.imageHeight;
    shape.input.width = task.imageWidth;
    shape.input.bandLimit = task.bandLimit;
    shape.input.carriesElement = task.carriesElement;
    shape.input.elementOneHot = task.elementOneHot;
    shape.outputs = task.outputs();
    shape.classification = task.classification;
    shape.involution = task.involution;
    shape.parity = task.parity;
    if (task.parity != 0) {
        const Eigen::Index d = task.X.rows();
        shape.imageMirrorParity = task.imageHeight > 0 && task.parityA.rows() == d &&
                                  !task.parityA.isApprox(-Eigen::MatrixXd::Identity(d, d));
        for (Eigen::Index i = 0; i < task.parityA.rows(); ++i) {
            for (Eigen::Index j = 0; j < task.parityA.cols(); ++j) {
                shape.parityA.push_back(task.parityA(i, j));
            }
        }
        shape.parityC.assign(task.parityC.data(), task.parityC.data() + task.parityC.size());
    }
    const std::string groupName =
        io::resolveGroupFile(spec.group.empty() ? task.group : spec.group, spec.directory);
    if (groupName.empty()) {
        return shape;
    }
    try {
        shape.group = groups::makeGroup(groupName);
    } catch (const Error& e) {
        throw Error(ErrorKind::Parse, "group: " + std::string(e.detail()));
    }
    // As the session: the task's action applies only when the group has it with the input's
    // dimension (compute/train/session.cpp, loadTask).
    const auto fits = [&](const std::string& rep, Eigen::Index dim) {
        if (rep.empty()) {
            return false;
        }
        try {
            return groups::makeRepresentation(shape.group, rep).dim() == dim;
        } catch (const Error&) {
            return false;
        }
    };
    if (fits(task.inputRep, task.X.rows())) {
        shape.input.rep = task.inputRep;
        if (fits(task.outputRep, task.outputs())) {
            shape.outputRep = task.outputRep;
        }
    }
    return shape;
}

TaskShape runTaskShape(const io::ExperimentSpec& spec, std::size_t run) {
    const io::RunSpec& r = spec.runs.at(run);
    if (!r.inputs) {
        return taskShape(spec, r.task ? &*r.task : nullptr);
    }
    const std::string where = "runs[" + std::to_string(run) + "].inputs";
    const std::size_t source = io::inputsSource(spec, run);
    const TaskShape from = runTaskShape(spec, source);
    const ModelOutline outline =
        outlineModel(spec.runs[source].layers, from, "runs[" + std::to_string(source) + "].model");
    const auto layers = static_cast<std::size_t>(r.inputs->layers);
    if (layers > outline.layers.size() || !outline.layers[layers - 1].built) {
        throw Error(ErrorKind::Parse, where + ": the codes of run '" + r.inputs->run +
                                          "' cannot be made: " + outline.error);
    }
    TaskShape shape;
    shape.group = from.group;
    shape.input.dim = outline.layers[layers - 1].shape.dim;
    if (r.inputs->targets == io::RunInputs::Targets::Task) {
        shape.outputs = from.outputs;
        shape.classification = from.classification;
    } else {
        shape.outputs = static_cast<int>(shape.input.dim);
    }
    return shape;
}

std::string shapeText(const nn::FeatureShape& s) {
    const std::string times = "\u00d7", dot = "\u00b7";
    if (s.isImage()) {
        std::string text = std::to_string(s.height) + times + std::to_string(s.width) + times +
                           std::to_string(std::max(1, s.channels));
        if (s.orientations > 0) {  // an orientation stack: N orientations, not a group table
            text += dot + "N=" + std::to_string(s.orientations);
        } else if (s.groupAxis > 1) {
            text += dot + "|G|=" + std::to_string(s.groupAxis);
        }
        return text;
    }
    if (s.bandLimit >= 0) {
        const int width = 2 * s.bandLimit + 1;
        return std::to_string(s.dim / width) + times + std::to_string(width) +
               " (K=" + std::to_string(s.bandLimit) + ")";
    }
    return std::to_string(s.dim);
}

namespace {

// Describes layers on ctx.shape, updating it; stops building after the first error.
std::vector<LayerOutline> outlineLayers(const std::vector<LayerSpec>& specs, nn::BuildContext& ctx,
                                        std::string& firstError, int& errorIndex) {
    std::vector<LayerOutline> out;
    const std::string base = ctx.where;
    bool failed = false;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        LayerOutline o;
        o.where = base + "[" + std::to_string(i) + "]";
        o.kind = specs[i].type;
        if (!failed) {
            // Nested layers first, on the wrapper's input (group-average and parity build their
            // nested model on what they receive).
            if (const nn::LayerKind* kind = nn::findLayerKind(specs[i].type)) {
                for (const auto& p : kind->params) {
                    if (p.type == ParamSpec::Type::Layers && specs[i].params.has(p.name)) {
                        nn::BuildContext inner = ctx;
                        inner.where = o.where + "." + p.name;
                        std::string ignored;
                        int ignoredIndex = -1;
                        o.nested = outlineLayers(specs[i].params.layers(p.name), inner, ignored,
                                                 ignoredIndex);
                    }
                }
            }
            ctx.where = o.where;
            try {
                const auto layer = nn::buildLayer<double>(specs[i], ctx);
                o.built = true;
                o.shape = ctx.shape;
                o.shapeText = shapeText(ctx.shape);
                o.parameters = layer->paramCount();
            } catch (const Error& e) {
                o.error = e.detail();
                failed = true;
                if (firstError.empty()) {
                    firstError = o.error;
                    errorIndex = static_cast<int>(i);
                }
            }
        }
        out.push_back(std::move(o));
    }
    ctx.where = base;
    return out;
}

}  // namespace

ModelOutline outlineModel(const std::vector<LayerSpec>& layers, const TaskShape& task,
                          const std::string& where) {
    ModelOutline outline;
    nn::BuildContext ctx;
    ctx.group = task.group;
    ctx.shape = task.input;
    ctx.where = where;
    outline.layers = outlineLayers(layers, ctx, outline.error, outline.errorLayer);
    for (const auto& l : outline.layers) {
        outline.parameters += l.parameters;
    }
    if (!outline.error.empty()) {
        return outline;
    }
    if (layers.empty()) {
        outline.error =
            where + ": no layers (the task needs " + std::to_string(task.outputs) + " values out)";
    } else if (ctx.shape.dim != task.outputs) {
        outline.error = where + ": the last layer gives " + std::to_string(ctx.shape.dim) +
                        " values but the task needs " + std::to_string(task.outputs);
    }
    return outline;
}

}  // namespace eqlab::train
