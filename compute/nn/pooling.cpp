#include "compute/nn/pooling.h"

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
GroupPool<S>::GroupPool(PoolKind kind, Index channels, Index groupOrder, Index pixels)
    : kind_(kind), channels_(channels), G_(groupOrder), pixels_(pixels) {
    if (channels < 1 || groupOrder < 1 || pixels < 1)
        throw Error(ErrorKind::InvalidArgument, "group pool: sizes must be >= 1");
}

template <class S>
std::string GroupPool<S>::describe() const {
    return std::string(kind_ == PoolKind::Max ? "group-max-pool " : "group-mean-pool ") +
           std::to_string(channels_) + "x" + std::to_string(G_) + " over " +
           std::to_string(pixels_) + " pixels";
}

namespace {

// Max over each run of G consecutive values (the group axis), with the arg-max (first on ties)
// stored as a small integer in S. G as a template parameter for the orders of C4 and D4, so the
// inner loop unrolls; 0 means "use g".
template <int G, class S>
void maxPool(const S* x, S* y, S* arg, Index cols, Index g) {
    const Index n = G > 0 ? G : g;
    for (Index c = 0; c < cols; ++c, x += n) {
        S best = x[0];
        Index at = 0;
        for (Index h = 1; h < n; ++h)
            if (x[h] > best) {
                best = x[h];
                at = h;
            }
        y[c] = best;
        arg[c] = S(at);
    }
}

// Gradient of maxPool: dy to the arg-max, zero elsewhere, writing every entry once (no separate
// zero fill).
template <int G, class S>
void maxPoolBackward(const S* dy, const S* arg, S* dx, Index cols, Index g) {
    const Index n = G > 0 ? G : g;
    for (Index c = 0; c < cols; ++c, dx += n) {
        for (Index h = 0; h < n; ++h)
            dx[h] = S(0);
        dx[static_cast<Index>(arg[c])] = dy[c];
    }
}

}  // namespace

// The group axis is fastest, so the whole chunk viewed as a G × (P·C·n) matrix has one column per
// (pixel, channel, sample): pooling is a column-wise reduction.
template <class S>
void GroupPool<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    const Index n = X.cols(), cols = pixels_ * channels_ * n;
    const Eigen::Map<const Mat> Xg(X.data(), G_, cols);
    Y.resize(outDim(), n);
    Eigen::Map<Mat> Yr(Y.data(), 1, cols);
    if (kind_ == PoolKind::Mean) {
        Yr.noalias() = Xg.colwise().mean();
        return;
    }
    // Max: remember the arg-max for backward.
    Mat& arg = cache.buffers(1)[0];
    arg.resize(1, cols);
    if (G_ == 4)
        maxPool<4>(X.data(), Y.data(), arg.data(), cols, G_);
    else if (G_ == 8)
        maxPool<8>(X.data(), Y.data(), arg.data(), cols, G_);
    else
        maxPool<0>(X.data(), Y.data(), arg.data(), cols, G_);
}

template <class S>
void GroupPool<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S*,
                            Cache<S>& cache) const {
    if (!dX)
        return;
    const Index n = X.cols(), cols = pixels_ * channels_ * n;
    dX->resize(inDim(), n);
    Eigen::Map<Mat> dXg(dX->data(), G_, cols);
    const Eigen::Map<const Mat> dYr(dY.data(), 1, cols);
    if (kind_ == PoolKind::Mean) {
        const S inv = S(1) / S(G_);
        for (Index g = 0; g < G_; ++g)
            dXg.row(g) = dYr * inv;
        return;
    }
    const S* arg = cache.m[0].data();
    if (G_ == 4)
        maxPoolBackward<4>(dY.data(), arg, dX->data(), cols, G_);
    else if (G_ == 8)
        maxPoolBackward<8>(dY.data(), arg, dX->data(), cols, G_);
    else
        maxPoolBackward<0>(dY.data(), arg, dX->data(), cols, G_);
}

template <class S>
GlobalAvgPool<S>::GlobalAvgPool(Index channels, Index pixels)
    : channels_(channels), pixels_(pixels) {
    if (channels < 1 || pixels < 1)
        throw Error(ErrorKind::InvalidArgument, "global average pool: sizes must be >= 1");
}

template <class S>
std::string GlobalAvgPool<S>::describe() const {
    return "global-avg-pool " + std::to_string(channels_) + " over " + std::to_string(pixels_) +
           " pixels";
}

template <class S>
void GlobalAvgPool<S>::forward(const Mat& X, Mat& Y, Cache<S>&) const {
    const Index n = X.cols();
    Y.resize(channels_, n);
    const S inv = S(1) / S(pixels_);
    for (Index j = 0; j < n; ++j)  // sample j as a C × P matrix
        Y.col(j).noalias() =
            Eigen::Map<const Mat>(X.col(j).data(), channels_, pixels_).rowwise().sum() * inv;
}

template <class S>
void GlobalAvgPool<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S*,
                                Cache<S>&) const {
    if (!dX)
        return;
    const Index n = X.cols();
    dX->resize(inDim(), n);
    const S inv = S(1) / S(pixels_);
    for (Index j = 0; j < n; ++j) {
        Eigen::Map<Mat> d(dX->col(j).data(), channels_, pixels_);
        for (Index p = 0; p < pixels_; ++p)
            d.col(p) = dY.col(j) * inv;
    }
}

template class GroupPool<float>;
template class GroupPool<double>;
template class GlobalAvgPool<float>;
template class GlobalAvgPool<double>;

}  // namespace eqlab::nn
