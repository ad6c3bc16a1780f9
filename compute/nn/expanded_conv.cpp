#include "compute/nn/expanded_conv.h"

#include <algorithm>
#include <string>

#include "compute/core/error.h"
#include "compute/nn/simd.h"

namespace eqlab::nn {

template <class S>
ConvAlgorithm chooseConvAlgorithm(Index kernel, Index inChannels, Index outChannels) {
    const Index least = std::max<Index>(8, simd::Pack<S>::L);
    return kernel == WinogradConv<S>::kKernel && inChannels >= least && outChannels >= least
               ? ConvAlgorithm::Winograd
               : ConvAlgorithm::Direct;
}

template ConvAlgorithm chooseConvAlgorithm<float>(Index, Index, Index);
template ConvAlgorithm chooseConvAlgorithm<double>(Index, Index, Index);

template <class S>
ExpandedConv<S>::ExpandedConv(Index size, Index inChannels, Index outChannels, Index kernel,
                              Index pad)
    : ExpandedConv(size, inChannels, outChannels, kernel, pad,
                   chooseConvAlgorithm<S>(kernel, inChannels, outChannels)) {}

template <class S>
ExpandedConv<S>::ExpandedConv(Index size, Index inChannels, Index outChannels, Index kernel,
                              Index pad, ConvAlgorithm algorithm)
    : inSize_(size),
      cin_(inChannels),
      cout_(outChannels),
      k_(kernel),
      outSize_(size + 2 * pad - kernel + 1),
      algorithm_(algorithm),
      W_(Mat::Zero(outChannels, kernel * kernel * inChannels)),
      WT_(Mat::Zero(inChannels, kernel * kernel * outChannels)),
      bias_(Vector<S>::Zero(outChannels)) {
    if (algorithm_ == ConvAlgorithm::Winograd) {
        if (kernel != WinogradConv<S>::kKernel)
            throw Error(ErrorKind::Internal, "expanded conv: Winograd needs a 3 x 3 kernel, not " +
                                                 std::to_string(kernel));
        winograd_ = WinogradConv<S>(size, inChannels, outChannels, pad);
        winogradT_ = WinogradConv<S>(outSize_, outChannels, inChannels, kernel - 1 - pad);
    } else {
        conv_ = DirectConv<S>(size, inChannels, outChannels, kernel, pad);
        convT_ = DirectConv<S>(outSize_, outChannels, inChannels, kernel, kernel - 1 - pad);
    }
}

template <class S>
void ExpandedConv<S>::commit() {
    const Index kk = k_ * k_;
    for (Index z = 0; z < kk; ++z)  // WT(ci, z'·cout + co) = W(co, z·cin + ci), z' = k² − 1 − z
        WT_.middleCols((kk - 1 - z) * cout_, cout_) = W_.middleCols(z * cin_, cin_).transpose();
    if (algorithm_ == ConvAlgorithm::Winograd) {
        winograd_.setFilters(W_, bias_.data());
        winogradT_.setFilters(WT_, nullptr);
    } else {
        conv_.setFilters(W_, bias_.data());
        convT_.setFilters(WT_, nullptr);
    }
}

template <class S>
void ExpandedConv<S>::forward(const Mat& X, Mat& Y, Mat* buffers) const {
    const Index n = X.cols();
    Y.resize(outSize_ * outSize_ * cout_, n);
    for (Index j = 0; j < n; ++j)
        if (algorithm_ == ConvAlgorithm::Winograd)
            winograd_.forward(X.col(j).data(), Y.col(j).data(), buffers[XPAD]);
        else
            conv_.forward(X.col(j).data(), Y.col(j).data(), buffers[XPAD]);
}

template <class S>
const Matrix<S>& ExpandedConv<S>::backward(const Mat& X, const Mat& dY, Mat* dX,
                                           Mat* buffers) const {
    const Index n = X.cols();
    const bool winograd = algorithm_ == ConvAlgorithm::Winograd;
    if (winograd)
        winograd_.resetFilterGrad(buffers[DWU]);
    else
        conv_.resetFilterGrad(buffers[DWPANEL]);
    if (dX)
        dX->resize(inSize_ * inSize_ * cin_, n);
    // Sample by sample, so that its dY is still in cache for dX after dW.
    for (Index j = 0; j < n; ++j) {
        const S* x = X.col(j).data();
        const S* dy = dY.col(j).data();
        if (winograd) {
            winograd_.filterGrad(x, dy, buffers[DWU], buffers[XPAD]);
            if (dX)
                winogradT_.forward(dy, dX->col(j).data(), buffers[DYPAD]);
        } else {
            conv_.filterGrad(x, dy, buffers[DWPANEL], buffers[XPAD], buffers[DYCH]);
            if (dX)
                convT_.forward(dy, dX->col(j).data(), buffers[DYPAD]);
        }
    }
    if (winograd)
        winograd_.finishFilterGrad(buffers[DWU], buffers[DWPANEL]);
    return buffers[DWPANEL];
}

template <class S>
void ExpandedConv<S>::addBiasGrad(const Mat& dY, Index copies, S* gradBias, Mat* buffers) const {
    Mat& rowSums = buffers[BSUM];  // cout × 1
    rowSums.resize(cout_, 1);
    const Index columns = dY.cols() * outSize_ * outSize_;
    rowSums.noalias() = Eigen::Map<const Mat>(dY.data(), cout_, columns).rowwise().sum();
    for (Index o = 0; o < cout_ / copies; ++o)
        gradBias[o] += rowSums.col(0).segment(o * copies, copies).sum();
}

template class ExpandedConv<float>;
template class ExpandedConv<double>;

}  // namespace eqlab::nn
