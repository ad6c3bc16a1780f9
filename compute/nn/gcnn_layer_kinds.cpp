// Layer kinds of the G-CNN on images (docs/math.md §3.5: lifting, group convolution, group pooling)
// and of group averaging (the Reynolds wrapper around any net).
//
//   lift             image (C channels) -> C_out·|H| maps over (H, pixels), H = C4 or D4
//   gconv            maps over (H, pixels) -> C_out·|H| maps; H is read from the group axis
//   group-pool       max or mean over the group axis: invariant to H acting on that axis
//   global-avg-pool  mean over the pixels (and the group axis, if not pooled): C values
//   group-average    mean over the experiment's group of ρ_out(g)⁻¹ f(ρ_in(g)x), f a nested model
//
// The shapes follow compute/nn/group_conv.h: pixel-major, channels fastest, group element fastest
// within a channel.

#include <cmath>

#include "compute/core/error.h"
#include "compute/groups/representation.h"
#include "compute/nn/group_average.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/layer_kinds.h"
#include "compute/nn/pooling.h"
#include "compute/nn/sequential.h"

namespace eqlab::nn {

namespace {

std::string shapeText(const FeatureShape& s) {
    if (!s.isImage())
        return std::to_string(s.dim) + " values";
    return std::to_string(s.height) + "x" + std::to_string(s.width) + " pixels, " +
           std::to_string(std::max(1, s.channels)) + " channel(s)" +
           (s.groupAxis > 1 ? ", group axis " + std::to_string(s.groupAxis) : std::string());
}

// The common part of lift and gconv: checks, the layer, the output shape.
template <class S>
LayerPtr<S> convolution(const Params& p, BuildContext& ctx, bool lifting) {
    const FeatureShape in = ctx.shape;
    if (!in.isImage() || in.height != in.width)
        buildError(ctx, std::string(lifting ? "lift" : "gconv") + " needs a square image, got " +
                            shapeText(in));
    PlanarGroup group;
    if (lifting) {
        if (in.groupAxis != 1)
            buildError(ctx, "lift needs a plain image; it got maps with a group axis of " +
                                std::to_string(in.groupAxis) + " (use gconv after a lift)");
        group = p.text("group") == "C4" ? PlanarGroup::C4 : PlanarGroup::D4;
    } else {
        if (in.orientations > 0)
            buildError(ctx, "gconv needs C4/D4 maps, got an orientation stack of " +
                                std::to_string(in.orientations) + " (use orient-conv)");
        if (in.groupAxis != 4 && in.groupAxis != 8)
            buildError(ctx,
                       "gconv needs the maps of a lift or gconv layer (a group axis of 4 for "
                       "C4 or 8 for D4), got " +
                           shapeText(in));
        group = in.groupAxis == 4 ? PlanarGroup::C4 : PlanarGroup::D4;
    }
    const Index kernel = p.integer("kernel");
    if (kernel % 2 == 0)
        buildError(ctx,
                   "kernel must be odd (a centre pixel keeps the layer exactly equivariant), "
                   "got " +
                       std::to_string(kernel));
    const Index size = in.height;
    const Index padding = convPadding(ctx, p.integer("padding"), kernel, size);
    const Index cin = std::max(1, in.channels), cout = p.integer("channels");
    auto layer = std::make_unique<GroupConv2d<S>>(group, lifting, cin, cout, size, kernel, padding,
                                                  p.flag("bias"));
    FeatureShape out;
    out.channels = static_cast<int>(cout);
    out.groupAxis = planarGroupOrder(group);
    out.height = out.width = static_cast<int>(layer->outSize());
    out.dim = layer->outDim();
    ctx.shape = out;  // the maps' action has no text form; the metrics infer it per layer
    return layer;
}

std::vector<ParamSpec> convolutionParams(bool lifting) {
    std::vector<ParamSpec> params;
    if (lifting)
        params.push_back(choiceParam("group", "D4", {"C4", "D4"},
                                     "rotations (C4) or rotations and flips (D4) of the grid"));
    params.push_back(integerParam("channels", 8, 1, 512, "output channels (each with |H| maps)"));
    params.push_back(integerParam("kernel", 3, 1, 15, "kernel size k (odd)"));
    params.push_back(
        integerParam("padding", -1, -1, 15, "zero padding on each side; -1 = k/2 (same size)"));
    params.push_back(flagParam("bias", true, "a bias per output channel"));
    return params;
}

LayerKind liftKind() {
    return makeLayerKind(
        "lift", "lifting convolution: correlate an image with the |H| rotated/flipped filters",
        convolutionParams(true),
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            return convolution<typename decltype(tag)::type>(p, ctx, true);
        });
}

LayerKind gconvKind() {
    return makeLayerKind(
        "gconv", "group convolution on maps over (H, pixels); exactly H-equivariant",
        convolutionParams(false),
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            return convolution<typename decltype(tag)::type>(p, ctx, false);
        });
}

