#pragma once

// Pooling layers for the image layout of group_conv.h (pixel-major, channels fastest, group
// element fastest within a channel: entry (p·C + o)·|G| + g).
//   GroupPool:      C·|G| channels -> C channels, max or mean over g at every pixel. Makes the
//                   features invariant under the group's action on the group axis
//                   (docs/math.md §3.5).
//   GlobalAvgPool:  P pixels × C channels -> C, mean over pixels (invariant to any pixel
//                   permutation, so to rotations and flips of the grid).
// No parameters.

#include "compute/nn/layer.h"

namespace eqlab::nn {

enum class PoolKind { Max, Mean };

template <class S>
class GroupPool final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    GroupPool(PoolKind kind, Index channels, Index groupOrder, Index pixels);

    std::string describe() const override;
    Index inDim() const override { return pixels_ * channels_ * G_; }
    Index outDim() const override { return pixels_ * channels_; }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    PoolKind kind() const noexcept { return kind_; }
    Index channels() const noexcept { return channels_; }
    Index groupOrder() const noexcept { return G_; }
    Index pixels() const noexcept { return pixels_; }

private:
    PoolKind kind_;
    Index channels_, G_, pixels_;
};

template <class S>
class GlobalAvgPool final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    GlobalAvgPool(Index channels, Index pixels);

    std::string describe() const override;
    Index inDim() const override { return pixels_ * channels_; }
    Index outDim() const override { return channels_; }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    Index channels() const noexcept { return channels_; }
    Index pixels() const noexcept { return pixels_; }

private:
    Index channels_, pixels_;
};

extern template class GroupPool<float>;
extern template class GroupPool<double>;
extern template class GlobalAvgPool<float>;
extern template class GlobalAvgPool<double>;

}  // namespace eqlab::nn
