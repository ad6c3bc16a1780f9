#include "compute/train/model_templates.h"

#include <algorithm>

#include "compute/core/error.h"
#include "compute/groups/representation.h"

namespace eqlab::train {

const std::vector<TemplateInfo>& modelTemplates() {
    static const std::vector<TemplateInfo> all = {
        {ModelTemplate::PlainMlp, "mlp", "plain MLP"},
        {ModelTemplate::AugmentedMlp, "augmented", "MLP + augmentation"},
        {ModelTemplate::GroupAveraged, "averaged", "group-averaged MLP"},
        {ModelTemplate::EquivariantMlp, "equivariant-mlp", "equivariant MLP"},
        {ModelTemplate::DeepSets, "deepsets", "DeepSets"},
        {ModelTemplate::C4Gcnn, "c4-gcnn", "C4 G-CNN"},
        {ModelTemplate::D4Gcnn, "d4-gcnn", "D4 G-CNN"},
        {ModelTemplate::FirstOrderInvariant, "first-order", "first-order invariant net"},
        {ModelTemplate::SecondOrderInvariant, "second-order", "second-order invariant net"},
        {ModelTemplate::Involutive, "involutive", "involutive net"},
        {ModelTemplate::GroupAction, "group-action", "group action"},
        {ModelTemplate::Parity, "parity", "parity net"},
        {ModelTemplate::BandLimitedSo2, "so2", "band-limited SO(2) net"},
    };
    return all;
}

namespace {

using io::layer;

LayerSpec withLayers(LayerSpec spec, const std::string& name, std::vector<LayerSpec> layers) {
    spec.params.setLayers(name, std::move(layers));
    return spec;
}

std::vector<LayerSpec> mlp(int hidden, const std::string& activation, int outputs) {
    return {layer("dense", {{"out", hidden}}), layer("activation", {}, {{"function", activation}}),
            layer("dense", {{"out", outputs}})};
}

// The representation on the model's output: the task's, or `outputs` trivial copies.
std::string outputRep(const TaskShape& task) {
    return task.outputRep.empty() ? std::to_string(task.outputs) : task.outputRep;
}

bool isPermutationRep(const TaskShape& task) {
    try {
        return groups::makeRepresentation(task.group, task.input.rep).isPermutation();
    } catch (const Error&) {
        return false;
    }
}

// Input sizes up to which the equivariant templates are built in well under a second.
constexpr int kMaxEquivariantInput = 32;
constexpr int kMaxSecondOrderInput = 12;

// The reason a template does not apply, or empty.
std::string whyNot(ModelTemplate id, const TaskShape& task) {
    const bool acted = task.group && !task.input.rep.empty();
    const std::string needsAction =
        "needs a group acting on the task's input (name the experiment's group, e.g. the one the "
        "task is posed under)";
    switch (id) {
        case ModelTemplate::PlainMlp:
            // A one-hot element is a fair plain input; an index is better read by a group action.
            return task.input.carriesElement && !task.input.elementOneHot
                       ? "the input carries a group element (use group action)"
                       : "";
        case ModelTemplate::AugmentedMlp:
        case ModelTemplate::GroupAveraged:
            return acted ? "" : needsAction;
        case ModelTemplate::EquivariantMlp:
            if (!acted)
                return needsAction;
            // The bases of its 4-copy hidden layers grow with the square of the input: a second
            // on a 7x7 image already, and the builder describes the model on every edit.
            if (task.input.dim > kMaxEquivariantInput)
                return "the equivariant MLP is made for inputs of at most " +
                       std::to_string(kMaxEquivariantInput) + " values, this task has " +
                       std::to_string(task.input.dim) + " (use a G-CNN on images)";
            return "";
        case ModelTemplate::DeepSets:
            if (!acted || task.input.rep != "perm")
                return "needs a set task: a group permuting the input's entries (rep 'perm')";
            return "";
        case ModelTemplate::C4Gcnn:
        case ModelTemplate::D4Gcnn:
            if (!task.input.isImage() || task.input.height != task.input.width)
                return "a G-CNN needs a square image task";
            return "";
        case ModelTemplate::FirstOrderInvariant:
        case ModelTemplate::SecondOrderInvariant:
            if (!acted || !isPermutationRep(task))
                return "needs a group acting on the input by permutations";
            if (const int most = id == ModelTemplate::FirstOrderInvariant ? kMaxEquivariantInput
                                                                          : kMaxSecondOrderInput;
                task.input.dim > most)
                return "an invariant net of this order is made for inputs of at most " +
                       std::to_string(most) + " values, this task has " +
                       std::to_string(task.input.dim);
            if (!task.outputRep.empty())
                return "gives an invariant output; the task's target is equivariant";
            return "";
        case ModelTemplate::Involutive:
            if (task.input.carriesElement || task.classification || task.outputs != task.input.dim)
                return "needs a task mapping points to points of the same dimension (e.g. "
                       "involution)";
            return "";
        case ModelTemplate::GroupAction:
            if (!task.input.carriesElement || !task.group)
                return "needs a group-action task: inputs [x; g] carrying a group element";
            if (task.input.elementOneHot)
                return "a group action reads the element's index (task element_encoding 'index')";
            return "";
        case ModelTemplate::Parity:
            if (task.parity == 0)
                return "needs a task with a parity, f(T x) = ±f(x) (e.g. parity-function)";
            return "";
        case ModelTemplate::BandLimitedSo2:
            if (task.input.bandLimit < 0)
                return "needs a band-limited task on the circle (band-limited-signals)";
            return "";
    }
    return "unknown template";
}

std::vector<LayerSpec> templateLayers(ModelTemplate id, const TaskShape& task) {
    const int out = task.outputs;
    switch (id) {
        case ModelTemplate::PlainMlp:
        case ModelTemplate::AugmentedMlp:
            return mlp(64, "relu", out);
        case ModelTemplate::GroupAveraged: {
            LayerSpec avg = withLayers(layer("group-average"), "model", mlp(64, "relu", out));
            if (!task.outputRep.empty()) {
                avg.params.setText("output", "equivariant");
                avg.params.setText("out_rep", task.outputRep);
            }
            return {avg};
        }
        case ModelTemplate::EquivariantMlp: {
            // Pointwise nonlinearities commute with permutation representations only; other
            // (orthogonal) ones get the norm nonlinearity.
            const std::string rep = task.input.rep, hidden = "4*(" + rep + ")";
            const LayerSpec nonlinearity = isPermutationRep(task)
                                               ? layer("activation", {}, {{"function", "relu"}})
                                               : layer("norm-activation");
            return {layer("equivariant", {}, {{"in", rep}, {"out", hidden}}), nonlinearity,
                    layer("equivariant", {}, {{"in", hidden}, {"out", hidden}}), nonlinearity,
                    layer("equivariant", {}, {{"in", hidden}, {"out", outputRep(task)}})};
        }
        case ModelTemplate::DeepSets: {
            // φ on every element, a sum, ρ on the sum (Zaheer et al.) as equivariant maps.
            std::vector<LayerSpec> layers = {
                layer("equivariant", {}, {{"in", "perm"}, {"out", "8*perm"}}),
                layer("activation", {}, {{"function", "tanh"}})};
            if (!task.outputRep.empty()) {
                layers.push_back(
                    layer("equivariant", {}, {{"in", "8*perm"}, {"out", task.outputRep}}));
                return layers;
            }
            layers.push_back(layer("equivariant", {}, {{"in", "8*perm"}, {"out", "8"}}));
            layers.push_back(layer("activation", {}, {{"function", "tanh"}}));
            layers.push_back(layer("dense", {{"out", out}}));
            return layers;
        }
        case ModelTemplate::C4Gcnn:
        case ModelTemplate::D4Gcnn: {
            const std::string group = id == ModelTemplate::C4Gcnn ? "C4" : "D4";
            const int channels = id == ModelTemplate::C4Gcnn ? 6 : 4;
            return {layer("lift", {{"channels", channels}}, {{"group", group}}),
                    layer("activation", {}, {{"function", "relu"}}),
                    layer("gconv", {{"channels", channels}}),
                    layer("activation", {}, {{"function", "relu"}}),
                    layer("group-pool", {}, {{"pool", "max"}}),
                    layer("global-avg-pool"),
                    layer("dense", {{"out", out}})};
        }
        case ModelTemplate::FirstOrderInvariant:
        case ModelTemplate::SecondOrderInvariant: {
            std::vector<LayerSpec> layers = {layer(
                "invariant-net", {{"order", id == ModelTemplate::FirstOrderInvariant ? 1 : 2}})};
            if (out != 1) {
                layers.push_back(layer("dense", {{"out", out}}));
            }
            return layers;
        }
        case ModelTemplate::Involutive:
            return {layer("involutive", {},
                          {{"involution", task.input.dim % 2 == 0 ? "swap" : "negate"}})};
        case ModelTemplate::GroupAction: {
            // The first faithful signed-permutation action with the points' dimension.
            std::string action = "std";
            for (const char* candidate : {"std", "perm", "regular"}) {
                try {
                    if (groups::makeRepresentation(task.group, candidate).dim() ==
                        task.input.dim - 1) {
                        action = candidate;
                        break;
                    }
                } catch (const Error&) {
                }
            }
            return {layer("group-action", {}, {{"action", action}})};
        }
        case ModelTemplate::Parity: {
            LayerSpec p =
                withLayers(layer("parity", {}, {{"parity", task.parity > 0 ? "even" : "odd"}}),
                           "model", mlp(32, "tanh", out));
            const Eigen::Index d = task.input.dim;
            bool negation = task.parityA.size() == static_cast<std::size_t>(d * d);
            for (Eigen::Index i = 0; negation && i < d; ++i)
                for (Eigen::Index j = 0; negation && j < d; ++j)
                    negation =
                        task.parityA[static_cast<std::size_t>(i * d + j)] == (i == j ? -1 : 0);
            if (task.imageMirrorParity) {
                p.params.setText("involution", "mirror");
            } else if (!negation && !task.parityA.empty()) {
                p.params.setText("involution", "matrix");
                p.params.setNumbers("matrix", task.parityA);
                p.params.setNumbers("offset", task.parityC);
            }
            return {p};
        }
        case ModelTemplate::BandLimitedSo2:
            return {layer("band-limited-linear", {{"channels", 8}}),
                    layer("fft-nonlinearity", {}, {{"function", "square"}}),
                    layer("band-limited-linear", {{"channels", 8}}), layer("band-power"),
                    layer("dense", {{"out", out}})};
    }
    return {};
}

}  // namespace

TemplateResult makeTemplate(ModelTemplate id, const TaskShape& task) {
    TemplateResult result;
    result.whyNot = whyNot(id, task);
    if (!result.applies()) {
        return result;
    }
    const auto& all = modelTemplates();
    const auto info =
        std::find_if(all.begin(), all.end(), [id](const TemplateInfo& t) { return t.id == id; });
    result.run.label = info->name;
    result.run.augment = id == ModelTemplate::AugmentedMlp;
    result.run.layers = templateLayers(id, task);
    const ModelOutline outline = outlineModel(result.run.layers, task);
    if (!outline.ok()) {
        result.whyNot = outline.error;
    }
    return result;
}

LayerSpec defaultLayer(const std::string& kindName, const nn::FeatureShape& in, int outputs) {
    const nn::LayerKind* kind = nn::findLayerKind(kindName);
    if (!kind) {
        throw Error(ErrorKind::InvalidArgument, "unknown layer type '" + kindName + "'");
    }
    LayerSpec spec{kindName, defaultParams(kind->params)};
    for (const auto& p : kind->params) {
        switch (p.type) {
            case ParamSpec::Type::Integer:
                if (p.required) {
                    // Widths: 16 (a dense layer) or 4 channels, within the declared range.
                    const double width = p.name == "out" ? 16.0 : 4.0;
                    spec.params.setNumber(p.name, std::clamp(width, p.minimum, p.maximum));
                }
                break;
            case ParamSpec::Type::Choice:
                if (std::find(p.choices.begin(), p.choices.end(), p.defaultText) ==
                        p.choices.end() &&
                    !p.choices.empty()) {
                    const bool relu =
                        std::find(p.choices.begin(), p.choices.end(), "relu") != p.choices.end();
                    spec.params.setText(p.name, relu ? "relu" : p.choices.front());
                }
                break;
            case ParamSpec::Type::Text:
                // Representations: the features' own (an equivariant map to itself).
                if (p.required && p.defaultText.empty()) {
                    spec.params.setText(p.name, in.rep.empty() ? "perm" : in.rep);
                }
                break;
            case ParamSpec::Type::Layers:
                spec.params.setLayers(p.name, mlp(16, "tanh", std::max(1, outputs)));
                break;
            default:
                break;
        }
    }
    return spec;
}

}  // namespace eqlab::train