LayerKind groupPoolKind() {
    return makeLayerKind(
        "group-pool", "max or mean over the group axis at every pixel (invariant to H on it)",
        {choiceParam("pool", "max", {"max", "mean"}, "max or mean over the group")},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const FeatureShape in = ctx.shape;
            if (!in.isImage() || in.groupAxis < 2)
                buildError(ctx,
                           "group-pool needs maps with a group axis (after lift or gconv), "
                           "got " +
                               shapeText(in));
            const Index C = std::max(1, in.channels);
            auto layer = std::make_unique<GroupPool<S>>(
                p.text("pool") == "max" ? PoolKind::Max : PoolKind::Mean, C, in.groupAxis,
                Index(in.height) * in.width);
            FeatureShape out = in;
            out.groupAxis = 1;
            out.orientations = 0;
            out.dim = layer->outDim();
            out.rep.clear();
            ctx.shape = out;
            return layer;
        });
}

LayerKind globalAvgPoolKind() {
    return makeLayerKind(
        "global-avg-pool", "mean over all pixels of each channel (and group element)", {},
        [](const Params&, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const FeatureShape in = ctx.shape;
            if (!in.isImage())
                buildError(ctx, "global-avg-pool needs an image or maps, got " + shapeText(in));
            const Index C = Index(std::max(1, in.channels)) * in.groupAxis;
            auto layer = std::make_unique<GlobalAvgPool<S>>(C, Index(in.height) * in.width);
            FeatureShape out;
            out.dim = C;
            ctx.shape = out;
            return layer;
        });
}

LayerKind groupAverageKind() {
    return makeLayerKind(
        "group-average",
        "Reynolds average of a nested model over the experiment's group: invariant "
        "(mean_g f(g.x)) or equivariant (mean_g g^-1.f(g.x)), exactly",
        {required(layersParam("model", "the averaged net f")),
         choiceParam("output", "invariant", {"invariant", "equivariant"},
                     "invariant output, or equivariant with out_rep"),
         textParam("out_rep", "", "representation of the output (equivariant)")},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            if (!ctx.group)
                buildError(ctx, "group-average needs the experiment's \"group\"");
            if (ctx.shape.rep.empty())
                buildError(ctx,
                           "group-average needs a known action of the group on its input "
                           "(the task's, or an earlier equivariant layer's)");
            groups::Representation in, out;
            try {
                in = groups::makeRepresentation(ctx.group, ctx.shape.rep);
            } catch (const Error& e) {
                buildError(ctx, e.detail());
            }
            const bool invariant = p.text("output") == "invariant";
            if (!invariant) {
                if (p.text("out_rep").empty())
                    buildError(ctx, "an equivariant group-average needs \"out_rep\"");
                try {
                    out = groups::makeRepresentation(ctx.group, p.text("out_rep"));
                } catch (const Error& e) {
                    buildError(ctx, e.detail());
                }
            }
            const std::string where = ctx.where;
            ctx.where = where + ".model";
            auto layers = buildLayers<S>(p.layers("model"), ctx);
            ctx.where = where;
            if (layers.empty())
                buildError(ctx, "group-average needs a non-empty \"model\"");
            auto f = std::make_unique<Sequential<S>>(std::move(layers));
            const Index outDim = f->outDim();
            std::unique_ptr<GroupAverage<S>> layer;
            FeatureShape shape;
            shape.dim = outDim;
            if (invariant) {
                layer = GroupAverage<S>::invariant(std::move(f), in);
                shape.rep = std::to_string(outDim);  // outDim copies of trivial
            } else {
                if (out.dim() != outDim)
                    buildError(ctx, "the averaged model gives " + std::to_string(outDim) +
                                        " values but out_rep '" + p.text("out_rep") +
                                        "' has dimension " + std::to_string(out.dim()));
                layer = std::make_unique<GroupAverage<S>>(std::move(f), in, out);
                shape.rep = p.text("out_rep");
            }
            ctx.shape = shape;
            return layer;
        });
}

}  // namespace

void appendGcnnLayerKinds(std::vector<LayerKind>& kinds) {
    kinds.push_back(liftKind());
    kinds.push_back(gconvKind());
    kinds.push_back(groupPoolKind());
    kinds.push_back(globalAvgPoolKind());
    kinds.push_back(groupAverageKind());
}

}  // namespace eqlab::nn
