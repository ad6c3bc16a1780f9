#pragma once

// Orientation-stack convolution: lifting an image to N orientations and group convolution over the
// cyclic orientation axis, SE(2)-style with filters rotated by interpolation (Bekkers, lecture
// notes arXiv 2403.04807; docs/math-orientation.md).
//
// Layout as in group_conv.h: pixel-major, channels fastest, orientation fastest within a channel
// (channel c·N + r). θ_r = 360°·r/N, rotations counter-clockwise with y up, as
// data/image_transform.h rotates images. The rotated filter is
//   ψ_r(z) = ψ(R(−θ_r) z)  for z on the disc |z| ≤ k/2, zero off it,
// sampled bilinearly from the filter's own disc pixels (zero off the disc). The layer computes
//   lifting:     out(o, r, t) = Σ_{c,z} in(c, t+z) ψ_{o,c,r}(z)
//   group conv:  out(o, r, t) = Σ_{c,h,z} in(c, h, t+z) ψ_{o,c}((h − r) mod N, R(−θ_r) z)
// plus a bias per output channel o. Rotating the input by φ gives out(o, r − φN/360, R(−φ)t)
// whenever R(φ) maps the sampling grid and the disc onto themselves and φN/360 is an integer: for
// N divisible by 4 that is every multiple of 90°, and the layer is exactly equivariant there. To
// make it exact bit for bit (not only to round-off), θ_r = q·90° + θ_j is evaluated as the exact
// quarter turn q of the pixel followed by the interpolated rotation θ_j < 90°, the same arithmetic
// as for r = j. At the other multiples of 360°/N the filters are rotated exactly in the continuum
// but sampled on a grid that is not rotated: equivariance holds only approximately there.
//
// Every expanded filter entry is a fixed linear combination (≤ 4 bilinear weights) of parameters,
// so prepare() builds the expanded bank W_exp by that sparse map and backward() scatters dW_exp
// back with the same weights; the convolutions themselves are ExpandedConv's (expanded_conv.h).
// With N = 1 the layer is a plain convolution on a disc-shaped kernel: the CNN baseline.
//
// Parameters: ψ[o][c][h][p] over the P disc pixels p (row-major order of the k × k square;
// C_out·C_in·N_in·P, N_in = 1 when lifting), then the bias b[o] (C_out).

#include <vector>

#include "compute/nn/expanded_conv.h"
#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class OrientConv2d final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    OrientConv2d(Index orientations, bool lifting, Index inChannels, Index outChannels, Index size,
                 Index kernel, Index padding, bool bias = true);

    std::string describe() const override;
    Index inDim() const override { return size_ * size_ * cinx_; }
    Index outDim() const override { return outSize_ * outSize_ * coutx_; }
    Index paramCount() const override { return filterCount() + (bias_ ? cout_ : 0); }
    void bind(S* params) override;
    // "weight" [C_out, C_in, N_in, P] (lifting: [C_out, C_in, P]); "bias" [C_out].
    std::vector<ParamTensor> paramTensors() const override;
    // He initialisation with fan-in C_in·N_in·P; zero bias.
    void initialize(Rng& rng) override;
    void prepare() override;

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    Index orientations() const noexcept { return N_; }
    bool lifting() const noexcept { return lifting_; }
    Index outSize() const noexcept { return outSize_; }
    Index inChannels() const noexcept { return cin_; }
    Index outChannels() const noexcept { return cout_; }
    Index kernel() const noexcept { return k_; }
    // N_in: the input's orientation axis (1 when lifting).
    Index inOrientationAxis() const noexcept { return nin_; }
    // P: the kernel pixels on the disc |z| ≤ k/2.
    Index discPixels() const noexcept { return Index(disc_.size()); }
    bool hasBias() const noexcept { return bias_; }
    const Mat& expandedFilters() const noexcept { return conv_.bank(); }
    // Direct or Winograd (expanded_conv.h), chosen from the shapes.
    ConvAlgorithm convAlgorithm() const noexcept { return conv_.algorithm(); }
    // The filter ψ_{o,c} turned to orientation r (θ_r = 360°·r/N), exactly as the layer correlates
    // with it: read from the expanded bank, so valid after prepare(). k × k per input orientation h
    // (one block when lifting), h-major, then row-major: entry (h·k + zy)·k + zx. The filter view
    // draws these (compute/train/filter_images.h).
    std::vector<S> rotatedFilter(Index o, Index c, Index r) const;

private:
    Index filterCount() const { return cout_ * cin_ * nin_ * discPixels(); }
    Index paramIndex(Index o, Index c, Index h, Index p) const {
        return ((o * cin_ + c) * nin_ + h) * discPixels() + p;
    }
    // Runs f(row, col, param, weight) over every term of the sparse map params -> W_exp.
    template <class F>
    void forEachTerm(F&& f) const;

    bool lifting_, bias_;
    Index N_, nin_, cin_, cout_, cinx_, coutx_, size_, k_, pad_, outSize_;
    std::vector<Index> disc_;  // kernel pixel (zy·k + zx) of each disc pixel p
    // Bilinear terms of the rotated filter: for rotation r and kernel pixel z (index r·k² + z),
    // terms [termBegin_[i], termBegin_[i+1]) of (disc pixel, weight).
    std::vector<Index> termBegin_, termPixel_;
    std::vector<S> termWeight_;
    S* p_ = nullptr;
    // W_exp (coutx × k²·cinx) and the bias b[o] repeated over the orientations, and their
    // convolution.
    ExpandedConv<S> conv_;
    Vector<S> expandedAt_;
    bool expanded_ = false;
};

extern template class OrientConv2d<float>;
extern template class OrientConv2d<double>;

}  // namespace eqlab::nn
