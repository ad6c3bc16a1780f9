#pragma once

// The registry of layer kinds an experiment's "model" list can name: {"type": KIND, params...}.
// Each kind declares its parameters (compute/core/params.h) and builds a layer for float and for
// double from validated Params and the shape of the features it receives. A builder updates
// ctx.shape to the shape of its output, so the next layer knows what it gets (and a wrong shape is
// reported as "model[3]: ..." before anything trains). Wrappers (group average, parity,
// involutive, ...) declare a Layers parameter and build it with buildLayers().
// To add a kind: write an append...LayerKinds() function next to your layer and call it from
// layerKinds() in layer_kinds.cpp (docs/extending.md).

#include <functional>
#include <string>
#include <vector>

#include "compute/core/params.h"
#include "compute/groups/group.h"
#include "compute/nn/activation.h"
#include "compute/nn/layer.h"

namespace eqlab::nn {

// What flows between layers. dim is always set; the rest when known.
struct FeatureShape {
    Index dim = 0;
    // Images and G-CNN feature maps: dim = height · width · channels · groupAxis, in the layout of
    // compute/nn/group_conv.h (pixel-major; channel c = o·groupAxis + g, group element fastest).
    // groupAxis = 1 for plain images, |G| after a lifting layer.
    int channels = 0, groupAxis = 1, height = 0, width = 0;
    // Orientation stacks (compute/nn/orient_conv.h): the group axis holds N orientations of the
    // plane (N = groupAxis), not the elements of C4/D4. 0 otherwise.
    int orientations = 0;
    // The representation (text form, of the experiment's group) acting on the features, when
    // known: "perm", "grid:9", "4*perm". Empty when the features carry no known action.
    std::string rep;
    // Group-action tasks: the last input rows carry a group element (see the kind): one row
    // holding its index, or, with elementOneHot, |G| one-hot rows (which a group action cannot
    // read).
    bool carriesElement = false;
    bool elementOneHot = false;
    // Band-limited features on the circle (compute/nn/band_limited.h): dim = C(2K+1) with
    // K = bandLimit; −1 when the features are not such coefficients.
    int bandLimit = -1;

    bool isImage() const { return height > 0; }
};

struct BuildContext {
    groups::GroupPtr group;  // the experiment's group (null when it names none)
    FeatureShape shape;      // in: what the layer receives; the builder sets it to what it gives
    std::string where;       // "model[2]" or "runs[1].model[0].model[3]", for messages
};

template <class S>
using LayerBuilder = std::function<LayerPtr<S>(const Params&, BuildContext&)>;

struct LayerKind {
    std::string name;     // "dense"
    std::string summary;  // one line for `eqlab kinds` and the docs
    std::vector<ParamSpec> params;
    LayerBuilder<float> buildFloat;
    LayerBuilder<double> buildDouble;
};

// Sets both builders from one generic lambda: [](const Params&, BuildContext&, auto tag) where
// decltype(tag)::type is the scalar.
template <class S>
struct ScalarTag {
    using type = S;
};
template <class F>
LayerKind makeLayerKind(std::string name, std::string summary, std::vector<ParamSpec> params,
                        F build) {
    LayerKind kind{std::move(name), std::move(summary), std::move(params), {}, {}};
    kind.buildFloat = [build](const Params& p, BuildContext& c) {
        return build(p, c, ScalarTag<float>{});
    };
    kind.buildDouble = [build](const Params& p, BuildContext& c) {
        return build(p, c, ScalarTag<double>{});
    };
    return kind;
}

const std::vector<LayerKind>& layerKinds();
const LayerKind* findLayerKind(const std::string& name);

// Builds one layer / a list of layers; Error(Parse) naming ctx.where on a wrong shape or group.
template <class S>
LayerPtr<S> buildLayer(const LayerSpec& spec, BuildContext& ctx);
template <class S>
std::vector<LayerPtr<S>> buildLayers(const std::vector<LayerSpec>& specs, BuildContext& ctx);

// Throws Error(Parse) "<where>: <what>" (for builders).
[[noreturn]] void buildError(const BuildContext& ctx, const std::string& what);

// The padding of a convolution layer on size × size images: `requested`, or kernel / 2 ("same")
// when it is negative; buildError when the kernel leaves no output pixel.
Index convPadding(const BuildContext& ctx, Index requested, Index kernel, Index size);

// dense, activation, equivariant (basic_layer_kinds.cpp).
void appendBasicLayerKinds(std::vector<LayerKind>& kinds);
// lift, gconv, group-pool, global-avg-pool, group-average (gcnn_layer_kinds.cpp).
void appendGcnnLayerKinds(std::vector<LayerKind>& kinds);
// orient-lift, orient-conv (orient_layer_kinds.cpp).
void appendOrientLayerKinds(std::vector<LayerKind>& kinds);
// The names of the pointwise activations ("relu", ...) and the one a name means.
const std::vector<std::string>& activationNames();
// Error(Parse) for a name not in activationNames().
Activation activationNamed(const std::string& name);

// band-limited-linear, fft-nonlinearity, band-power (so2_layer_kinds.cpp).
void appendSo2LayerKinds(std::vector<LayerKind>& kinds);
// norm-activation, outer-product, invariant-net (equivariant_mlp_kinds.cpp).
void appendEquivariantMlpLayerKinds(std::vector<LayerKind>& kinds);

// involutive, group-action, parity (flow_layer_kinds.cpp).
void appendFlowLayerKinds(std::vector<LayerKind>& kinds);

}  // namespace eqlab::nn
