#pragma once

// Direct 2-D correlation (stride 1, zero padding) of square images in the layout of group_conv.h
// (pixel-major, channels fastest: entry (y·n + x)·C + c), one sample at a time:
//
//   y(p, co) = b(co) + Σ_{zy,zx,ci} W(co, (zy·k + zx)·C_in + ci) · x(p + z − pad, ci)
//
// Why not im2col + GEMM: for the benchmark G-CNN (docs/performance.md) the im2col matrix of a chunk
// is several MB (≫ the 512 KiB L2), written once and then packed again by the GEMM, which made the
// convolution memory-bound (docs/performance.md). Here nothing is expanded: the working set of one
// sample (its zero-padded copy, ~41 KB for 16×16×32 floats, and one panel of the filters, ~18 KB)
// stays in L1/L2, and the filters are packed once per step by setFilters().
//
// Register tile: 2 SIMD vectors of output channels × 6 pixels of one image row = 12 accumulators
// (the shape of BLIS's AVX2 sgemm micro-kernel). Per filter row r = (zy·k + zx)·C_in + ci it loads
// 2 vectors of filters and broadcasts 6 input scalars for 12 FMAs. For a fixed zy the rows
// r = zy·k·C_in + j, j < k·C_in, and the input entries a window reads are both contiguous, so the
// inner loop is a plain run over j.
//
// The backward pass: filterGrad() adds dL/dW of one sample with the transposed tile (2 vectors of
// output channels × 6 filter rows, summed over pixels); dL/dx is a DirectConv with the transposed
// geometry (input m, channels swapped, kernel flipped, padding k − 1 − pad; see
// GroupConv2d::prepare()).
//
// Summation order depends only on the shapes, never on threads: results are deterministic.

#include <vector>

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class DirectConv {
public:
    using Mat = Matrix<S>;

    DirectConv() = default;
    // Input inSize × inSize × inChannels; output m × m × outChannels, m = inSize + 2·pad − kernel
    // + 1 ≥ 1. kernel ≥ 1 (any parity); pad may be negative (the input is cropped), which the
    // transposed geometry of a convolution with pad > kernel − 1 needs.
    DirectConv(Index inSize, Index inChannels, Index outChannels, Index kernel, Index pad);

    Index inSize() const noexcept { return n_; }
    Index outSize() const noexcept { return m_; }
    Index inChannels() const noexcept { return cin_; }
    Index outChannels() const noexcept { return cout_; }
    Index filterRows() const noexcept { return k_ * k_ * cin_; }

    // W: outChannels × filterRows() (column (zy·k + zx)·C_in + ci). bias: outChannels scalars,
    // or null for none. Packs them into the panel layout the tiles read.
    void setFilters(const Mat& W, const S* bias);

    // x: inSize²·C_in scalars (one sample); y: m²·C_out scalars, overwritten (not accumulated).
    // scratch: a reused buffer (holds the zero-padded input).
    void forward(const S* x, S* y, Mat& scratch) const;

    // dW: the gradient accumulator in panel layout, paddedOutChannels() × filterRows(),
    // column-major: dW(co, r) is dL/dW(co, r) for co < C_out (the rest is padding).
    // resetFilterGrad() sizes and zeroes it; filterGrad() ADDS the gradient of one sample with
    // input x and output gradient dy (m²·C_out scalars).
    void resetFilterGrad(Mat& dW) const;
    void filterGrad(const S* x, const S* dy, Mat& dW, Mat& scratch, Mat& dyScratch) const;
    Index paddedOutChannels() const noexcept { return ldw_; }

private:
    // Zero-padded copy of one sample ((n + 2·pad)² · C_in), or x itself when pad == 0.
    const S* padded(const S* x, Mat& scratch) const;

    Index n_ = 0, cin_ = 0, cout_ = 0, k_ = 0, pad_ = 0, m_ = 0, pw_ = 0;
    Index ldw_ = 0;   // C_out rounded up to the tile's channel width
    Mat panel_;       // ldw × filterRows(): panel_(co, r) = W(co, r), zero for co ≥ C_out
    Vector<S> bias_;  // ldw
};

extern template class DirectConv<float>;
extern template class DirectConv<double>;

// One filter of an expanded bank W laid out as setFilters() takes it, for the group and
// orientation convolutions (whose input channel c carries `axis` entries h, column
// (zy·k + zx)·C_in·axis + c·axis + h): row `row`, input channel c, as `axis` k × k blocks, h-major,
// then row-major: entry (h·k + zy)·k + zx. The filter views draw these.
template <class S>
std::vector<S> bankFilter(const Matrix<S>& W, Index row, Index channel, Index axis, Index kernel) {
    const Index kk = kernel * kernel, columnsPerPixel = W.cols() / kk;
    std::vector<S> filter(static_cast<std::size_t>(axis * kk));
    for (Index h = 0; h < axis; ++h)
        for (Index z = 0; z < kk; ++z)  // z = zy·k + zx, the kernel pixel
            filter[static_cast<std::size_t>(h * kk + z)] =
                W(row, z * columnsPerPixel + channel * axis + h);
    return filter;
}

}  // namespace eqlab::nn
