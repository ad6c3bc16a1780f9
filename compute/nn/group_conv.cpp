#include "compute/nn/group_conv.h"

#include "compute/core/error.h"
#include "compute/nn/init.h"

namespace eqlab::nn {

template <class S>
GroupConv2d<S>::GroupConv2d(PlanarGroup group, bool lifting, Index inChannels, Index outChannels,
                            Index size, Index kernel, Index padding, bool bias)
    : group_(group),
      lifting_(lifting),
      bias_(bias),
      G_(planarGroupOrder(group)),
      gin_(lifting ? 1 : planarGroupOrder(group)),
      cin_(inChannels),
      cout_(outChannels),
      cinx_(inChannels * gin_),
      coutx_(outChannels * G_),
      size_(size),
      k_(kernel),
      pad_(padding),
      outSize_(size + 2 * padding - kernel + 1) {
    if (cin_ < 1 || cout_ < 1 || size_ < 1)
        throw Error(ErrorKind::InvalidArgument, "group conv: channels and size must be >= 1");
    if (k_ < 1 || k_ % 2 == 0)
        throw Error(ErrorKind::InvalidArgument,
                    "group conv: kernel size must be odd (it has a centre pixel), got " +
                        std::to_string(k_));
    if (pad_ < 0 || outSize_ < 1)
        throw Error(ErrorKind::InvalidArgument, "group conv: padding leaves no output pixels");

    // W_exp[(o·G + r), (kk·cinx + c·gin + h)] = ψ[o][c][r⁻¹h][r⁻¹z] (kk = kernel pixel z).
    const auto& T = planarGroupTable(group_);
    const Index rows = coutx_, cols = k_ * k_ * cinx_;
    gather_.resize(static_cast<std::size_t>(rows * cols));
    for (Index o = 0; o < cout_; ++o)
        for (int r = 0; r < G_; ++r) {
            const int rinv = T.inverse[static_cast<std::size_t>(r)];
            const Index row = o * G_ + r;
            for (Index zy = 0; zy < k_; ++zy)
                for (Index zx = 0; zx < k_; ++zx) {
                    const auto src = planarActOnPixel(rinv, int(zx), int(zy), int(k_));
                    const Index srcPix = Index(src[1]) * k_ + Index(src[0]);
                    for (Index c = 0; c < cin_; ++c)
                        for (Index h = 0; h < gin_; ++h) {
                            const Index hs =
                                lifting_ ? 0 : Index(T.product[std::size_t(rinv)][std::size_t(h)]);
                            const Index col = (zy * k_ + zx) * cinx_ + c * gin_ + h;
                            const Index param = ((o * cin_ + c) * gin_ + hs) * k_ * k_ + srcPix;
                            gather_[static_cast<std::size_t>(col * rows + row)] = param;
                        }
                }
        }
    conv_ = ExpandedConv<S>(size_, cinx_, coutx_, k_, pad_);
}

template <class S>
std::string GroupConv2d<S>::describe() const {
    return std::string(lifting_ ? "lifting-conv " : "group-conv ") + planarGroupName(group_) + " " +
           std::to_string(cin_) + "->" + std::to_string(cout_) + " " + std::to_string(size_) + "x" +
           std::to_string(size_) + " k" + std::to_string(k_) + " pad" + std::to_string(pad_);
}

template <class S>
void GroupConv2d<S>::bind(S* params) {
    p_ = params;
    expanded_ = false;
}

template <class S>
void GroupConv2d<S>::initialize(Rng& rng) {
    fillNormal(p_, filterCount(), initStd(Init::He, cinx_ * k_ * k_, 0), rng);
    if (bias_)
        Eigen::Map<Vector<S>>(p_ + filterCount(), cout_).setZero();
    expanded_ = false;
}

template <class S>
void GroupConv2d<S>::prepare() {
    const Eigen::Map<const Vector<S>> all(p_, paramCount());
    if (expanded_ && expandedAt_ == all)
        return;
    S* w = conv_.bank().data();
    for (std::size_t i = 0; i < gather_.size(); ++i)
        w[i] = p_[gather_[i]];
    for (Index o = 0; o < cout_; ++o)
        conv_.bias().segment(o * G_, G_).setConstant(bias_ ? p_[filterCount() + o] : S(0));
    conv_.commit();
    expandedAt_ = all;
    expanded_ = true;
}

template <class S>
std::vector<S> GroupConv2d<S>::transformedFilter(Index o, Index c, int r) const {
    if (!expanded_)
        throw Error(ErrorKind::Internal, "group conv: transformed filters read before prepare()");
    if (o < 0 || o >= cout_ || c < 0 || c >= cin_ || r < 0 || r >= G_)
        throw Error(ErrorKind::InvalidArgument, "group conv: no filter (" + std::to_string(o) +
                                                    ", " + std::to_string(c) + ") or element " +
                                                    std::to_string(r));
    return bankFilter(conv_.bank(), o * G_ + r, c, gin_, k_);
}

template <class S>
void GroupConv2d<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    if (!expanded_ || expandedAt_ != Eigen::Map<const Vector<S>>(p_, paramCount()))
        throw Error(ErrorKind::Internal, "group conv: parameters changed without prepare()");
    conv_.forward(X, Y, cache.buffers(ExpandedConv<S>::kBuffers));
}

template <class S>
void GroupConv2d<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                              Cache<S>& cache) const {
    Mat* b = cache.buffers(ExpandedConv<S>::kBuffers);
    // dW_exp is the panel's top coutx rows; scatter it back onto the filter parameters it was
    // gathered from (gather_ runs over W_exp column-major).
    const Mat& dw = conv_.backward(X, dY, dX, b);
    const Index rows = coutx_;
    for (Index c = 0; c < conv_.bank().cols(); ++c) {
        const Index* g = gather_.data() + c * rows;
        const S* d = dw.col(c).data();
        for (Index r = 0; r < rows; ++r)
            grad[g[r]] += d[r];
    }
    if (bias_)
        conv_.addBiasGrad(dY, G_, grad + filterCount(), b);
}

template class GroupConv2d<float>;
template class GroupConv2d<double>;

}  // namespace eqlab::nn
