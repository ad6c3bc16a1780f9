#pragma once

// G-CNN layers for C4 and D4 on square images (Cohen & Welling 2016; docs/math.md §3.5).
//
// IMAGE LAYOUT. One sample is one column of the features × batch matrix, holding an n × n image
// pixel-major with channels fastest ("HWC"): entry (y·n + x)·C + c. For feature maps on the group
// the channel index is c = o·|G| + g (group element fastest). With this layout the layer is a
// plain convolution with the expanded filter bank W_exp, computed sample by sample by DirectConv
// (expanded_conv.h, which the orientation layers share).
//
// The layer correlates with the |G| transformed copies of each filter:
//   lifting:     out(o, r, t) = Σ_{c,z} in(c, t+z) ψ_{o,c}(r⁻¹z)
//   group conv:  out(o, r, t) = Σ_{c,h,z} in(c, h, t+z) ψ_{o,c}(r⁻¹h, r⁻¹z)
// plus a bias per output channel o (shared over r and t, hence invariant). Transforming the input
// by s gives out(o, s⁻¹r, s⁻¹t): exact for 90° rotations (and flips for D4) when the image is
// square, the kernel odd and the zero padding symmetric.
//
// Speed: the expanded filter bank W_exp ((C_out·|G|) × (k²·C_in·|G_in|)) is rebuilt in prepare(),
// once per step, by a gather from the parameters (each expanded entry IS one parameter, since a
// 90° rotation permutes the pixels of an odd k × k kernel); its gradient is the matching
// scatter-add. prepare() also packs W_exp for the forward convolution and its transpose (flipped
// kernel, channels swapped) for dL/dX, so no filter is re-expanded per chunk. forward() keeps
// nothing for backward() (backward() re-pads the inputs it needs, which costs far less than
// caching them): evaluation and training share one path, and the per-chunk cache only holds
// scratch buffers.
//
// Parameters: ψ[o][c][h][ky][kx] (C_out·C_in·|G_in|·k², with |G_in| = 1 when lifting), then the
// bias b[o] (C_out).

#include <vector>

#include "compute/nn/expanded_conv.h"
#include "compute/nn/layer.h"
#include "compute/nn/planar_group.h"

namespace eqlab::nn {

template <class S>
class GroupConv2d final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    GroupConv2d(PlanarGroup group, bool lifting, Index inChannels, Index outChannels, Index size,
                Index kernel, Index padding, bool bias = true);

    std::string describe() const override;
    Index inDim() const override { return size_ * size_ * cinx_; }
    Index outDim() const override { return outSize_ * outSize_ * coutx_; }
    Index paramCount() const override { return filterCount() + (bias_ ? cout_ : 0); }
    void bind(S* params) override;
    // "weight" [C_out, C_in, |G_in|, k, k] (lifting: [C_out, C_in, k, k]), row-major as stored;
    // "bias" [C_out].
    std::vector<ParamTensor> paramTensors() const override {
        std::vector<ParamTensor> t;
        if (lifting_)
            t.push_back({"weight", {cout_, cin_, k_, k_}, 0, {cin_ * k_ * k_, k_ * k_, k_, 1}});
        else
            t.push_back({"weight",
                         {cout_, cin_, gin_, k_, k_},
                         0,
                         {cin_ * gin_ * k_ * k_, gin_ * k_ * k_, k_ * k_, k_, 1}});
        if (bias_)
            t.push_back({"bias", {cout_}, filterCount(), {1}});
        return t;
    }
    // He initialisation with fan-in C_in·|G_in|·k²; zero bias.
    void initialize(Rng& rng) override;
    void prepare() override;

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    PlanarGroup group() const noexcept { return group_; }
    bool lifting() const noexcept { return lifting_; }
    Index inSize() const noexcept { return size_; }
    Index outSize() const noexcept { return outSize_; }
    Index outChannels() const noexcept { return cout_; }
    Index inChannels() const noexcept { return cin_; }
    Index kernel() const noexcept { return k_; }
    // |G_in|: the input's group axis (1 when lifting).
    Index inGroupAxis() const noexcept { return gin_; }
    const Mat& expandedFilters() const noexcept { return conv_.bank(); }
    // Direct or Winograd (expanded_conv.h), chosen from the shapes.
    ConvAlgorithm convAlgorithm() const noexcept { return conv_.algorithm(); }
    // The filter ψ_{o,c} transformed by group element r (index as in planar_group.h), exactly as
    // the layer correlates with it: read from the expanded filter bank, so valid after prepare().
    // k × k per input group element h, h-major, then row-major: entry (h·k + zy)·k + zx. The
    // filter view draws these (compute/train/filter_images.h).
    std::vector<S> transformedFilter(Index o, Index c, int r) const;

private:
    Index filterCount() const { return cout_ * cin_ * gin_ * k_ * k_; }

    PlanarGroup group_;
    bool lifting_, bias_;
    Index G_, gin_, cin_, cout_, cinx_, coutx_, size_, k_, pad_, outSize_;
    std::vector<Index> gather_;  // per entry of W_exp (column-major): index into the filters
    S* p_ = nullptr;
    // W_exp (coutx × k²·cinx) and the bias b[o] repeated over the group, and their convolution.
    ExpandedConv<S> conv_;
    Vector<S> expandedAt_;
    bool expanded_ = false;
};

extern template class GroupConv2d<float>;
extern template class GroupConv2d<double>;

}  // namespace eqlab::nn
