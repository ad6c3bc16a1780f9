#include "compute/nn/expanded_conv.h"

namespace eqlab::nn {

template <class S>
ExpandedConv<S>::ExpandedConv(Index size, Index inChannels, Index outChannels, Index kernel,
                              Index pad)
    : inSize_(size),
      cin_(inChannels),
      cout_(outChannels),
      k_(kernel),
      outSize_(size + 2 * pad - kernel + 1),
      conv_(size, inChannels, outChannels, kernel, pad),
      convT_(outSize_, outChannels, inChannels, kernel, kernel - 1 - pad),
      W_(Mat::Zero(outChannels, kernel * kernel * inChannels)),
      WT_(Mat::Zero(inChannels, kernel * kernel * outChannels)),
      bias_(Vector<S>::Zero(outChannels)) {}

template <class S>
void ExpandedConv<S>::commit() {
    const Index kk = k_ * k_;
    for (Index z = 0; z < kk; ++z)  // WT(ci, z'·cout + co) = W(co, z·cin + ci), z' = k² − 1 − z
        WT_.middleCols((kk - 1 - z) * cout_, cout_) = W_.middleCols(z * cin_, cin_).transpose();
    conv_.setFilters(W_, bias_.data());
    convT_.setFilters(WT_, nullptr);
}

template <class S>
void ExpandedConv<S>::forward(const Mat& X, Mat& Y, Mat* buffers) const {
    const Index n = X.cols();
    Y.resize(outSize_ * outSize_ * cout_, n);
    for (Index j = 0; j < n; ++j)
        conv_.forward(X.col(j).data(), Y.col(j).data(), buffers[XPAD]);
}

template <class S>
const Matrix<S>& ExpandedConv<S>::backward(const Mat& X, const Mat& dY, Mat* dX,
                                           Mat* buffers) const {
    const Index n = X.cols();
    conv_.resetFilterGrad(buffers[DWPANEL]);
    if (dX)
        dX->resize(inSize_ * inSize_ * cin_, n);
    // Sample by sample, so that its dY is still in cache for dX after dW.
    for (Index j = 0; j < n; ++j) {
        conv_.filterGrad(X.col(j).data(), dY.col(j).data(), buffers[DWPANEL], buffers[XPAD],
                         buffers[DYCH]);
        if (dX)
            convT_.forward(dY.col(j).data(), dX->col(j).data(), buffers[DYPAD]);
    }
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
