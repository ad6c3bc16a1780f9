// Layer kinds of equivariant MLPs and invariant nets (equivariant_mlp.h):
//   norm-activation  the norm nonlinearity on the blocks of the features' representation
//   outer-product    x ↦ x⊗x, from ρ to ρ⊗ρ
//   invariant-net    a whole first- or second-order G-invariant net (Maron et al.)

#include "compute/core/error.h"
#include "compute/groups/representation.h"
#include "compute/nn/equivariant_mlp.h"
#include "compute/nn/layer_kinds.h"
#include "compute/nn/sequential.h"
#include "compute/nn/tensor_lift.h"

namespace eqlab::nn {

namespace {

// The representation acting on the features the layer receives, checked against their size.
groups::Representation incomingRep(const BuildContext& ctx, const std::string& layer) {
    if (!ctx.group) {
        buildError(ctx, layer + " needs the experiment's \"group\"");
    }
    if (ctx.shape.rep.empty()) {
        buildError(ctx, layer +
                            " needs features with a known representation (after an "
                            "\"equivariant\" layer, or on a task whose input the group acts on)");
    }
    groups::Representation rep;
    try {
        rep = groups::makeRepresentation(ctx.group, ctx.shape.rep);
    } catch (const Error& e) {
        buildError(ctx, e.detail());
    }
    if (rep.dim() != ctx.shape.dim) {
        buildError(ctx, "the features' representation '" + ctx.shape.rep + "' has dimension " +
                            std::to_string(rep.dim()) + " but the layer receives " +
                            std::to_string(ctx.shape.dim) + " values");
    }
    return rep;
}

LayerKind normActivationKind() {
    return makeLayerKind(
        "norm-activation",
        "scales each block of the features by a function of its norm: equivariant for any "
        "orthogonal representation (use it after rotations, where a pointwise one is not)",
        {choiceParam("function", "relu", {"relu", "sigmoid"},
                     "relu: x relu(|x| - b)/|x|; sigmoid: x sigmoid(|x| - b)")},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const auto rep = incomingRep(ctx, "a norm activation");
            const NormFunction f =
                p.text("function") == "sigmoid" ? NormFunction::Sigmoid : NormFunction::ReLU;
            try {
                return makeNormActivation<S>(rep, f);  // the shape is unchanged
            } catch (const Error& e) {
                buildError(ctx, e.detail());
            }
        });
}

LayerKind outerProductKind() {
    return makeLayerKind(
        "outer-product", "x -> x (x) x (all products x_i x_j): from a representation to its square",
        {},
        [](const Params&, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            if (ctx.shape.dim > 256) {
                buildError(ctx, "an outer product of " + std::to_string(ctx.shape.dim) +
                                    " values would give " +
                                    std::to_string(ctx.shape.dim * ctx.shape.dim) +
                                    "; at most 256 inputs are supported");
            }
            auto layer = std::make_unique<OuterProductLift<S>>(ctx.shape.dim);
            const std::string rep = ctx.shape.rep;
            const Index dim = ctx.shape.dim;
            ctx.shape = FeatureShape{};
            ctx.shape.dim = dim * dim;
            if (!rep.empty()) {
                ctx.shape.rep = "(" + rep + ")*(" + rep + ")";
            }
            return layer;
        });
}

LayerKind invariantNetKind() {
    return makeLayerKind(
        "invariant-net",
        "a G-invariant net of order 1 (features like x) or 2 (like x x^T) for a permutation "
        "action (Maron et al. 2019); gives 1 value",
        {integerParam("order", 1, 1, 2, "tensor order of the hidden features"),
         integerParam("channels", 3, 1, 16, "copies of the order-1 or order-2 features"),
         integerParam("depth", 2, 1, 8, "equivariant hidden layers"),
         integerParam("head", 16, 1, 1024, "invariant features before the output layer"),
         choiceParam("activation", "tanh", activationNames(), "the pointwise nonlinearity"),
         flagParam("outer_lift", true, "order 2: start with x -> x (x) x (else a linear lift)")},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const auto perm = incomingRep(ctx, "an invariant net");
            if (!perm.isPermutation()) {
                buildError(ctx,
                           "an invariant net needs a permutation representation on its "
                           "input, got '" +
                               ctx.shape.rep + "'");
            }
            InvariantNetOptions o;
            o.order = static_cast<int>(p.integer("order"));
            o.channels = static_cast<int>(p.integer("channels"));
            o.depth = static_cast<int>(p.integer("depth"));
            o.head = static_cast<int>(p.integer("head"));
            o.outerLift = p.flag("outer_lift");
            o.activation = activationNamed(p.text("activation"));
            std::unique_ptr<Sequential<S>> net;
            try {
                net = std::make_unique<Sequential<S>>(makeInvariantNet<S>(perm, o));
            } catch (const Error& e) {
                buildError(ctx, e.detail());
            }
            ctx.shape = FeatureShape{};
            ctx.shape.dim = 1;
            ctx.shape.rep = "trivial";
            return net;
        });
}

}  // namespace

void appendEquivariantMlpLayerKinds(std::vector<LayerKind>& kinds) {
    kinds.push_back(normActivationKind());
    kinds.push_back(outerProductKind());
    kinds.push_back(invariantNetKind());
}

}  // namespace eqlab::nn
