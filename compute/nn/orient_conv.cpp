#include "compute/nn/orient_conv.h"

#include <cmath>
#include <numbers>

#include "compute/core/error.h"
#include "compute/nn/init.h"

namespace eqlab::nn {

namespace {
// cos and sin of 360°·j/N, exact (0, ±1) at the quarter turns, as data/image_transform.h takes
// them for images (compute/nn does not depend on compute/data).
void cosSinOfTurn(Index j, Index N, double& c, double& s) {
    if ((4 * j) % N == 0) {
        static constexpr double cs[4][2] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        const Index q = ((4 * j) / N) % 4;
        c = cs[q][0];
        s = cs[q][1];
        return;
    }
    const double a = 2.0 * std::numbers::pi * double(j) / double(N);
    c = std::cos(a);
    s = std::sin(a);
}
}  // namespace

template <class S>
OrientConv2d<S>::OrientConv2d(Index orientations, bool lifting, Index inChannels, Index outChannels,
                              Index size, Index kernel, Index padding, bool bias)
    : lifting_(lifting),
      bias_(bias),
      N_(orientations),
      nin_(lifting ? 1 : orientations),
      cin_(inChannels),
      cout_(outChannels),
      cinx_(inChannels * nin_),
      coutx_(outChannels * orientations),
      size_(size),
      k_(kernel),
      pad_(padding),
      outSize_(size + 2 * padding - kernel + 1) {
    if (N_ < 1 || cin_ < 1 || cout_ < 1 || size_ < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "orientation conv: orientations, channels and size must be >= 1");
    if (k_ < 1 || k_ % 2 == 0)
        throw Error(ErrorKind::InvalidArgument,
                    "orientation conv: kernel size must be odd (it has a centre pixel), got " +
                        std::to_string(k_));
    if (pad_ < 0 || outSize_ < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "orientation conv: padding leaves no output pixels");

    // The disc |z| ≤ k/2 in centred pixel coordinates (integers, k odd): 4|z|² ≤ k².
    const Index h = (k_ - 1) / 2;
    std::vector<Index> discIndex(static_cast<std::size_t>(k_ * k_), -1);
    for (Index zy = 0; zy < k_; ++zy)
        for (Index zx = 0; zx < k_; ++zx) {
            const Index u = zx - h, v = h - zy;
            if (4 * (u * u + v * v) <= k_ * k_) {
                discIndex[std::size_t(zy * k_ + zx)] = Index(disc_.size());
                disc_.push_back(zy * k_ + zx);
            }
        }

    // Bilinear terms of ψ_r(z) = ψ(R(−θ_r) z). With N divisible by 4, r = q·N/4 + j is a quarter
    // turn q (exact, integer) followed by θ_j < 90°: the terms of r at z are those of j at
    // R(−90°·q) z, which is what makes quarter turns of the input exact bit for bit.
    const bool quarters = N_ % 4 == 0;
    const Index perQuarter = quarters ? N_ / 4 : N_;
    termBegin_.push_back(0);
    for (Index r = 0; r < N_; ++r) {
        const Index q = quarters ? r / perQuarter : 0, j = r % perQuarter;
        double c = 1, s = 0;
        cosSinOfTurn(j, N_, c, s);
        for (Index zy = 0; zy < k_; ++zy)
            for (Index zx = 0; zx < k_; ++zx) {
                Index u = zx - h, v = h - zy;
                if (4 * (u * u + v * v) <= k_ * k_) {
                    for (Index t = 0; t < q; ++t) {  // R(−90°)(u, v) = (v, −u)
                        const Index w = u;
                        u = v;
                        v = -w;
                    }
                    // Source point p = R(−θ_j) (u, v), back to fractional column and row.
                    const double px = c * double(u) + s * double(v);
                    const double py = -s * double(u) + c * double(v);
                    const double fc = px + double(h), fr = double(h) - py;
                    const double c0 = std::floor(fc), r0 = std::floor(fr);
                    const double tc = fc - c0, tr = fr - r0;
                    const Index ci = Index(c0), ri = Index(r0);
                    const Index dr[4] = {0, 0, 1, 1}, dc[4] = {0, 1, 0, 1};
                    const double wt[4] = {(1 - tr) * (1 - tc), (1 - tr) * tc, tr * (1 - tc),
                                          tr * tc};
                    for (int n = 0; n < 4; ++n) {
                        const Index rr = ri + dr[n], cc = ci + dc[n];
                        if (wt[n] == 0.0 || rr < 0 || rr >= k_ || cc < 0 || cc >= k_)
                            continue;
                        const Index p = discIndex[std::size_t(rr * k_ + cc)];
                        if (p < 0)
                            continue;  // off the disc: the filter is zero there
                        termPixel_.push_back(p);
                        termWeight_.push_back(S(wt[n]));
                    }
                }
                termBegin_.push_back(Index(termPixel_.size()));
            }
    }
    conv_ = ExpandedConv<S>(size_, cinx_, coutx_, k_, pad_);
}

template <class S>
template <class F>
void OrientConv2d<S>::forEachTerm(F&& f) const {
    const Index kk = k_ * k_;
    for (Index r = 0; r < N_; ++r)
        for (Index z = 0; z < kk; ++z) {
            const Index b = termBegin_[std::size_t(r * kk + z)],
                        e = termBegin_[std::size_t(r * kk + z + 1)];
            for (Index t = b; t < e; ++t) {
                const Index p = termPixel_[std::size_t(t)];
                const S w = termWeight_[std::size_t(t)];
                for (Index o = 0; o < cout_; ++o)
                    for (Index c = 0; c < cin_; ++c)
                        for (Index hh = 0; hh < nin_; ++hh) {
                            // Group conv: the filter's orientation axis is rolled by r.
                            const Index hs = lifting_ ? 0 : ((hh - r) % N_ + N_) % N_;
                            f(o * N_ + r, z * cinx_ + c * nin_ + hh, paramIndex(o, c, hs, p), w);
                        }
            }
        }
}

template <class S>
std::vector<S> OrientConv2d<S>::rotatedFilter(Index o, Index c, Index r) const {
    if (!expanded_)
        throw Error(ErrorKind::Internal, "orientation conv: rotated filters read before prepare()");
    if (o < 0 || o >= cout_ || c < 0 || c >= cin_ || r < 0 || r >= N_)
        throw Error(ErrorKind::InvalidArgument, "orientation conv: no filter (" +
                                                    std::to_string(o) + ", " + std::to_string(c) +
                                                    ") or orientation " + std::to_string(r));
    return bankFilter(conv_.bank(), o * N_ + r, c, nin_, k_);
}

template <class S>
std::string OrientConv2d<S>::describe() const {
    return std::string(lifting_ ? "orient-lift" : "orient-conv") + " N" + std::to_string(N_) + " " +
           std::to_string(cin_) + "->" + std::to_string(cout_) + " " + std::to_string(size_) + "x" +
           std::to_string(size_) + " k" + std::to_string(k_) + " pad" + std::to_string(pad_);
}

template <class S>
std::vector<ParamTensor> OrientConv2d<S>::paramTensors() const {
    const Index P = discPixels();
    std::vector<ParamTensor> t;
    if (lifting_)
        t.push_back({"weight", {cout_, cin_, P}, 0, {cin_ * P, P, 1}});
    else
        t.push_back({"weight", {cout_, cin_, nin_, P}, 0, {cin_ * nin_ * P, nin_ * P, P, 1}});
    if (bias_)
        t.push_back({"bias", {cout_}, filterCount(), {1}});
    return t;
}

template <class S>
void OrientConv2d<S>::bind(S* params) {
    p_ = params;
    expanded_ = false;
}

template <class S>
void OrientConv2d<S>::initialize(Rng& rng) {
    fillNormal(p_, filterCount(), initStd(Init::He, cinx_ * discPixels(), 0), rng);
    if (bias_)
        Eigen::Map<Vector<S>>(p_ + filterCount(), cout_).setZero();
    expanded_ = false;
}

template <class S>
void OrientConv2d<S>::prepare() {
    const Eigen::Map<const Vector<S>> all(p_, paramCount());
    if (expanded_ && expandedAt_ == all)
        return;
    Mat& W = conv_.bank();
    W.setZero();
    forEachTerm(
        [this, &W](Index row, Index col, Index param, S w) { W(row, col) += w * p_[param]; });
    for (Index o = 0; o < cout_; ++o)
        conv_.bias().segment(o * N_, N_).setConstant(bias_ ? p_[filterCount() + o] : S(0));
    conv_.commit();
    expandedAt_ = all;
    expanded_ = true;
}

template <class S>
void OrientConv2d<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    if (!expanded_ || expandedAt_ != Eigen::Map<const Vector<S>>(p_, paramCount()))
        throw Error(ErrorKind::Internal, "orientation conv: parameters changed without prepare()");
    conv_.forward(X, Y, cache.buffers(ExpandedConv<S>::kBuffers));
}

template <class S>
void OrientConv2d<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                               Cache<S>& cache) const {
    Mat* b = cache.buffers(ExpandedConv<S>::kBuffers);
    // dW_exp is the panel's top coutx rows: back onto the parameters with the bilinear weights.
    const Mat& dw = conv_.backward(X, dY, dX, b);
    forEachTerm(
        [&dw, grad](Index row, Index col, Index param, S w) { grad[param] += w * dw(row, col); });
    if (bias_)
        conv_.addBiasGrad(dY, N_, grad + filterCount(), b);
}

template class OrientConv2d<float>;
template class OrientConv2d<double>;

}  // namespace eqlab::nn
