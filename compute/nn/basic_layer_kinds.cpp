// The basic layer kinds: dense, activation, equivariant.

#include "compute/core/error.h"
#include "compute/groups/representation.h"
#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/equivariant_factory.h"
#include "compute/nn/layer_kinds.h"

namespace eqlab::nn {

namespace {

const std::vector<std::pair<std::string, Activation>>& activationTable() {
    static const std::vector<std::pair<std::string, Activation>> table = {
        {"relu", Activation::ReLU},         {"leaky-relu", Activation::LeakyReLU},
        {"tanh", Activation::Tanh},         {"sigmoid", Activation::Sigmoid},
        {"gelu", Activation::GELU},         {"softplus", Activation::Softplus},
        {"erf", Activation::Erf},           {"square", Activation::Square},
        {"identity", Activation::Identity},
    };
    return table;
}

// Pointwise σ commutes with permutation matrices only: after it, a known action survives only if
// it is a permutation representation (the equivariant-MLP rule of docs/math.md §3.3). We keep the
// text; the metrics measure what actually holds.
LayerKind denseKind() {
    return makeLayerKind(
        "dense", "fully connected layer, W x + b (breaks any symmetry)",
        {required(integerParam("out", 0, 1, 1 << 16, "output width")),
         flagParam("bias", true, "add a bias")},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const Index out = p.integer("out");
            auto layer = std::make_unique<Dense<S>>(ctx.shape.dim, out, Init::He, p.flag("bias"));
            ctx.shape = FeatureShape{};
            ctx.shape.dim = out;
            return layer;
        });
}

LayerKind activationKind() {
    ParamSpec function =
        required(choiceParam("function", "", activationNames(), "the nonlinearity"));
    return makeLayerKind(
        "activation", "pointwise nonlinearity (commutes with permutation representations)",
        {function},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            // Shape (incl. image structure and representation) is unchanged.
            return std::make_unique<Pointwise<S>>(activationNamed(p.text("function")),
                                                  ctx.shape.dim);
        });
}

LayerKind equivariantKind() {
    return makeLayerKind(
        "equivariant",
        "linear map in the basis of equivariant maps between two representations of the group",
        {required(textParam("in", "", "representation of the input, e.g. perm")),
         required(textParam("out", "", "representation of the output, e.g. 4*perm"))},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            if (!ctx.group) {
                buildError(ctx, "an equivariant layer needs the experiment's \"group\"");
            }
            groups::Representation in, out;
            try {
                in = groups::makeRepresentation(ctx.group, p.text("in"));
                out = groups::makeRepresentation(ctx.group, p.text("out"));
            } catch (const Error& e) {
                buildError(ctx, e.detail());
            }
            if (in.dim() != ctx.shape.dim) {
                buildError(ctx, "input representation '" + p.text("in") + "' has dimension " +
                                    std::to_string(in.dim()) + " but the layer receives " +
                                    std::to_string(ctx.shape.dim) + " values");
            }
            auto layer = makeEquivariantLinear<S>(in, out);
            ctx.shape = FeatureShape{};
            ctx.shape.dim = out.dim();
            ctx.shape.rep = p.text("out");
            return layer;
        });
}

}  // namespace

Activation activationNamed(const std::string& name) {
    for (const auto& [n, a] : activationTable()) {
        if (n == name) {
            return a;
        }
    }
    throw Error(ErrorKind::Parse, "unknown activation '" + name + "'");
}

const std::vector<std::string>& activationNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        for (const auto& entry : activationTable()) {
            all.push_back(entry.first);
        }
        return all;
    }();
    return names;
}

void appendBasicLayerKinds(std::vector<LayerKind>& kinds) {
    kinds.push_back(denseKind());
    kinds.push_back(activationKind());
    kinds.push_back(equivariantKind());
}

}  // namespace eqlab::nn
