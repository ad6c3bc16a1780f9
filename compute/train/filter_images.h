#pragma once

// The images of the filter view (FilterImage, session_snapshot.h), taken from a model's layers:
//   - a first dense layer on image input: its rows reshaped to the input image (MLPs);
//   - every top-level lift or gconv layer: each learned filter followed by its |G| transformed
//     copies, read from the layer's own expanded filter bank (GroupConv2d::transformedFilter), so
//     the picture is exactly what the layer correlates with. A lifting filter is one k × k image;
//     a group-conv filter lives on (input group element, kernel pixel) and is drawn as |G| k × k
//     blocks, block h = r^a s^m in block row m, column a (C4: one row; D4: rotations above,
//     mirrors below), so its copy by r shows both the turned blocks and their permutation;
//   - every top-level orientation layer (orient-lift, orient-conv): each filter followed by its N
//     copies turned to the orientations 360°·r/N, read from the layer's expanded bank
//     (OrientConv2d::rotatedFilter) — the interpolated turns the layer really uses; an orient-conv
//     filter is N k × k blocks (one per input orientation, four to a block row), and its copy by r
//     also rolls the blocks by r.

#include <string>
#include <vector>

#include "compute/data/tasks.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/model.h"
#include "compute/nn/orient_conv.h"
#include "compute/train/session_snapshot.h"

namespace eqlab::train {

// At most this many dense rows, and this many (output, input) channel pairs per G-CNN layer (the
// first ones, output channel major), keep the snapshot and the view small.
inline constexpr int kMaxDenseFilters = 16;
inline constexpr int kMaxGroupFiltersPerLayer = 8;

// The filters (o, c) of one lift or gconv layer, each followed by its copies by the elements
// 0 … |G|−1 (identity first). The layer must be prepared (its expanded bank up to date).
template <class S>
std::vector<FilterImage> groupConvFilterImages(const nn::GroupConv2d<S>& layer, int layerIndex,
                                               int maxFilters = kMaxGroupFiltersPerLayer);

// The filters (o, c) of one orientation layer, each followed by its copies turned to the
// orientations 0 … N−1 (0° first). The layer must be prepared.
template <class S>
std::vector<FilterImage> orientConvFilterImages(const nn::OrientConv2d<S>& layer, int layerIndex,
                                                int maxFilters = kMaxGroupFiltersPerLayer);

// Every filter image of the model (prepares it): the dense rows when the first layer is dense and
// the input an image, then the filters of each top-level lift/gconv/orientation layer in order.
template <class S>
std::vector<FilterImage> modelFilterImages(nn::Model<S>& model, const data::TaskData& task);

extern template std::vector<FilterImage> groupConvFilterImages(const nn::GroupConv2d<float>&, int,
                                                               int);
extern template std::vector<FilterImage> groupConvFilterImages(const nn::GroupConv2d<double>&, int,
                                                               int);
extern template std::vector<FilterImage> orientConvFilterImages(const nn::OrientConv2d<float>&, int,
                                                                int);
extern template std::vector<FilterImage> orientConvFilterImages(const nn::OrientConv2d<double>&,
                                                                int, int);
extern template std::vector<FilterImage> modelFilterImages(nn::Model<float>&,
                                                           const data::TaskData&);
extern template std::vector<FilterImage> modelFilterImages(nn::Model<double>&,
                                                           const data::TaskData&);

}  // namespace eqlab::train
