#include "compute/nn/group_conv.h"

#include "compute/core/error.h"
#include "compute/nn/init.h"

namespace eqlab::nn {

namespace {
// Per-chunk scratch: padded input, padded dY (for dX), dY with padded channels (odd channel
// counts only), the filter gradient in DirectConv's panel layout, the bias gradient.
enum Buf { XPAD, DYPAD, DYCH, DWPANEL, BSUM, NBUF };
}  // namespace

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
    Wexp_ = Mat::Zero(rows, cols);
    biasExp_ = Vector<S>::Zero(coutx_);
    WexpT_ = Mat::Zero(cinx_, k_ * k_ * coutx_);
    conv_ = DirectConv<S>(size_, cinx_, coutx_, k_, pad_);
    // dX(q) = Σ_z W(z)ᵀ dY(q + pad − z): a correlation of dY, padded by k − 1 − pad, with the
    // kernel flipped (z' = k² − 1 − z) and the channels swapped. Its output size is size_.
    convT_ = DirectConv<S>(outSize_, coutx_, cinx_, k_, k_ - 1 - pad_);
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
    S* w = Wexp_.data();
    for (std::size_t i = 0; i < gather_.size(); ++i)
        w[i] = p_[gather_[i]];
    for (Index o = 0; o < cout_; ++o)
        biasExp_.segment(o * G_, G_).setConstant(bias_ ? p_[filterCount() + o] : S(0));
    const Index kk = k_ * k_;
    for (Index z = 0; z < kk; ++z)  // WexpT(ci, z'·coutx + co) = Wexp(co, z·cinx + ci)
        WexpT_.middleCols((kk - 1 - z) * coutx_, coutx_) =
            Wexp_.middleCols(z * cinx_, cinx_).transpose();
    conv_.setFilters(Wexp_, biasExp_.data());
    convT_.setFilters(WexpT_, nullptr);
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
    return bankFilter(Wexp_, o * G_ + r, c, gin_, k_);
}

template <class S>
void GroupConv2d<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    if (!expanded_ || expandedAt_ != Eigen::Map<const Vector<S>>(p_, paramCount()))
        throw Error(ErrorKind::Internal, "group conv: parameters changed without prepare()");
    Mat* b = cache.buffers(NBUF);
    const Index n = X.cols();
    Y.resize(outDim(), n);
    for (Index j = 0; j < n; ++j)
        conv_.forward(X.col(j).data(), Y.col(j).data(), b[XPAD]);
}

template <class S>
void GroupConv2d<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                              Cache<S>& cache) const {
    Mat* b = cache.buffers(NBUF);
    const Index n = X.cols(), mm = outSize_ * outSize_;
    conv_.resetFilterGrad(b[DWPANEL]);
    if (dX)
        dX->resize(inDim(), n);
    // Sample by sample, so that its dY is still in cache for dX after dW.
    for (Index j = 0; j < n; ++j) {
        conv_.filterGrad(X.col(j).data(), dY.col(j).data(), b[DWPANEL], b[XPAD], b[DYCH]);
        if (dX)
            convT_.forward(dY.col(j).data(), dX->col(j).data(), b[DYPAD]);
    }
    // dW_exp is the panel's top coutx rows; scatter it back onto the filter parameters it was
    // gathered from (gather_ runs over W_exp column-major).
    const Mat& dw = b[DWPANEL];
    const Index rows = Wexp_.rows();
    for (Index c = 0; c < Wexp_.cols(); ++c) {
        const Index* g = gather_.data() + c * rows;
        const S* d = dw.col(c).data();
        for (Index r = 0; r < rows; ++r)
            grad[g[r]] += d[r];
    }
    if (bias_) {
        Mat& rowSums = b[BSUM];  // coutx × 1
        rowSums.resize(coutx_, 1);
        rowSums.noalias() = Eigen::Map<const Mat>(dY.data(), coutx_, n * mm).rowwise().sum();
        for (Index o = 0; o < cout_; ++o)
            grad[filterCount() + o] += rowSums.col(0).segment(o * G_, G_).sum();
    }
}

template class GroupConv2d<float>;
template class GroupConv2d<double>;

}  // namespace eqlab::nn
