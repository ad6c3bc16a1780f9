#pragma once

// WinogradConv: DirectConv's 3 × 3 correlation (same layouts, same result to round-off) computed
// with Winograd's minimal filtering F(2×2, 3×3) (Lavin & Gray, "Fast algorithms for convolutional
// neural networks", 2016). Each 2 × 2 block of output pixels — a "tile" — reads the 4 × 4 input
// patch d under it, and per pair of channels
//
//   y_tile = Aᵀ [ U ⊙ V ] A,   U = G g Gᵀ (the 3 × 3 filter g, once per step),   V = Bᵀ d B,
//
// so a tile costs 16 multiply-adds per channel pair instead of the direct sum's 36: 2.25× fewer.
// Summed over input channels, the 16 entries ξ of the 4 × 4 products are 16 independent matrix
// products M_ξ = U_ξ V_ξ (C_out × C_in times C_in × tiles), run with the convolutions' register
// tile (conv_tiles.h) as 1 × 1 convolutions over the tiles; the transforms are additions only.
//
// Filter gradient, the adjoint: dU_ξ = Σ_{samples, tiles} (A dy Aᵀ)_ξ V_ξᵀ, accumulated by
// filterGrad(), and dW = Gᵀ dU G once per chunk by finishFilterGrad().
//
// The transforms' coefficients are 0, ±1 and ±½, exact in binary floating point; the rounding
// error is that of a sum with a few more terms (tests/unit/nn/test_direct_conv.cpp holds both
// to the same tolerance against a long-double reference). Tiles are processed in blocks of a fixed
// size and every sum runs in an order fixed by the shapes, so results do not depend on threads.

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class WinogradConv {
public:
    using Mat = Matrix<S>;

    static constexpr Index kKernel = 3;

    WinogradConv() = default;
    // Input inSize × inSize × inChannels; output m × m × outChannels, m = inSize + 2·pad − 2 ≥ 1.
    // pad may be negative (the input is cropped) or larger than 2, as for DirectConv.
    WinogradConv(Index inSize, Index inChannels, Index outChannels, Index pad);

    Index inSize() const noexcept { return n_; }
    Index outSize() const noexcept { return m_; }
    Index inChannels() const noexcept { return cin_; }
    Index outChannels() const noexcept { return cout_; }
    Index filterRows() const noexcept { return kKernel * kKernel * cin_; }
    Index paddedOutChannels() const noexcept { return ldw_; }

    // W: outChannels × filterRows() (DirectConv's columns (zy·3 + zx)·C_in + ci); bias:
    // outChannels scalars or null. Transforms the filters into U.
    void setFilters(const Mat& W, const S* bias);

    // x: inSize²·C_in scalars (one sample); y: m²·C_out scalars, overwritten. scratch: a reused
    // buffer (the zero-padded input and one block of transformed tiles).
    void forward(const S* x, S* y, Mat& scratch) const;

    // dU: the transformed gradient accumulator (paddedOutChannels() × 16·C_in, column ξ·C_in + ci).
    // resetFilterGrad() sizes and zeroes it; filterGrad() ADDS one sample's; finishFilterGrad()
    // writes dL/dW in DirectConv's panel layout (paddedOutChannels() × filterRows(), zero in the
    // padding channels).
    void resetFilterGrad(Mat& dU) const;
    void filterGrad(const S* x, const S* dy, Mat& dU, Mat& scratch) const;
    void finishFilterGrad(const Mat& dU, Mat& dW) const;

private:
    struct Scratch;  // the views into a scratch buffer
    Scratch layout(Mat& scratch) const;
    // Tile `index` (row-major over side × side): its top-left output pixel (y, x), which is also
    // its patch's top-left pixel in the padded input, and how many of its 2 × 2 pixels lie in the
    // image (fewer in the last row and column when m is odd).
    struct Tile {
        Index y, x, rows, cols;
    };
    Tile tileAt(Index index) const;
    // Pads x into the scratch and, for each block of tiles [first, first + count), transforms
    // its input patches into the scratch's V and calls f(first, count, scratch views).
    template <class F>
    void forEachBlock(const S* x, Mat& scratch, F&& f) const;
    // V_ξ(t, ci) of the tiles [first, first + count) at V + (ξ·kBlock + t − first)·C_in + ci.
    void transformInput(const S* padded, Index first, Index count, S* V) const;

    Index n_ = 0, cin_ = 0, cout_ = 0, pad_ = 0, m_ = 0;
    Index side_ = 0;  // tiles per row: ceil(m / 2)
    Index pw_ = 0;    // side of the padded input: 2·side + 2
    Index ldw_ = 0;   // C_out rounded up to the register tile's channel width
    Mat U_;  // ldw × 16·C_in: U_ξ(co, ci) at column ξ·C_in + ci, zero for co ≥ C_out
    Vector<S> bias_;  // ldw
    Vector<S> zero_;  // ldw zeros: the bias of the tile products
};

extern template class WinogradConv<float>;
extern template class WinogradConv<double>;

}  // namespace eqlab::nn
