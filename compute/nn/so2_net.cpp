#include "compute/nn/so2_net.h"

#include "compute/core/error.h"
#include "compute/nn/band_limited.h"
#include "compute/nn/band_limited_linear.h"
#include "compute/nn/band_power.h"
#include "compute/nn/dense.h"
#include "compute/nn/fft_nonlinearity.h"

namespace eqlab::nn {

template <class S>
std::vector<LayerPtr<S>> makeSo2Net(const So2NetConfig& config) {
    if (config.hidden.empty())
        throw Error(ErrorKind::InvalidArgument, "SO(2) net: needs at least one hidden layer");
    if (config.outputs < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "SO(2) net: outputs must be >= 1, got " + std::to_string(config.outputs));
    const int N = config.samples > 0 ? config.samples : exactSampleCount(config.K, 2);
    std::vector<LayerPtr<S>> layers;
    Index channels = config.inChannels;
    for (const Index h : config.hidden) {
        layers.push_back(std::make_unique<BandLimitedLinear<S>>(channels, h, config.K));
        layers.push_back(std::make_unique<FftNonlinearity<S>>(config.activation, h, config.K, N));
        channels = h;
    }
    layers.push_back(std::make_unique<BandPower<S>>(channels, config.K));
    layers.push_back(
        std::make_unique<Dense<S>>(channels * (config.K + 1), config.outputs, Init::Glorot));
    return layers;
}

template std::vector<LayerPtr<float>> makeSo2Net<float>(const So2NetConfig&);
template std::vector<LayerPtr<double>> makeSo2Net<double>(const So2NetConfig&);

}  // namespace eqlab::nn
