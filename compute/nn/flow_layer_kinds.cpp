// The layer kinds of exact constructions of docs/math.md §3.7 to §3.10 on flows and involutions:
//   involutive    N = Φ⁻¹ ∘ σ ∘ Φ, N(N(x)) = x
//   group-action  N_g = Φ⁻¹ ∘ P(g) ∘ Φ on inputs [x; g], N_g ∘ N_h = N_gh
//   parity        f(x) = ½[g(x) + p·g(T x)], f(T x) = p·f(x), wrapping a nested model g

#include <cmath>

#include "compute/core/error.h"
#include "compute/groups/representation.h"
#include "compute/nn/coupling_stack.h"
#include "compute/nn/group_action.h"
#include "compute/nn/involutive.h"
#include "compute/nn/layer_kinds.h"
#include "compute/nn/parity.h"

namespace eqlab::nn {

namespace {

// Parameters shared by the two flows: the shape of Φ.
std::vector<ParamSpec> flowParams() {
    return {integerParam("couplings", 4, 1, 64, "coupling layers in the flow Φ"),
            integerParam("hidden", 16, 1, 4096, "hidden width of each coupling's net"),
            choiceParam("activation", "tanh", activationNames(), "nonlinearity of those nets")};
}

CouplingStackSpec stackSpec(const Params& p, Index dim, CouplingKind kind) {
    CouplingStackSpec spec;
    spec.dim = dim;
    spec.couplings = static_cast<int>(p.integer("couplings"));
    spec.hidden = p.integer("hidden");
    spec.activation = activationNamed(p.text("activation"));
    spec.kind = kind;
    return spec;
}

LayerKind involutiveKind() {
    auto params = flowParams();
    params.push_back(choiceParam("involution", "swap", {"swap", "negate"},
                                 "σ: swap the two halves of x, or negate its second half"));
    params.push_back(choiceParam("coupling", "additive", {"additive", "affine"},
                                 "coupling layers of Φ (additive: volume-preserving)"));
    return makeLayerKind(
        "involutive", "N = Φ⁻¹ ∘ σ ∘ Φ with coupling layers: N(N(x)) = x exactly", params,
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const Index d = ctx.shape.dim;
            if (ctx.shape.carriesElement)
                buildError(ctx,
                           "an involutive net maps x to x; this input carries a group "
                           "element (use group-action)");
            if (d < 2)
                buildError(ctx, "an involutive net needs at least 2 input values, got " +
                                    std::to_string(d));
            const bool swap = p.text("involution") == "swap";
            if (swap && d % 2 != 0)
                buildError(ctx, "involution 'swap' needs an even dimension, got " +
                                    std::to_string(d) + " (use 'negate')");
            const SignedPermutation sigma = swap ? swapHalves(d) : negateBlock(d, d / 2, d - d / 2);
            const CouplingKind kind =
                p.text("coupling") == "additive" ? CouplingKind::Additive : CouplingKind::Affine;
            auto layer = std::make_unique<InvolutiveNet<S>>(
                makeCouplingStack<S>(stackSpec(p, d, kind)), sigma);
            ctx.shape = FeatureShape{};
            ctx.shape.dim = d;
            return layer;
        });
}

LayerKind groupActionKind() {
    auto params = flowParams();
    params.push_back(textParam("action", "std",
                               "P: a faithful representation of the group by signed permutations, "
                               "e.g. std (Q8, C4, D4), perm, regular"));
    params.push_back(flagParam("volume_preserving", true,
                               "additive couplings only: log|det J| = 0 exactly (else affine)"));
    return makeLayerKind(
        "group-action",
        "N_g = Φ⁻¹ ∘ P(g) ∘ Φ on inputs [x; g]: N_e = id and N_g ∘ N_h = N_gh exactly", params,
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            if (!ctx.group)
                buildError(ctx, "a group action needs the experiment's (or the task's) \"group\"");
            if (!ctx.shape.carriesElement)
                buildError(ctx,
                           "a group action needs inputs [x; g] that carry the group element "
                           "(a group-action task such as quaternion-action)");
            if (ctx.shape.elementOneHot)
                buildError(ctx,
                           "a group action reads the element's index: give this run a task with "
                           "\"element_encoding\": \"index\" (the task's is one-hot)");
            groups::Representation rep;
            try {
                rep = groups::makeRepresentation(ctx.group, p.text("action"));
            } catch (const Error& e) {
                buildError(ctx, e.detail());
            }
            const Index d = ctx.shape.dim - 1;
            if (rep.dim() != d)
                buildError(ctx, "action '" + p.text("action") + "' of " + ctx.group->name() +
                                    " has dimension " + std::to_string(rep.dim()) +
                                    " but the points have " + std::to_string(d));
            const CouplingKind kind =
                p.flag("volume_preserving") ? CouplingKind::Additive : CouplingKind::Affine;
            LayerPtr<S> layer;
            try {
                layer = std::make_unique<NeuralGroupAction<S>>(
                    makeCouplingStack<S>(stackSpec(p, d, kind)), rep);
            } catch (const Error& e) {
                buildError(ctx, e.detail());
            }
            ctx.shape = FeatureShape{};
            ctx.shape.dim = d;
            return layer;
        });
}

