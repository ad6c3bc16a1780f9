// Layer kinds on band-limited features on the circle (docs/math.md §3.6): band-limited-linear,
// fft-nonlinearity, band-power. They need the shape's band limit (a band-limited task, or the
// output of another of these layers) and keep it up to date for the next layer.

#include "compute/nn/band_limited.h"
#include "compute/nn/band_limited_linear.h"
#include "compute/nn/band_power.h"
#include "compute/nn/fft_nonlinearity.h"
#include "compute/nn/layer_kinds.h"

namespace eqlab::nn {

namespace {

// The band limit K and the channel count C of the features the layer receives.
std::pair<int, Index> bandShape(const BuildContext& ctx) {
    const int K = ctx.shape.bandLimit;
    if (K < 0) {
        buildError(ctx,
                   "needs band-limited features on the circle (a band-limited task such as "
                   "band-limited-signals, or the output of another band-limited layer)");
    }
    const Index w = bandWidth(K);
    if (ctx.shape.dim % w != 0) {
        buildError(ctx, std::to_string(ctx.shape.dim) +
                            " values are not whole channels of 2K+1 = " + std::to_string(w) +
                            " coefficients");
    }
    return {K, ctx.shape.dim / w};
}

void setBandShape(BuildContext& ctx, int K, Index channels) {
    ctx.shape = FeatureShape{};
    ctx.shape.dim = channels * bandWidth(K);
    ctx.shape.bandLimit = K;
}

}  // namespace

void appendSo2LayerKinds(std::vector<LayerKind>& kinds) {
    kinds.push_back(makeLayerKind(
        "band-limited-linear",
        "mixes channels frequency by frequency (a complex weight per k): commutes with every "
        "rotation",
        {required(integerParam("channels", 0, 1, 4096, "output channels")),
         flagParam("bias", true, "a bias on the rotation-invariant part (k = 0)")},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const auto [K, channels] = bandShape(ctx);
            const Index out = p.integer("channels");
            auto layer = std::make_unique<BandLimitedLinear<S>>(channels, out, K, p.flag("bias"));
            setBandShape(ctx, K, out);
            return layer;
        }));
    kinds.push_back(makeLayerKind(
        "fft-nonlinearity",
        "samples each channel at N points, applies a pointwise function, keeps harmonics up to K "
        "(exact for every angle when N is large enough, else only at multiples of 2pi/N)",
        {required(choiceParam("function", "", activationNames(), "the pointwise function")),
         integerParam("samples", 0, 0, 1 << 16,
                      "N samples per channel, at least 2K+1; 0 means 3K+1 (exact for square)")},
        [](const Params& p, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const auto [K, channels] = bandShape(ctx);
            const int N = p.integer("samples") > 0 ? static_cast<int>(p.integer("samples"))
                                                   : exactSampleCount(K, 2);
            if (N < 2 * K + 1) {
                buildError(ctx, "samples = " + std::to_string(N) +
                                    " is below 2K+1 = " + std::to_string(2 * K + 1) +
                                    " for band limit K = " + std::to_string(K));
            }
            return std::make_unique<FftNonlinearity<S>>(activationNamed(p.text("function")),
                                                        channels, K, N);
        }));
    kinds.push_back(makeLayerKind(
        "band-power",
        "rotation-invariant readout: per channel the mean a0 and the power a_k^2 + b_k^2 of each "
        "harmonic",
        {},
        [](const Params&, BuildContext& ctx, auto tag) -> LayerPtr<typename decltype(tag)::type> {
            using S = typename decltype(tag)::type;
            const auto [K, channels] = bandShape(ctx);
            auto layer = std::make_unique<BandPower<S>>(channels, K);
            ctx.shape = FeatureShape{};
            ctx.shape.dim = channels * (K + 1);
            return layer;
        }));
}

}  // namespace eqlab::nn
