#include "compute/nn/layer_kinds.h"

#include "compute/core/error.h"

namespace eqlab::nn {

const std::vector<LayerKind>& layerKinds() {
    static const std::vector<LayerKind> kinds = [] {
        std::vector<LayerKind> all;
        appendBasicLayerKinds(all);
        appendSo2LayerKinds(all);
        appendGcnnLayerKinds(all);
        appendOrientLayerKinds(all);
        appendFlowLayerKinds(all);
        appendEquivariantMlpLayerKinds(all);
        return all;
    }();
    return kinds;
}

const LayerKind* findLayerKind(const std::string& name) {
    for (const auto& kind : layerKinds()) {
        if (kind.name == name) {
            return &kind;
        }
    }
    return nullptr;
}

void buildError(const BuildContext& ctx, const std::string& what) {
    throw Error(ErrorKind::Parse, ctx.where + ": " + what);
}

Index convPadding(const BuildContext& ctx, Index requested, Index kernel, Index size) {
    const Index padding = requested < 0 ? kernel / 2 : requested;
    if (size + 2 * padding - kernel + 1 < 1)
        buildError(ctx, "a " + std::to_string(kernel) + "x" + std::to_string(kernel) +
                            " kernel with padding " + std::to_string(padding) +
                            " leaves no pixels of a " + std::to_string(size) + "x" +
                            std::to_string(size) + " image");
    return padding;
}

template <class S>
LayerPtr<S> buildLayer(const LayerSpec& spec, BuildContext& ctx) {
    const LayerKind* kind = findLayerKind(spec.type);
    if (!kind) {
        buildError(ctx, "unknown layer type '" + spec.type + "'");
    }
    const Index before = ctx.shape.dim;
    LayerPtr<S> layer;
    if constexpr (std::is_same_v<S, float>) {
        layer = kind->buildFloat(spec.params, ctx);
    } else {
        layer = kind->buildDouble(spec.params, ctx);
    }
    if (layer->inDim() != before || layer->outDim() != ctx.shape.dim) {
        // A builder that forgot to update the shape would make every later message wrong.
        throw Error(ErrorKind::Internal, ctx.where + ": layer kind '" + spec.type + "' built " +
                                             layer->describe() + " but reported the shape " +
                                             std::to_string(before) + "->" +
                                             std::to_string(ctx.shape.dim));
    }
    return layer;
}

template <class S>
std::vector<LayerPtr<S>> buildLayers(const std::vector<LayerSpec>& specs, BuildContext& ctx) {
    std::vector<LayerPtr<S>> layers;
    const std::string base = ctx.where;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        ctx.where = base + "[" + std::to_string(i) + "]";
        layers.push_back(buildLayer<S>(specs[i], ctx));
    }
    ctx.where = base;
    return layers;
}

template LayerPtr<float> buildLayer<float>(const LayerSpec&, BuildContext&);
template LayerPtr<double> buildLayer<double>(const LayerSpec&, BuildContext&);
template std::vector<LayerPtr<float>> buildLayers<float>(const std::vector<LayerSpec>&,
                                                         BuildContext&);
template std::vector<LayerPtr<double>> buildLayers<double>(const std::vector<LayerSpec>&,
                                                           BuildContext&);

}  // namespace eqlab::nn