LayerKind parityKind() {
    return makeLayerKind(
        "parity",
        "f(x) = ½[g(x) + p·g(T x)] for a nested model g and an involution T x = A x + c: "
        "f(T x) = p·f(x) exactly",
        {required(layersParam("model", "the wrapped net g")),
         choiceParam("parity", "even", {"even", "odd"}, "p = +1 (even) or -1 (odd)"),
         choiceParam("involution", "negate", {"negate", "mirror", "matrix"},
                     "T: x -> -x, the left-right mirror of an image, or A x + c from 'matrix' "
                     "and 'offset'"),
         numbersParam("matrix", {}, -1e6, 1e6, "A, row by row (involution 'matrix'), A^2 = I"),
         numbersParam("offset", {}, -1e6, 1e6, "c with A c = -c (default 0)")},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const Index d = ctx.shape.dim;
            AffineInvolution T;
            const std::string& which = p.text("involution");
            if (which == "negate") {
                T = negation(d);
            } else if (which == "mirror") {
                if (!ctx.shape.isImage() || ctx.shape.height != ctx.shape.width ||
                    ctx.shape.groupAxis != 1)
                    buildError(ctx, "involution 'mirror' needs a square image input");
                T = imageMirror(ctx.shape.height, ctx.shape.channels);
            } else {
                const auto& a = p.numbers("matrix");
                if (static_cast<Index>(a.size()) != d * d)
                    buildError(ctx, "'matrix' must list " + std::to_string(d * d) +
                                        " numbers (A is " + std::to_string(d) + "x" +
                                        std::to_string(d) + ", row by row), got " +
                                        std::to_string(a.size()));
                T.A.resize(d, d);
                for (Index i = 0; i < d; ++i)
                    for (Index j = 0; j < d; ++j)
                        T.A(i, j) = a[static_cast<std::size_t>(i * d + j)];
            }
            const auto& c = p.numbers("offset");
            if (!c.empty() && static_cast<Index>(c.size()) != d)
                buildError(ctx, "'offset' must list " + std::to_string(d) + " numbers, got " +
                                    std::to_string(c.size()));
            T.c = c.empty() ? Vector<double>::Zero(d)
                            : Eigen::Map<const Vector<double>>(c.data(), d).eval();
            const FeatureShape in = ctx.shape;
            const std::string where = ctx.where;
            ctx.where = where + ".model";
            auto inner = buildLayers<S>(p.layers("model"), ctx);
            ctx.where = where;
            if (inner.empty())
                buildError(ctx, "'model' must have at least one layer");
            // The inner model's output shape (set by its builders) is this layer's.
            const FeatureShape out = ctx.shape;
            ctx.shape = in;
            LayerPtr<S> layer;
            try {
                layer = std::make_unique<ParityWrapper<S>>(
                    std::make_unique<Sequential<S>>(std::move(inner)), T,
                    p.text("parity") == "even" ? 1 : -1);
            } catch (const Error& e) {
                buildError(ctx, e.detail());
            }
            ctx.shape = out;
            ctx.shape.rep.clear();
            return layer;
        });
}

}  // namespace

void appendFlowLayerKinds(std::vector<LayerKind>& kinds) {
    kinds.push_back(involutiveKind());
    kinds.push_back(groupActionKind());
    kinds.push_back(parityKind());
}

}  // namespace eqlab::nn
