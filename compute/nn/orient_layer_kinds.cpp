// Layer kinds of the orientation stack (compute/nn/orient_conv.h, docs/math-orientation.md):
//
//   orient-lift   image (C channels) -> C_out·N maps over (orientation, pixels), filters rotated
//                 by 360°·r/N with bilinear interpolation on a disc
//   orient-conv   orientation stack -> C_out·N maps: the group convolution over the cyclic axis
//
// After either, group-pool and global-avg-pool work as for the C4/D4 maps (the group axis is the
// orientation axis). With orientations 1 the lift is a plain CNN layer on a disc-shaped kernel.

#include <algorithm>

#include "compute/nn/layer_kinds.h"
#include "compute/nn/orient_conv.h"

namespace eqlab::nn {

namespace {

template <class S>
LayerPtr<S> orientConvolution(const Params& p, BuildContext& ctx, bool lifting) {
    const FeatureShape in = ctx.shape;
    const std::string name = lifting ? "orient-lift" : "orient-conv";
    if (!in.isImage() || in.height != in.width)
        buildError(ctx, name + " needs a square image, got " +
                            (in.isImage() ? std::to_string(in.height) + "x" +
                                                std::to_string(in.width) + " pixels"
                                          : std::to_string(in.dim) + " values"));
    Index N = 1;
    if (lifting) {
        if (in.groupAxis != 1)
            buildError(ctx, "orient-lift needs a plain image; it got maps with a group axis of " +
                                std::to_string(in.groupAxis) + " (use orient-conv after it)");
        N = p.integer("orientations");
    } else {
        if (in.orientations < 1)
            buildError(ctx,
                       "orient-conv needs the orientation stack of an orient-lift or "
                       "orient-conv layer");
        N = in.orientations;
    }
    const Index kernel = p.integer("kernel");
    if (kernel % 2 == 0)
        buildError(ctx, "kernel must be odd (the disc is centred on a pixel), got " +
                            std::to_string(kernel));
    const Index size = in.height;
    const Index padding = convPadding(ctx, p.integer("padding"), kernel, size);
    const Index cin = std::max(1, in.channels), cout = p.integer("channels");
    auto layer = std::make_unique<OrientConv2d<S>>(N, lifting, cin, cout, size, kernel, padding,
                                                   p.flag("bias"));
    FeatureShape out;
    out.channels = static_cast<int>(cout);
    out.groupAxis = static_cast<int>(N);
    out.orientations = static_cast<int>(N);
    out.height = out.width = static_cast<int>(layer->outSize());
    out.dim = layer->outDim();
    ctx.shape = out;
    return layer;
}

std::vector<ParamSpec> orientParams(bool lifting) {
    std::vector<ParamSpec> params;
    if (lifting)
        params.push_back(integerParam("orientations", 8, 1, 32,
                                      "number N of filter orientations (360/N degrees apart)"));
    params.push_back(
        integerParam("channels", 8, 1, 512, "output channels (each with N orientations)"));
    params.push_back(integerParam("kernel", 5, 1, 15, "kernel size k (odd; the disc |z| <= k/2)"));
    params.push_back(
        integerParam("padding", -1, -1, 15, "zero padding on each side; -1 = k/2 (same size)"));
    params.push_back(flagParam("bias", true, "a bias per output channel"));
    return params;
}

}  // namespace

void appendOrientLayerKinds(std::vector<LayerKind>& kinds) {
    kinds.push_back(makeLayerKind(
        "orient-lift",
        "lifting to an orientation stack: correlate an image with N filters rotated by 360/N "
        "degrees (bilinear, on a disc)",
        orientParams(true),
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            return orientConvolution<typename decltype(tag)::type>(p, ctx, true);
        }));
    kinds.push_back(makeLayerKind(
        "orient-conv",
        "group convolution over an orientation stack: rotated filters, orientation axis rolled; "
        "exact at quarter turns when 4 divides N",
        orientParams(false),
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            return orientConvolution<typename decltype(tag)::type>(p, ctx, false);
        }));
}

}  // namespace eqlab::nn
