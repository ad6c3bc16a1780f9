#include "compute/train/filter_images.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "compute/nn/dense.h"
#include "compute/nn/planar_group.h"

namespace eqlab::train {

namespace {

// Row o of the first dense layer's W, reshaped to the input image (its first channel).
template <class S>
std::vector<FilterImage> denseFilterImages(const nn::Dense<S>& dense, const data::TaskData& task) {
    std::vector<FilterImage> images;
    const auto W = dense.weight();  // out × (H·W·C)
    const int h = task.imageHeight, w = task.imageWidth, c = std::max(1, task.imageChannels);
    for (Eigen::Index o = 0; o < std::min<Eigen::Index>(kMaxDenseFilters, W.rows()); ++o) {
        FilterImage image;
        image.label = "unit " + std::to_string(o);
        image.subject = FilterImage::Subject::Unit;
        image.index = static_cast<int>(o);
        image.layer = 0;
        image.height = h;
        image.width = w;
        for (int p = 0; p < h * w; ++p) {
            image.pixels.push_back(static_cast<double>(W(o, p * c)));
        }
        images.push_back(std::move(image));
    }
    return images;
}

// What the pictures need to know of a lift/gconv or an orientation layer's filters: the copies of
// each filter (|G| or N), its kernel, its k × k blocks (the input's group or orientation axis; 1
// when lifting), the channels, and the layer's index in the model.
struct CopiedFilters {
    int copies = 0, kernel = 0, blocks = 1;
    nn::Index outChannels = 0, inChannels = 0;
    int layer = -1;
};

// The images of the first filters (o, c), output channel major, each followed by its copies;
// filter(o, c, copy) gives the pixels, name(copy) the copy's name. Block h goes to block row
// h / 4, block column h % 4 (C4 and lifting: one row; D4: rotations above, mirrors below).
template <class FilterOf, class NameOf>
std::vector<FilterImage> copiedFilterImages(const CopiedFilters& bank, FilterOf filterOf,
                                            NameOf nameOf, int maxFilters) {
    std::vector<FilterImage> images;
    const int k = bank.kernel, blocks = bank.blocks;
    const int blockColumns = std::min(blocks, 4),
              blockRows = (blocks + blockColumns - 1) / blockColumns;
    int shown = 0;
    for (nn::Index o = 0; o < bank.outChannels && shown < maxFilters; ++o) {
        for (nn::Index c = 0; c < bank.inChannels && shown < maxFilters; ++c, ++shown) {
            for (int r = 0; r < bank.copies; ++r) {
                const auto filter = filterOf(o, c, r);
                FilterImage image;
                image.subject = FilterImage::Subject::GroupFilter;
                image.index = static_cast<int>(o);
                image.inChannel = static_cast<int>(c);
                image.element = nameOf(r);
                image.label =
                    "out " + std::to_string(o) + ", in " + std::to_string(c) + ", " + image.element;
                image.layer = bank.layer;
                image.copies = bank.copies;
                image.copy = r;
                image.blockWidth = image.blockHeight = blocks > 1 ? k : 0;
                image.height = k * std::max(1, blockRows);
                image.width = k * blockColumns;
                image.pixels.resize(static_cast<std::size_t>(image.height) * image.width);
                for (int h = 0; h < blocks; ++h) {
                    for (int zy = 0; zy < k; ++zy) {
                        for (int zx = 0; zx < k; ++zx) {
                            const int row = (h / blockColumns) * k + zy;
                            const int column = (h % blockColumns) * k + zx;
                            image.pixels[static_cast<std::size_t>(row * image.width + column)] =
                                static_cast<double>(
                                    filter[static_cast<std::size_t>((h * k + zy) * k + zx)]);
                        }
                    }
                }
                images.push_back(std::move(image));
            }
        }
    }
    return images;
}

// "0°", "45°", "22.5°": orientation r of N.
std::string orientationName(nn::Index r, nn::Index N) {
    const double degrees = 360.0 * static_cast<double>(r) / static_cast<double>(N);
    char text[32];
    if (degrees == std::floor(degrees))
        std::snprintf(text, sizeof text, "%d°", static_cast<int>(degrees));
    else
        std::snprintf(text, sizeof text, "%.1f°", degrees);
    return text;
}

// The bank of a G-CNN or orientation layer: both have a square kernel and in/out channels;
// `copies` filters per (out, in) pair, each of `blocks` k × k blocks.
template <class Layer>
CopiedFilters bankOf(const Layer& layer, nn::Index copies, nn::Index blocks, int layerIndex) {
    CopiedFilters bank;
    bank.copies = static_cast<int>(copies);
    bank.kernel = static_cast<int>(layer.kernel());
    bank.blocks = static_cast<int>(blocks);
    bank.outChannels = layer.outChannels();
    bank.inChannels = layer.inChannels();
    bank.layer = layerIndex;
    return bank;
}

}  // namespace

template <class S>
std::vector<FilterImage> groupConvFilterImages(const nn::GroupConv2d<S>& layer, int layerIndex,
                                               int maxFilters) {
    return copiedFilterImages(
        bankOf(layer, nn::planarGroupOrder(layer.group()), layer.inGroupAxis(), layerIndex),
        [&](nn::Index o, nn::Index c, int r) { return layer.transformedFilter(o, c, r); },
        [](int r) { return nn::planarElementName(r); }, maxFilters);
}

template <class S>
std::vector<FilterImage> orientConvFilterImages(const nn::OrientConv2d<S>& layer, int layerIndex,
                                                int maxFilters) {
    return copiedFilterImages(
        bankOf(layer, layer.orientations(), layer.inOrientationAxis(), layerIndex),
        [&](nn::Index o, nn::Index c, int r) { return layer.rotatedFilter(o, c, r); },
        [&](int r) { return orientationName(r, layer.orientations()); }, maxFilters);
}

template <class S>
std::vector<FilterImage> modelFilterImages(nn::Model<S>& model, const data::TaskData& task) {
    std::vector<FilterImage> images;
    const nn::Sequential<S>& net = model.net();
    if (net.size() == 0) {
        return images;
    }
    model.prepare();  // the G-CNN layers' expanded filters follow the latest step
    if (const auto* dense = dynamic_cast<const nn::Dense<S>*>(&net.layer(0));
        dense && task.imageHeight > 0) {
        images = denseFilterImages(*dense, task);
    }
    for (std::size_t i = 0; i < net.size(); ++i) {
        std::vector<FilterImage> layer;
        if (const auto* conv = dynamic_cast<const nn::GroupConv2d<S>*>(&net.layer(i)))
            layer = groupConvFilterImages(*conv, static_cast<int>(i));
        else if (const auto* orient = dynamic_cast<const nn::OrientConv2d<S>*>(&net.layer(i)))
            layer = orientConvFilterImages(*orient, static_cast<int>(i));
        images.insert(images.end(), std::make_move_iterator(layer.begin()),
                      std::make_move_iterator(layer.end()));
    }
    return images;
}

template std::vector<FilterImage> groupConvFilterImages(const nn::GroupConv2d<float>&, int, int);
template std::vector<FilterImage> groupConvFilterImages(const nn::GroupConv2d<double>&, int, int);
template std::vector<FilterImage> orientConvFilterImages(const nn::OrientConv2d<float>&, int, int);
template std::vector<FilterImage> orientConvFilterImages(const nn::OrientConv2d<double>&, int, int);
template std::vector<FilterImage> modelFilterImages(nn::Model<float>&, const data::TaskData&);
template std::vector<FilterImage> modelFilterImages(nn::Model<double>&, const data::TaskData&);

}  // namespace eqlab::train
