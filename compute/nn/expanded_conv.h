#pragma once

// ExpandedConv: the convolution the group and orientation layers (group_conv.h, orient_conv.h) run
// once their filters are expanded. Both layers turn their parameters into a bank W_exp of
// C_out·G expanded filters over k²·C_in·G_in rows (DirectConv's layout: W_exp(co, (zy·k + zx)·
// C_in·G_in + ci)) and a bias per expanded output channel; this class correlates each sample
// with that bank and gives the backward pass's dW_exp and dX. The layers differ only in how W_exp
// is made from their parameters (a gather, or bilinear terms) and how dW_exp goes back onto them.
//
// dX(q) = Σ_z W(z)ᵀ dY(q + pad − z): a correlation of dY, padded by k − 1 − pad, with the kernel
// flipped (z' = k² − 1 − z) and the channels swapped, so dX is a second convolution with the
// flipped, transposed bank.
//
// Two algorithms compute the same correlations (to round-off): DirectConv for any kernel, and
// WinogradConv for 3 × 3 kernels, with 2.25× fewer multiply-adds (docs/performance.md).
// chooseConvAlgorithm() picks one from the shapes; tests force each.

#include "compute/nn/direct_conv.h"
#include "compute/nn/layer.h"
#include "compute/nn/winograd_conv.h"

namespace eqlab::nn {

enum class ConvAlgorithm { Direct, Winograd };

// Winograd for 3 × 3 kernels whose expanded channel counts both reach one SIMD vector of S (and
// at least 8): its transforms run on vectors of channels, and one channel at a time they cost more
// than the multiply-adds they save (bench/bench_conv.cpp, docs/performance.md). Other kernels have
// no Winograd form here.
template <class S>
ConvAlgorithm chooseConvAlgorithm(Index kernel, Index inChannels, Index outChannels);

template <class S>
class ExpandedConv {
public:
    using Mat = Matrix<S>;

    // The per-chunk scratch a layer hands to forward() and backward(): Cache::buffers(kBuffers).
    // Padded input, padded dY (for dX), dY with padded channels (odd channel counts only), the
    // filter gradient in DirectConv's panel layout, the bias gradient, Winograd's transformed
    // filter gradient.
    enum Buffer { XPAD, DYPAD, DYCH, DWPANEL, BSUM, DWU, kBuffers };

    ExpandedConv() = default;
    // Input size × size × inChannels (expanded channels), output outChannels (expanded) on
    // m × m pixels, m = size + 2·pad − kernel + 1, with the algorithm chooseConvAlgorithm<S>()
    // picks.
    ExpandedConv(Index size, Index inChannels, Index outChannels, Index kernel, Index pad);
    // The same with the given algorithm (Winograd needs kernel 3).
    ExpandedConv(Index size, Index inChannels, Index outChannels, Index kernel, Index pad,
                 ConvAlgorithm algorithm);

    ConvAlgorithm algorithm() const noexcept { return algorithm_; }

    // The bank (outChannels × k²·inChannels) and bias (outChannels) to fill; commit() after.
    Mat& bank() noexcept { return W_; }
    const Mat& bank() const noexcept { return W_; }
    Vector<S>& bias() noexcept { return bias_; }
    // Packs the bank and bias for the forward pass and the flipped, transposed bank for dX.
    void commit();

    // Y (outChannels·m² × n) from X (inChannels·size² × n), sample by sample.
    void forward(const Mat& X, Mat& Y, Mat* buffers) const;
    // dL/dW_exp for the whole chunk, as the top outChannels rows of the returned panel
    // (buffers[DWPANEL], column-major), and dX when dX is given.
    const Mat& backward(const Mat& X, const Mat& dY, Mat* dX, Mat* buffers) const;
    // gradBias[o] += Σ over samples, pixels and the `copies` expanded channels o·copies … of dY.
    void addBiasGrad(const Mat& dY, Index copies, S* gradBias, Mat* buffers) const;

private:
    Index inSize_ = 0, cin_ = 0, cout_ = 0, k_ = 0, outSize_ = 0;
    ConvAlgorithm algorithm_ = ConvAlgorithm::Direct;
    // X -> Y with W_exp, and dY -> dX, the transposed convolution: the pair of the algorithm.
    DirectConv<S> conv_, convT_;
    WinogradConv<S> winograd_, winogradT_;
    Mat W_;           // cout × (k²·cin)
    Mat WT_;          // cin × (k²·cout): W_exp flipped and transposed, for convT_
    Vector<S> bias_;  // cout
};

extern template class ExpandedConv<float>;
extern template class ExpandedConv<double>;

}  // namespace eqlab::nn
